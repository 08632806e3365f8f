/**
 * What entity resolution gives back: trader entities with their member occurrences and the links
 * that hold each one together (every link explained), the placeholder occurrences set aside, the
 * review queue of uncertain links, and how the analyst decisions were applied.
 */
import type { MatchExplanation } from './matchExplanation';
import type { PartyRole } from './partyOccurrence';
import type { Supersession } from './decisionConstraints';
import type { PlaceholderKind } from './placeholderParties';

export interface EntityMember {
  readonly occurrenceId: string;
  readonly role: PartyRole;
  readonly rawName: string;
  readonly rawAddress: string;
  readonly rawPhone: string;
}

/**
 * Why two members are in one entity: the scored comparison ("matched"), or an analyst decision
 * ("analyst"). The links of an entity form a spanning tree over its members: the strongest
 * evidence that reaches each member.
 */
export type EntityLink =
  | { readonly basis: 'matched'; readonly left: string; readonly right: string; readonly explanation: MatchExplanation }
  | { readonly basis: 'analyst'; readonly left: string; readonly right: string; readonly decisionId: string };

export interface TraderEntity {
  /** "T:" and the smallest member occurrence id: stable while that occurrence stays in the entity. */
  readonly entityId: string;
  /** The most written canonical name ("SHENZHEN HUAXIN ELECTRONICS CO LTD"). */
  readonly displayName: string;
  /** Distinct raw names, most written first. */
  readonly names: readonly string[];
  readonly roles: readonly PartyRole[];
  /** ISO alpha-2 countries seen on members. */
  readonly countries: readonly string[];
  readonly members: readonly EntityMember[];
  readonly links: readonly EntityLink[];
}

export interface PlaceholderOccurrence {
  readonly occurrenceId: string;
  readonly role: PartyRole;
  readonly rawName: string;
  readonly kind: PlaceholderKind;
  readonly explanation: string;
  readonly orderOf?: string;
}

/** A link an analyst should look at: the two sides, and how close it came to the threshold. */
export interface ReviewItem {
  /** "is this member really part of the entity?" or "are these two entities one trader?" */
  readonly question: 'same entity, weak link' | 'separate entities, close call';
  readonly leftEntityId: string;
  readonly rightEntityId: string;
  readonly left: string;
  readonly right: string;
  /** |points|: distance from the threshold; the queue is sorted by it, smallest first. */
  readonly uncertainty: number;
  readonly explanation: MatchExplanation;
}

export interface ResolutionStatistics {
  readonly occurrences: number;
  readonly placeholders: number;
  /** Distinct comparison profiles (records alike in every compared feature). */
  readonly profiles: number;
  readonly entities: number;
  readonly candidatePairs: number;
  readonly blocks: number;
  readonly oversizedBlocks: number;
  readonly largestBlock: number;
}

export interface AppliedDecisions {
  /** Decisions in force, in order. */
  readonly inForce: readonly string[];
  /** Earlier decisions contradicted, in part, by later ones. */
  readonly superseded: readonly Supersession[];
  /** Occurrence ids named by decisions but absent from this run's input. */
  readonly unknownOccurrences: readonly string[];
  /** Joins the matcher wanted that a decision refused: [entity id, entity id, decision id]. */
  readonly refusedJoins: readonly (readonly [string, string, string])[];
}

export interface Resolution {
  readonly entities: readonly TraderEntity[];
  readonly placeholders: readonly PlaceholderOccurrence[];
  readonly reviewQueue: readonly ReviewItem[];
  readonly decisions: AppliedDecisions;
  readonly statistics: ResolutionStatistics;
}
