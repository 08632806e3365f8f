import Graph from 'graphology';
import type { CommunityAggregate, GraphEdgeView, GraphNodeView, GraphViewResult } from '../engine/graphApi';
import type { NodeMetrics } from './graphAnalytics';
import type { NodePosition } from './layouts/graphLayout';
import type { NetworkNodeKind } from './networkGraph';

/**
 * A view too large to draw fluidly, drawn as its Louvain communities: one aggregate node per
 * community ("C:<community>", its members counted by kind, their watchlist hits and highest risk
 * score summed up), one weighted link per pair of communities (how many of the view's edges run
 * between them, and their bills). Expanded communities are drawn with their members, linked to
 * each other by the view's own edges and to the other communities by weighted links.
 *
 * Positions are the engine's: the collapsed communities are laid out as their own (small)
 * quotient graph, and an expanded community's members are laid out on their own around its place,
 * so the canvas never lays anything out. Pure: the engine and the graph bench both use it.
 */

export const aggregateNodeId = (community: number): string => `C:${community}`;

/** Lays out a graph (undirected, 'weight' on edges): the engine's ForceAtlas2 in the app. */
export type AggregationLayout = (graph: Graph) => ReadonlyMap<string, NodePosition>;

export interface AggregationOptions {
  readonly expanded: ReadonlySet<number>;
  /** null: the canvas lays the view out (the layout picked is one of Cytoscape's own). */
  readonly layout: AggregationLayout | null;
}

/**
 * Links between two collapsed communities drawn: each community's strongest this many (by the
 * edges they stand for), so that a few hundred communities are not drawn as thousands of lines.
 */
export const maxLinksPerCommunity = 5;

/** Units between the centres of two communities per unit of the quotient layout. */
const groupSpacing = 3;

interface Group {
  readonly community: number;
  readonly members: GraphNodeView[];
}

