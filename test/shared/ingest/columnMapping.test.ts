import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { ManifestEngineApi } from '../../../shared/engine/engineApi';
import { createManifestEngine } from '../../../shared/engine/manifestEngine';
import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import { proposeColumnMapping } from '../../../shared/ingest/columnMapping';
import type { ColumnMappingTable } from '../../../shared/ingest/columnMapping';
import { parseImportProfile, serializeImportProfile } from '../../../shared/ingest/importProfile';
import { manifestFields } from '../../../shared/ingest/manifestFields';
import { latestSchemaVersion } from '../../../shared/store/migrations';
import { joinWorkspaceFileParts } from '../../../shared/workspace/workspaceFile';
import { generateParsedWorld } from '../../generator/worldFixture';
import { parseCsv } from '../../reference/csvText';
import { bytesSource, fixturePath, fixtureSource, textSource } from '../../support/engineHarness';

async function engine(): Promise<ManifestEngineApi> {
  return createManifestEngine(await loadSqlJsForNode());
}

function csvLine(values: readonly string[]): string {
  return values.map((value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)).join(',');
}

/** A CSV text with the header row replaced by COL1..N. */
function withCrypticHeader(csv: string): string {
  const [header = [], ...rows] = parseCsv(csv);
  return [header.map((_, index) => `COL${index + 1}`), ...rows].map(csvLine).join('\r\n');
}

const world = generateParsedWorld(11, 1000);

describe('content-based column detection', () => {
  it('maps every populated column of a generated manifest whose headers are COL1..N, each with its basis', () => {
    const sample = world.rawRows.slice(0, 20);
    const proposals = proposeColumnMapping(world.header.map((_, index) => `COL${index + 1}`), sample);
    const expected = manifestFields.map((field) => field.id);
    proposals.forEach((proposal, column) => {
      const populated = sample.some((row) => (row[column] ?? '').trim() !== '');
      expect(proposal.field, `COL${column + 1} (${world.header[column]})`).toBe(populated ? expected[column] : null);
    });
    const container = proposals[expected.indexOf('containerNumber')];
    expect(container?.basis).toBe('content');
    expect(container?.explanation).toMatch(/^\d+ of \d+ sample values are ISO 6346 container numbers with valid check digits$/);
    expect(proposals[expected.indexOf('vesselImo')]?.explanation).toMatch(/7-digit IMO ship numbers with valid check digits/);
    expect(proposals[expected.indexOf('portOfLoading')]?.explanation).toMatch(/UN\/LOCODEs of seaports in the reference list/);
  });

  it('lets names beat content and never maps two columns to one field', () => {
    // 'Ref' holds container numbers but 'Container No.' names the field: the name wins.
    const headers = ['B/L No.', 'CNEE', 'Container No.', 'Ref'];
    const rows = [
      ['MEDU1234567', 'HARBOUR IMPORTS LTD', 'MSCU1234566', 'MSCU1234566'],
      ['MEDU1234568', 'HARBOUR IMPORTS LTD', 'MSCU1234566', 'MSCU1234566'],
      ['MEDU1234569', 'ACME TRADING CO', 'MSCU1234566', 'MSCU1234566'],
    ];
    const proposals = proposeColumnMapping(headers, rows);
    expect(proposals.map((proposal) => proposal.field)).toEqual(['billOfLadingNumber', 'consigneeName', 'containerNumber', null]);
    expect(proposals[1]?.explanation).toBe("header 'CNEE' is an alias of Consignee Name");
    expect(proposals[3]?.explanation).toBe('3 of 3 sample values are ISO 6346 container numbers with valid check digits, but that field is taken; not imported');
  });

  it('detects the columns of a real fixture (mixed-quality.csv) with its headers renamed, but leaves a column of bad check digits alone', async () => {
    const [header = [], ...rows] = parseCsv(await readFile(fixturePath('manifests/mixed-quality.csv'), 'utf8'));
    const proposals = proposeColumnMapping(header.map((_, index) => `F${index + 1}`), rows.slice(0, 20));
    const byHeader = Object.fromEntries(header.map((name, index) => [name, proposals[index]?.field ?? null]));
    expect(byHeader).toMatchObject({
      'B/L No.': 'billOfLadingNumber',
      'Arrival Date': 'arrivalDate',
      'IMO No.': 'vesselImo',
      POL: 'portOfLoading',
      'Port of Discharge': 'portOfDischarge',
      'Country of Origin': 'countryOfOrigin',
      'Shipper Name': 'shipperName',
      CNEE: 'consigneeName',
      'HS Code': 'hsCode',
      'Goods Description': 'goodsDescription',
      'Declared Value USD': 'declaredValueUsd',
    });
  });

  it('proposes no field from shape alone for an unmatched meaningful header (the AMS header table sample)', async () => {
    const [header = [], ...rows] = parseCsv(await readFile('/work/shared/ams/sample_header_rows.csv', 'utf8'));
    const proposals = proposeColumnMapping(header, rows.slice(0, 20));
    const field = (name: string) => proposals[header.indexOf(name)]?.field ?? null;
    expect(field('identifier')).toBe('billOfLadingNumber');
    expect(field('vessel_name')).toBe('vesselName');
    // Named: ports of lading/unlading by alias; the secondary notify parties are not guessed from shape.
    expect(field('secondary_notify_party_1')).toBeNull();
    expect(field('carrier_code')).toBeNull();
  });
});

