/**
 * The records behind every kind of edge of the full network (B/L to shipper, consignee and notify
 * party, container, vessel call, ports of loading and discharge; report mentions; watchlist hits)
 * on a generated workspace (shared/generator, seed 1, with its watchlist and reports): each
 * record's file and row is read back from the generated file and holds what the edge says; and
 * the shared e-mail and notify party links on a small manifest (the e-mail column added to the
 * stored workspace, as the importers store none yet).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import type { EngineApi } from '../../../shared/engine/engineApi';
import type { GraphEdgeView, GraphViewResult } from '../../../shared/engine/graphApi';
import { generateDemoDataset } from '../../../shared/generator/demoDataset';
import { readGraphProvenance } from '../../../shared/graph/graphProvenance';
import type { NetworkEdgeKind } from '../../../shared/graph/networkGraph';
import { compactContainerNumber } from '../../../shared/graph/views/fullNetworkView';
import { WorkspaceStore } from '../../../shared/store/workspaceStore';
import { decodeWorkspaceFile, joinWorkspaceFileParts } from '../../../shared/workspace/workspaceFile';
import { newEngine, textSource } from '../../support/engineHarness';

const world = generateDemoDataset({ seed: 1, lines: 1_000 });
/** The generated files' lines by row as the importers number them (the header is row 1). */
const manifestRows = world.manifestsCsv.split(/\r?\n/);
const manifestRow = (row: number | null): string => manifestRows[(row ?? 0) - 1] ?? '';
let engine: EngineApi;
let full: GraphViewResult;

beforeAll(async () => {
  engine = await newEngine();
  await engine.newWorkspace('provenance', 'OFFICIAL');
  expect((await engine.importManifest(textSource('manifests.csv', world.manifestsCsv))).status).toBe('completed');
  await engine.importWatchlist({ fileName: 'watchlist.csv', bytes: new TextEncoder().encode(world.watchlistCsv) });
  await engine.resolveEntities();
  await engine.importReports(world.reports.map((report) => ({ fileName: report.fileName, bytes: new TextEncoder().encode(report.text) })));
  full = await engine.graphView({ view: 'full-network', aggregateAbove: 1_000_000 });
}, 120_000);

/** A few edges of a kind (the first, the last and one between), so every kind is read without reading thousands. */
function sample(kind: NetworkEdgeKind): GraphEdgeView[] {
  const edges = full.edges.filter((edge) => edge.kind === kind);
  expect(edges.length, `edges of kind ${kind}`).toBeGreaterThan(0);
  return [...new Set([edges[0], edges[Math.floor(edges.length / 2)], edges[edges.length - 1]])] as GraphEdgeView[];
}
const billOf = (edge: GraphEdgeView): string => (edge.source.startsWith('B:') ? edge.source : edge.target).slice(2);
const otherEnd = (edge: GraphEdgeView): string => (edge.source.startsWith('B:') ? edge.target : edge.source);

describe('records behind the full network\'s edges (generated workspace)', () => {
  it.each(['bill-shipper', 'bill-consignee', 'bill-notify-party'] as const)('%s: the trader\'s occurrences in that role on the bill, at their rows', async (kind) => {
    const role = { 'bill-shipper': 'shipper', 'bill-consignee': 'consignee', 'bill-notify-party': 'notify party' }[kind];
    for (const edge of sample(kind)) {
      const provenance = await engine.graphProvenance(edge.id);
      expect(provenance.total).toBeGreaterThan(0);
      for (const record of provenance.records) {
        expect(record).toMatchObject({ billOfLadingNumber: billOf(edge), entityId: otherEnd(edge), role, sourceFile: 'manifests.csv' });
        expect(manifestRow(record.sourceRow)).toContain(billOf(edge));
        expect(manifestRow(record.sourceRow)).toContain(record.partyName);
      }
    }
  });

  it('bill-container: the lines naming the container, the number as written, at their rows', async () => {
    for (const edge of sample('bill-container')) {
      const provenance = await engine.graphProvenance(edge.id);
      expect(provenance.total).toBeGreaterThan(0);
      for (const record of provenance.records) {
        expect(record.billOfLadingNumber).toBe(billOf(edge));
        expect(`K:${compactContainerNumber(record.written ?? '')}`).toBe(edge.target);
        expect(manifestRow(record.sourceRow)).toContain(billOf(edge));
        expect(manifestRow(record.sourceRow)).toContain(record.written);
      }
    }
  });

  it('bill-vessel-call, bill-loaded-at, bill-discharged-at: the bill\'s own record with the vessel or port as written', async () => {
    for (const kind of ['bill-vessel-call', 'bill-loaded-at', 'bill-discharged-at'] as const) {
      for (const edge of sample(kind)) {
        const provenance = await engine.graphProvenance(edge.id);
        expect(provenance.total, edge.id).toBe(1);
        const [record] = provenance.records;
        expect(record?.billOfLadingNumber).toBe(billOf(edge));
        expect(manifestRow(record?.sourceRow ?? null)).toContain(billOf(edge));
        if (kind === 'bill-vessel-call') {
          const vessel = full.nodes.find((node) => node.id === edge.target);
          expect(record?.role).toBe('vessel call');
          expect([record?.partyName, record?.written].join(' ')).toContain(vessel?.facts?.Vessel ?? vessel?.facts?.['IMO number'] ?? '(none)');
        } else {
          expect(record?.role).toBe(kind === 'bill-loaded-at' ? 'port of loading' : 'port of discharge');
          expect(`P:${record?.partyName}`).toBe(edge.target);
          expect(manifestRow(record?.sourceRow ?? null)).toContain(record?.written);
        }
      }
    }
  });

  it('report-mention: each mention not rejected, with the report\'s reference and file and where in its text', async () => {
    for (const edge of sample('report-mention')) {
      const provenance = await engine.graphProvenance(edge.id);
      expect(provenance.total).toBe(edge.mentions);
      const report = full.nodes.find((node) => node.id === edge.source)?.report;
      const text = world.reports.find((candidate) => candidate.fileName === report?.fileName)?.text ?? '';
      for (const record of provenance.records) {
        expect(record).toMatchObject({ billOfLadingNumber: null, sourceRow: null, reportReference: edge.reference, sourceFile: report?.fileName });
        const [, start, end] = /^characters (\d+)–(\d+)$/.exec(record.location ?? '') ?? [];
        expect(record.written?.length).toBe(Number(end) - Number(start));
        expect(text).toContain(record.written);
      }
    }
  });

  it('watchlist-hit: the screening hits with the listed name, list and score, at the watchlist file\'s row', async () => {
    const watchlistRows = world.watchlistCsv.split(/\r?\n/);
    for (const edge of sample('watchlist-hit')) {
      const provenance = await engine.graphProvenance(edge.id);
      expect(provenance.total).toBeGreaterThan(0);
      const entry = full.nodes.find((node) => node.id === edge.source);
      for (const record of provenance.records) {
        expect(record).toMatchObject({ billOfLadingNumber: null, written: entry?.facts?.['Listed name'], sourceFile: 'watchlist.csv' });
        expect(record.role).toMatch(new RegExp(`^${entry?.facts?.List} ${entry?.facts?.['Entry id']}, score \\d`));
        expect(watchlistRows[(record.sourceRow ?? 0) - 1]).toContain(entry?.facts?.['Listed name']);
      }
    }
  });

  it('refuses what has no records of its own', async () => {
    await expect(engine.graphProvenance('group:C:0~C:1')).rejects.toThrow(/no stored records behind 'group:C:0~C:1'/);
  });
});

