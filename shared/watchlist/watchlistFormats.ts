/**
 * Which parser reads a list file, and reading it: by the format the caller names, or sniffed from
 * the first bytes (a JSON object per line: FollowTheMoney; a header naming "name": the simple
 * CSV; a number, a comma and a quoted name: OFAC SDN).
 */
import { parseFollowTheMoney } from './followTheMoney';
import { parseOfacSdn } from './ofacSdn';
import { parseSimpleWatchlistCsv } from './simpleWatchlistCsv';
import { WatchlistFileError } from './watchlistFileError';
import type { WatchlistFormat, WatchlistParse } from './watchlistEntry';

export function detectWatchlistFormat(bytes: Uint8Array): WatchlistFormat | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 512)).replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '').trimStart();
  if (head.startsWith('{')) return 'FollowTheMoney';
  if (/^\d+,"/.test(head)) return 'OFAC SDN';
  const firstLine = (head.split(/\r?\n/)[0] ?? '').toLowerCase();
  if (firstLine.split(',').some((column) => column.trim().replace(/"/g, '') === 'name')) return 'watchlist csv';
  return undefined;
}

export function parseWatchlist(bytes: Uint8Array, format: WatchlistFormat | 'detect' = 'detect'): WatchlistParse {
  const chosen = format === 'detect' ? detectWatchlistFormat(bytes) : format;
  switch (chosen) {
    case 'FollowTheMoney':
      return parseFollowTheMoney(bytes);
    case 'OFAC SDN':
      return parseOfacSdn(bytes);
    case 'watchlist csv':
      return parseSimpleWatchlistCsv(bytes);
    default:
      throw new WatchlistFileError('not a known watchlist format: expected the simple CSV (a header with "name"), the OFAC SDN CSV, or FollowTheMoney JSON lines');
  }
}
