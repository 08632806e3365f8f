/**
 * Trader entity resolution: party-name normalisation, resolution of raw party occurrences into
 * trader entities with explained links, analyst decisions and the review queue. Pure and
 * platform-neutral: the store, CLI and UI call these with data and persist what comes back.
 */
export { foldText, foldWords } from './textFolding';
export { legalForms, type LegalForm, type LegalFormFamily } from './legalForms';
export { splitLegalForms, legalFormSpelledBy, type LegalFormMatch, type LegalFormSplit } from './legalFormMatching';
export { nameAbbreviations, type NameAbbreviation } from './nameAbbreviations';
export { placeholderPatterns, recognisePlaceholder, type Placeholder, type PlaceholderKind } from './placeholderParties';
export { normalizePartyName, canonicalPartyName, nameFingerprint, mayBeTruncatedName, ediPartyNameWidth, type PartyName } from './partyName';
export { normalizePartyAddress, type PartyAddress } from './partyAddress';
export { normalizePhoneNumber, samePhoneNumber, type PhoneNumber } from './phoneNumbers';
export { normalizeEmailAddress, compareEmailAddresses, type EmailAddress } from './emailAddresses';
export { compareNames, nameSimilarity, wordSimilarity, type ComparableName, type NameComparison, type WordPair } from './nameSimilarity';
export { TokenWeights } from './tokenWeights';
export { matchPoints } from './matchPoints';
export { uncertainMargin, type MatchExplanation, type FeatureComparison, type MatchFeature, type MatchVerdict } from './matchExplanation';
export type { PartyOccurrence, PartyRole, PartyIdentifier } from './partyOccurrence';
export {
  emptyDecisionLog,
  recordDecision,
  undoLatest,
  redoLatest,
  decisionsInForce,
  decisionProblem,
  type DecisionLog,
  type ResolutionDecision,
  type EntityDecision,
  type MergeDecision,
  type SplitDecision,
  type NotTheSameDecision,
  type UndoDecision,
} from './resolutionDecisions';
export { defaultBlockingOptions, type BlockingOptions } from './blocking';
export { resolveParties, type ResolutionOptions } from './resolveParties';
export type { Resolution, TraderEntity, EntityMember, EntityLink, PlaceholderOccurrence, ReviewItem, AppliedDecisions, ResolutionStatistics } from './traderEntity';
