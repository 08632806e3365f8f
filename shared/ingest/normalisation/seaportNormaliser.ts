import { allSeaports, findCountry, normalizeUnlocode } from '../../reference';
import type { Seaport } from '../../reference';
import { keptAsWritten, normalisedFrom } from './fieldNormaliser';
import type { FieldNormaliser, FieldNormaliserKind, Normalised } from './fieldNormaliser';

/**
 * Ports to UN/LOCODE. Manifests write a port as its code ("CNSHA", "CN SHA", "cn-sha"), its name
 * or an alias ("Shanghai", "Long Beach"), or a name qualified by its country or code ("SHANGHAI,
 * CN", "Shanghai (China)", "Shanghai (CNSHA)", "Shanghai China"). All of these are read against
 * the shipped seaport list (shared/reference/seaports).
 *
 * Product policy:
 *  - a name is matched after folding case, accents and punctuation, and a leading "Port of";
 *    a port's own name beats another port's alias ("Los Angeles" is USLAX, though USLGB lists it);
 *  - the list gives a few ports two UN/LOCODEs (CNSHA and CNSGH for Shanghai), naming each as the
 *    other's alternative, without saying which is in use. Both are read as the code carriers use
 *    (`preferredOfAlternatives`), so that one port has one code in the workspace; a pair not listed
 *    there is read as its alphabetically first code;
 *  - a name shared by different ports ("Portland": USPDX and USPWM) is ambiguous unless a country
 *    qualifier settles it; it is kept as written with a warning naming the candidates;
 *  - a code or name the list does not know is kept as written. For ports of loading and discharge
 *    that is a warning; a place of receipt is often inland (not in a seaport list), so an unknown
 *    place is kept as written without one.
 */
export const preferredOfAlternatives: readonly string[] = ['CNSHA', 'CNNGB', 'CNTAO', 'CNXMN', 'CNDLC', 'CNYNT', 'CNXGG', 'DJJIB'];

/** Folds a port name for lookup: accents, case, punctuation, spacing and a leading "port of". */
export function foldPortName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^port of /, '');
}

const unlocodePattern = /^[A-Z]{2}[A-Z0-9]{3}$/;

/**
 * The folded names a port is known by from one name in the list: the name itself, without a
 * trailing "Port" ("Yantian Port", "London Gateway Port"), and the parts of a name with a former
 * or local name in brackets ("Chennai (ex Madras)", "Jawaharlal Nehru (Nhava Sheva)").
 */
function nameVariants(name: string): string[] {
  const variants = new Set<string>();
  const add = (variant: string): void => {
    const folded = foldPortName(variant);
    if (folded === '') return;
    variants.add(folded);
    const withoutPort = folded.replace(/ (?:port|pt)$/, '');
    if (withoutPort !== '' && withoutPort !== folded) variants.add(withoutPort);
  };
  add(name);
  const bracketed = /^(.*?)\s*\((?:ex\.?\s+|formerly\s+)?([^)]*)\)\s*$/i.exec(name);
  if (bracketed) {
    add(bracketed[1] as string);
    add(bracketed[2] as string);
  }
  return [...variants];
}

interface Candidates {
  /** Ports whose own name is the folded name. */
  readonly byName: Seaport[];
  /** Ports that list it as an alias. */
  readonly byAlias: Seaport[];
}

/** The outcome of reading a port: its UN/LOCODE, several candidates, or nothing. */
export type PortResolution =
  /** `note`: found, but something in the text did not fit (a qualifier naming another country). */
  | { readonly kind: 'found'; readonly unlocode: string; readonly note?: string }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly string[] }
  | { readonly kind: 'unknown' };

/** The seaport list indexed for reading ports as written; built once per import. */
export class SeaportIndex {
  private readonly byCode = new Map<string, Seaport>();
  private readonly byFoldedName = new Map<string, Candidates>();
  /** Code -> the code it is read as (itself, or the preferred code of its alternatives). */
  private readonly canonical = new Map<string, string>();

  constructor(seaports: readonly Seaport[] = allSeaports()) {
    for (const seaport of seaports) this.byCode.set(seaport.unlocode, seaport);
    for (const seaport of seaports) {
      this.canonical.set(seaport.unlocode, this.canonicalOf(seaport));
      for (const name of nameVariants(seaport.name)) {
        const candidates = this.candidatesFor(name);
        if (!candidates.byName.includes(seaport)) candidates.byName.push(seaport);
      }
    }
    for (const seaport of seaports) {
      for (const name of seaport.aliases.flatMap(nameVariants)) {
        const candidates = this.candidatesFor(name);
        if (!candidates.byName.includes(seaport) && !candidates.byAlias.includes(seaport)) candidates.byAlias.push(seaport);
      }
    }
  }

  /** The UN/LOCODE a known code is read as, or undefined when the list does not have the code. */
  code(text: string): string | undefined {
    return this.canonical.get(text);
  }

  resolve(text: string): PortResolution {
    const compact = normalizeUnlocode(text);
    const asCode = unlocodePattern.test(compact) ? this.code(compact) : undefined;
    if (asCode !== undefined) return { kind: 'found', unlocode: asCode };
    const whole = this.byName(foldPortName(text), null);
    if (whole.kind !== 'unknown') return whole;
    return this.qualified(text);
  }

