/**
 * The network views built from a small workspace through the engine: the trader network's
 * aggregated flows (exact bills, values, dates), hidden links by shared address and phone, the
 * filters, the cap, paths with and without hub avoidance, ego networks and the layouts.
 */
import { describe, expect, it } from 'vitest';
import type { EngineApi } from '../../../shared/engine/engineApi';
import type { GraphViewResult } from '../../../shared/engine/graphApi';
import { newEngine, textSource } from '../../support/engineHarness';

const header =
  'B/L No.,Line No.,Arrival Date,Vessel,Port of Loading,Port of Discharge,Shipper Name,Shipper Address,Shipper Phone,Consignee Name,Consignee Address,Consignee Phone,HS Code,Goods Description,Declared Value (USD)';

const alpha = '"ALPHA ELECTRONICS CO., LTD.","NO. 1 KEJI ROAD, NANSHAN, SHENZHEN 518057, CHINA",+86 755 1111 2222';
const bravo = '"BRAVO TEXTILES PVT LTD","22 MARINE DRIVE, MUMBAI 400002, INDIA",+91 22 2345 6789';
const hotel = '"HOTEL CERAMICS CO LTD","88 TAOCI ROAD, FOSHAN 528000, CHINA",+86 757 8765 4321';
const charlie = '"CHARLIE IMPORTS LTD","4 DOCK STREET, FELIXSTOWE IP11 3AA, UNITED KINGDOM",+44 1394 600 100';
/** Another company at Charlie's address: a hidden link by address. */
const delta = '"DELTA WHOLESALE LTD","4 Dock St, Felixstowe IP11 3AA, UK",+44 1473 555 010';
/** Another company on Charlie's telephone line, written the national way: a hidden link by phone. */
const echo = '"ECHO HOMEWARES LTD","9 HIGH STREET, HULL HU1 2AB, UNITED KINGDOM",01394 600100';
const foxtrot = '"FOXTROT FREIGHT FORWARDING LTD","10 CRANE WAY, TILBURY RM18 7EH, UNITED KINGDOM",+44 1375 123 456';
const golf = '"GOLF LEISURE SUPPLIES LTD","31 MARKET PLACE, LEEDS LS1 6DT, UNITED KINGDOM",+44 113 496 0000';

const row = (bill: string, line: number, date: string, shipper: string, consignee: string, value: string): string =>
  `${bill},${line},${date},NORDIC TERN,CNYTN,GBFXT,${shipper},${consignee},851762,GOODS,${value}`;

/**
 * Flows: ALPHA → CHARLIE twice (HLB1: two lines 600 + 400, HLB2: 500), ALPHA → DELTA, ALPHA →
 * FOXTROT, HOTEL → FOXTROT (no values declared), BRAVO → CHARLIE, BRAVO → ECHO, BRAVO → GOLF,
 * HOTEL → GOLF; HLB10 goes TO ORDER (a placeholder: no edge).
 */
const manifest = [
  header,
  row('HLB1', 1, '2026-03-02', alpha, charlie, '600'),
  row('HLB1', 2, '2026-03-02', alpha, charlie, '400'),
  row('HLB2', 1, '2026-03-09', alpha, charlie, '500'),
  row('HLB3', 1, '2026-03-10', alpha, delta, '200'),
  row('HLB4', 1, '2026-03-12', alpha, foxtrot, ''),
  row('HLB5', 1, '2026-03-13', hotel, foxtrot, ''),
  row('HLB6', 1, '2026-03-15', bravo, charlie, '300'),
  row('HLB7', 1, '2026-04-01', bravo, echo, '700'),
  row('HLB8', 1, '2026-04-02', bravo, golf, '50'),
  row('HLB9', 1, '2026-04-03', hotel, golf, '25'),
  row('HLB10', 1, '2026-04-04', alpha, 'TO ORDER,,', '10'),
].join('\n');

async function resolvedEngine(): Promise<{ engine: EngineApi; id: (name: string) => string }> {
  const engine = await newEngine();
  expect(await engine.importManifest(textSource('network.csv', manifest))).toMatchObject({ status: 'completed', rowsStored: 11 });
  expect(await engine.resolveEntities()).toMatchObject({ entities: 8, placeholders: 1 });
  const { rows } = await engine.listEntities({ limit: 50 });
  const byName = new Map(rows.map((entity) => [entity.displayName.split(' ')[0] as string, entity.entityId]));
  return { engine, id: (name) => byName.get(name) ?? `(no entity ${name})` };
}