export function aggregateView(view: GraphViewResult, options: AggregationOptions): GraphViewResult {
  const groups = new Map<number, Group>();
  for (const node of view.nodes) {
    let group = groups.get(node.community);
    if (!group) groups.set(node.community, (group = { community: node.community, members: [] }));
    group.members.push(node);
  }
  const communityOf = new Map(view.nodes.map((node) => [node.id, node.community]));
  const expanded = new Set([...options.expanded].filter((community) => groups.has(community)));
  /** The id a node is drawn under: itself when its community is expanded, else its community's aggregate. */
  const drawnAs = (id: string): string => {
    const community = communityOf.get(id) as number;
    return expanded.has(community) ? id : aggregateNodeId(community);
  };

  // Links between the drawn nodes: a view edge inside expanded communities stays itself; any other
  // edge adds to the link between what its two ends are drawn as (none inside one collapsed community).
  const edges: GraphEdgeView[] = [];
  const links = new Map<string, { source: string; target: string; links: number; bills: number }>();
  const quotient = new Map<string, { source: string; target: string; weight: number }>();
  for (const edge of view.edges) {
    const sourceCommunity = communityOf.get(edge.source);
    const targetCommunity = communityOf.get(edge.target);
    if (sourceCommunity === undefined || targetCommunity === undefined) continue;
    if (sourceCommunity !== targetCommunity) {
      const [a, b] = ordered(aggregateNodeId(sourceCommunity), aggregateNodeId(targetCommunity));
      const key = `${a}~${b}`;
      const link = quotient.get(key);
      if (link) link.weight += 1;
      else quotient.set(key, { source: a, target: b, weight: 1 });
    }
    const source = drawnAs(edge.source);
    const target = drawnAs(edge.target);
    if (source === edge.source && target === edge.target) {
      edges.push(edge);
      continue;
    }
    if (source === target) continue;
    const [a, b] = ordered(source, target);
    const key = `${a}~${b}`;
    const link = links.get(key);
    if (link) {
      link.links += 1;
      link.bills += edge.bills;
    } else links.set(key, { source: a, target: b, links: 1, bills: edge.bills });
  }
  // Between two collapsed communities, only each one's strongest links (ties by id, for the same picture every time).
  const strongest = new Set<string>();
  const byCommunity = new Map<string, [string, number][]>();
  // A drawn id that is no node of the view is a community's aggregate.
  const isAggregate = (id: string): boolean => !communityOf.has(id);
  for (const [key, link] of links) {
    if (!isAggregate(link.source) || !isAggregate(link.target)) continue;
    for (const end of [link.source, link.target]) {
      const list = byCommunity.get(end);
      if (list) list.push([key, link.links]);
      else byCommunity.set(end, [[key, link.links]]);
    }
  }
  for (const list of byCommunity.values()) {
    list.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
    for (const [key] of list.slice(0, maxLinksPerCommunity)) strongest.add(key);
  }
  let communityLinks = 0;
  let left = 0;
  for (const [key, link] of [...links.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const betweenCommunities = isAggregate(link.source) && isAggregate(link.target);
    if (betweenCommunities) communityLinks += 1;
    if (betweenCommunities && !strongest.has(key)) {
      left += 1;
      continue;
    }
    edges.push({
      id: `group:${key}`,
      source: link.source,
      target: link.target,
      kind: 'community-link',
      directed: false,
      bills: link.bills,
      totalDeclaredValueUsd: null,
      firstArrivalDate: null,
      lastArrivalDate: null,
      sharedValues: [],
      links: link.links,
    });
  }

  // Positions: the communities as a quotient graph, expanded members around their community's place.
  const positions = new Map<string, NodePosition>();
  if (options.layout) {
    const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
    for (const community of groups.keys()) graph.addNode(aggregateNodeId(community));
    for (const link of quotient.values()) graph.addEdge(link.source, link.target, { weight: link.weight });
    const centres = options.layout(graph);
    for (const [id, { x, y }] of centres) positions.set(id, { x: x * groupSpacing, y: y * groupSpacing });
    for (const community of expanded) {
      const members = (groups.get(community) as Group).members;
      const memberIds = new Set(members.map((node) => node.id));
      const subgraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
      for (const id of memberIds) subgraph.addNode(id);
      for (const edge of view.edges) {
        if (memberIds.has(edge.source) && memberIds.has(edge.target) && edge.source !== edge.target && !subgraph.hasEdge(edge.source, edge.target)) subgraph.addEdge(edge.source, edge.target, { weight: 1 });
      }
      const own = options.layout(subgraph);
      const centre = positions.get(aggregateNodeId(community)) ?? { x: 0, y: 0 };
      const box = bounds(own.values());
      for (const [id, { x, y }] of own) positions.set(id, { x: round(centre.x + x - box.midX), y: round(centre.y + y - box.midY) });
    }
  }

  const nodes: GraphNodeView[] = [];
  for (const group of [...groups.values()].sort((a, b) => a.community - b.community)) {
    if (expanded.has(group.community)) {
      for (const member of group.members) nodes.push({ ...member, position: options.layout ? (positions.get(member.id) ?? null) : null });
      continue;
    }
    nodes.push(aggregateNode(group, options.layout ? (positions.get(aggregateNodeId(group.community)) ?? null) : null));
  }
  const count = view.nodes.length.toLocaleString('en-GB');
  const groupCount = groups.size.toLocaleString('en-GB');
  const expandedNote = expanded.size > 0 ? ` (${expanded.size.toLocaleString('en-GB')} expanded)` : '';
  const linksNote = left > 0 ? `; each community's ${maxLinksPerCommunity} strongest links drawn (${(communityLinks - left).toLocaleString('en-GB')} of ${communityLinks.toLocaleString('en-GB')})` : '';
  return {
    ...view,
    nodes,
    edges,
    totalNodes: view.totalNodes,
    totalEdges: view.totalEdges,
    truncated: null,
    aggregated: {
      nodes: view.nodes.length,
      groups: groups.size,
      expanded: [...expanded].sort((a, b) => a - b),
      members: view.nodes.filter((node) => !expanded.has(node.community)).map(({ id, label, kind, community }) => ({ id, label, kind, community })),
      message: `${count} nodes grouped into ${groupCount} ${groups.size === 1 ? 'community' : 'communities'}${expandedNote} — expand a community to see its members${linksNote}`,
    },
  };
}

function aggregateNode(group: Group, position: NodePosition | null): GraphNodeView {
  const kinds: Partial<Record<NetworkNodeKind, number>> = {};
  let watchlistHits = 0;
  let watchlistHit = false;
  let billsShipped = 0;
  let billsReceived = 0;
  let occurrences = 0;
  let maxRiskScore: number | null = null;
  let pagerank = 0;
  for (const member of group.members) {
    kinds[member.kind] = (kinds[member.kind] ?? 0) + 1;
    watchlistHits += member.watchlistHits;
    watchlistHit ||= member.watchlistHit;
    billsShipped += member.billsShipped;
    billsReceived += member.billsReceived;
    occurrences += member.occurrences;
    pagerank += member.metrics.pagerank;
    if (typeof member.riskScore === 'number') maxRiskScore = Math.max(maxRiskScore ?? 0, member.riskScore);
  }
  const members = group.members.length;
  const aggregate: CommunityAggregate = { community: group.community, members, kinds, maxRiskScore };
  // The community's figures: members as its degree, the sum of their PageRank; the rest do not add up.
  const metrics: NodeMetrics = { degree: members, degreeCentrality: 0, betweenness: null, closeness: null, eigenvector: 0, pagerank, community: group.community, component: 0, coreNumber: 0 };
  return {
    id: aggregateNodeId(group.community),
    label: `Community ${group.community + 1} · ${members.toLocaleString('en-GB')}`,
    kind: 'community',
    roles: [],
    countries: [],
    occurrences,
    watchlistHits,
    watchlistHit,
    billsShipped,
    billsReceived,
    metrics,
    community: group.community,
    position,
    riskScore: maxRiskScore,
    aggregate,
  };
}

function ordered(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

function bounds(points: Iterable<NodePosition>): { midX: number; midY: number } {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return Number.isFinite(minX) ? { midX: (minX + maxX) / 2, midY: (minY + maxY) / 2 } : { midX: 0, midY: 0 };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
