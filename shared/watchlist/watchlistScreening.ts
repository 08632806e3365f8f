/**
 * Screening traders and vessels against an indexed watchlist, every hit explained. A trader is
 * screened under every name it was written with; a listed party under its name and each alias;
 * the best pair counts when the names are at least 90% alike (word-weighted, misspellings and
 * cut-off words tolerated). Tolerant of spellings, not of other companies: a match is dismissed,
 * with its reasons, when a word of one name has no counterpart in the other (X INDUSTRIES is
 * not X), when the list places the party in other countries than the trader's, at
 * other premises than every address the trader used, or gives it a legal form of another family
 * (a Sharjah FZE is not a UK LTD of the same words).
 * A vessel hits on its IMO number (exact, decisive) or, for listed vessels, on its name when no
 * IMO number on either side contradicts it.
 */
import type { LegalFormMatch } from '../entities/legalFormMatching';
import { compareNames, nameSimilarity, type ComparableName } from '../entities/nameSimilarity';
import { compatibleFamilies } from '../entities/pairScoring';
import { describeNameComparison } from '../entities/pairExplanation';
import { numbersDisagree } from '../entities/addressSimilarity';
import { normalizePartyAddress, type PartyAddress } from '../entities/partyAddress';
import { normalizePartyName } from '../entities/partyName';
import { parseImoNumber } from '../domain/imoNumber';
import { normalizeVesselName } from './vesselNames';
import type { ListedSubject, WatchlistEntry } from './watchlistEntry';
import type { ListedName, WatchlistIndex } from './watchlistIndex';

export const screeningThresholds = { name: 0.9, vesselName: 0.95 } as const;

export interface NameMatch {
  /** The trader's or vessel's name as written. */
  readonly screenedName: string;
  /** The listed name or alias as the list writes it. */
  readonly listedName: string;
  readonly listedAs: 'name' | 'alias';
  readonly similarity: number;
  /** Plain words: which words agreed, were misspelt or cut, and which stood alone. */
  readonly detail: string;
}

export interface ScreeningHit {
  readonly entryId: string;
  readonly listName: string;
  readonly subject: ListedSubject;
  /** The entry's main name. */
  readonly listedParty: string;
  readonly reason: string;
  readonly basis: 'name' | 'IMO number' | 'IMO number and name';
  /** 1 for an IMO number, else the name similarity. */
  readonly score: number;
  readonly nameMatch?: NameMatch;
  readonly imoNumber?: string;
  /** One sentence for the analyst. */
  readonly explanation: string;
}

export interface TraderToScreen {
  readonly entityId: string;
  /** Every raw name the trader was written with. */
  readonly names: readonly string[];
  /** ISO alpha-2 codes. */
  readonly countries?: readonly string[];
  /** Addresses as written; a country written at their end counts as the trader's country. */
  readonly addresses?: readonly string[];
}

export interface VesselToScreen {
  /** The caller's key for the vessel (e.g. its IMO number or name as stored). */
  readonly vesselKey: string;
  readonly name: string;
  readonly imo?: string;
}

/** A name match set aside because the list's other facts contradict it. */
export interface DismissedMatch {
  readonly entryId: string;
  readonly listedParty: string;
  readonly nameMatch: NameMatch;
  /** "listed in AE, the trader is in GB"; "FZE (free-zone company) against LTD (limited company)". */
  readonly reasons: readonly string[];
}

export interface Screening {
  /** The trader's entity id or the vessel's key. */
  readonly subjectKey: string;
  /** Best first. */
  readonly hits: readonly ScreeningHit[];
  readonly dismissed: readonly DismissedMatch[];
}

const partySubjects: ReadonlySet<ListedSubject> = new Set(['company', 'organisation', 'person', 'entity']);

interface Screened {
  readonly written: string;
  readonly comparable: ComparableName & { readonly base: string; readonly legalForms?: readonly LegalFormMatch[] };
}

interface BestMatch {
  readonly match: NameMatch;
  /** Words of either name with no counterpart in the other. */
  readonly unmatched: readonly string[];
  readonly screened: Screened;
  readonly listed: ListedName;
}

function bestNameMatches(index: WatchlistIndex, screened: readonly Screened[], accept: (name: ListedName) => boolean, threshold: number): Map<WatchlistEntry, BestMatch> {
  const best = new Map<WatchlistEntry, { similarity: number; screened: Screened; listed: ListedName }>();
  for (const candidate of screened) {
    for (const position of index.candidates(candidate.comparable)) {
      const listed = index.names[position] as ListedName;
      if (!accept(listed)) continue;
      const similarity = nameSimilarity(candidate.comparable, listed.comparable, index.weights);
      if (similarity < threshold) continue;
      const previous = best.get(listed.entry);
      if (!previous || similarity > previous.similarity) best.set(listed.entry, { similarity, screened: candidate, listed });
    }
  }
  const matches = new Map<WatchlistEntry, BestMatch>();
  for (const [entry, { screened: candidate, listed }] of best) {
    const comparison = compareNames(candidate.comparable, listed.comparable, index.weights);
    const match: NameMatch = {
      screenedName: candidate.written,
      listedName: listed.written,
      listedAs: listed.listedAs,
      similarity: comparison.similarity,
      detail: describeNameComparison(comparison, candidate.comparable.base, listed.comparable.base),
    };
    matches.set(entry, { match, unmatched: [...comparison.unmatchedLeft, ...comparison.unmatchedRight], screened: candidate, listed });
  }
  return matches;
}

