import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFollowTheMoney } from '../../shared/watchlist/followTheMoney';
import { detectWatchlistFormat } from '../../shared/watchlist/watchlistFormats';
import type { WatchlistEntry } from '../../shared/watchlist/watchlistEntry';

// OpenSanctions samples: CC BY-NC 4.0, read in tests only, never shipped.
const sample = new Uint8Array(readFileSync('/work/shared/watchlists/opensanctions_t1_sample.ftm.jsonl'));
const cluster = new Uint8Array(readFileSync('/work/shared/watchlists/opensanctions_zala_cluster.ftm.jsonl'));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('FollowTheMoney entities', () => {
  it('accounts for every line: parties become entries, the rest are rejected with a reason', () => {
    expect(detectWatchlistFormat(sample)).toBe('FollowTheMoney');
    const first = parseFollowTheMoney(sample);
    expect([first.rowsRead, first.entries.length, first.rejections.length]).toEqual([7, 6, 1]);
    expect(first.rejections[0]?.reason).toBe('an Address record, not a listed party: its text is attached to the parties that refer to it');
    const second = parseFollowTheMoney(cluster);
    expect(second.rowsRead).toBe(91);
    expect(second.entries.length + second.rejections.length).toBe(91);
    expect(second.entries.map((entry) => entry.subject).sort()).toEqual([...Array(11).fill('company'), ...Array(6).fill('person')].sort());
    const reasons = new Set(second.rejections.map((rejection) => rejection.reason.split(':')[0]));
    expect(reasons).toEqual(new Set(['a Sanction record, not a listed party', 'an Address record, not a listed party', 'a Ownership record (relationship or document), not a listed party', 'a Family record (relationship or document), not a listed party', 'a Directorship record (relationship or document), not a listed party', 'a Passport record (relationship or document), not a listed party']));
  });

  it('reads names in Latin, Cyrillic and Greek as one party with aliases', () => {
    const entry = parseFollowTheMoney(sample).entries.find((candidate) => candidate.entryId === 'FTM-NK-2GdmHtZTeNXjNVrBGEXZNj') as WatchlistEntry;
    expect(entry).toMatchObject({ subject: 'organisation', name: 'LLC “Inter Tobacco”', countries: ['BY'] });
    expect(entry.aliases).toContain('Общество с ограниченной ответственностью “Интер Тобако”');
    expect(entry.aliases).toContain('Εταιρία περιορισμένης ευθύνης “Inter Tobacco”');
  });

  it('attaches the text of referenced addresses and the programmes of sanctions', () => {
    const entries = parseFollowTheMoney(cluster).entries;
    const withAddress = entries.filter((entry) => entry.addresses.length > 0);
    expect(withAddress.length).toBeGreaterThan(0);
    const sanctioned = entries.filter((entry) => entry.programmes.length > 0);
    expect(sanctioned.length).toBeGreaterThan(0);
    expect(entries.find((entry) => entry.name === 'ZALA AERO JSC')?.countries).toEqual(['RU']);
  });

  it('reads vessels with IMO numbers, and rejects lines that are not entities', () => {
    const parsed = parseFollowTheMoney(
      utf8(
        [
          '{"id":"v1","schema":"Vessel","properties":{"name":["OCEAN STAR"],"imoNumber":["IMO 9126819"],"flag":["pa"]}}',
          '{"id":"v2","schema":"Vessel","properties":{"name":["SEA DAWN"],"imoNumber":["9126818"]}}',
          'not json',
          '',
          '{"schema":"Company","properties":{"name":["NO ID"]}}',
          '{"id":"c1","schema":"Company","properties":{}}',
        ].join('\n'),
      ),
    );
    expect(parsed.entries.map((entry) => [entry.entryId, entry.subject, entry.imoNumbers, entry.countries, entry.problems])).toEqual([
      ['FTM-v1', 'vessel', ['9126819'], ['PA'], []],
      ['FTM-v2', 'vessel', [], [], ['IMO field "9126818" is not a valid IMO number (check digit fails)']],
    ]);
    expect(parsed.rejections.map(({ row, reason }) => [row, reason.split(':')[0]])).toEqual([
      [3, 'not JSON'],
      [5, 'no entity id'],
      [6, 'a Company without a name'],
    ]);
    expect(parsed.rowsRead).toBe(5);
  });
});
