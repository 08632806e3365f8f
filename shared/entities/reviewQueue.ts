/**
 * The review queue: the scored pairs closest to the threshold, one per pair of entities (or per
 * entity, for a weak link inside it), closest first, each explained. Pairs between occurrences
 * the analyst has already decided about are left out.
 */
import { uncertainMargin } from './matchExplanation';
import { explainPair } from './pairExplanation';
import type { PairScorer } from './pairScoring';
import type { PartyRecord } from './partyRecord';
import type { ScoredPairs } from './scoredPairs';
import type { ReviewItem } from './traderEntity';

export function reviewQueue(
  representatives: readonly PartyRecord[],
  pairs: ScoredPairs,
  clusterOfProfile: Uint32Array,
  entityIdOf: ReadonlyMap<number, string>,
  decided: ReadonlySet<string>,
  scorer: PairScorer,
  length: number,
): ReviewItem[] {
  const closest = new Map<string, number>();
  for (let index = 0; index < pairs.points.length; index += 1) {
    const points = pairs.points[index] as number;
    if (Math.abs(points) >= uncertainMargin) continue;
    const left = pairs.left[index] as number;
    const right = pairs.right[index] as number;
    if (decided.has((representatives[left] as PartyRecord).occurrence.occurrenceId) && decided.has((representatives[right] as PartyRecord).occurrence.occurrenceId)) continue;
    const clusterLeft = clusterOfProfile[left] as number;
    const clusterRight = clusterOfProfile[right] as number;
    const key = clusterLeft < clusterRight ? `${clusterLeft}:${clusterRight}` : `${clusterRight}:${clusterLeft}`;
    const previous = closest.get(key);
    if (previous === undefined || Math.abs(points) < Math.abs(pairs.points[previous] as number)) closest.set(key, index);
  }
  return [...closest.values()]
    .sort((a, b) => Math.abs(pairs.points[a] as number) - Math.abs(pairs.points[b] as number) || a - b)
    .slice(0, length)
    .map((pair) => {
      const left = representatives[pairs.left[pair] as number] as PartyRecord;
      const right = representatives[pairs.right[pair] as number] as PartyRecord;
      const leftEntityId = entityIdOf.get(clusterOfProfile[pairs.left[pair] as number] as number) as string;
      const rightEntityId = entityIdOf.get(clusterOfProfile[pairs.right[pair] as number] as number) as string;
      return {
        question: leftEntityId === rightEntityId ? 'same entity, weak link' : 'separate entities, close call',
        leftEntityId,
        rightEntityId,
        left: left.occurrence.occurrenceId,
        right: right.occurrence.occurrenceId,
        uncertainty: Math.abs(pairs.points[pair] as number),
        explanation: explainPair(left, right, scorer.nameWeights, scorer.addressWeights),
      };
    });
}
