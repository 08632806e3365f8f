/**
 * Ranking and highlighted snippets for FTS4 searches. FTS4 has no rank of its own: its
 * matchinfo(…, 'pcnalx') statistics give Okapi BM25 here. Snippets come from FTS4's snippet()
 * with two control characters as the highlight markers (report text is stored without control
 * characters), split here into segments, so that the UI renders them as text, never as markup.
 */

export interface SnippetSegment {
  readonly text: string;
  readonly match: boolean;
}

/** What snippet() is asked to put around a matching word. */
export const snippetStart = '\u0001';
export const snippetEnd = '\u0002';

export function snippetSegments(snippet: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(snippetStart);
    if (start === -1) {
      segments.push({ text: rest, match: false });
      break;
    }
    if (start > 0) segments.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(snippetEnd, start + 1);
    const stop = end === -1 ? rest.length : end;
    const matched = rest.slice(start + 1, stop);
    if (matched !== '') segments.push({ text: matched, match: true });
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  // Markers left inside the text (a goods description holding a control character) show as nothing.
  return segments
    // eslint-disable-next-line no-control-regex -- the markers are control characters
    .map((segment) => ({ ...segment, text: segment.text.replace(/[\u0001\u0002]/g, '') }))
    .filter((segment) => segment.text !== '');
}

const k1 = 1.2;
const b = 0.75;

/**
 * BM25 of one row from the blob of matchinfo(table, 'pcnalx'): phrases p, columns c, rows n,
 * average tokens per column a[c], this row's tokens per column l[c], then per phrase and column
 * x = (hits in this row, hits in all rows, rows with a hit). weights: one per column (1 when absent).
 * Higher is better.
 */
export function bm25(matchinfo: Uint8Array, weights: readonly number[] = []): number {
  const view = new DataView(matchinfo.buffer, matchinfo.byteOffset, matchinfo.byteLength);
  const at = (index: number): number => (index * 4 + 4 <= matchinfo.byteLength ? view.getUint32(index * 4, true) : 0);
  const phrases = at(0);
  const columns = at(1);
  const rows = at(2);
  const averageOffset = 3;
  const lengthOffset = averageOffset + columns;
  const hitsOffset = lengthOffset + columns;
  let score = 0;
  for (let phrase = 0; phrase < phrases; phrase += 1) {
    for (let column = 0; column < columns; column += 1) {
      const base = hitsOffset + 3 * (phrase * columns + column);
      const hitsHere = at(base);
      if (hitsHere === 0) continue;
      const rowsWithHit = at(base + 2);
      const idf = Math.log(1 + (rows - rowsWithHit + 0.5) / (rowsWithHit + 0.5));
      const average = Math.max(at(averageOffset + column), 1);
      const length = at(lengthOffset + column);
      const tf = (hitsHere * (k1 + 1)) / (hitsHere + k1 * (1 - b + (b * length) / average));
      score += (weights[column] ?? 1) * idf * tf;
    }
  }
  return score;
}