describe('mapping preview and import with a corrected mapping', () => {
  it('previews a cryptic file, imports it with the proposal on a plain import, and says so in the report', async () => {
    const api = await engine();
    const csv = withCrypticHeader(world.manifestsCsv);
    const preview = await api.previewManifest(textSource('cryptic.csv', csv));
    expect(preview.format).toBe('delimited-text');
    const [table] = preview.tables;
    expect(table?.headers.slice(0, 3)).toEqual(['COL1', 'COL2', 'COL3']);
    expect(table?.sampleRows).toHaveLength(20);
    expect(table?.missingRequiredFields).toEqual([]);
    expect(preview.matchingProfile).toBeNull();

    const report = await api.importManifest(textSource('cryptic.csv', csv));
    expect(report.status).toBe('completed');
    expect(report.rowsRead).toBe(1000);
    expect(report.rowsStored + report.rowsRejected).toBe(report.rowsRead);
    expect(report.mapping?.kind).toBe('detected');
    expect(report.mapping?.basis?.['COL21']).toMatch(/^Container No\.: \d+ of \d+ sample values are ISO 6346/);
    const page = await api.listShipments({ sortBy: 'billOfLadingNumber', limit: 1 });
    const first = [...world.rows].sort((left, right) => (left.billOfLadingNumber < right.billOfLadingNumber ? -1 : 1))[0];
    expect(page.rows[0]?.billOfLadingNumber).toBe(first?.billOfLadingNumber);
  });

  it('stores a corrected column in the field the analyst chose, conserving rows', async () => {
    const api = await engine();
    const header = ['B/L No.', 'Party', 'COL3', 'Remarks'];
    const rows = [
      ['MEDU0000001', 'HARBOUR IMPORTS LTD', 'MSCU1234566', 'fragile'],
      ['MEDU0000002', 'NORTHGATE TRADING LTD', 'MSCU1234566', ''],
      ['MEDU0000003', 'ACME LOGISTICS CO', 'MSCU1234566', 'urgent'],
    ];
    const csv = [header, ...rows].map(csvLine).join('\n');
    const preview = await api.previewManifest(textSource('corrected.csv', csv));
    const proposals = preview.tables[0]?.proposals ?? [];
    expect(proposals.map((proposal) => [proposal.header, proposal.field, proposal.basis])).toEqual([
      ['B/L No.', 'billOfLadingNumber', 'header'],
      ['Party', null, 'none'],
      ['COL3', 'containerNumber', 'content'],
      ['Remarks', null, 'none'],
    ]);
    // The analyst maps 'Party' to the consignee and saves the layout as a profile.
    const mapping: ColumnMappingTable[] = [{ sheet: null, columns: proposals.map(({ header: name, field }) => ({ header: name, field: name === 'Party' ? 'consigneeName' : field })) }];
    const report = await api.importManifest(textSource('corrected.csv', csv), undefined, { mapping, profileName: 'Party layout' });
    expect(report).toMatchObject({ status: 'completed', rowsRead: 3, rowsStored: 3, rowsRejected: 0 });
    expect(report.columnMapping).toEqual({ 'B/L No.': 'billOfLadingNumber', Party: 'consigneeName', COL3: 'containerNumber' });
    expect(report.mapping).toMatchObject({ kind: 'analyst', profileName: 'Party layout' });
    const page = await api.listShipments({ sortBy: 'billOfLadingNumber' });
    expect(page.rows.map((row) => [row.billOfLadingNumber, row.consigneeName, row.containerNumber])).toEqual([
      ['MEDU0000001', 'HARBOUR IMPORTS LTD', 'MSCU1234566'],
      ['MEDU0000002', 'NORTHGATE TRADING LTD', 'MSCU1234566'],
      ['MEDU0000003', 'ACME LOGISTICS CO', 'MSCU1234566'],
    ]);

    // The same layout again (other rows, other case and spacing in the headers): the profile is re-used.
    const next = [['b/l no', 'PARTY', 'col3', 'remarks'], ['MEDU0000004', 'WESTPORT SUPPLIES LTD', 'MSCU1234566', '']].map(csvLine).join('\n');
    const again = await api.previewManifest(textSource('next-day.csv', next));
    expect(again.matchingProfile).toBe('Party layout');
    expect(again.message).toBe("Layout matches profile 'Party layout'");
    expect(again.tables[0]?.proposals.map((proposal) => proposal.field)).toEqual(['billOfLadingNumber', 'consigneeName', 'containerNumber', null]);
    const plain = await api.importManifest(textSource('next-day.csv', next));
    expect(plain.mapping).toMatchObject({ kind: 'profile', profileName: 'Party layout', description: "Layout matches profile 'Party layout'" });
    expect((await api.listShipments({ text: 'MEDU0000004' })).rows[0]?.consigneeName).toBe('WESTPORT SUPPLIES LTD');
  });

  it('refuses a mapping that maps two columns to one field, and fails a file lacking a mapped header with the header named', async () => {
    const api = await engine();
    const csv = 'B/L No.,Shipper,Buyer\nMEDU1,A LTD,B LTD\n';
    await expect(
      api.importManifest(textSource('twice.csv', csv), undefined, { mapping: [{ sheet: null, columns: [{ header: 'B/L No.', field: 'billOfLadingNumber' }, { header: 'Shipper', field: 'consigneeName' }, { header: 'Buyer', field: 'consigneeName' }] }] }),
    ).rejects.toThrow("twice.csv: columns 'Shipper' and 'Buyer' are both mapped to Consignee Name; a field takes one column");
    const report = await api.importManifest(textSource('other.csv', csv), undefined, { mapping: [{ sheet: null, columns: [{ header: 'B/L No.', field: 'billOfLadingNumber' }, { header: 'Consignee', field: 'consigneeName' }] }] });
    expect(report.status).toBe('failed');
    expect(report.failure).toBe("other.csv: no row among the first 10 holds the mapped headers 'B/L No.', 'Consignee' (headers: B/L No., Shipper, Buyer)");
    expect((await api.summary()).counts.manifestLines).toBe(0);
  });

  it('previews every sheet of a workbook and imports with a per-sheet mapping', async () => {
    const api = await engine();
    const preview = await api.previewManifest(await fixtureSource('ingest/openpyxl-two-manifest-sheets.xlsx'));
    expect(preview.format).toBe('xlsx');
    expect(preview.tables.length).toBeGreaterThanOrEqual(2);
    for (const table of preview.tables.filter((candidate) => candidate.status === 'readable' && candidate.missingRequiredFields.length === 0)) {
      expect(table.sheet).not.toBeNull();
      expect(table.sampleRows.length).toBeGreaterThan(0);
    }
    const mapping = preview.tables.filter((table) => table.status === 'readable').map((table) => ({ sheet: table.sheet, columns: table.proposals.map(({ header, field }) => ({ header, field })) }));
    const report = await api.importManifest(await fixtureSource('ingest/openpyxl-two-manifest-sheets.xlsx'), undefined, { mapping, profileName: 'Two sheets' });
    const plain = await (await engine()).importManifest(await fixtureSource('ingest/openpyxl-two-manifest-sheets.xlsx'));
    expect(report.status).toBe('completed');
    expect(report.rowsStored).toBe(plain.rowsStored);
    expect(report.sheets?.map((sheet) => sheet.status)).toEqual(plain.sheets?.map((sheet) => sheet.status));
    expect((await api.previewManifest(await fixtureSource('ingest/openpyxl-two-manifest-sheets.xlsx'))).matchingProfile).toBe('Two sheets');
  });

  it('says an AMS table is read by its own columns, and refuses a mapping for one', async () => {
    const api = await engine();
    const preview = await api.previewManifest(await fixtureSource('ingest/ams/ams__header_2020__202001070600.csv'));
    expect(preview).toMatchObject({ format: 'ams-table', amsTable: 'header', tables: [] });
    await expect(api.importManifest(await fixtureSource('ingest/ams/ams__header_2020__202001070600.csv'), undefined, { mapping: [] })).rejects.toThrow(/read by the release's own columns/);
  });
});

describe('import profiles', () => {
  it('keep through save and open, round-trip through their JSON file, and refuse a bad file with the reason', async () => {
    const api = await engine();
    const tables: ColumnMappingTable[] = [{ sheet: null, columns: [{ header: 'BL', field: 'billOfLadingNumber' }, { header: 'COL7', field: 'consigneeName' }, { header: 'Notes', field: null }] }];
    await api.saveImportProfile({ name: 'Port of Felixstowe daily', tables });
    const reopened = await engine();
    await reopened.openWorkspace('copy', joinWorkspaceFileParts(await api.saveWorkspace()));
    expect((await reopened.listImportProfiles()).map(({ name, tables: saved, lastUsedAt, timesUsed }) => ({ name, tables: saved, lastUsedAt, timesUsed }))).toEqual([
      { name: 'Port of Felixstowe daily', tables, lastUsedAt: null, timesUsed: 0 },
    ]);
    expect((await reopened.info()).schemaVersion).toBe(latestSchemaVersion);

    const text = await reopened.exportImportProfile('Port of Felixstowe daily');
    expect(JSON.parse(text)).toMatchObject({ format: 'manifest-lens-import-profile', version: 1, name: 'Port of Felixstowe daily' });
    expect(parseImportProfile(text)).toEqual({ name: 'Port of Felixstowe daily', tables });
    expect(serializeImportProfile(parseImportProfile(text))).toBe(text);
    const third = await engine();
    await third.importImportProfile('felixstowe.json', text);
    const csv = 'BL,COL7,Notes\nMEDU7,HARBOUR IMPORTS LTD,x\n';
    const report = await third.importManifest(textSource('felixstowe-0612.csv', csv));
    expect(report.mapping).toMatchObject({ kind: 'profile', profileName: 'Port of Felixstowe daily' });
    expect((await third.listShipments({})).rows[0]?.consigneeName).toBe('HARBOUR IMPORTS LTD');
    const [used] = await third.listImportProfiles();
    expect(used).toMatchObject({ name: 'Port of Felixstowe daily', timesUsed: 1 });
    expect(Date.parse(used?.lastUsedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(used?.savedAt ?? ''));
    await third.importManifest(textSource('felixstowe-0613.csv', 'BL,COL7,Notes\nMEDU8,HARBOUR IMPORTS LTD,y\n'));
    await third.importManifest(textSource('plain.csv', 'Bill of Lading Number,Consignee Name\nMEDU9,OTHER LTD\n'));
    expect((await third.listImportProfiles()).map(({ name, timesUsed }) => ({ name, timesUsed }))).toEqual([{ name: 'Port of Felixstowe daily', timesUsed: 2 }]);
    expect(JSON.parse(await third.exportImportProfile('Port of Felixstowe daily'))).not.toHaveProperty('lastUsedAt');

    await expect(third.importImportProfile('bad.json', '{"format":"manifest-lens-import-profile","version":1,"name":"x","tables":[{"sheet":null,"columns":[{"header":"A","field":"shoeSize"}]}]}')).rejects.toThrow(
      `bad.json: tables[0].columns[0] (header 'A'): "shoeSize" is not a manifest field id`,
    );
    await expect(third.importImportProfile('newer.json', '{"format":"manifest-lens-import-profile","version":9,"name":"x","tables":[]}')).rejects.toThrow('newer.json: import profile version 9 is newer than this build reads (1)');
    expect(await third.deleteImportProfile('Port of Felixstowe daily')).toBe(true);
    expect(await third.listImportProfiles()).toEqual([]);
  });

  it('applies a given profile to a file of another layout, and fails with the absent mapped header named', async () => {
    const api = await engine();
    const profile = { name: 'Given', tables: [{ sheet: null, columns: [{ header: 'BL', field: 'billOfLadingNumber' as const }, { header: 'COL7', field: 'consigneeName' as const }] }] };
    const fits = await api.importManifest(textSource('extra.csv', 'Notes,BL,COL7\nx,MEDU8,ACME LTD\n'), undefined, { profile });
    expect(fits).toMatchObject({ status: 'completed', rowsStored: 1, mapping: { kind: 'given-profile', profileName: 'Given' } });
    const lacks = await api.importManifest(bytesSource('lacks.csv', new TextEncoder().encode('BL,Consignee\nMEDU9,ACME LTD\n')), undefined, { profile });
    expect(lacks.status).toBe('failed');
    expect(lacks.failure).toBe("lacks.csv: no row among the first 10 holds the mapped headers 'BL', 'COL7' (headers: BL, Consignee)");
  });
});
