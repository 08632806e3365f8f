/**
 * The links that hold each entity together, every one explained: a spanning tree over its
 * members, built from the strongest evidence first: analyst merges, then members of one
 * comparison profile (they compare identically, so they share one explanation), then matched
 * profiles by points.
 */
import { DisjointSets } from './disjointSets';
import type { MatchExplanation } from './matchExplanation';
import { explainPair, explainTwins } from './pairExplanation';
import type { PairScorer } from './pairScoring';
import type { PartyProfiles } from './partyProfiles';
import type { PartyRecord } from './partyRecord';
import type { ScoredPairs } from './scoredPairs';
import type { EntityLink } from './traderEntity';

export interface AnalystLink {
  readonly left: PartyRecord;
  readonly right: PartyRecord;
  readonly decisionId: string;
}

/** Links per cluster (keyed by the cluster number of clusterOfProfile). */
export function spanningLinks(
  records: readonly PartyRecord[],
  profiles: PartyProfiles,
  clusterOfProfile: Uint32Array,
  pairs: ScoredPairs,
  analystLinks: readonly AnalystLink[],
  scorer: PairScorer,
): Map<number, EntityLink[]> {
  const forest = new DisjointSets(records.length);
  const linksOf = new Map<number, EntityLink[]>();
  const clusterOf = (record: PartyRecord): number => clusterOfProfile[profiles.profileOf[record.index] as number] as number;
  const add = (record: PartyRecord, link: EntityLink): void => {
    const cluster = clusterOf(record);
    const list = linksOf.get(cluster);
    if (list) list.push(link);
    else linksOf.set(cluster, [link]);
  };
  for (const { left, right, decisionId } of analystLinks) {
    if (forest.union(left.index, right.index)) add(left, { basis: 'analyst', left: left.occurrence.occurrenceId, right: right.occurrence.occurrenceId, decisionId });
  }
  for (const members of profiles.members) {
    const first = records[members[0] as number] as PartyRecord;
    let explanation: MatchExplanation | undefined;
    for (let position = 1; position < members.length; position += 1) {
      const member = records[members[position] as number] as PartyRecord;
      if (!forest.union(first.index, member.index)) continue;
      explanation ??= explainTwins(first);
      add(first, { basis: 'matched', left: first.occurrence.occurrenceId, right: member.occurrence.occurrenceId, explanation });
    }
  }
  const internal: number[] = [];
  for (let index = 0; index < pairs.points.length; index += 1) {
    if ((pairs.points[index] as number) > 0 && clusterOfProfile[pairs.left[index] as number] === clusterOfProfile[pairs.right[index] as number]) internal.push(index);
  }
  internal.sort((a, b) => (pairs.points[b] as number) - (pairs.points[a] as number) || a - b);
  for (const pair of internal) {
    const left = records[(profiles.members[pairs.left[pair] as number] as number[])[0] as number] as PartyRecord;
    const right = records[(profiles.members[pairs.right[pair] as number] as number[])[0] as number] as PartyRecord;
    if (!forest.union(left.index, right.index)) continue;
    add(left, { basis: 'matched', left: left.occurrence.occurrenceId, right: right.occurrence.occurrenceId, explanation: explainPair(left, right, scorer.nameWeights, scorer.addressWeights) });
  }
  return linksOf;
}
