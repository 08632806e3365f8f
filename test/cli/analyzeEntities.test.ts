/**
 * `npm run analyze` with watchlists, end to end on a generated world: entities.csv groups each
 * company's spellings into one entity and keeps the planted front companies apart from the
 * offender whose premises they share (per the generator's truth), watchlist-hits.csv names the
 * listed offender and the OFAC SDN parties and vessel planted in a second file, and every cell
 * an attacker could write is safe to open in a spreadsheet.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateParsedWorld } from '../generator/worldFixture';
import { parseCsvObjects } from '../reference/csvText';
import { entitiesCsvColumns, watchlistHitsCsvColumns } from '../../shared/exports/entityTables';

const run = promisify(execFile);
const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
const cli = new URL('../../electron/node/cli/analyze.ts', import.meta.url).pathname;
const ofacSdn = '/work/shared/watchlists/ofac_sdn_2024-05-03.csv';

async function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A second manifest: an SDN alias written as a consignee, a vessel under an SDN IMO number, and cells that would be formulas. */
const plantedManifest = [
  'B/L No.,Arrival Date,Vessel,IMO No.,Voyage,Port of Loading,Port of Discharge,Shipper Name,Shipper Address,Consignee Name,Consignee Address,HS Code,Goods Description',
  'XPL0001,2024-03-01,GLORIA,7406784,7E,AEJEA,GBFXT,"=HYPERLINK(""http://evil.example"",""click"")","@SUM(1+1), DUBAI",Kimia Co. Limited,"TEHRAN, IRAN",271019,LUBRICATING OIL',
  'XPL0002,2024-03-02,GLORIA,7406784,7E,AEJEA,GBFXT,+44 TRADING LTD,"-1 DOCK ROAD, DUBAI",KIMIA COMPANY LTD,"TEHRAN, IRAN",271019,LUBRICATING OIL',
].join('\n');

