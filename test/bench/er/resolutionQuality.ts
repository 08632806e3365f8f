/**
 * Scoring an entity resolution against a generated world's truth: one occurrence per distinct raw
 * party (name, address, phone) with the role it was first seen in; each labelled with the company
 * whose raw names include it (when two companies wrote the same raw name, the one whose phone or
 * address agrees); pairwise precision, recall and F1 over labelled occurrences; and the confusable
 * company pairs (namesakes) that ended up in one entity. Placeholder names are left out.
 */
import type { WorldTruth } from '../../../shared/generator/truth';
import { normalizePartyAddress } from '../../../shared/entities/partyAddress';
import { normalizePhoneNumber, samePhoneNumber } from '../../../shared/entities/phoneNumbers';
import type { PartyOccurrence, PartyRole } from '../../../shared/entities/partyOccurrence';
import type { TraderEntity } from '../../../shared/entities/traderEntity';

export interface RawParty {
  readonly role: PartyRole;
  readonly name: string;
  readonly address: string;
  readonly phone: string;
}

/** Collects distinct raw parties, in order of first appearance. */
export class RawPartyCollector {
  private readonly parties = new Map<string, PartyOccurrence>();

  add(party: RawParty): void {
    if (party.name.trim() === '') return;
    const key = `${party.name}\u0000${party.address}\u0000${party.phone}`;
    if (this.parties.has(key)) return;
    this.parties.set(key, { occurrenceId: `P${String(this.parties.size + 1).padStart(7, '0')}`, role: party.role, rawName: party.name, rawAddress: party.address, rawPhone: party.phone });
  }

  get occurrences(): PartyOccurrence[] {
    return [...this.parties.values()];
  }

  get distinctNames(): number {
    return new Set([...this.parties.values()].map((party) => party.rawName)).size;
  }
}

function addressWordOverlap(a: string, b: string): number {
  const left = new Set(normalizePartyAddress(a).words);
  return normalizePartyAddress(b).words.filter((word) => left.has(word)).length;
}

/** Company id per occurrence id, for occurrences whose raw name is a company's. */
export function labelOccurrences(occurrences: readonly PartyOccurrence[], truth: WorldTruth): Map<string, string> {
  const companiesByName = new Map<string, string[]>();
  for (const [id, company] of Object.entries(truth.companies)) {
    for (const name of company.rawNames) companiesByName.set(name, [...(companiesByName.get(name) ?? []), id]);
  }
  const placeholders = new Set(truth.placeholderNames);
  const labels = new Map<string, string>();
  for (const occurrence of occurrences) {
    if (placeholders.has(occurrence.rawName)) continue;
    const candidates = companiesByName.get(occurrence.rawName) ?? [];
    if (candidates.length === 1) {
      labels.set(occurrence.occurrenceId, candidates[0] as string);
      continue;
    }
    if (candidates.length === 0) continue;
    const phone = normalizePhoneNumber(occurrence.rawPhone);
    const byPhone = phone ? candidates.filter((id) => {
      const truthPhone = normalizePhoneNumber((truth.companies[id] as { phone: string }).phone);
      return truthPhone !== undefined && samePhoneNumber(phone, truthPhone);
    }) : [];
    const best = byPhone.length === 1 ? byPhone[0] : [...candidates].sort((a, b) => addressWordOverlap(occurrence.rawAddress, (truth.companies[b] as { address: string }).address) - addressWordOverlap(occurrence.rawAddress, (truth.companies[a] as { address: string }).address))[0];
    if (best) labels.set(occurrence.occurrenceId, best);
  }
  return labels;
}

export interface PairwiseQuality {
  readonly labelled: number;
  readonly truePairs: number;
  readonly predictedPairs: number;
  readonly correctPairs: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Confusable company pairs with members in one entity. */
  readonly confusablesMerged: number;
  readonly confusablePairs: number;
}

const pairsOf = (count: number): number => (count * (count - 1)) / 2;

export function pairwiseQuality(entities: readonly TraderEntity[], labels: ReadonlyMap<string, string>, truth: WorldTruth): PairwiseQuality {
  const companySizes = new Map<string, number>();
  for (const company of labels.values()) companySizes.set(company, (companySizes.get(company) ?? 0) + 1);
  let predictedPairs = 0;
  let correctPairs = 0;
  const entityOfCompany = new Map<string, Set<string>>();
  for (const entity of entities) {
    const cells = new Map<string, number>();
    let labelled = 0;
    for (const member of entity.members) {
      const company = labels.get(member.occurrenceId);
      if (company === undefined) continue;
      labelled += 1;
      cells.set(company, (cells.get(company) ?? 0) + 1);
      const set = entityOfCompany.get(company) ?? new Set<string>();
      set.add(entity.entityId);
      entityOfCompany.set(company, set);
    }
    predictedPairs += pairsOf(labelled);
    for (const count of cells.values()) correctPairs += pairsOf(count);
  }
  let truePairs = 0;
  for (const size of companySizes.values()) truePairs += pairsOf(size);
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  let confusablesMerged = 0;
  for (const [a, b] of truth.confusableCompanies) {
    const entitiesA = entityOfCompany.get(a);
    const entitiesB = entityOfCompany.get(b);
    if (entitiesA && entitiesB && [...entitiesA].some((id) => entitiesB.has(id))) confusablesMerged += 1;
  }
  return {
    labelled: labels.size,
    truePairs,
    predictedPairs,
    correctPairs,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    confusablesMerged,
    confusablePairs: truth.confusableCompanies.length,
  };
}
