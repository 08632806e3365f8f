/**
 * How one company's name comes out in manifests: each shipper, carrier and EDI system writes it
 * its own way. The maker applies, each with its own probability: another spelling of the legal
 * form or none, abbreviations (INTL, TRDG, IMP & EXP), punctuation dropped, title case, a typing
 * error, address text spilling into the name field, and truncation at the 35-character field
 * width of carrier EDI messages.
 */
import { legalForms, withLegalForm, type CompanyName } from './legalForms';
import type { Rng } from './random';

/** Width of a party-name field in carrier EDI (IFTMIN/ANSI X12 N1): longer names are cut. */
export const partyNameFieldWidth = 35;

const wordAbbreviations: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\bINTERNATIONAL\b/, ['INTL', "INT'L", 'INTL.']],
  [/\bTRADING\b/, ['TRDG', 'TRDG.']],
  [/\bIMPORT AND EXPORT\b/, ['IMP & EXP', 'IMP. & EXP.', 'IMPORT & EXPORT', 'IMP/EXP']],
  [/\bMANUFACTURING\b/, ['MFG', 'MFG.']],
  [/\bELECTRONICS\b/, ['ELEC', 'ELECTRONIC']],
  [/\bTECHNOLOGY\b/, ['TECH', 'TECH.']],
  [/\bINDUSTRIAL\b/, ['IND', 'IND.']],
  [/\bINDUSTRIES\b/, ['INDS', 'IND.']],
  [/\bENTERPRISES\b/, ['ENT', 'ENTS']],
  [/\bCORPORATION\b/, ['CORP', 'CORP.']],
  [/\bBROTHERS\b/, ['BROS', 'BROS.']],
  [/\bGARMENTS\b/, ['GMTS']],
  [/\bTEXTILES\b/, ['TEX', 'TEXTILE']],
  [/\bDISTRIBUTION\b/, ['DIST', 'DISTRIBUTORS']],
  [/\bSERVICES\b/, ['SVCS', 'SERVICE']],
  [/\bLOGISTICS\b/, ['LOGISTIC', 'LOGS']],
  [/\bGENERAL\b/, ['GEN', 'GEN.']],
  [/\bDEVELOPMENT\b/, ['DEV', 'DEVT']],
  [/\bHOLDINGS\b/, ['HLDGS']],
  [/\bWHOLESALE\b/, ['W/SALE', 'WHOLESALERS']],
  [/ AND /, [' & ']],
  [/ & /, [' AND ', '&']],
];

const keyboardNeighbours: Record<string, string> = {
  A: 'SQ', B: 'VN', C: 'XV', D: 'SF', E: 'WR', F: 'DG', G: 'FH', H: 'GJ', I: 'UO', J: 'HK', K: 'JL', L: 'K', M: 'N',
  N: 'BM', O: 'IP', P: 'O', Q: 'W', R: 'ET', S: 'AD', T: 'RY', U: 'YI', V: 'CB', W: 'QE', X: 'ZC', Y: 'TU', Z: 'X',
};

function typo(text: string, rng: Rng): string {
  const letters = [...text.matchAll(/[A-Z]/g)].map((match) => match.index as number);
  if (letters.length < 4) return text;
  const at = letters[rng.int(1, letters.length - 2)] as number;
  const character = text[at] as string;
  switch (rng.int(0, 3)) {
    case 0: // adjacent letters swapped
      return text[at + 1] && /[A-Z]/.test(text[at + 1] as string) ? `${text.slice(0, at)}${text[at + 1]}${character}${text.slice(at + 2)}` : text;
    case 1: // letter dropped
      return `${text.slice(0, at)}${text.slice(at + 1)}`;
    case 2: // letter doubled
      return `${text.slice(0, at)}${character}${text.slice(at)}`;
    default: // neighbouring key
      return `${text.slice(0, at)}${rng.pick([...(keyboardNeighbours[character] ?? character)])}${text.slice(at + 1)}`;
  }
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/\b([a-z])/g, (letter) => letter.toUpperCase()).replace(/\bLtd\b/g, 'Ltd').replace(/'S\b/g, "'s");
}

export function truncateToField(text: string, width = partyNameFieldWidth): string {
  if (text.length <= width) return text;
  const cut = text.slice(0, width);
  return cut.endsWith(' ') ? cut.trimEnd() : cut;
}

export interface NameVariantOptions {
  /** An address text of the company, for the spill-over variant. */
  readonly addressText: string;
  /** Probability the variant is cut at the field width when longer. */
  readonly truncation: number;
}

/** One raw spelling of the company's name, as a manifest might carry it. */
export function makeNameVariant(name: CompanyName, rng: Rng, options: NameVariantOptions): string {
  const form = legalForms[name.legalForm];
  let stem = name.stem;
  for (const [pattern, replacements] of wordAbbreviations) {
    if (pattern.test(stem) && rng.chance(0.4)) stem = stem.replace(pattern, rng.pick(replacements));
  }
  const spelling = rng.chance(0.08) ? '' : rng.chance(0.55) ? form.spellings[0] : rng.pick(form.spellings);
  let text = withLegalForm(stem, name.legalForm, spelling);
  if (rng.chance(0.25)) text = text.replace(/[.,]/g, '').replace(/\s+/g, ' ');
  else if (rng.chance(0.1)) text = text.replace(/ (CO|LTD|LIMITED|INC|LLC|PVT)\b/, ', $1');
  if (rng.chance(0.07)) text = typo(text, rng);
  if (rng.chance(0.05)) text = `${text} ${options.addressText}`;
  if (text.length > partyNameFieldWidth && (rng.chance(options.truncation) || text.length > 60)) text = truncateToField(text);
  if (rng.chance(0.12)) text = titleCase(text);
  // Lower-casing can lengthen text (Turkish "İ" becomes "i" plus a combining dot): cut again after it.
  if (text.length > 60) text = truncateToField(text);
  return text.trim();
}

/** The company's spellings, the registered name first, then up to `size - 1` distinct variants. */
export function makeNameVariantPool(name: CompanyName, canonical: string, rng: Rng, size: number, options: NameVariantOptions): string[] {
  const pool = [canonical.length > 60 ? truncateToField(canonical) : canonical];
  for (let attempt = 0; pool.length < size && attempt < size * 6; attempt += 1) {
    const variant = makeNameVariant(name, rng, options);
    if (variant !== '' && !pool.includes(variant)) pool.push(variant);
  }
  return pool;
}