describe('npm run analyze with watchlists', () => {
  it('writes entities.csv and watchlist-hits.csv that agree with the generated truth', async () => {
    const world = generateParsedWorld(5, 6000);
    const out = await mkdtemp(join(tmpdir(), 'mlens-analyze-entities-'));
    await writeFile(join(out, 'manifests.csv'), world.manifestsCsv);
    await writeFile(join(out, 'watchlist.csv'), world.watchlistCsv);
    await writeFile(join(out, 'planted.csv'), plantedManifest);
    const result = await analyze('--manifest', join(out, 'manifests.csv'), '--manifest', join(out, 'planted.csv'), '--watchlist', join(out, 'watchlist.csv'), '--watchlist', ofacSdn, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`watchlist.csv: watchlist csv watchlist, ${world.watchlist.length} rows read, ${world.watchlist.length} entries, 0 rejected`);
    expect(result.stdout).toMatch(/ofac_sdn_2024-05-03\.csv: OFAC SDN watchlist, 14965 rows read, \d+ entries, \d+ rejected/);
    expect(result.stdout).toMatch(/traders: \d+ party occurrences resolved into \d+ entities/);

    const report = JSON.parse(await readFile(join(out, 'import-report.json'), 'utf8'));
    expect(report.watchlists.map((list: { fileName: string; format: string }) => [list.fileName, list.format])).toEqual([
      ['watchlist.csv', 'watchlist csv'],
      ['ofac_sdn_2024-05-03.csv', 'OFAC SDN'],
    ]);
    for (const list of report.watchlists) expect(list.rowsRead).toBe(list.entries + list.rejected);
    expect(report.entityResolution).toMatchObject({ stale: false });

    const entitiesText = await readFile(join(out, 'entities.csv'), 'utf8');
    const entities = parseCsvObjects(entitiesText);
    expect(entities.header).toEqual([...entitiesCsvColumns]);
    const rows = entities.rows;
    expect(rows.reduce((sum, row) => sum + Number(row.occurrences), 0)).toBe(report.entityResolution.occurrences);
    const entitiesOf = (rawNames: readonly string[]): Set<string> => new Set(rows.filter((row) => rawNames.includes(row.raw_name as string)).map((row) => row.entity_id as string));

    // Each company of the front-company scheme written under names no other company wrote: all its
    // spellings in one entity, and that entity holds no other company's names.
    const writers = new Map<string, number>();
    for (const company of Object.values(world.truth.companies)) for (const name of company.rawNames) writers.set(name, (writers.get(name) ?? 0) + 1);
    const scheme = world.truth.schemes['front-company-network'];
    expect(scheme).toBeDefined();
    const companies = (scheme?.companies ?? []).map((id) => world.truth.companies[id]).filter((company) => company !== undefined && company.rawNames.every((name) => writers.get(name) === 1));
    expect(companies.length).toBeGreaterThanOrEqual(3);
    const entityOfCompany = companies.map((company) => {
      const ids = entitiesOf(company?.rawNames ?? []);
      expect(ids.size, `${company?.canonicalName}: ${[...ids].join(', ')}`).toBe(1);
      const [entityId] = [...ids];
      const entityNames = rows.filter((row) => row.entity_id === entityId).map((row) => row.raw_name);
      expect(entityNames.every((name) => company?.rawNames.includes(name as string))).toBe(true);
      return entityId;
    });
    expect(new Set(entityOfCompany).size).toBe(companies.length);
    expect(companies.some((company) => (company?.rawNames.length ?? 0) > 1)).toBe(true);

    // Placeholders are rows of their own, never part of an entity.
    const placeholderRows = rows.filter((row) => row.kind === 'placeholder');
    expect(placeholderRows.length).toBeGreaterThan(0);
    expect(placeholderRows.every((row) => row.entity_id === '' && world.truth.placeholderNames.includes(row.raw_name as string))).toBe(true);

    // Formula-looking cells are written as text.
    expect(entitiesText).toContain(`'=HYPERLINK(""http://evil.example"",""click"")`);
    expect(entitiesText).toContain(`'+44 TRADING LTD`);
    expect(rows.some((row) => row.raw_name?.startsWith('='))).toBe(false);

    const hits = parseCsvObjects(await readFile(join(out, 'watchlist-hits.csv'), 'utf8'));
    expect(hits.header).toEqual([...watchlistHitsCsvColumns]);
    const offender = (scheme?.watchlistNames ?? [])[0] as string;
    expect(hits.rows.some((row) => row.subject_kind === 'trader' && row.list_name === 'LOCAL TARGETING' && row.listed_party === offender)).toBe(true);
    const kimia = hits.rows.find((row) => row.entry_id === 'SDN-26581');
    expect(kimia).toMatchObject({ subject_kind: 'trader', list_name: expect.stringContaining('SDN'), listed_party: 'KIMIYA PAKHSH SHARGH', basis: 'name' });
    expect(rows.filter((row) => row.entity_id === kimia?.subject_key).map((row) => row.raw_name).sort()).toEqual(['KIMIA COMPANY LTD', 'Kimia Co. Limited']);
    expect(hits.rows.find((row) => row.subject_kind === 'vessel' && row.subject_key === '7406784')).toMatchObject({ subject_name: 'GLORIA', entry_id: 'SDN-4243', basis: 'IMO number', score: '1' });
  }, 240_000);

  it('refuses a missing or unreadable watchlist with one line naming the file', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mlens-analyze-entities-'));
    await writeFile(join(out, 'm.csv'), plantedManifest);
    const missing = await analyze('--manifest', join(out, 'm.csv'), '--watchlist', join(out, 'nope.csv'), '--out', out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`analyze: ${join(out, 'nope.csv')}: watchlist file not found\n`);
    await writeFile(join(out, 'notes.txt'), 'some notes\n');
    const unreadable = await analyze('--manifest', join(out, 'm.csv'), '--watchlist', join(out, 'notes.txt'), '--out', out);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toMatch(/^analyze: notes\.txt: not a known watchlist format[^\n]*\n$/);
  }, 60_000);
});
