import { detachedOrNull, detachedString } from '../detachedString';
import type { ManifestFieldId } from '../manifestFields';
import { containerNumberNormaliserKind } from './containerNumberNormaliser';
import { countryNormaliserKind } from './countryNormaliser';
import type { FieldNormaliser, FieldNormaliserKind, Normalised, NormalisedFieldKind } from './fieldNormaliser';
import { hsCodeNormaliserKind } from './hsCodeNormaliser';
import { placeOfReceiptNormaliserKind, seaportNormaliserKind } from './seaportNormaliser';
import { vesselImoNormaliserKind } from './vesselImoNormaliser';

/** Every kind of normalised field, as data: adding one is one file and one line here. */
export const fieldNormaliserKinds: Readonly<Record<NormalisedFieldKind, FieldNormaliserKind>> = {
  seaport: seaportNormaliserKind,
  placeOfReceipt: placeOfReceiptNormaliserKind,
  country: countryNormaliserKind,
  hsCode: hsCodeNormaliserKind,
  containerNumber: containerNumberNormaliserKind,
  vesselImo: vesselImoNormaliserKind,
};

/** The manifest fields that are normalised, and how. */
export const normalisedManifestFields = {
  placeOfReceipt: 'placeOfReceipt',
  portOfLoading: 'seaport',
  portOfDischarge: 'seaport',
  countryOfOrigin: 'country',
  vesselImo: 'vesselImo',
  containerNumber: 'containerNumber',
  hsCode: 'hsCode',
} as const satisfies Partial<Record<ManifestFieldId, NormalisedFieldKind>>;

export type NormalisedManifestFieldId = keyof typeof normalisedManifestFields;

/** Distinct values cached per kind; beyond it values are still normalised, just not remembered. */
export const maxCachedValuesPerKind = 100_000;

/**
 * The normalisers of one import: each kind is created (its lookup maps built) the first time a
 * field of the kind is met, and results of cacheable kinds are remembered per distinct text, so a
 * port written a million times is read once. Results are immutable and shared.
 */
export class NormalisationSession {
  private readonly normalisers = new Map<NormalisedFieldKind, CachedNormaliser>();

  normaliser(kind: NormalisedFieldKind): CachedNormaliser {
    let normaliser = this.normalisers.get(kind);
    if (normaliser === undefined) {
      const definition = fieldNormaliserKinds[kind];
      normaliser = new CachedNormaliser(definition.create(), definition.cacheable ? maxCachedValuesPerKind : 0);
      this.normalisers.set(kind, normaliser);
    }
    return normaliser;
  }

  normalise(kind: NormalisedFieldKind, text: string): Normalised {
    return this.normaliser(kind).normalise(text);
  }
}

export class CachedNormaliser {
  private readonly cache = new Map<string, Normalised>();
  /** The last value read: consecutive rows (the lines of one bill) often repeat it, even for kinds not cached. */
  private lastText: string | null = null;
  private lastResult: Normalised | null = null;

  constructor(private readonly inner: FieldNormaliser, private readonly capacity: number) {}

  /** `text` is trimmed and not empty. */
  normalise(text: string): Normalised {
    if (text === this.lastText) return this.lastResult as Normalised;
    let result = this.cache.get(text);
    if (result === undefined) {
      result = this.inner.normalise(text);
      if (this.cache.size < this.capacity) {
        // Kept for the whole import: detached from the chunk of the file the text was cut from.
        result = { value: detachedString(result.value), asWritten: detachedOrNull(result.asWritten), problem: result.problem };
        this.cache.set(detachedString(text), result);
      }
    }
    this.lastText = text;
    this.lastResult = result;
    return result;
  }
}