  /** "NAME, QUALIFIER", "NAME (QUALIFIER)", "NAME / QUALIFIER", "NAME - QUALIFIER", "NAME COUNTRY". */
  private qualified(text: string): PortResolution {
    const parts = text.split(/\s*[,;()/]\s*|\s+-\s+/).map((part) => part.trim()).filter((part) => part !== '');
    if (parts.length > 1) {
      for (const part of parts) {
        const compact = normalizeUnlocode(part);
        const code = unlocodePattern.test(compact) ? this.code(compact) : undefined;
        if (code !== undefined) return { kind: 'found', unlocode: code };
      }
      // Qualifiers that name a country settle the port's country; others ("Mainland") are ignored.
      // Of several ("China (Taiwan)"), the one country that has a port of the name.
      const [name, ...qualifiers] = parts as [string, ...string[]];
      const countries = [...new Set(qualifiers.flatMap((qualifier) => findCountry(qualifier)?.alpha2 ?? []))];
      if (countries.length > 1) {
        const found = countries.map((country) => this.byName(foldPortName(name), country)).filter((resolution) => resolution.kind !== 'unknown');
        return found.length === 1 ? (found[0] as PortResolution) : { kind: 'unknown' };
      }
      const country = countries[0] ?? null;
      const found = this.byName(foldPortName(name), country);
      if (found.kind !== 'unknown' || country === null) return found;
      // "Savannah, Georgia": a qualifier that reads as a country but is not the port's.
      const anywhere = this.byName(foldPortName(name), null);
      if (anywhere.kind !== 'found') return anywhere;
      return { kind: 'found', unlocode: anywhere.unlocode, note: `its qualifier reads as country ${country}, but the only seaport of that name is in ${anywhere.unlocode.slice(0, 2)}` };
    }
    // A trailing country written without punctuation: "SHANGHAI CHINA", "SOUTHAMPTON UK".
    const words = foldPortName(text).split(' ');
    for (let countryWords = Math.min(3, words.length - 1); countryWords >= 1; countryWords--) {
      const country = findCountry(words.slice(words.length - countryWords).join(' '));
      if (country === undefined) continue;
      const found = this.byName(words.slice(0, words.length - countryWords).join(' '), country.alpha2);
      if (found.kind !== 'unknown') return found;
    }
    return { kind: 'unknown' };
  }

  private byName(folded: string, country: string | null): PortResolution {
    const candidates = this.byFoldedName.get(folded);
    if (candidates === undefined) return { kind: 'unknown' };
    const inCountry = (list: readonly Seaport[]): Seaport[] => (country === null ? [...list] : list.filter((seaport) => seaport.country === country));
    const named = inCountry(candidates.byName);
    const chosen = this.choose(named.length > 0 ? named : inCountry(candidates.byAlias));
    return chosen;
  }

  /** One port (its alternative codes count as one), or ambiguous. */
  private choose(seaports: readonly Seaport[]): PortResolution {
    const codes = [...new Set(seaports.map((seaport) => this.canonical.get(seaport.unlocode) as string))].sort();
    if (codes.length === 0) return { kind: 'unknown' };
    if (codes.length === 1) return { kind: 'found', unlocode: codes[0] as string };
    return { kind: 'ambiguous', candidates: codes };
  }

  private canonicalOf(seaport: Seaport): string {
    const group = [seaport.unlocode, ...seaport.alternativeUnlocodes.filter((code) => this.byCode.has(code))];
    if (group.length === 1) return seaport.unlocode;
    return group.find((code) => preferredOfAlternatives.includes(code)) ?? [...group].sort()[0] as string;
  }

  private candidatesFor(folded: string): { byName: Seaport[]; byAlias: Seaport[] } {
    let candidates = this.byFoldedName.get(folded) as { byName: Seaport[]; byAlias: Seaport[] } | undefined;
    if (candidates === undefined) {
      candidates = { byName: [], byAlias: [] };
      this.byFoldedName.set(folded, candidates);
    }
    return candidates;
  }
}

function portNormaliser(kind: 'seaport' | 'placeOfReceipt', index: SeaportIndex): FieldNormaliser {
  return {
    kind,
    normalise(text: string): Normalised {
      const resolution = index.resolve(text);
      if (resolution.kind === 'found') return normalisedFrom(text, resolution.unlocode, resolution.note === undefined ? null : `port "${text}" read as ${resolution.unlocode}: ${resolution.note}`);
      if (resolution.kind === 'ambiguous') {
        return keptAsWritten(text, `port "${text}" matches several seaports (${resolution.candidates.join(', ')}); add the country or write the UN/LOCODE; kept as written`);
      }
      if (kind === 'placeOfReceipt') return { value: text, asWritten: null, problem: null };
      return keptAsWritten(text, `not a known seaport: no UN/LOCODE in the seaport list matches "${text}"; kept as written`);
    },
  };
}

export const seaportNormaliserKind: FieldNormaliserKind = {
  kind: 'seaport',
  storedAs: 'UN/LOCODE',
  cacheable: true,
  create: () => portNormaliser('seaport', new SeaportIndex()),
};

export const placeOfReceiptNormaliserKind: FieldNormaliserKind = {
  kind: 'placeOfReceipt',
  storedAs: 'UN/LOCODE when a known seaport, else as written',
  cacheable: true,
  create: () => portNormaliser('placeOfReceipt', new SeaportIndex()),
};