function nameHit(entry: WatchlistEntry, match: NameMatch): ScreeningHit {
  const as = match.listedAs === 'alias' ? `alias "${match.listedName}" of` : '';
  return {
    entryId: entry.entryId,
    listName: entry.listName,
    subject: entry.subject,
    listedParty: entry.name,
    reason: entry.reason,
    basis: 'name',
    score: match.similarity,
    nameMatch: match,
    explanation: `"${match.screenedName}" matches ${as ? `${as} ` : ''}${entry.entryId} "${entry.name}" (${Math.round(match.similarity * 100)}%): ${match.detail}`,
  };
}

const byScore = (a: ScreeningHit, b: ScreeningHit): number => b.score - a.score || (a.entryId < b.entryId ? -1 : 1);

function completeLegalForm(name: Screened['comparable']) {
  return name.legalForms?.find((match) => !match.partial)?.form;
}

/** Every listed address and every trader address are other premises (their numbers disagree). */
function otherPremises(listed: readonly string[], trader: readonly PartyAddress[]): boolean {
  if (listed.length === 0 || trader.length === 0) return false;
  const listedAddresses = listed.map(normalizePartyAddress);
  return listedAddresses.every((address) => address.numbers.length > 0 && trader.every((other) => numbersDisagree(address, other)));
}

/** Why the list's other facts say the matched party is another company; empty when nothing does. */
function contradictions(best: BestMatch, traderCountries: ReadonlySet<string>, traderAddresses: readonly PartyAddress[]): string[] {
  const reasons: string[] = [];
  const entry = best.listed.entry;
  if (best.unmatched.length > 0) reasons.push(`the names differ by ${best.unmatched.join(' ')}`);
  if (otherPremises(entry.addresses, traderAddresses)) reasons.push(`listed at other premises: ${entry.addresses.join(' / ')}`);
  if (traderCountries.size > 0 && entry.countries.length > 0 && !entry.countries.some((country) => traderCountries.has(country))) {
    reasons.push(`listed in ${entry.countries.join(', ')}, the trader is in ${[...traderCountries].join(', ')}`);
  }
  const listedForm = completeLegalForm(best.listed.comparable);
  const traderForm = completeLegalForm(best.screened.comparable);
  if (listedForm && traderForm && !compatibleFamilies(listedForm.family, traderForm.family)) {
    reasons.push(`${listedForm.id} (${listedForm.family}) against ${traderForm.id} (${traderForm.family})`);
  }
  return reasons;
}

/** Screens traders (every name variant) against the list's parties; traders with neither hits nor dismissed matches are left out. */
export function screenTraders(index: WatchlistIndex, traders: readonly TraderToScreen[]): Screening[] {
  const screenings: Screening[] = [];
  for (const trader of traders) {
    const screened = [...new Set(trader.names)].map((written) => ({ written, comparable: normalizePartyName(written) })).filter((name) => name.comparable.words.length > 0 && !name.comparable.placeholder);
    const countries = new Set(trader.countries ?? []);
    const addresses = (trader.addresses ?? []).filter((address) => address.trim() !== '').map(normalizePartyAddress);
    for (const address of addresses) if (address.country) countries.add(address.country);
    const matches = bestNameMatches(index, screened, (listed) => partySubjects.has(listed.entry.subject), screeningThresholds.name);
    if (matches.size === 0) continue;
    const hits: ScreeningHit[] = [];
    const dismissed: DismissedMatch[] = [];
    for (const [entry, best] of matches) {
      const reasons = contradictions(best, countries, addresses);
      if (reasons.length === 0) hits.push(nameHit(entry, best.match));
      else dismissed.push({ entryId: entry.entryId, listedParty: entry.name, nameMatch: best.match, reasons });
    }
    screenings.push({ subjectKey: trader.entityId, hits: hits.sort(byScore), dismissed });
  }
  return screenings;
}

/** Screens vessels by IMO number and name; vessels without hits are left out. */
export function screenVessels(index: WatchlistIndex, vessels: readonly VesselToScreen[]): Screening[] {
  const screenings: Screening[] = [];
  for (const vessel of vessels) {
    const imo = vessel.imo ? parseImoNumber(vessel.imo)?.digits : undefined;
    const comparable = normalizeVesselName(vessel.name);
    const hits = new Map<WatchlistEntry, ScreeningHit>();
    if (imo) {
      for (const entry of index.entriesWithImo(imo)) {
        const nameAlike = comparable.words.length > 0 && [entry.name, ...entry.aliases].some((name) => nameSimilarity(comparable, normalizeVesselName(name), index.weights) >= screeningThresholds.vesselName);
        hits.set(entry, {
          entryId: entry.entryId,
          listName: entry.listName,
          subject: entry.subject,
          listedParty: entry.name,
          reason: entry.reason,
          basis: nameAlike ? 'IMO number and name' : 'IMO number',
          score: 1,
          imoNumber: imo,
          explanation: `IMO ${imo} of "${vessel.name}" is listed for ${entry.entryId} "${entry.name}"${nameAlike ? ', and the names agree' : entry.subject === 'vessel' ? ` (listed under another name: the ship may have been renamed)` : ` (a ${entry.subject} with this IMO number)`}`,
        });
      }
    }
    if (comparable.words.length > 0) {
      const contradicts = (entry: WatchlistEntry): boolean => imo !== undefined && entry.imoNumbers.length > 0 && !entry.imoNumbers.includes(imo);
      const matches = bestNameMatches(index, [{ written: vessel.name, comparable }], (listed) => listed.entry.subject === 'vessel' && !contradicts(listed.entry), screeningThresholds.vesselName);
      for (const [entry, best] of matches) if (!hits.has(entry)) hits.set(entry, nameHit(entry, best.match));
    }
    if (hits.size > 0) screenings.push({ subjectKey: vessel.vesselKey, hits: [...hits.values()].sort(byScore), dismissed: [] });
  }
  return screenings;
}
