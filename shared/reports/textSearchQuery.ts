/**
 * The analyst's search text as an FTS4 MATCH expression, built from words only: every word or
 * "quoted phrase" becomes a quoted phrase of its letters and digits (so no character the analyst
 * types is FTS syntax), `word*` a prefix, `-word` an exclusion, `OR` between two terms either of
 * them. Stray quotes, lone operators, SQL fragments or punctuation never make an error: what is
 * not a word is a separator. The expression is passed to SQLite as a bound parameter, never
 * spliced into SQL. A search with no word left to look for says so instead of matching.
 */

export interface TextSearchExpression {
  /** The FTS4 MATCH expression (enhanced query syntax), or null when there is nothing to look for. */
  readonly match: string | null;
  /** The terms looked for, as the analyst can read them ("container", "msku*", "dover wood"). */
  readonly terms: readonly string[];
  /** Why there is nothing to look for, when match is null. */
  readonly message: string | null;
}

/** Longest search text read; the rest is ignored. */
export const maxSearchTextLength = 500;
/** Most terms in one search. */
export const maxSearchTerms = 16;

interface Term {
  readonly words: readonly string[];
  readonly prefix: boolean;
  readonly excluded: boolean;
  /** OR with the term before it. */
  readonly orWithPrevious: boolean;
}

export function buildTextSearchExpression(input: string): TextSearchExpression {
  const text = input.slice(0, maxSearchTextLength);
  const terms: Term[] = [];
  let pendingOr = false;
  let index = 0;
  while (index < text.length && terms.length < maxSearchTerms) {
    const char = text[index] as string;
    if (/\s/u.test(char)) {
      index += 1;
      continue;
    }
    let excluded = false;
    let start = index;
    if (char === '-' && index + 1 < text.length && !/\s/u.test(text[index + 1] as string)) {
      excluded = true;
      start += 1;
    }
    let raw: string;
    if (text[start] === '"') {
      const close = text.indexOf('"', start + 1);
      const end = close === -1 ? text.length : close;
      raw = text.slice(start + 1, end);
      index = close === -1 ? text.length : close + 1;
    } else {
      let end = start;
      while (end < text.length && !/\s/u.test(text[end] as string) && text[end] !== '"') end += 1;
      raw = text.slice(start, end);
      index = end;
    }
    if (!excluded && raw === 'OR') {
      pendingOr = terms.length > 0;
      continue;
    }
    const words = raw.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) continue;
    const prefix = /[\p{L}\p{N}]\*+\s*$/u.test(raw);
    terms.push({ words: words.map((word) => word.toLowerCase()), prefix, excluded, orWithPrevious: pendingOr && !excluded });
    pendingOr = false;
  }

  const included = terms.filter((term) => !term.excluded);
  const excluded = terms.filter((term) => term.excluded);
  if (included.length === 0) {
    return {
      match: null,
      terms: [],
      message: terms.length === 0 ? 'Type a word to search for.' : 'Every word is excluded (-word): give at least one word to look for.',
    };
  }
  const phrase = (term: Term): string => `"${term.words.join(' ')}${term.prefix ? '*' : ''}"`;
  // Implicit AND between terms, OR binding the terms it stands between: a b OR c -d is
  // a AND (b OR c), without d.
  const groups: string[][] = [];
  for (const term of included) {
    const last = groups[groups.length - 1];
    if (term.orWithPrevious && last !== undefined) last.push(phrase(term));
    else groups.push([phrase(term)]);
  }
  let match = groups.map((group) => (group.length === 1 ? (group[0] as string) : `(${group.join(' OR ')})`)).join(' AND ');
  for (const term of excluded) match = `(${match}) NOT ${phrase(term)}`;
  return {
    match,
    terms: terms.map((term) => `${term.excluded ? '-' : ''}${term.words.join(' ')}${term.prefix ? '*' : ''}`),
    message: null,
  };
}
