/**
 * The engine's side of the Network view's interaction: expanding a node a page at a time,
 * ego networks, the time bar and the filters (HS chapter, port, country, risk score), the records
 * behind a node or an edge, and the views' remembered layouts and pins. On a generated workspace
 * (neighbours, ego, time bar: checked against the view's own edges and the generated rows) and
 * on a small hand-written manifest (exact filter results and provenance).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineApi } from '../../../shared/engine/engineApi';
import type { GraphViewResult } from '../../../shared/engine/graphApi';
import { weekStart } from '../../../shared/graph/shipmentTimeline';
import { joinWorkspaceFileParts } from '../../../shared/workspace/workspaceFile';
import { generateParsedWorld } from '../../generator/worldFixture';
import { newEngine, textSource } from '../../support/engineHarness';

/** Hops from `start` to every node within `hops`, over the view's edges with direction ignored. */
function bfs(view: GraphViewResult, start: string, hops: number): Map<string, number> {
  const adjacent = new Map<string, Set<string>>();
  for (const edge of view.edges) {
    for (const [a, b] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      const set = adjacent.get(a) ?? new Set<string>();
      set.add(b);
      adjacent.set(a, set);
    }
  }
  const distance = new Map([[start, 0]]);
  let frontier = [start];
  for (let hop = 1; hop <= hops; hop += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of adjacent.get(node) ?? []) {
        if (distance.has(neighbour)) continue;
        distance.set(neighbour, hop);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return distance;
}

describe('expanding, ego networks and the time bar on a generated workspace', () => {
  const world = generateParsedWorld(11, 1_500);
  let engine: EngineApi;
  let view: GraphViewResult;

  beforeAll(async () => {
    engine = await newEngine();
    const report = await engine.importManifest(textSource('generated.csv', world.manifestsCsv));
    expect(report.status).toBe('completed');
    await engine.resolveEntities();
    view = await engine.graphView({ view: 'trader-network', maxNodes: 20_000 });
    expect(view.truncated).toBeNull();
    expect(view.nodes.length).toBeGreaterThan(50);
  }, 120_000);

  it('pages the neighbours of a hub within one and two hops, nearest first, never one twice', async () => {
    const hub = [...view.nodes].sort((a, b) => b.metrics.degree - a.metrics.degree)[0]?.id as string;
    const within = bfs(view, hub, 2);
    const expected = [...within.entries()].filter(([, hops]) => hops > 0);
    expect(expected.length).toBeGreaterThan(6);
    const seen: string[] = [];
    let offset = 0;
    let remaining = Infinity;
    while (remaining > 0) {
      const page = await engine.graphNeighbours({ view: 'trader-network', id: hub, hops: 2, known: [], offset, limit: 3 });
      expect(page.total).toBe(expected.length);
      expect(page.nodes.length).toBe(Math.min(3, expected.length - offset));
      for (const node of page.nodes) expect(page.distances[node.id]).toBe(within.get(node.id));
      // Every edge joins a node of this page to the hub, an earlier page or the page itself.
      const shown = new Set([hub, ...seen, ...page.nodes.map((node) => node.id)]);
      const pageIds = new Set(page.nodes.map((node) => node.id));
      for (const edge of page.edges) {
        expect(shown.has(edge.source) && shown.has(edge.target)).toBe(true);
        expect(pageIds.has(edge.source) || pageIds.has(edge.target)).toBe(true);
      }
      seen.push(...page.nodes.map((node) => node.id));
      offset += page.nodes.length;
      remaining = page.remaining;
      expect(remaining).toBe(expected.length - offset);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(new Set(expected.map(([id]) => id)));
    // Nearest first: every one-hop neighbour before any two-hop one.
    const hops = seen.map((id) => within.get(id) as number);
    expect(hops).toEqual([...hops].sort((a, b) => a - b));
    // Together the pages bring every edge of the view among the hub's two-hop neighbourhood.
    const edgesBetween = view.edges.filter((edge) => within.has(edge.source) && within.has(edge.target) && (edge.source !== hub || edge.target !== hub));
    const all = new Set<string>();
    for (let start = 0; start < expected.length; start += 3) {
      for (const edge of (await engine.graphNeighbours({ view: 'trader-network', id: hub, hops: 2, known: [], offset: start, limit: 3 })).edges) all.add(edge.id);
    }
    expect(all).toEqual(new Set(edgesBetween.map((edge) => edge.id)));
  });

  it('leaves out what the canvas knows, keeping the edges to it; refuses bad hops and unknown nodes', async () => {
    const hub = [...view.nodes].sort((a, b) => b.metrics.degree - a.metrics.degree)[0]?.id as string;
    const first = bfs(view, hub, 1);
    const known = [...first.keys()].filter((id) => id !== hub).slice(0, 2);
    const page = await engine.graphNeighbours({ view: 'trader-network', id: hub, hops: 1, known, limit: 500 });
    expect(page.total).toBe(first.size - 1 - known.length);
    expect(page.nodes.map((node) => node.id).some((id) => known.includes(id))).toBe(false);
    expect(page.remaining).toBe(0);
    await expect(engine.graphNeighbours({ view: 'trader-network', id: hub, hops: 4, known: [] })).rejects.toThrow(/hops must be 1 to 3/);
    await expect(engine.graphNeighbours({ view: 'trader-network', id: 'T:999999999', hops: 1, known: [] })).rejects.toThrow(/not in the view/);
  });

  it('gives the ego network of radius 1 and 2 as the view\'s breadth-first neighbourhood', async () => {
    const trader = [...view.nodes].sort((a, b) => b.metrics.degree - a.metrics.degree)[3]?.id as string;
    for (const radius of [1, 2]) {
      const ego = await engine.egoNetwork(trader, radius, { maxNodes: 20_000 });
      expect(new Set(ego.nodes.map((node) => node.id))).toEqual(new Set(bfs(view, trader, radius).keys()));
      const ids = new Set(ego.nodes.map((node) => node.id));
      expect(ego.edges.length).toBe(view.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)).length);
    }
  });

  it('keeps the bills scoring at least the minimum risk score, as the ranked shipments list them', async () => {
    await engine.scoreRisks();
    const { rows, total } = await engine.listTargets({ kind: 'shipment', limit: 500 });
    expect(total).toBeGreaterThan(0);
    const threshold = [...rows].sort((a, b) => b.score - a.score)[Math.min(rows.length - 1, 20)]?.score as number;
    const risky = new Set(rows.filter((row) => row.score >= threshold).map((row) => row.ref));
    expect(total).toBeLessThanOrEqual(500);
    const filtered = await engine.graphView({ view: 'trader-network', maxNodes: 20_000, filters: { minimumRiskScore: threshold } });
    // The unfiltered flows' bills that score enough are exactly the filtered flows' bills.
    const expected = new Set<string>();
    for (const edge of view.edges) {
      for (const record of (await engine.graphProvenance(edge.id, {}, 5_000)).records) if (record.billOfLadingNumber !== null && risky.has(record.billOfLadingNumber)) expected.add(record.billOfLadingNumber);
    }
    expect(expected.size).toBeGreaterThan(0);
    expect(filtered.edges.reduce((sum, edge) => sum + edge.bills, 0)).toBe(expected.size);
    const options = await engine.graphFilterOptions();
    expect(options.riskScored).toBe(true);
    expect(options.maxRiskScore).toBe(Math.max(...rows.map((row) => row.score)));
  });

  it('counts bills per day or week for the time bar, as the generated rows have them', async () => {
    const billsByDay = new Map<string, Set<string>>();
    for (const row of world.rows) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(row.arrivalDate)) continue;
      const set = billsByDay.get(row.arrivalDate) ?? new Set<string>();
      set.add(row.billOfLadingNumber);
      billsByDay.set(row.arrivalDate, set);
    }
    const days = [...billsByDay.keys()].sort();
    const weekly = await engine.graphTimeline({}, 'week');
    expect(weekly.bucket).toBe('week');
    expect(weekly.firstDate).toBe(days[0]);
    expect(weekly.lastDate).toBe(days.at(-1));
    const expectedWeeks = new Map<string, number>();
    for (const [day, bills] of billsByDay) expectedWeeks.set(weekStart(day), (expectedWeeks.get(weekStart(day)) ?? 0) + bills.size);
    expect(weekly.buckets.filter((bucket) => bucket.bills > 0).map((bucket) => [bucket.start, bucket.bills])).toEqual([...expectedWeeks.entries()].sort());
    // Weeks start on Mondays and follow each other without a gap.
    for (const [index, bucket] of weekly.buckets.entries()) {
      expect(new Date(`${bucket.start}T00:00:00Z`).getUTCDay()).toBe(1);
      if (index > 0) expect(Date.parse(bucket.start) - Date.parse(weekly.buckets[index - 1]?.start as string)).toBe(7 * 86_400_000);
    }
    const daily = await engine.graphTimeline({ dateFrom: days[0], dateTo: days[0] }, 'day');
    // The time bar leaves the date window out: it shows the whole range.
    expect(daily.buckets.length).toBe((Date.parse(days.at(-1) as string) - Date.parse(days[0] as string)) / 86_400_000 + 1);
    expect(daily.bills).toBe(weekly.bills);
    const chapter = world.rows.find((row) => /^\d{2}/.test(row.hsCode.replace(/\D/g, '')))?.hsCode.replace(/\D/g, '').slice(0, 2) as string;
    const chapterBills = new Set(world.rows.filter((row) => row.hsCode.replace(/\D/g, '').startsWith(chapter) && /^\d{4}-\d{2}-\d{2}$/.test(row.arrivalDate)).map((row) => row.billOfLadingNumber));
    expect((await engine.graphTimeline({ hsChapter: chapter }, 'week')).bills).toBe(chapterBills.size);
  });
});

