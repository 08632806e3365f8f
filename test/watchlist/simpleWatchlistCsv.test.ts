import { describe, expect, it } from 'vitest';
import { parseSimpleWatchlistCsv } from '../../shared/watchlist/simpleWatchlistCsv';
import { decodeUtf8, TextDecodingError } from '../../shared/watchlist/textDecoding';
import { detectWatchlistFormat, parseWatchlist } from '../../shared/watchlist/watchlistFormats';
import { WatchlistFileError } from '../../shared/watchlist/watchlistFileError';
import { generateParsedWorld } from '../generator/worldFixture';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('the simple watchlist CSV', () => {
  it('reads the generator’s watchlist.csv: every row an entry, vessels by their ship IMO numbers', () => {
    const world = generateParsedWorld(5, 20_000);
    const bytes = utf8(world.watchlistCsv);
    expect(detectWatchlistFormat(bytes)).toBe('watchlist csv');
    const parsed = parseWatchlist(bytes);
    expect(parsed.rowsRead).toBe(world.watchlist.length);
    expect(parsed.entries).toHaveLength(world.watchlist.length);
    expect(parsed.rejections).toEqual([]);
    const vessels = parsed.entries.filter((entry) => entry.subject === 'vessel');
    expect(vessels.length).toBeGreaterThan(0);
    for (const vessel of vessels) expect(vessel.imoNumbers).toHaveLength(1);
    const owners = parsed.entries.filter((entry) => entry.subject === 'company');
    expect(owners.length).toBe(vessels.length);
    for (const entry of parsed.entries) expect(entry.problems).toEqual([]);
  });

  it('splits aliases, maps columns in any order and case, and rejects a row without a name', () => {
    const parsed = parseSimpleWatchlistCsv(
      utf8('List,NAME,Aliases,Country,IMO,Reason\r\nSANCTIONS,ACME TRADING FZE,ACME TRDG; ACME GENERAL TRADING,AE,,Asset freeze\r\nSANCTIONS,,NOBODY,AE,,\r\nVESSELS OF INTEREST,OCEAN STAR,,PA,9126818,Ship-to-ship transfers\r\n'),
    );
    expect(parsed.entries[0]).toMatchObject({ entryId: 'CSV-2', name: 'ACME TRADING FZE', aliases: ['ACME TRDG', 'ACME GENERAL TRADING'], countries: ['AE'], listName: 'SANCTIONS', reason: 'Asset freeze', subject: 'entity' });
    expect(parsed.rejections).toEqual([{ row: 3, reason: 'no name', excerpt: 'SANCTIONS,,NOBODY,AE,,' }]);
    expect(parsed.entries[1]).toMatchObject({ name: 'OCEAN STAR', imoNumbers: [], problems: ['IMO field "9126818" is not a valid IMO number (check digit fails)'] });
    expect(parsed.rowsRead).toBe(3);
  });

  it('reads every row of a file whose header ends in CRLF and whose rows end in LF', () => {
    const parsed = parseSimpleWatchlistCsv(utf8('List,Name,Country\r\nSANCTIONS,ACME TRADING FZE,AE\nSANCTIONS,"OCEAN\r\nSTAR LTD",PA\nSANCTIONS,BLUE HARBOUR LLC,AE\n'));
    expect(parsed.rejections).toEqual([]);
    expect(parsed.entries.map((entry) => entry.name)).toEqual(['ACME TRADING FZE', 'OCEAN\nSTAR LTD', 'BLUE HARBOUR LLC']);
    expect(parsed.rowsRead).toBe(3);
  });

  it('refuses a file without a name column, and bytes that are not UTF-8', () => {
    expect(() => parseSimpleWatchlistCsv(utf8('company,country\r\nACME,GB\r\n'))).toThrow(WatchlistFileError);
    expect(() => decodeUtf8(Uint8Array.of(0x41, 0xc3, 0x28))).toThrow(new TextDecodingError('not UTF-8: malformed byte sequence at byte 1'));
    expect(() => parseWatchlist(utf8('hello\r\n'))).toThrow(WatchlistFileError);
  });
});
