/**
 * The name-normalisation test vectors of other libraries (/work/shared/vectors: fingerprints,
 * cleanco, rigour, nomenklatura), each run through the function of ours that does the same job,
 * and judged "agree", "disagree" or "not applicable" (we have no such function, by design).
 * Comparison rules per function are stated next to each mapping: most compare after our folding
 * (case, punctuation, spacing), since the libraries differ from us and each other there by design.
 */
import { readFileSync } from 'node:fs';
import { foldText, foldWords } from '../../shared/entities/textFolding';
import { canonicalPartyName, nameFingerprint, normalizePartyName } from '../../shared/entities/partyName';
import { dropLeadingWords, partyNamePrefixes } from '../../shared/entities/namePrefixes';
import { wordSimilarity } from '../../shared/entities/nameSimilarity';
import { phoneticKey } from '../../shared/entities/phoneticKeys';
import { normalizeVesselName } from '../../shared/watchlist/vesselNames';
import { likeliestImoNumber } from '../../shared/watchlist/listImoNumbers';
import { formatImoNumber, isValidCompanyImo, isValidImoNumber, isValidVesselImo } from '../../shared/domain/imoNumber';

export const vectorsDirectory = '/work/shared/vectors';

export interface NormalisationVector {
  readonly id: string;
  /** Short library name: "fingerprints", "cleanco", "rigour", "nomenklatura". */
  readonly library: string;
  readonly func: string;
  readonly args: readonly unknown[];
  readonly kwargs: Readonly<Record<string, unknown>>;
  readonly op: string;
  readonly expected: unknown;
}

export type Verdict = { readonly verdict: 'agree' | 'disagree'; readonly ours: unknown } | { readonly verdict: 'not applicable'; readonly why: string };

