/**
 * The full network (traders, bills of lading, containers, vessels, ports, reports, watchlist
 * entries) built through the engine from a generated world (shared/generator, seed 1) with its
 * watchlist, reports and risk scores, checked against what the engine reports of the same
 * workspace; then the same view drawn as communities (the cap with aggregation) and a community
 * expanded.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineApi } from '../../../shared/engine/engineApi';
import type { GraphViewResult } from '../../../shared/engine/graphApi';
import { generateDemoDataset } from '../../../shared/generator/demoDataset';
import { aggregateNodeId, maxLinksPerCommunity } from '../../../shared/graph/communityAggregation';
import { compactContainerNumber, fullNetworkIds } from '../../../shared/graph/views/fullNetworkView';
import { newEngine, textSource } from '../../support/engineHarness';

let engine: EngineApi;
let full: GraphViewResult;

beforeAll(async () => {
  const world = generateDemoDataset({ seed: 1, lines: 1_200 });
  engine = await newEngine();
  await engine.newWorkspace('full network', 'OFFICIAL');
  expect((await engine.importManifest(textSource('manifests.csv', world.manifestsCsv))).status).toBe('completed');
  await engine.importWatchlist({ fileName: 'watchlist.csv', bytes: new TextEncoder().encode(world.watchlistCsv) });
  await engine.resolveEntities();
  await engine.importReports(world.reports.map((report) => ({ fileName: report.fileName, bytes: new TextEncoder().encode(report.text) })));
  await engine.scoreRisks();
  full = await engine.graphView({ view: 'full-network', aggregateAbove: 1_000_000 });
}, 120_000);

const edgesOf = (id: string) => full.edges.filter((edge) => edge.source === id || edge.target === id);

describe('the full network view', () => {
  it('is in the catalog', async () => {
    expect((await engine.graphCatalog()).views.map((view) => view.id)).toContain('full-network');
  });

  it('has a node per bill of lading, linked to its traders, containers, vessel call and ports as the shipments list gives them', async () => {
    // The list has a row per manifest line, 500 a page: its distinct B/L numbers are the bills.
    const rows = [];
    for (let offset = 0; ; offset += 500) {
      const page = await engine.listShipments({ sortBy: 'billOfLadingNumber', offset, limit: 500 });
      rows.push(...page.rows);
      if (rows.length >= page.total || page.rows.length === 0) break;
    }
    const shipments = { rows };
    const billNumbers = new Set(shipments.rows.map((row) => row.billOfLadingNumber));
    expect(full.nodes.filter((node) => node.kind === 'shipment').map((node) => node.label).sort()).toEqual([...billNumbers].sort());
    expect(new Set(full.nodes.map((node) => node.kind))).toEqual(new Set(['trader', 'shipment', 'container', 'vessel', 'port', 'report', 'watchlist-entry']));
    const nodeIds = new Set(full.nodes.map((node) => node.id));
    for (const edge of full.edges) {
      expect(nodeIds.has(edge.source), edge.id).toBe(true);
      expect(nodeIds.has(edge.target), edge.id).toBe(true);
    }
    // Ten bills checked field by field against the shipments list.
    for (const shipment of shipments.rows.slice(0, 10)) {
      const id = fullNetworkIds.shipment(shipment.billOfLadingNumber);
      const edges = edgesOf(id);
      const kinds = (kind: string) => edges.filter((edge) => edge.kind === kind);
      expect(kinds('bill-shipper').map((edge) => edge.target)).toEqual([id]);
      expect(kinds('bill-consignee').every((edge) => edge.source === id && edge.target.startsWith('T:'))).toBe(true);
      expect(kinds('bill-loaded-at').map((edge) => edge.target)).toEqual(shipment.portOfLoading ? [fullNetworkIds.port(shipment.portOfLoading)] : []);
      expect(kinds('bill-discharged-at').map((edge) => edge.target)).toEqual(shipment.portOfDischarge ? [fullNetworkIds.port(shipment.portOfDischarge)] : []);
      const vessel = kinds('bill-vessel-call');
      expect(vessel).toHaveLength(shipment.vesselName ? 1 : 0);
      if (shipment.voyageNumber) expect(vessel[0]?.sharedValues).toEqual([`voyage ${shipment.voyageNumber}`]);
      expect(full.nodes.find((node) => node.id === vessel[0]?.target)?.label).toBe(shipment.vesselName);
      const shipper = full.nodes.find((node) => node.id === kinds('bill-shipper')[0]?.source);
      expect(shipper?.kind).toBe('trader');
      for (const edge of kinds('bill-container')) expect(edge.target).toBe(fullNetworkIds.container(full.nodes.find((node) => node.id === edge.target)?.label ?? ''));
    }
    expect(full.edges.filter((edge) => edge.kind === 'bill-container').length).toBeGreaterThan(0);
    expect(compactContainerNumber('msku 123456-7')).toBe('MSKU1234567');
  });

  it('carries the stored risk scores of shipments and traders', async () => {
    const [topShipment] = (await engine.listTargets({ kind: 'shipment', limit: 1 })).rows;
    const [topTrader] = (await engine.listTargets({ kind: 'trader', limit: 1 })).rows;
    if (!topShipment || !topTrader) throw new Error('the world scored nothing');
    expect(full.nodes.find((node) => node.id === fullNetworkIds.shipment(topShipment.ref))?.riskScore).toBe(topShipment.score);
    expect(full.nodes.find((node) => node.id === topTrader.ref)?.riskScore).toBe(topTrader.score);
    // Scored, not in the ranked list: 0; containers, vessels and ports are never scored.
    const scoredRefs = new Set((await engine.listTargets({ kind: 'shipment', limit: 100_000 })).rows.map((row) => row.ref));
    const unscored = full.nodes.find((node) => node.kind === 'shipment' && !scoredRefs.has(node.label));
    expect(unscored?.riskScore).toBe(0);
    expect(full.nodes.filter((node) => node.kind === 'port').every((node) => node.riskScore === undefined)).toBe(true);
    // The trader network carries the same trader scores.
    const traders = await engine.graphView({ view: 'trader-network' });
    expect(traders.nodes.find((node) => node.id === topTrader.ref)?.riskScore).toBe(topTrader.score);
  });

  it('links each watchlist hit of a trader or vessel in the view to its entry, and each report to what it mentions', async () => {
    const hits = await engine.listWatchlistHits();
    expect(hits.length).toBeGreaterThan(0);
    const hitEdges = full.edges.filter((edge) => edge.kind === 'watchlist-hit');
    const traderIds = new Set(full.nodes.filter((node) => node.kind === 'trader').map((node) => node.id));
    const expected = new Set(hits.filter((hit) => hit.subjectKind === 'trader' && traderIds.has(hit.subjectKey)).map((hit) => hit.subjectKey));
    expect(new Set(hitEdges.filter((edge) => edge.target.startsWith('T:')).map((edge) => edge.target))).toEqual(expected);
    for (const edge of hitEdges) expect(full.nodes.find((node) => node.id === edge.source)?.kind).toBe('watchlist-entry');
    const mentions = full.edges.filter((edge) => edge.kind === 'report-mention');
    expect(mentions.length).toBeGreaterThan(0);
    for (const edge of mentions) {
      expect(full.nodes.find((node) => node.id === edge.source)?.kind).toBe('report');
      expect(edge.mentions).toBeGreaterThan(0);
    }
  });

  it('draws a view above the cap as its communities, with counts, weighted links and a notice, and expands one with its members placed', async () => {
    const capped = await engine.graphView({ view: 'full-network', aggregateAbove: 200 });
    expect(capped.aggregated).toMatchObject({ nodes: full.nodes.length, expanded: [] });
    expect(capped.aggregated?.message).toMatch(new RegExp(`^${full.nodes.length.toLocaleString('en-GB')} nodes grouped into ${capped.aggregated?.groups.toLocaleString('en-GB')} communities — expand a community to see its members`));
    expect(capped.nodes.every((node) => node.kind === 'community' && node.position !== null)).toBe(true);
    expect(capped.nodes.reduce((sum, node) => sum + (node.aggregate?.members ?? 0), 0)).toBe(full.nodes.length);
    // Members by kind add up to the view's nodes by kind; watchlist hits carried over.
    const kinds = new Map<string, number>();
    for (const node of capped.nodes) for (const [kind, count] of Object.entries(node.aggregate?.kinds ?? {})) kinds.set(kind, (kinds.get(kind) ?? 0) + (count ?? 0));
    for (const kind of kinds.keys()) expect(kinds.get(kind)).toBe(full.nodes.filter((node) => node.kind === kind).length);
    expect(capped.nodes.reduce((sum, node) => sum + node.watchlistHits, 0)).toBe(full.nodes.reduce((sum, node) => sum + node.watchlistHits, 0));
    // Every link joins two communities, weighted by the view's edges between them; at most each one's strongest few.
    const between = new Map<string, number>();
    const communityOf = new Map(full.nodes.map((node) => [node.id, node.community]));
    for (const edge of full.edges) {
      const [a, b] = [aggregateNodeId(communityOf.get(edge.source) as number), aggregateNodeId(communityOf.get(edge.target) as number)].sort();
      if (a !== b) between.set(`${a}~${b}`, (between.get(`${a}~${b}`) ?? 0) + 1);
    }
    for (const edge of capped.edges) {
      expect(edge.kind).toBe('community-link');
      const [a, b] = [edge.source, edge.target].sort();
      expect(edge.links).toBe(between.get(`${a}~${b}`));
    }
    expect(capped.edges.length).toBeLessThanOrEqual(Math.min(between.size, capped.nodes.length * maxLinksPerCommunity));

    const largest = capped.nodes.reduce((best, node) => ((node.aggregate?.members ?? 0) > (best.aggregate?.members ?? 0) ? node : best));
    const community = largest.aggregate?.community as number;
    const expanded = await engine.graphView({ view: 'full-network', aggregateAbove: 200, expandedCommunities: [community] });
    const members = full.nodes.filter((node) => node.community === community).map((node) => node.id).sort();
    expect(expanded.nodes.filter((node) => node.kind !== 'community').map((node) => node.id).sort()).toEqual(members);
    expect(expanded.nodes.some((node) => node.id === aggregateNodeId(community))).toBe(false);
    expect(expanded.nodes.every((node) => node.position !== null)).toBe(true);
    expect(expanded.aggregated?.expanded).toEqual([community]);
    expect(expanded.aggregated?.message).toContain('(1 expanded)');
    // The members' own edges are the view's edges among them.
    const memberSet = new Set(members);
    const inside = full.edges.filter((edge) => memberSet.has(edge.source) && memberSet.has(edge.target)).map((edge) => edge.id).sort();
    expect(expanded.edges.filter((edge) => edge.kind !== 'community-link').map((edge) => edge.id).sort()).toEqual(inside);
    // The other communities kept their places.
    const before = new Map(capped.nodes.map((node) => [node.id, node.position]));
    for (const node of expanded.nodes.filter((candidate) => candidate.kind === 'community')) expect(node.position).toEqual(before.get(node.id));
  });

  it('keeps the cap by best-connected nodes when maxNodes is asked for, and aggregates nothing at or below the threshold', async () => {
    const capped = await engine.graphView({ view: 'full-network', maxNodes: 50 });
    expect(capped.nodes).toHaveLength(50);
    expect(capped.aggregated ?? null).toBeNull();
    const traders = await engine.graphView({ view: 'trader-network', aggregateAbove: 100_000 });
    expect(traders.aggregated ?? null).toBeNull();
  });
});
