/**
 * The simple watchlist CSV (the generator's watchlist.csv and lists kept by hand): a header with
 * name, aliases (separated by ";"), address, country, imo, reason and list, in any order and
 * case; only name is required. UTF-8. A row without a name is rejected; a bad IMO number is kept
 * as a problem of the entry, since the name alone still lists the party.
 */
import { csvRecords } from './csvRecords';
import { imoNumberField } from './listImoNumbers';
import { listCountries } from './listCountries';
import { decodeUtf8 } from './textDecoding';
import { excerptOf, type ListedSubject, type WatchlistEntry, type WatchlistParse, type WatchlistRejection } from './watchlistEntry';
import { parseImoNumber } from '../domain/imoNumber';
import { WatchlistFileError } from './watchlistFileError';

export const simpleWatchlistColumns = ['name', 'aliases', 'address', 'country', 'imo', 'reason', 'list'] as const;

type Column = (typeof simpleWatchlistColumns)[number];

function subjectOf(imo: string | undefined, listName: string): ListedSubject {
  if (imo === undefined) return 'entity';
  const schemes = parseImoNumber(imo)?.schemes ?? [];
  if (schemes.length === 1) return schemes[0] === 'vessel' ? 'vessel' : 'company';
  return /VESSEL|SHIP/i.test(listName) ? 'vessel' : 'company';
}

export function parseSimpleWatchlistCsv(bytes: Uint8Array): WatchlistParse {
  const [header, ...rows] = csvRecords(decodeUtf8(bytes));
  if (!header) return { format: 'watchlist csv', rowsRead: 0, entries: [], rejections: [] };
  const position = new Map<Column, number>();
  header.fields.forEach((field, index) => {
    const column = field.trim().toLowerCase() as Column;
    if ((simpleWatchlistColumns as readonly string[]).includes(column) && !position.has(column)) position.set(column, index);
  });
  if (!position.has('name')) throw new WatchlistFileError(`the header has no "name" column (found: ${header.fields.join(', ')})`);
  const entries: WatchlistEntry[] = [];
  const rejections: WatchlistRejection[] = [];
  for (const record of rows) {
    const value = (column: Column): string => {
      const index = position.get(column);
      return index === undefined ? '' : (record.fields[index] ?? '').trim();
    };
    const name = value('name');
    if (name === '') {
      rejections.push({ row: record.row, reason: 'no name', excerpt: excerptOf(record.text) });
      continue;
    }
    const imo = imoNumberField(value('imo'));
    const listName = value('list');
    const country = value('country');
    entries.push({
      entryId: `CSV-${record.row}`,
      format: 'watchlist csv',
      listName,
      subject: subjectOf(imo.valid[0], listName),
      name,
      aliases: value('aliases').split(';').map((alias) => alias.trim()).filter((alias) => alias !== ''),
      addresses: value('address') === '' ? [] : [value('address')],
      countries: listCountries([country]),
      imoNumbers: imo.valid,
      emails: [],
      reason: value('reason'),
      programmes: [],
      linkedTo: [],
      row: record.row,
      problems: [...imo.problems, ...(country !== '' && listCountries([country]).length === 0 ? [`country "${country}" is not an ISO 3166 code or name`] : [])],
    });
  }
  return { format: 'watchlist csv', rowsRead: header ? rows.length : 0, entries, rejections };
}