export function loadJsonlVectors(): NormalisationVector[] {
  return readFileSync(`${vectorsDirectory}/name_normalization_vectors.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const raw = JSON.parse(line) as Record<string, unknown>;
      return {
        id: raw.id as string,
        library: (raw.library as string).split(' ')[0] as string,
        func: raw.func as string,
        args: raw.args as unknown[],
        kwargs: (raw.kwargs as Record<string, unknown> | undefined) ?? {},
        op: raw.op as string,
        expected: raw.expected,
      };
    });
}

/** Ids, libraries and inputs of the simple TSV (a subset of the JSONL). */
export function loadTsvVectors(): { id: string; library: string; input: string }[] {
  const [, ...rows] = readFileSync(`${vectorsDirectory}/company_name_normalization_simple.tsv`, 'utf8').split('\n').filter((line) => line.trim() !== '');
  return rows.map((row) => {
    const [id, library, , , , input] = row.split('\t');
    return { id: id as string, library: library as string, input: input as string };
  });
}

const lower = (text: string): string => text.toLowerCase();
/** Their text with punctuation as spaces, no transliteration: for functions that keep scripts. */
const unpunctuated = (text: string): string => lower(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const folded = (value: unknown): string => (typeof value === 'string' ? lower(foldText(value)) : '');

function agreeIf(ours: unknown, same: boolean): Verdict {
  return { verdict: same ? 'agree' : 'disagree', ours };
}

function compareNumber(op: string, ours: number, expected: number): boolean {
  if (op === '==') return Math.abs(ours - expected) < 1e-9;
  if (op === '<') return ours < expected;
  return ours > expected;
}

const notApplicable = (why: string): Verdict => ({ verdict: 'not applicable', why });

export function evaluateVector(vector: NormalisationVector): Verdict {
  const input = vector.args[0];
  const text = typeof input === 'string' ? input : '';
  const expected = vector.expected;
  switch (`${vector.library} ${vector.func}`) {
    // fingerprints.generate: sorted distinct words, legal forms abbreviated → nameFingerprint.
    case 'fingerprints fp': {
      const ours = nameFingerprint(normalizePartyName(text));
      return agreeIf(ours, ours === expected);
    }
    // Folding alone (case, transliteration, punctuation); "None" is our empty string.
    case 'fingerprints clean_name_ascii':
    case 'fingerprints clean_name_light':
    case 'rigour normalize_name': {
      const ours = lower(foldText(text));
      return agreeIf(ours, ours === (expected === null ? '' : folded(expected)));
    }
    // Legal forms removed: our base name.
    case 'fingerprints remove_types':
    case 'rigour remove_org_types':
    case 'cleanco basename': {
      const ours = lower(normalizePartyName(text).base);
      if (vector.op === 'expected_in_result' || vector.op.startsWith('result_contains')) return agreeIf(ours, ours.includes(folded(expected)));
      return agreeIf(ours, ours === folded(expected));
    }
    // Legal forms replaced by their abbreviation, in place: our canonical name.
    case 'rigour replace_compare': {
      if (vector.kwargs.generic === true) return notApplicable('generic legal-form classes (JSC, LLC, LP for every jurisdiction): we keep each form’s own abbreviation and compare families instead');
      const ours = lower(canonicalPartyName(normalizePartyName(text)));
      return agreeIf(ours, ours === folded(expected));
    }
    case 'rigour extract_org_types': {
      if (vector.kwargs.generic === true) return notApplicable('generic legal-form classes: see replace_compare');
      const ours = normalizePartyName(text).legalForms.map((match) => lower(match.form.id));
      const theirs = (expected as [string, string][]).map(([, compare]) => folded(compare));
      return agreeIf(ours, ours.join('|') === theirs.join('|'));
    }
    case 'rigour remove_person_prefixes':
    case 'rigour remove_org_prefixes': {
      const ours = lower(dropLeadingWords(foldWords(text), partyNamePrefixes).join(' '));
      return agreeIf(ours, ours === folded(expected));
    }
    case 'rigour remove_obj_prefixes': {
      const ours = lower(normalizeVesselName(text).base);
      return agreeIf(ours, ours === folded(expected));
    }
    // Whitespace, case and invisible characters: compared up to folding.
    case 'rigour normalize': {
      const ours = lower(foldText(text));
      return agreeIf(ours, ours === (expected === null ? '' : folded(expected)));
    }
    // Tokenising: the same word boundaries, each of their tokens folded.
    case 'rigour tokenize_name': {
      const minimum = typeof vector.kwargs.token_min_length === 'number' ? vector.kwargs.token_min_length : 1;
      const ours = foldWords(text).map(lower).filter((word) => word.length >= minimum);
      const theirs = (expected as string[]).map(folded);
      return agreeIf(ours, ours.join(' ') === theirs.join(' '));
    }
    // Transliteration: compared without transliterating theirs, punctuation aside.
    case 'rigour maybe_ascii': {
      const ours = lower(foldText(text));
      return agreeIf(ours, ours === unpunctuated(expected as string));
    }
    case 'rigour metaphone':
    case 'nomenklatura metaphone_token': {
      const ours = foldWords(text).map(phoneticKey).join('');
      return agreeIf(ours, ours === expected);
    }
    case 'rigour jaro_winkler': {
      const ours = wordSimilarity(text, vector.args[1] as string);
      return agreeIf(ours, compareNumber(vector.op, ours, expected as number));
    }
    case 'rigour IMO.normalize': {
      const digits = likeliestImoNumber(text);
      return agreeIf(digits ?? null, expected === null ? digits === undefined : `IMO${digits}` === expected);
    }
    case 'rigour IMO.is_valid':
      return agreeIf(isValidImoNumber(text), isValidImoNumber(text) === expected);
    case 'rigour IMO.is_valid_vessel':
      return agreeIf(isValidVesselImo(text), isValidVesselImo(text) === expected);
    case 'rigour IMO.is_valid_company':
      return agreeIf(isValidCompanyImo(text), isValidCompanyImo(text) === expected);
    case 'rigour IMO.format': {
      const ours = formatImoNumber(text)?.replace(' ', '') ?? null;
      return agreeIf(ours, ours === expected);
    }
    case 'rigour soundex':
      return notApplicable('Soundex: our phonetic keys are Double Metaphone');
    case 'rigour levenshtein':
    case 'rigour levenshtein_similarity':
    case 'rigour is_levenshtein_plausible':
    case 'nomenklatura strict_levenshtein':
    case 'nomenklatura compare_levenshtein':
      return notApplicable('Levenshtein measures: our word similarity is Jaro-Winkler');
    case 'nomenklatura tokenize':
      return notApplicable('a multi-name tokenizer with a stop-word list; ours tokenises one name at a time');
    default:
      return notApplicable(`${vector.func}: script detection, stop/null words, name picking and person-name analysis are outside party-name normalisation`);
  }
}