describe('records behind shared e-mail and notify party links', () => {
  const header = 'B/L No.,Arrival Date,Vessel,Port of Discharge,Shipper Name,Consignee Name,Notify Party Name,Declared Value (USD)';
  const manifest = [
    header,
    'HLB1,2026-03-02,NORDIC TERN,GBFXT,ALPHA ELECTRONICS CO LTD,CHARLIE IMPORTS LTD,KILO CUSTOMS AGENCY LTD,100',
    'HLB2,2026-03-20,NORDIC TERN,GBFXT,BRAVO TEXTILES PVT LTD,DELTA WHOLESALE LTD,KILO CUSTOMS AGENCY LTD,100',
    'HLB3,2026-03-25,NORDIC TERN,GBFXT,ECHO HOMEWARES LTD,FOXTROT LEISURE LTD,,100',
  ].join('\n');

  it('gives the occurrences writing the shared e-mail address and the notify occurrences naming the shared notify party', async () => {
    const small = await newEngine();
    await small.newWorkspace('links', 'OFFICIAL');
    expect((await small.importManifest(textSource('links.csv', manifest))).status).toBe('completed');
    await small.resolveEntities();
    const { rows } = await small.listEntities({ limit: 100 });
    const id = (name: string) => rows.find((entity) => entity.displayName.startsWith(name))?.entityId as string;
    const notify = await small.graphProvenance(`notify:${[id('ALPHA'), id('BRAVO')].sort().join('~')}`);
    expect(notify.records.map((record) => [record.billOfLadingNumber, record.entityId, record.role, record.partyName, record.sourceRow])).toEqual([
      ['HLB1', id('ALPHA'), 'notify party on a bill of shipper', 'KILO CUSTOMS AGENCY LTD', 2],
      ['HLB2', id('BRAVO'), 'notify party on a bill of shipper', 'KILO CUSTOMS AGENCY LTD', 3],
    ]);
    expect((await small.graphProvenance(`notify:${[id('ALPHA'), id('BRAVO')].sort().join('~')}`, { dateTo: '2026-03-10' })).records).toEqual([]);

    const store = WorkspaceStore.open(await loadSqlJsForNode(), await decodeWorkspaceFile(joinWorkspaceFileParts(await small.saveWorkspace())));
    const emailId = `email:${[id('ECHO'), id('FOXTROT')].sort().join('~')}`;
    // Workspaces of an older schema have no e-mail column: added as entity resolution would read it.
    if (!store.all<{ name: string }>(`SELECT name FROM pragma_table_info('party_occurrence')`).some((column) => column.name === 'raw_email')) store.run('ALTER TABLE party_occurrence ADD COLUMN raw_email TEXT');
    store.run(`UPDATE party_occurrence SET raw_email = 'Orders@Echo-Homewares.example' WHERE raw_name = 'ECHO HOMEWARES LTD'`);
    store.run(`UPDATE party_occurrence SET raw_email = 'mail: orders@echo-homewares.example' WHERE raw_name = 'FOXTROT LEISURE LTD'`);
    store.run(`UPDATE party_occurrence SET raw_email = 'someone@else.example' WHERE raw_name = 'ALPHA ELECTRONICS CO LTD'`);
    const email = readGraphProvenance(store, emailId, {});
    expect(email.records.map((record) => [record.billOfLadingNumber, record.entityId, record.role, record.written, record.sourceFile, record.sourceRow]).sort()).toEqual([
      ['HLB3', id('ECHO'), 'shipper', 'Orders@Echo-Homewares.example', 'links.csv', 4],
      ['HLB3', id('FOXTROT'), 'consignee', 'mail: orders@echo-homewares.example', 'links.csv', 4],
    ]);
  });
});
