/**
 * Seaports keyed by UN/LOCODE (country alpha-2 + three characters) with name, country,
 * coordinates and aliases. Source and licence: SOURCES.md.
 */
import seaportData from './data/seaports.json';

export interface Seaport {
  readonly unlocode: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2 of the country: the first two letters of the UN/LOCODE. */
  readonly country: string;
  /** WGS 84, degrees; null for the few ports the source has no position for. */
  readonly coordinates: { readonly longitude: number; readonly latitude: number } | null;
  /** Other names for the port ("Long Beach" for Los Angeles). */
  readonly aliases: readonly string[];
  /** Other UN/LOCODEs of the same port ("CNSGH" for CNSHA). */
  readonly alternativeUnlocodes: readonly string[];
}

type SeaportRow = readonly [string, string, number | null, number | null, readonly string[], readonly string[]];

let byUnlocode: ReadonlyMap<string, Seaport> | undefined;

function index(): ReadonlyMap<string, Seaport> {
  if (byUnlocode) return byUnlocode;
  const map = new Map<string, Seaport>();
  for (const [unlocode, row] of Object.entries(seaportData as unknown as Record<string, SeaportRow>)) {
    const [name, country, longitude, latitude, aliases, alternativeUnlocodes] = row;
    const seaport: Seaport = {
      unlocode,
      name,
      country,
      coordinates: longitude === null || latitude === null ? null : { longitude, latitude },
      aliases,
      alternativeUnlocodes,
    };
    map.set(unlocode, seaport);
  }
  byUnlocode = map;
  return map;
}

/** "CN SHA", "cnsha" and "CN-SHA" all give "CNSHA". */
export function normalizeUnlocode(text: string): string {
  return text.replace(/[\s-]+/g, '').toUpperCase();
}

/** A seaport by UN/LOCODE; a port's alternative UN/LOCODEs are entries of their own in the source. */
export function findSeaport(unlocode: string): Seaport | undefined {
  return index().get(normalizeUnlocode(unlocode));
}

export function isKnownSeaport(unlocode: string): boolean {
  return findSeaport(unlocode) !== undefined;
}

export function allSeaports(): readonly Seaport[] {
  return [...index().values()];
}

export function seaportsInCountry(alpha2: string): readonly Seaport[] {
  const country = alpha2.trim().toUpperCase();
  return allSeaports().filter((seaport) => seaport.country === country);
}

function foldPortName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Seaports whose name or an alias is the given name, folded ("antwerpen", "Long Beach"). */
export function findSeaportsByName(name: string): readonly Seaport[] {
  const folded = foldPortName(name);
  if (folded === '') return [];
  return allSeaports().filter(
    (seaport) => foldPortName(seaport.name) === folded || seaport.aliases.some((alias) => foldPortName(alias) === folded),
  );
}
