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
import type { PartyOccurrence } from './partyOccurrence';
import { groupProfiles } from './partyProfiles';
import type { PartyRecord } from './partyRecord';
import { prepareParties, scoreCandidatePairs, type PreparedParties } from './preparedParties';
import { decisionsInForce, emptyDecisionLog, type DecisionLog, type EntityDecision } from './resolutionDecisions';
import { reviewQueue } from './reviewQueue';
import { scoredPairs } from './scoredPairs';
import { spanningLinks, type AnalystLink } from './spanningLinks';
import type { Resolution } from './traderEntity';

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
  return resolvePreparedParties(prepareParties(occurrences), log, options);
}

/**
 * resolveParties over occurrences prepared once (prepareParties): the same resolution, for an
 * engine that re-resolves the same occurrences after each decision. Remembers the pairs it scores
 * in `prepared`.
 */
export function resolvePreparedParties(prepared: PreparedParties, log: DecisionLog = emptyDecisionLog, options: ResolutionOptions = {}): Resolution {
  const { occurrences, records, placeholders, scorer } = prepared;
  const inForce = decisionsInForce(log);
  const decided = decidedOccurrences(inForce);
  const profiles = groupProfiles(records, decided);
  const representatives = profiles.representatives;

  const blocking = candidatePairs(representatives, options.blocking ?? defaultBlockingOptions);
  const pairs = scoredPairs(blocking.pairs, scoreCandidatePairs(prepared, representatives, blocking.pairs));

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
