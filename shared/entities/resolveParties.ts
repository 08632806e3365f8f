/**
 * Entity resolution of raw party occurrences into traders: a pure function of the occurrences
 * and the analyst's decision log, so re-running with the same input gives the same entities and
 * decisions hold across runs. Placeholders are set aside; the rest are normalised, grouped into
 * comparison profiles, blocked, scored pair by pair, clustered under the analyst's constraints,
 * and returned as entities whose every link is explained, with a review queue of the links
 * closest to the threshold.
 */
import { candidatePairs, defaultBlockingOptions, type BlockingOptions } from './blocking';
import { correlationClustering } from './correlationClustering';
import { decisionConstraints } from './decisionConstraints';
import { assembleEntities } from './entityAssembly';
import { PairScorer } from './pairScoring';
import type { PartyAddress } from './partyAddress';
import type { PartyName } from './partyName';
import type { PartyOccurrence } from './partyOccurrence';
import { groupProfiles } from './partyProfiles';
import { preparePartyRecord, type PartyRecord } from './partyRecord';
import { decisionsInForce, emptyDecisionLog, type DecisionLog, type EntityDecision } from './resolutionDecisions';
import { reviewQueue } from './reviewQueue';
import { scoredPairs } from './scoredPairs';
import { spanningLinks, type AnalystLink } from './spanningLinks';
import { TokenWeights } from './tokenWeights';
import type { PlaceholderOccurrence, Resolution } from './traderEntity';

export interface ResolutionOptions {
  readonly blocking?: BlockingOptions;
  /** Longest review queue returned; 200 by default. */
  readonly reviewQueueLength?: number;
}

/** Occurrence ids named by the decisions in force. */
function decidedOccurrences(decisions: readonly EntityDecision[]): Set<string> {
  const decided = new Set<string>();
  for (const decision of decisions) {
    const ids = decision.kind === 'not the same' ? [...decision.left, ...decision.right] : decision.kind === 'split' ? [...decision.occurrenceIds, ...decision.apartFrom] : decision.occurrenceIds;
    for (const id of ids) decided.add(id);
  }
  return decided;
}

export function resolveParties(occurrences: readonly PartyOccurrence[], log: DecisionLog = emptyDecisionLog, options: ResolutionOptions = {}): Resolution {
  const names = new Map<string, PartyName>();
  const addresses = new Map<string, PartyAddress>();
  const placeholders: PlaceholderOccurrence[] = [];
  const records: PartyRecord[] = [];
  for (const occurrence of occurrences) {
    const record = preparePartyRecord(occurrence, records.length, names, addresses);
    const placeholder = record.name.placeholder;
    if (!placeholder) records.push(record);
    else {
      placeholders.push({
        occurrenceId: occurrence.occurrenceId,
        role: occurrence.role,
        rawName: occurrence.rawName,
        kind: placeholder.kind,
        explanation: placeholder.explanation,
        ...(placeholder.orderOf ? { orderOf: placeholder.orderOf } : {}),
      });
    }
  }

  const inForce = decisionsInForce(log);
  const decided = decidedOccurrences(inForce);
  const profiles = groupProfiles(records, decided);
  const representatives = profiles.representatives;

  const distinctBases = new Map<string, readonly string[]>();
  for (const name of names.values()) if (!name.placeholder) distinctBases.set(name.base, name.words);
  const distinctAddresses = new Map<string, readonly string[]>();
  for (const record of representatives) if (record.address) distinctAddresses.set(record.address.key, record.address.words);
  const scorer = new PairScorer(TokenWeights.from(distinctBases.values()), TokenWeights.from(distinctAddresses.values()));

  const blocking = candidatePairs(representatives, options.blocking ?? defaultBlockingOptions);
  const pairs = scoredPairs(blocking.pairs, scorer.scorePairs(representatives, blocking.pairs));

  // Analyst decisions as constraints on profiles (records named by a decision have their own).
  const constraints = decisionConstraints(inForce);
  const recordOf = new Map<string, PartyRecord>(inForce.length === 0 ? [] : records.map((record) => [record.occurrence.occurrenceId, record]));
  const unknown = new Set<string>();
  const known = (id: string): PartyRecord | undefined => {
    const record = recordOf.get(id);
    if (record === undefined) unknown.add(id);
    return record;
  };
  const analystLinks: AnalystLink[] = [];
  for (const link of constraints.mustLinks) {
    const left = known(link.left);
    const right = known(link.right);
    if (left !== undefined && right !== undefined) analystLinks.push({ left, right, decisionId: link.decisionId });
  }
  const profileOf = (record: PartyRecord): number => profiles.profileOf[record.index] as number;
  const profilesOf = (ids: readonly string[]): number[] => ids.map(known).filter((record): record is PartyRecord => record !== undefined).map(profileOf);
  const cannotLinks = constraints.cannotLinks.map((cannot) => ({ left: profilesOf(cannot.left), right: profilesOf(cannot.right), decisionId: cannot.decisionId }));
  const clustering = correlationClustering(representatives.length, pairs, {
    mustLinks: analystLinks.map(({ left, right }) => [profileOf(left), profileOf(right)] as const),
    cannotLinks,
  });

  const linksOf = spanningLinks(records, profiles, clustering.clusterOf, pairs, analystLinks, scorer);
  const { entities, entityIdOf } = assembleEntities(records, (record) => clustering.clusterOf[profileOf(record)] as number, linksOf);
  const entityOfProfile = (profile: number): string => entityIdOf.get(clustering.clusterOf[profile] as number) as string;

  return {
    entities,
    placeholders,
    reviewQueue: reviewQueue(representatives, pairs, clustering.clusterOf, entityIdOf, decided, scorer, options.reviewQueueLength ?? 200),
    decisions: {
      inForce: inForce.map((decision) => decision.decisionId),
      superseded: constraints.superseded,
      unknownOccurrences: [...unknown].sort(),
      refusedJoins: clustering.refusedJoins.map(({ left, right, cannotLink }) => [entityOfProfile(left), entityOfProfile(right), (cannotLinks[cannotLink] as { decisionId: string }).decisionId]),
    },
    statistics: {
      occurrences: occurrences.length,
      placeholders: placeholders.length,
      profiles: representatives.length,
      entities: entities.length,
      candidatePairs: pairs.points.length,
      blocks: blocking.blocks,
      oversizedBlocks: blocking.oversizedBlocks,
      largestBlock: blocking.largestBlock,
    },
  };
}
