/**
 * Finding legal forms at the end (and, for forms that may lead, at the start) of a folded name.
 * Spellings are folded once into word sequences; the longest spelling wins, and forms are peeled
 * repeatedly ("... SAN VE TIC LTD STI", "... GMBH & CO KG"). A name cut at the field width may end
 * in a legal form cut short ("CO., L", "PVT LT"): those fragments are recognised only when the
 * caller says the name may be truncated. A name is never reduced to nothing.
 */
import { legalForms, type LegalForm } from './legalForms';
import { foldWords } from './textFolding';
import { WordTrie } from './wordTrie';

export interface LegalFormMatch {
  readonly form: LegalForm;
  /** The words as written in the name (folded): "CO LTD". */
  readonly written: string;
  /** Whether it opens the name (OOO ROMASHKA) or closes it (ACME LTD). */
  readonly at: 'start' | 'end';
  /** Whether it was cut short by truncation. */
  readonly partial: boolean;
}

interface SpellingTable {
  /** Suffix spellings, read backwards from the end of a name. */
  readonly suffix: WordTrie<LegalForm>;
  /** Prefix spellings, read forwards from the start. */
  readonly prefix: WordTrie<LegalForm>;
  /** Fragments of suffix spellings whose last word is cut: "CO L", "PVT", "SDN B". */
  readonly fragments: WordTrie<LegalForm>;
  readonly exact: Map<string, LegalForm>;
  readonly longest: number;
}

let table: SpellingTable | undefined;

function spellingTable(): SpellingTable {
  if (table) return table;
  const suffix = new WordTrie<LegalForm>(true);
  const prefix = new WordTrie<LegalForm>(false);
  const fragments = new WordTrie<LegalForm>(true);
  const exact = new Map<string, LegalForm>();
  const spellings = new Set<string>();
  let longest = 1;
  for (const form of legalForms) {
    for (const spelling of [form.id, ...form.spellings]) {
      const words = foldWords(spelling);
      if (words.length === 0) continue;
      longest = Math.max(longest, words.length);
      spellings.add(words.join(' '));
      if (!exact.has(words.join(' '))) exact.set(words.join(' '), form);
      if (form.position !== 'prefix') suffix.add(words, form);
      if (form.position !== 'suffix') prefix.add(words, form);
    }
  }
  for (const form of legalForms) {
    if (form.position === 'prefix') continue;
    for (const spelling of [form.id, ...form.spellings]) {
      const words = foldWords(spelling);
      for (let count = 1; count <= words.length; count += 1) {
        const last = words[count - 1] as string;
        for (let cut = 1; cut <= last.length; cut += 1) {
          const fragment = [...words.slice(0, count - 1), last.slice(0, cut)];
          if (!spellings.has(fragment.join(' '))) fragments.add(fragment, form);
        }
      }
    }
  }
  table = { suffix, prefix, fragments, exact, longest };
  return table;
}

/** The legal form spelled exactly by these words, if any. */
export function legalFormSpelledBy(words: readonly string[]): LegalForm | undefined {
  return spellingTable().exact.get(words.join(' '));
}

export interface LegalFormSplit {
  /** The words left once legal forms are peeled off (never empty when the input was not). */
  readonly words: readonly string[];
  /** In order of appearance. */
  readonly legalForms: readonly LegalFormMatch[];
}

/**
 * Peels legal forms off both ends of a folded name. `mayBeTruncated` also peels a legal form cut
 * short at the end.
 */
export function splitLegalForms(words: readonly string[], mayBeTruncated = false): LegalFormSplit {
  const spellings = spellingTable();
  let end = words.length;
  let start = 0;
  const trailing: LegalFormMatch[] = [];
  const leading: LegalFormMatch[] = [];
  if (mayBeTruncated && end > 1) {
    const exact = spellings.suffix.longest(words, end - 1, end - 1);
    const fragment = spellings.fragments.longest(words, end - 1, end - 1);
    if (fragment && (!exact || fragment.length > exact.length)) {
      trailing.unshift({ form: fragment.value, written: words.slice(end - fragment.length, end).join(' '), at: 'end', partial: true });
      end -= fragment.length;
    }
  }
  for (let match = spellings.suffix.longest(words, end - 1, end - 1); match; match = spellings.suffix.longest(words, end - 1, end - 1)) {
    trailing.unshift({ form: match.value, written: words.slice(end - match.length, end).join(' '), at: 'end', partial: false });
    end -= match.length;
  }
  for (let match = spellings.prefix.longest(words, start, end - start - 1); match; match = spellings.prefix.longest(words, start, end - start - 1)) {
    leading.push({ form: match.value, written: words.slice(start, start + match.length).join(' '), at: 'start', partial: false });
    start += match.length;
  }
  return { words: words.slice(start, end), legalForms: [...leading, ...trailing] };
}

/** Where a complete legal form ends inside the name, for names with text after it (spilled address). */
export function legalFormEndings(words: readonly string[]): number[] {
  const spellings = spellingTable();
  const endings: number[] = [];
  for (let end = 2; end < words.length; end += 1) if (spellings.suffix.longest(words, end - 1, end - 1)) endings.push(end);
  return endings;
}