const header = 'B/L No.,Line No.,Arrival Date,Vessel,Port of Loading,Port of Discharge,Country of Origin,Shipper Name,Shipper Address,Consignee Name,Consignee Address,HS Code,Goods Description,Declared Value (USD)';
const alpha = '"ALPHA ELECTRONICS CO LTD","1 KEJI ROAD, SHENZHEN 518057, CHINA"';
const bravo = '"BRAVO TEXTILES PVT LTD","22 MARINE DRIVE, MUMBAI 400002, INDIA"';
const charlie = '"CHARLIE IMPORTS LTD","4 DOCK STREET, FELIXSTOWE IP11 3AA, UNITED KINGDOM"';
const delta = '"DELTA WHOLESALE LTD","7 QUAY ROAD, HULL HU1 2AB, UNITED KINGDOM"';

/** ALPHA → CHARLIE: phones (85) from Yantian twice; BRAVO → CHARLIE: shirts (61) from Nhava Sheva; BRAVO → DELTA: both chapters via Southampton. */
const manifest = [
  header,
  `HLB1,1,2026-03-02,NORDIC TERN,CNYTN,GBFXT,CN,${alpha},${charlie},851762,PHONES,600`,
  `HLB2,1,2026-03-09,NORDIC TERN,CNYTN,GBFXT,CN,${alpha},${charlie},851712,PHONES,400`,
  `HLB3,1,2026-03-10,MAERSK KIEL,INNSA,GBFXT,IN,${bravo},${charlie},610910,T-SHIRTS,300`,
  `HLB4,1,2026-04-01,MAERSK KIEL,INNSA,GBSOU,IN,${bravo},${delta},610910,T-SHIRTS,200`,
  `HLB4,2,2026-04-01,MAERSK KIEL,INNSA,GBSOU,IN,${bravo},${delta},851762,PHONES,50`,
].join('\n');

