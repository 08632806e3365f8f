/**
 * What resolution derives from the party occurrences alone, whatever the analyst decided: each
 * occurrence normalised once (or set aside as a placeholder), the word weights of names and
 * addresses, and the points of every pair scored so far. Decisions change only which records get
 * a comparison profile of their own, the constraints and the clustering, so an engine may keep
 * this between runs over the same occurrences: a pair of records scores the same in every run,
 * and a re-run after a decision only scores the pairs it has not met yet.
 */
import type { PartyAddress } from './partyAddress';
import type { PartyName } from './partyName';
import type { PhoneNumber } from './phoneNumbers';
import type { PartyOccurrence } from './partyOccurrence';
import { PairScorer } from './pairScoring';
import { preparePartyRecord, type PartyRecord } from './partyRecord';
import { TokenWeights } from './tokenWeights';
import type { PlaceholderOccurrence } from './traderEntity';

export interface PreparedParties {
  readonly occurrences: readonly PartyOccurrence[];
  /** The occurrences that are not placeholders, prepared for comparison; `index` is the position here. */
  readonly records: readonly PartyRecord[];
  readonly placeholders: readonly PlaceholderOccurrence[];
  /** Word weights of the distinct names and addresses: the same for every profile grouping. */
  readonly scorer: PairScorer;
  /** Points of the pairs scored so far, by record indexes (left × records + right, left < right). */
  readonly pointsOf: Map<number, number>;
}

export function prepareParties(occurrences: readonly PartyOccurrence[]): PreparedParties {
  const names = new Map<string, PartyName>();
  const addresses = new Map<string, PartyAddress>();
  const phones = new Map<string, PhoneNumber | null>();
  const placeholders: PlaceholderOccurrence[] = [];
  const records: PartyRecord[] = [];
  for (const occurrence of occurrences) {
    const record = preparePartyRecord(occurrence, records.length, names, addresses, phones);
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
  const distinctBases = new Map<string, readonly string[]>();
  for (const name of names.values()) if (!name.placeholder) distinctBases.set(name.base, name.words);
  // Every record's address is its profile's (the profile key holds it), so the distinct addresses
  // of the records are those of any grouping's representatives.
  const distinctAddresses = new Map<string, readonly string[]>();
  for (const record of records) if (record.address) distinctAddresses.set(record.address.key, record.address.words);
  const scorer = new PairScorer(TokenWeights.from(distinctBases.values()), TokenWeights.from(distinctAddresses.values()));
  return { occurrences, records, placeholders, scorer, pointsOf: new Map() };
}

/**
 * Points of the candidate pairs (positions in `representatives`, two per pair, left < right):
 * remembered ones looked up, the others scored and remembered.
 */
export function scoreCandidatePairs(prepared: PreparedParties, representatives: readonly PartyRecord[], pairs: Uint32Array): Float64Array {
  const stride = prepared.records.length;
  const points = new Float64Array(pairs.length / 2);
  const keys = new Float64Array(points.length);
  const missing: number[] = [];
  for (let index = 0; index < points.length; index += 1) {
    const key = (representatives[pairs[2 * index] as number] as PartyRecord).index * stride + (representatives[pairs[2 * index + 1] as number] as PartyRecord).index;
    keys[index] = key;
    const known = prepared.pointsOf.get(key);
    if (known === undefined) missing.push(index);
    else points[index] = known;
  }
  if (missing.length === 0) return points;
  const unscored = new Uint32Array(missing.length * 2);
  missing.forEach((index, at) => {
    unscored[2 * at] = pairs[2 * index] as number;
    unscored[2 * at + 1] = pairs[2 * index + 1] as number;
  });
  const scored = prepared.scorer.scorePairs(representatives, unscored);
  missing.forEach((index, at) => {
    const value = scored[at] as number;
    points[index] = value;
    prepared.pointsOf.set(keys[index] as number, value);
  });
  return points;
}
