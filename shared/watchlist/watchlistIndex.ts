/**
 * A watchlist indexed once for screening: every listed name and alias normalised (parties as
 * party names, vessels as vessel names), posted under the sound-alike keys of its words, with the
 * word weights of the list, and entries by IMO number. Looking up a name gathers the listed names
 * that share one of its sound-alike words; a word so common on the list that its postings
 * exceed the cap (COMPANY, TRADING) is skipped unless it is the name's rarest.
 */
import type { LegalFormMatch } from '../entities/legalFormMatching';
import type { ComparableName } from '../entities/nameSimilarity';
import { normalizePartyName } from '../entities/partyName';
import { phoneticKey } from '../entities/phoneticKeys';
import { TokenWeights } from '../entities/tokenWeights';
import { normalizeVesselName } from './vesselNames';
import type { WatchlistEntry } from './watchlistEntry';

export interface ListedName {
  readonly entry: WatchlistEntry;
  /** As the list writes it. */
  readonly written: string;
  readonly listedAs: 'name' | 'alias';
  readonly comparable: ComparableName & { readonly base: string; readonly legalForms?: readonly LegalFormMatch[] };
}

/** Postings longer than this are skipped for all but a name's rarest word. */
const commonWordPostings = 1500;

export class WatchlistIndex {
  readonly names: readonly ListedName[];
  readonly weights: TokenWeights;
  private readonly postings = new Map<string, number[]>();
  private readonly imo = new Map<string, WatchlistEntry[]>();

  constructor(readonly entries: readonly WatchlistEntry[]) {
    const names: ListedName[] = [];
    for (const entry of entries) {
      const normalize = entry.subject === 'vessel' ? normalizeVesselName : (text: string) => normalizePartyName(text);
      const seen = new Set<string>();
      for (const [written, listedAs] of [[entry.name, 'name'], ...entry.aliases.map((alias) => [alias, 'alias'] as const)] as const) {
        const comparable = normalize(written);
        if (comparable.words.length === 0 || seen.has(comparable.base)) continue;
        seen.add(comparable.base);
        names.push({ entry, written, listedAs, comparable });
      }
      for (const number of entry.imoNumbers) this.imo.set(number, [...(this.imo.get(number) ?? []), entry]);
    }
    this.names = names;
    this.weights = TokenWeights.from(names.map((name) => name.comparable.words));
    names.forEach((name, index) => {
      for (const key of new Set(name.comparable.words.map(phoneticKey))) {
        const list = this.postings.get(key) ?? [];
        list.push(index);
        this.postings.set(key, list);
      }
    });
  }

  /** Indexes of listed names sharing a sound-alike word with the name. */
  candidates(name: ComparableName): number[] {
    const lists = [...new Set(name.words.map(phoneticKey))].map((key) => this.postings.get(key) ?? []).filter((list) => list.length > 0);
    if (lists.length === 0) return [];
    lists.sort((a, b) => a.length - b.length);
    const found = new Set<number>();
    lists.forEach((list, position) => {
      if (position > 0 && list.length > commonWordPostings) return;
      for (const index of list) found.add(index);
    });
    return [...found];
  }

  /** Entries listing this IMO number (seven digits). */
  entriesWithImo(imoNumber: string): readonly WatchlistEntry[] {
    return this.imo.get(imoNumber) ?? [];
  }
}
