import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeLatin1 } from '../../shared/watchlist/textDecoding';
import { parseOfacSdn } from '../../shared/watchlist/ofacSdn';
import { detectWatchlistFormat, parseWatchlist } from '../../shared/watchlist/watchlistFormats';
import type { WatchlistEntry } from '../../shared/watchlist/watchlistEntry';

const sdnBytes = new Uint8Array(readFileSync('/work/shared/watchlists/ofac_sdn_2024-05-03.csv'));
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (character) => character.charCodeAt(0));

describe('the OFAC SDN list (2024-05-03)', () => {
  const parsed = parseWatchlist(sdnBytes);
  const entry = (id: string): WatchlistEntry => parsed.entries.find((candidate) => candidate.entryId === id) as WatchlistEntry;

  it('is recognised and accounted for row by row: 14,965 rows, each an entry', () => {
    expect(detectWatchlistFormat(sdnBytes)).toBe('OFAC SDN');
    expect(parsed.format).toBe('OFAC SDN');
    expect(sdnBytes.at(-1)).toBe(0x1a);
    expect(parsed.rowsRead).toBe(14_965);
    expect(parsed.entries.length + parsed.rejections.length).toBe(parsed.rowsRead);
    expect(parsed.rejections).toEqual([]);
  });

  it('reads the kinds of party listed', () => {
    const count = (subject: string): number => parsed.entries.filter((candidate) => candidate.subject === subject).length;
    expect(count('person')).toBe(6_854);
    expect(count('vessel')).toBe(851);
    expect(count('aircraft')).toBe(376);
    expect(count('entity')).toBe(6_884);
  });

  it('reads aliases from the remarks', () => {
    expect(entry('SDN-306')).toMatchObject({ name: 'BANCO NACIONAL DE CUBA', aliases: ['BNC'], programmes: ['CUBA'], listName: 'SDN CUBA' });
    expect(entry('SDN-26581')).toMatchObject({ name: 'KIMIYA PAKHSH SHARGH', aliases: ['KIMIA', 'KIMIA CO., LTD.'], programmes: ['NPWMD', 'IFSR'] });
    expect(entry('SDN-26581').linkedTo).toEqual(['THE ORGANIZATION OF DEFENSIVE INNOVATION AND RESEARCH']);
    expect(entry('SDN-7831').aliases).toEqual(['BILAL', 'ABU KHAMZA', 'ABOU HAMZA', 'ABOU HANZA', 'LAJONEL DIMON', 'BILAL KUMKAL', 'KOUMAL', 'HAMZA']);
  });

  it('reads vessels with their IMO numbers, former names and flag', () => {
    expect(entry('SDN-4243')).toMatchObject({ subject: 'vessel', name: 'EBANO', aliases: ['ANA I', 'SAND SWAN'], imoNumbers: ['7406784'], countries: ['PA'] });
    expect(entry('SDN-4249')).toMatchObject({ subject: 'vessel', name: 'TIFON', imoNumbers: ['7206512'], countries: ['CU'] });
    expect(entry('SDN-4243').reason).toContain('type General Cargo');
  });

  it('reads company IMO numbers (the owner scheme) and e-mail addresses', () => {
    expect(entry('SDN-17067')).toMatchObject({ subject: 'entity', name: 'CHONGCHONGANG SHIPPING COMPANY LIMITED', imoNumbers: ['5342883'] });
    expect(entry('SDN-18660').emails).toEqual(['kevinpengtech@gmail.com', 'kevin.pengchem@gmail.com', 'kevin.polymer@gmail.com', 'pengbochem@hotmail.com']);
    expect(parsed.entries.filter((candidate) => candidate.imoNumbers.length > 0)).toHaveLength(979);
  });

  it('keeps an IMO number that fails its check digit as a problem of the entry, not as a number', () => {
    const problems = parsed.entries.filter((candidate) => candidate.problems.length > 0);
    expect(problems.map((candidate) => candidate.problems).flat()).toEqual(['IMO 543400 fails its check digit']);
  });
});

describe('the OFAC SDN format, row by row', () => {
  it('decodes Latin-1 byte for byte (not windows-1252) and treats -0- as empty', () => {
    const bytes = latin1('1,"SOCI\xc9T\xc9 \x96 NAVALE",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a');
    expect(decodeLatin1(Uint8Array.of(0xe9, 0x96))).toBe('\u00e9\u0096');
    const parsed = parseOfacSdn(bytes);
    expect(parsed.entries[0]).toMatchObject({ entryId: 'SDN-1', name: 'SOCI\u00c9T\u00c9 \u0096 NAVALE', subject: 'entity', reason: '', aliases: [] });
    expect(parsed.rowsRead).toBe(1);
  });

  it('rejects rows with another column count, no entry number or no name, naming the row', () => {
    const bytes = latin1(
      [
        '1,"GOOD",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
        '2,"SHORT ROW","vessel"',
        'X3,"BAD NUMBER",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
        '4,-0- ,-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
      ].join('\r\n'),
    );
    const parsed = parseOfacSdn(bytes);
    expect(parsed.entries.map((entry) => entry.entryId)).toEqual(['SDN-1']);
    expect(parsed.rejections.map(({ row, reason }) => [row, reason])).toEqual([
      [2, 'expected 12 columns, found 3'],
      [3, 'ent_num "X3" is not a number'],
      [4, 'no SDN_Name'],
    ]);
    expect(parsed.rowsRead).toBe(parsed.entries.length + parsed.rejections.length);
  });
});