const summarise = (view: GraphViewResult, name: (id: string) => string) =>
  view.edges.map((edge) => ({ kind: edge.kind, from: name(edge.source), to: name(edge.target), bills: edge.bills, value: edge.totalDeclaredValueUsd, first: edge.firstArrivalDate, last: edge.lastArrivalDate }));

describe('network views from the stored resolution', () => {
  it('aggregates shipper → consignee flows per pair of traders, with bills, declared value and dates', async () => {
    const { engine, id } = await resolvedEngine();
    const view = await engine.graphView({ view: 'trader-network' });
    const nameOf = new Map(view.nodes.map((node) => [node.id, node.label.split(' ')[0] as string]));
    const name = (nodeId: string): string => nameOf.get(nodeId) ?? nodeId;
    expect(view.nodes.map((node) => node.label).sort()).toEqual([
      'ALPHA ELECTRONICS CO LTD',
      'BRAVO TEXTILE PVT LTD',
      'CHARLIE IMPORTS LTD',
      'DELTA WHOLESALE LTD',
      'ECHO HOMEWARES LTD',
      'FOXTROT FREIGHT FORWARDING LTD',
      'GOLF LEISURE SUPPLIES LTD',
      'HOTEL CERAMICS CO LTD',
    ]);
    const flows = summarise(view, name).sort((a, b) => `${a.from}${a.to}`.localeCompare(`${b.from}${b.to}`));
    expect(flows).toEqual([
      { kind: 'shipment-flow', from: 'ALPHA', to: 'CHARLIE', bills: 2, value: 1500, first: '2026-03-02', last: '2026-03-09' },
      { kind: 'shipment-flow', from: 'ALPHA', to: 'DELTA', bills: 1, value: 200, first: '2026-03-10', last: '2026-03-10' },
      { kind: 'shipment-flow', from: 'ALPHA', to: 'FOXTROT', bills: 1, value: null, first: '2026-03-12', last: '2026-03-12' },
      { kind: 'shipment-flow', from: 'BRAVO', to: 'CHARLIE', bills: 1, value: 300, first: '2026-03-15', last: '2026-03-15' },
      { kind: 'shipment-flow', from: 'BRAVO', to: 'ECHO', bills: 1, value: 700, first: '2026-04-01', last: '2026-04-01' },
      { kind: 'shipment-flow', from: 'BRAVO', to: 'GOLF', bills: 1, value: 50, first: '2026-04-02', last: '2026-04-02' },
      { kind: 'shipment-flow', from: 'HOTEL', to: 'FOXTROT', bills: 1, value: null, first: '2026-03-13', last: '2026-03-13' },
      { kind: 'shipment-flow', from: 'HOTEL', to: 'GOLF', bills: 1, value: 25, first: '2026-04-03', last: '2026-04-03' },
    ]);
    expect(view.edges.every((edge) => edge.directed && edge.id === `flow:${edge.source}>${edge.target}`)).toBe(true);
    const alpha = view.nodes.find((node) => node.id === id('ALPHA'));
    expect(alpha).toMatchObject({ billsShipped: 4, billsReceived: 0, kind: 'trader', watchlistHit: false, community: expect.any(Number) });
    expect(alpha?.metrics.degree).toBe(3);
    expect(view.nodes.find((node) => node.id === id('CHARLIE'))).toMatchObject({ billsShipped: 0, billsReceived: 3 });
    // One component of eight traders; every node has a preset ForceAtlas2 position.
    expect(view).toMatchObject({ layout: 'forceatlas2', totalNodes: 8, totalEdges: 8, components: 1, truncated: null });
    expect(view.nodes.every((node) => node.position !== null && Number.isFinite(node.position.x) && Number.isFinite(node.position.y))).toBe(true);
    expect(new Set(view.nodes.map((node) => `${node.position?.x},${node.position?.y}`)).size).toBe(8);
  });

  it('filters flows by minimum bills and by arrival date window', async () => {
    const { engine } = await resolvedEngine();
    const busy = await engine.graphView({ view: 'trader-network', filters: { minimumBills: 2 } });
    expect(busy.edges.map((edge) => [edge.bills, edge.totalDeclaredValueUsd])).toEqual([[2, 1500]]);
    expect(busy.nodes.map((node) => node.label).sort()).toEqual(['ALPHA ELECTRONICS CO LTD', 'CHARLIE IMPORTS LTD']);
    const april = await engine.graphView({ view: 'trader-network', filters: { dateFrom: '2026-04-01', dateTo: '2026-04-02' } });
    expect(april.edges.map((edge) => edge.firstArrivalDate).sort()).toEqual(['2026-04-01', '2026-04-02']);
    const march = await engine.graphView({ view: 'trader-network', filters: { dateFrom: '2026-03-09', dateTo: '2026-03-09' } });
    expect(march.edges.map((edge) => [edge.bills, edge.totalDeclaredValueUsd])).toEqual([[1, 500]]);
    await expect(engine.graphView({ view: 'trader-network', filters: { dateFrom: '1 March' } })).rejects.toThrow(/YYYY-MM-DD/);
    await expect(engine.graphView({ view: 'no-such-view' })).rejects.toThrow(/no network view 'no-such-view'/);
  });

  it('links traders that wrote the same address or the same telephone line', async () => {
    const { engine, id } = await resolvedEngine();
    const view = await engine.graphView({ view: 'hidden-links' });
    expect(view.edges.map((edge) => ({ id: edge.id, kind: edge.kind, shared: edge.sharedValues, bills: edge.bills }))).toEqual(
      [
        { id: `address:${[id('CHARLIE'), id('DELTA')].sort().join('~')}`, kind: 'shared-address', bills: 4, shared: [expect.stringMatching(/DOCK ST/i)] },
        { id: `phone:${[id('CHARLIE'), id('ECHO')].sort().join('~')}`, kind: 'shared-phone', bills: 4, shared: [expect.stringMatching(/1394 600 ?100/)] },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(view.nodes.map((node) => node.label).sort()).toEqual(['CHARLIE IMPORTS LTD', 'DELTA WHOLESALE LTD', 'ECHO HOMEWARES LTD']);
    const both = await engine.graphView({ view: 'traders-and-links', layout: 'circle' });
    expect(both.edges.filter((edge) => edge.kind === 'shipment-flow')).toHaveLength(8);
    expect(both.edges.filter((edge) => edge.kind !== 'shipment-flow')).toHaveLength(2);
    // A canvas layout: the canvas places the nodes, the engine sends none.
    expect(both.nodes.every((node) => node.position === null)).toBe(true);
  });

  it('caps a view at maxNodes, keeping the best-connected traders, and says so', async () => {
    const { engine, id } = await resolvedEngine();
    const capped = await engine.graphView({ view: 'trader-network', maxNodes: 3 });
    expect(capped.nodes.map((node) => node.id)).toEqual([id('ALPHA'), id('BRAVO'), id('CHARLIE')]);
    expect(capped.edges.map((edge) => edge.id).sort()).toEqual([`flow:${id('ALPHA')}>${id('CHARLIE')}`, `flow:${id('BRAVO')}>${id('CHARLIE')}`].sort());
    expect(capped.truncated).toBe('Showing the 3 best-connected of 8 traders (2 of 8 edges): narrow the dates or raise the minimum bills to see the rest.');
    expect(capped.totalNodes).toBe(8);
  });

  it('finds the shortest path, and a longer one around a forwarder hub when asked', async () => {
    const { engine, id } = await resolvedEngine();
    const direct = await engine.findPath(id('ALPHA'), id('HOTEL'));
    expect(direct).toMatchObject({ found: true, nodes: [id('ALPHA'), id('FOXTROT'), id('HOTEL')], hops: 2, avoided: [], message: '2 hops through 1 trader' });
    expect(direct.edges).toEqual([`flow:${id('ALPHA')}>${id('FOXTROT')}`, `flow:${id('HOTEL')}>${id('FOXTROT')}`]);
    const around = await engine.findPath(id('ALPHA'), id('HOTEL'), { avoidHubs: true });
    expect(around).toMatchObject({ found: true, nodes: [id('ALPHA'), id('CHARLIE'), id('BRAVO'), id('GOLF'), id('HOTEL')], hops: 4, hubDegree: 5 });
    expect(around.avoided).toEqual([{ id: id('FOXTROT'), label: 'FOXTROT FREIGHT FORWARDING LTD', degree: 2, reason: 'a freight forwarder or agent by name' }]);
    expect(around.message).toBe('4 hops through 3 traders, avoiding 1 hub (≥ 5 counterparts, or forwarders)');
    // With hubs from 3 counterparts BRAVO (3: CHARLIE, ECHO, GOLF) goes too, and no route is left.
    const blocked = await engine.findPath(id('ALPHA'), id('HOTEL'), { avoidHubs: true, hubDegree: 3 });
    expect(blocked).toMatchObject({ found: false, nodes: [], hops: null, hubDegree: 3 });
    expect(blocked.avoided.map((hub) => [hub.id, hub.reason])).toEqual([
      [id('BRAVO'), '3 counterparts'],
      [id('FOXTROT'), 'a freight forwarder or agent by name'],
    ]);
    expect(blocked.message).toBe('No path between ALPHA ELECTRONICS CO LTD and HOTEL CERAMICS CO LTD, avoiding 2 hubs (≥ 3 counterparts, or forwarders); there is one of 2 hops through hubs');
    // The hidden links are edges of the combined view: DELTA reaches ECHO through CHARLIE's address and phone.
    const hidden = await engine.findPath(id('DELTA'), id('ECHO'), { view: 'traders-and-links' });
    expect(hidden.nodes).toEqual([id('DELTA'), id('CHARLIE'), id('ECHO')]);
    expect(hidden.edges).toEqual([`address:${[id('CHARLIE'), id('DELTA')].sort().join('~')}`, `phone:${[id('CHARLIE'), id('ECHO')].sort().join('~')}`]);
  });

  it('gives the ego network of a trader by hops, capped nearest first', async () => {
    const { engine, id } = await resolvedEngine();
    const one = await engine.egoNetwork(id('ALPHA'), 1);
    expect(one.nodes.map((node) => node.id).sort()).toEqual([id('ALPHA'), id('CHARLIE'), id('DELTA'), id('FOXTROT')].sort());
    expect(one.edges).toHaveLength(3);
    const two = await engine.egoNetwork(id('ALPHA'), 2);
    expect(two.nodes.map((node) => node.id).sort()).toEqual([id('ALPHA'), id('BRAVO'), id('CHARLIE'), id('DELTA'), id('FOXTROT'), id('HOTEL')].sort());
    const capped = await engine.egoNetwork(id('ALPHA'), 2, { maxNodes: 4 });
    expect(capped.nodes[0]?.id).toBe(id('ALPHA'));
    expect(capped.nodes.slice(1).map((node) => node.id).sort()).toEqual([id('CHARLIE'), id('DELTA'), id('FOXTROT')].sort());
    expect(capped.truncated).toBe('Showing the 4 nearest of 6 traders within 2 hops.');
    await expect(engine.egoNetwork(id('ALPHA'), 0)).rejects.toThrow(/hops must be 1 to 5/);
  });

  it('rebuilds after the workspace changes, and offers its views and layouts', async () => {
    const { engine } = await resolvedEngine();
    expect((await engine.graphView({ view: 'trader-network' })).totalEdges).toBe(8);
    await engine.importManifest(textSource('more.csv', `${header}\n${row('HLB11', 1, '2026-04-05', golf, echo, '5')}`));
    await engine.resolveEntities();
    expect((await engine.graphView({ view: 'trader-network' })).totalEdges).toBe(9);
    const catalog = await engine.graphCatalog();
    expect(catalog.views.map((view) => view.id)).toEqual(['trader-network', 'hidden-links', 'traders-and-links', 'traders-and-reports', 'full-network']);
    expect(catalog.layouts.map((layout) => `${layout.id}:${layout.runsIn}`)).toEqual(['forceatlas2:engine', 'concentric:canvas', 'breadthfirst:canvas', 'grid:canvas', 'circle:canvas']);
  });
});