async function smallEngine(): Promise<{ engine: EngineApi; id: (name: string) => string }> {
  const engine = await newEngine();
  expect(await engine.importManifest(textSource('small.csv', manifest))).toMatchObject({ status: 'completed', rowsStored: 5 });
  await engine.resolveEntities();
  const { rows } = await engine.listEntities({ limit: 50 });
  const byName = new Map(rows.map((entity) => [entity.displayName.split(' ')[0] as string, entity.entityId]));
  return { engine, id: (name) => byName.get(name) ?? `(no entity ${name})` };
}

describe('network filters, provenance and view memory on a small manifest', () => {
  it('filters the flows by HS chapter, port, country and risk score in the engine, with bound values', async () => {
    const { engine, id } = await smallEngine();
    const flows = async (filters: Parameters<EngineApi['graphView']>[0]['filters']) =>
      (await engine.graphView({ view: 'trader-network', filters })).edges.map((edge) => `${edge.source}>${edge.target}:${edge.bills}`).sort();
    const flow = (from: string, to: string, bills: number) => `${id(from)}>${id(to)}:${bills}`;
    expect(await flows({})).toEqual([flow('ALPHA', 'CHARLIE', 2), flow('BRAVO', 'CHARLIE', 1), flow('BRAVO', 'DELTA', 1)].sort());
    expect(await flows({ hsChapter: '85' })).toEqual([flow('ALPHA', 'CHARLIE', 2), flow('BRAVO', 'DELTA', 1)].sort());
    expect(await flows({ hsChapter: '61' })).toEqual([flow('BRAVO', 'CHARLIE', 1), flow('BRAVO', 'DELTA', 1)].sort());
    expect(await flows({ port: 'gbsou' })).toEqual([flow('BRAVO', 'DELTA', 1)]);
    expect(await flows({ port: 'CNYTN' })).toEqual([flow('ALPHA', 'CHARLIE', 2)]);
    expect(await flows({ country: 'IN' })).toEqual([flow('BRAVO', 'CHARLIE', 1), flow('BRAVO', 'DELTA', 1)].sort());
    expect(await flows({ country: 'IN', hsChapter: '85' })).toEqual([flow('BRAVO', 'DELTA', 1)]);
    // A value that would break SQL text is only ever a bound parameter: refused as a code, never run.
    await expect(flows({ port: "X' OR 1=1 --" })).rejects.toThrow(/port must be a UN\/LOCODE/);
    await expect(flows({ hsChapter: '8' })).rejects.toThrow(/HS chapter of two digits/);
    await expect(flows({ country: 'CHN' })).rejects.toThrow(/alpha-2/);
    await expect(flows({ dateFrom: '2026-04-02', dateTo: '2026-04-01' })).rejects.toThrow(/after dateTo/);
    // Risk: before scoring no bill has a score, so a minimum keeps nothing; after, the filter keeps the bills scoring that much.
    expect(await flows({ minimumRiskScore: 1 })).toEqual([]);
    const options = await engine.graphFilterOptions();
    expect(options).toMatchObject({ riskScored: false, maxRiskScore: null });
    expect(options.hsChapters).toEqual([
      { code: '85', bills: 3 },
      { code: '61', bills: 2 },
    ]);
    expect(options.ports).toEqual([
      { code: 'GBFXT', bills: 3 },
      { code: 'INNSA', bills: 2 },
      { code: 'CNYTN', bills: 2 },
      { code: 'GBSOU', bills: 1 },
    ].sort((a, b) => b.bills - a.bills || a.code.localeCompare(b.code)));
    expect(options.countries).toEqual([
      { code: 'CN', bills: 2 },
      { code: 'IN', bills: 2 },
    ]);
  });

  it('gives the records behind a trader, a flow and nothing for an unknown kind', async () => {
    const { engine, id } = await smallEngine();
    const trader = await engine.graphProvenance(id('BRAVO'));
    // One party occurrence per bill (HLB4's second line repeats the shipper of its first); rows as the file numbers them, the header row 1.
    expect(trader.total).toBe(2);
    expect(trader.records.map((row) => [row.billOfLadingNumber, row.role, row.partyName, row.sourceFile, row.sourceRow])).toEqual([
      ['HLB3', 'shipper', 'BRAVO TEXTILES PVT LTD', 'small.csv', 4],
      ['HLB4', 'shipper', 'BRAVO TEXTILES PVT LTD', 'small.csv', 5],
    ]);
    const flow = await engine.graphProvenance(`flow:${id('ALPHA')}>${id('CHARLIE')}`);
    expect(flow.records.map((row) => [row.billOfLadingNumber, row.arrivalDate, row.declaredValueUsd, row.sourceFile, row.sourceRow])).toEqual([
      ['HLB1', '2026-03-02', 600, 'small.csv', 2],
      ['HLB2', '2026-03-09', 400, 'small.csv', 3],
    ]);
    expect(flow.records[0]?.partyName).toBe('ALPHA ELECTRONICS CO LTD → CHARLIE IMPORTS LTD');
    const windowed = await engine.graphProvenance(`flow:${id('ALPHA')}>${id('CHARLIE')}`, { dateFrom: '2026-03-05' });
    expect(windowed.records.map((row) => row.billOfLadingNumber)).toEqual(['HLB2']);
    expect((await engine.graphProvenance(id('BRAVO'), {}, 1)).records).toHaveLength(1);
    await expect(engine.graphProvenance('C:3')).rejects.toThrow(/no stored records behind 'C:3'/);
  });

  it('remembers each view\'s layout and pins in the workspace, through save and open', async () => {
    const { engine, id } = await smallEngine();
    expect(await engine.graphViewMemories()).toEqual({});
    await engine.rememberGraphView('trader-network', { layout: 'circle', pinned: { [id('ALPHA')]: { x: 10, y: -20.5 } } });
    await engine.rememberGraphView('hidden-links', { layout: 'grid', pinned: {} });
    await expect(engine.rememberGraphView('trader-network', { layout: 'spiral', pinned: {} })).rejects.toThrow(/no layout 'spiral'/);
    await expect(engine.rememberGraphView('no-view', { layout: 'grid', pinned: {} })).rejects.toThrow(/no network view 'no-view'/);
    await expect(engine.rememberGraphView('trader-network', { layout: 'grid', pinned: { 'T:1': { x: Number.NaN, y: 0 } } })).rejects.toThrow(/not a pair of numbers/);
    const reopened = await newEngine();
    await reopened.openWorkspace('w.mlens', joinWorkspaceFileParts(await engine.saveWorkspace()));
    expect(await reopened.graphViewMemories()).toEqual({
      'hidden-links': { layout: 'grid', pinned: {} },
      'trader-network': { layout: 'circle', pinned: { [id('ALPHA')]: { x: 10, y: -20.5 } } },
    });
  });
});
