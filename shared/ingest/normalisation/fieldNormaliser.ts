/**
 * Normalisation of identifier fields during import (ports, countries, HS codes, container and IMO
 * numbers). A normaliser reads the text as written into the form the workspace stores and
 * compares on (a UN/LOCODE, an ISO 3166 alpha-2 code, HS digits, a compact ISO 6346 number, seven
 * IMO digits). It never drops a value and never changes one silently:
 *  - a value it can read is stored normalised, and the text as written is kept beside it when the
 *    two differ (the `*_as_written` columns);
 *  - a value it cannot read, or one that reads but is suspect (a bad check digit, a code missing
 *    from the nomenclature), is kept and the problem becomes a warning on the row.
 */
export type NormalisedFieldKind = 'seaport' | 'placeOfReceipt' | 'country' | 'hsCode' | 'containerNumber' | 'vesselImo';

export interface Normalised {
  /** What is stored: the normalised form, or the text as written when it cannot be normalised. */
  readonly value: string;
  /** The text as written when it differs from `value` (kept for provenance); null when identical. */
  readonly asWritten: string | null;
  /** Why the value is suspect or was kept as written: a warning on the row. Null when all is well. */
  readonly problem: string | null;
}

/** One kind of field's normaliser: a pure function of the (trimmed, non-empty) text as written. */
export interface FieldNormaliser {
  readonly kind: NormalisedFieldKind;
  normalise(text: string): Normalised;
}

/**
 * A kind of field in the registry. `create` builds the normaliser with its lookup maps; an import
 * creates each kind it meets once. `cacheable` kinds have few distinct values repeated over
 * millions of rows (ports, countries, HS codes, vessels) and are cached per distinct text; container
 * numbers are nearly all distinct and cheap to check, so caching them would only cost memory.
 */
export interface FieldNormaliserKind {
  readonly kind: NormalisedFieldKind;
  /** For the analyst: the form values are stored in. */
  readonly storedAs: string;
  readonly cacheable: boolean;
  create(): FieldNormaliser;
}

/** Helpers for normaliser results. */
export function unchanged(value: string): Normalised {
  return { value, asWritten: null, problem: null };
}

export function normalisedFrom(text: string, value: string, problem: string | null = null): Normalised {
  return { value, asWritten: value === text ? null : text, problem };
}

export function keptAsWritten(text: string, problem: string): Normalised {
  return { value: text, asWritten: null, problem };
}
