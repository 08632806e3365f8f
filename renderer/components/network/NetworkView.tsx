import type { Core } from 'cytoscape';
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState } from 'react';
import type { GraphEdgeView, GraphNodeView } from '../../../shared/engine/graphApi';
import type { HostApi } from '../../../shared/host/hostApi';
import { saveAuditedExport } from '../../host/auditedExport';
import { keepBriefingSnapshot } from '../../hooks/useBriefingSnapshot';
import type { WorkerEngineApi } from '../../worker/workerEngineApi';
import { errorMessage, formatCount, formatDecimal, formatDuration, plural } from '../../format/format';
import { useNetwork } from '../../hooks/useNetwork';
import type { NetworkEngine } from '../../hooks/useNetwork';
import { Icon } from '../Icon';
import { NetworkCanvas } from './NetworkCanvas';
import type { NetworkSelection } from './NetworkCanvas';
import { NetworkLegend } from './NetworkLegend';
import type { CanvasInteraction } from './networkCanvasInteraction';
import { NetworkFilterBar } from './NetworkFilterBar';
import { NetworkOperations } from './NetworkOperations';
import { NetworkProvenance } from './NetworkProvenance';
import { composeScene } from './networkScene';
import { NetworkTimeBar } from './NetworkTimeBar';
import { colourMeasures, searchNodes, sizeMeasures } from './networkElements';
import type { ColourMeasure, SizeMeasure } from './networkElements';
import { NetworkAggregationNotice } from './NetworkAggregationNotice';
import { NetworkCommunityDetails } from './NetworkCommunityDetails';
import { NetworkExportButtons } from './NetworkExportButtons';
import { NetworkFactsDetails } from './NetworkFactsDetails';
import { NetworkKindCounts } from './NetworkKindCounts';
import { NetworkMetricsNotice } from './NetworkMetricsNotice';
import { searchAggregatedMembers } from './aggregatedMemberSearch';
import type { AggregatedMember } from '../../../shared/engine/graphApi';
import { defaultMarking } from '../../../shared/markings/protectiveMarking';
import type { MarkingInput } from '../../../shared/markings/markingText';
import './NetworkView.css';

export interface NetworkViewProps {
  readonly engine: NetworkEngine & Pick<WorkerEngineApi, 'recordExport'>;
  /** Changes whenever the networks may have changed (workspace, manifests, resolution). */
  readonly dataKey: string;
  readonly host: Pick<HostApi, 'saveExport'>;
  readonly workspaceName: string;
  readonly showNotice: (tone: 'info' | 'success' | 'error', message: string) => void;
  /** Tests run the canvas headless (jsdom has no canvas). */
  readonly headlessCanvas?: boolean;
  readonly onCanvasReady?: (cy: Core | null) => void;
  /**
   * A trader to show (a report's mention: "Show in network"): the view switches to one holding
   * it (the traders and reports first), then the trader is focused and selected as by search;
   * a new `request` asks again.
   */
  readonly focusRequest?: NetworkFocusRequest | null;
  /** The workspace changed (a view's layout or pins saved in it): it has unsaved changes. */
  readonly onWorkspaceChanged?: () => void;
  /** The workspace's protective marking, for the SVG, GEXF and GraphML exports. */
  readonly marking?: MarkingInput;
}

export interface NetworkFocusRequest {
  readonly entityId: string;
  readonly request: number;
}

/** Where a requested trader is looked for, in order: with its reports, then the other views. */
export const focusViewOrder = ['traders-and-reports', 'trader-network', 'traders-and-links', 'hidden-links'] as const;

/**
 * The network workspace: the trader network (or another view) drawn with positions the engine
 * computed, styled by community, centrality and watchlist hits; pickers for the view, layout and
 * node size; filters; search-to-focus; the selected trader's or link's attributes; a path between
 * two traders, around hubs if asked; export of the picture as PNG.
 */
export function NetworkView({ engine, dataKey, host, workspaceName, showNotice, headlessCanvas = false, onCanvasReady, focusRequest = null, onWorkspaceChanged, marking = defaultMarking }: NetworkViewProps) {
  const network = useNetwork(engine, dataKey, onWorkspaceChanged);
  const { catalog } = network;
  // The engine's view with the graph operations applied (expansions, hidden nodes, pins): what is drawn, searched and selected.
  const composed = useMemo(() => composeScene(network.result, network.scene), [network.result, network.scene]);
  const { result } = composed;
  const networkRef = useRef(network);
  networkRef.current = network;
  const ids = useId();
  const [sizeBy, setSizeBy] = useState<SizeMeasure>('pagerank');
  const [colourBy, setColourBy] = useState<ColourMeasure>('community');
  const [selection, setSelection] = useState<NetworkSelection | null>(null);
  const [focus, setFocus] = useState<{ id: string | null; request: number }>({ id: null, request: 0 });
  const [search, setSearch] = useState('');
  const [pathFrom, setPathFrom] = useState<GraphNodeView | null>(null);
  const [pathTo, setPathTo] = useState<GraphNodeView | null>(null);
  const [avoidHubs, setAvoidHubs] = useState(false);
  const cyRef = useRef<Core | null>(null);

  const nodesById = useMemo(() => new Map((result?.nodes ?? []).map((node) => [node.id, node])), [result]);
  const edgesById = useMemo(() => new Map((result?.edges ?? []).map((edge) => [edge.id, edge])), [result]);
  const matches = useMemo(() => searchNodes(result?.nodes ?? [], search), [result, search]);
  // In an aggregated view, members of communities drawn as one node are found too (their community is expanded to focus them).
  const memberMatches = useMemo(() => (matches.length >= 8 ? [] : searchAggregatedMembers(result?.aggregated, search, 8 - matches.length)), [result, search, matches]);
  const [pendingMember, setPendingMember] = useState<AggregatedMember | null>(null);
  const layoutRunsIn = catalog?.layouts.find((layout) => layout.id === network.layout)?.runsIn ?? 'engine';
  const selectedNode = selection?.kind === 'node' ? (nodesById.get(selection.id) ?? null) : null;
  const selectedEdge = selection?.kind === 'edge' ? (edgesById.get(selection.id) ?? null) : null;
  const interaction = useMemo<CanvasInteraction>(
    () => ({
      base: network.result,
      anchors: composed.anchors,
      pinned: composed.pinned,
      placeholders: composed.placeholders,
      onPlaceholder: (placeholder) => void networkRef.current.expandMore(placeholder.expansion, nodesById.get(placeholder.center)?.label ?? placeholder.center),
      // Dragging a pinned node moves its pin (an operation); other nodes just move.
      onNodeMoved: (id, position) => {
        if (composed.pinned.has(id)) networkRef.current.pin(id, nodesById.get(id)?.label ?? id, position);
      },
    }),
    [network.result, composed, nodesById],
  );

  const focusOn = (node: GraphNodeView) => {
    setSelection({ kind: 'node', id: node.id });
    setFocus((current) => ({ id: node.id, request: current.request + 1 }));
    setSearch('');
  };

  const focusMember = (member: AggregatedMember) => {
    setSearch('');
    setPendingMember(member);
    network.setExpandedCommunities([...network.expandedCommunities.filter((other) => other !== member.community), member.community]);
  };
  // A member found inside a community: focused once the view with its community expanded has arrived.
  const applyPendingMember = useEffectEvent(() => {
    if (pendingMember === null || network.loading) return;
    const node = result?.nodes.find((candidate) => candidate.id === pendingMember.id);
    if (node) focusOn(node);
    else if (network.error || !network.expandedCommunities.includes(pendingMember.community)) showNotice('info', `${pendingMember.label} could not be drawn: its community is no longer expanded.`);
    else if (result?.aggregated?.expanded.includes(pendingMember.community)) showNotice('info', `${pendingMember.label} is not in community ${pendingMember.community + 1} as drawn now.`);
    else return;
    setPendingMember(null);
  });
  useEffect(() => applyPendingMember(), [pendingMember, network.loading, network.error, result]);

  // A requested trader: try the views in turn until one holds it, then focus it there.
  const [handledRequest, setHandledRequest] = useState<number | null>(null);
  const [pendingFocus, setPendingFocus] = useState<{ readonly id: string; readonly views: readonly string[] } | null>(null);
  if (focusRequest !== null && focusRequest.request !== handledRequest) {
    setHandledRequest(focusRequest.request);
    setPendingFocus({ id: focusRequest.entityId, views: focusViewOrder });
  }
  const applyPendingFocus = useEffectEvent(() => {
    if (pendingFocus === null) return;
    const [next, ...rest] = pendingFocus.views;
    if (next === undefined) {
      showNotice('info', `${pendingFocus.id} is in no network view (no shipments, links or reports tie it to another trader).`);
      setPendingFocus(null);
      return;
    }
    if (network.view !== next) {
      network.setView(next);
      return;
    }
    if (network.loading) return;
    const node = result?.view === next && !network.error ? result.nodes.find((candidate) => candidate.id === pendingFocus.id) : undefined;
    if (node) {
      focusOn(node);
      setPendingFocus(null);
    } else if (network.error || result?.view === next) setPendingFocus({ id: pendingFocus.id, views: rest });
  });
  useEffect(() => applyPendingFocus(), [pendingFocus, network.view, network.loading, network.error, result]);

  const exportPng = async () => {
    const cy = cyRef.current;
    if (!cy) return;
    try {
      const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
      const outcome = await saveAuditedExport(host, engine, 'network', { format: 'png', suggestedName: `${workspaceName} - ${network.view}.png`, bytes: new Uint8Array(await blob.arrayBuffer()) }, { view: network.view, nodes: cy.nodes().length, edges: cy.edges().length });
      if (outcome.status === 'saved') showNotice('success', `Saved ${outcome.fileName}`);
    } catch (failure) {
      showNotice('error', `The picture could not be saved: ${errorMessage(failure)}`);
    }
  };

  // The picture as drawn now, kept for the Targets view's Briefing pack dialog (issue 9).
  const keepForBriefing = async () => {
    const cy = cyRef.current;
    if (!cy) return;
    try {
      const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
      const caption = `${workspaceName}: ${network.view}, ${cy.nodes().length} traders and ${cy.edges().length} links`;
      keepBriefingSnapshot({ png: new Uint8Array(await blob.arrayBuffer()), caption, workspaceName, takenAt: new Date().toISOString() });
      showNotice('success', `Kept this picture for the next briefing pack (Targets › Briefing pack): ${caption}`);
    } catch (failure) {
      showNotice('error', `The picture could not be kept: ${errorMessage(failure)}`);
    }
  };

  const setFilter = (name: 'minimumBills' | 'dateFrom' | 'dateTo', value: string) => {
    const { [name]: _dropped, ...rest } = network.filters;
    if (value === '') network.setFilters(rest);
    else network.setFilters({ ...rest, [name]: name === 'minimumBills' ? Math.max(1, Number(value)) : value });
  };

  return (
    <div className="network-view">
      <div className="network-toolbar" role="toolbar" aria-label="Network">
        <label className="network-field">
          <span>View</span>
          <select aria-label="Network view" value={network.view} onChange={(event) => network.setView(event.target.value)}>
            {(catalog?.views ?? [{ id: network.view, title: 'Trader network', description: '' }]).map((view) => (
              <option key={view.id} value={view.id} title={view.description}>
                {view.title}
              </option>
            ))}
          </select>
        </label>
        <label className="network-field">
          <span>Layout</span>
          <select aria-label="Layout" value={network.layout} onChange={(event) => network.setLayout(event.target.value)}>
            {(catalog?.layouts ?? [{ id: network.layout, title: 'ForceAtlas2', runsIn: 'engine' as const }]).map((layout) => (
              <option key={layout.id} value={layout.id}>
                {layout.title}
              </option>
            ))}
          </select>
        </label>
        <label className="network-field">
          <span>Size by</span>
          <select aria-label="Node size" value={sizeBy} onChange={(event) => setSizeBy(event.target.value as SizeMeasure)}>
            {sizeMeasures.map((measure) => (
              <option key={measure.id} value={measure.id}>
                {measure.label}
              </option>
            ))}
          </select>
        </label>
        <label className="network-field">
          <span>Colour by</span>
          <select aria-label="Node colour" value={colourBy} onChange={(event) => setColourBy(event.target.value as ColourMeasure)}>
            {colourMeasures.map((measure) => (
              <option key={measure.id} value={measure.id}>
                {measure.label}
              </option>
            ))}
          </select>
        </label>
        <label className="network-field">
          <span>Min. bills</span>
          <input type="number" min={1} className="network-field__number" aria-label="Minimum bills" value={network.filters.minimumBills ?? 1} onChange={(event) => setFilter('minimumBills', event.target.value === '1' ? '' : event.target.value)} />
        </label>
        <label className="network-field">
          <span>From</span>
          <input type="date" aria-label="Arrivals from" value={network.filters.dateFrom ?? ''} onChange={(event) => setFilter('dateFrom', event.target.value)} />
        </label>
        <label className="network-field">
          <span>To</span>
          <input type="date" aria-label="Arrivals to" value={network.filters.dateTo ?? ''} onChange={(event) => setFilter('dateTo', event.target.value)} />
        </label>
        <NetworkFilterBar engine={engine} dataKey={dataKey} filters={network.filters} onChange={network.setFilters} />
        <div className="network-search">
          <Icon name="search" size={14} />
          <input
            type="search"
            aria-label="Find a trader"
            placeholder="Find a trader…"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && matches[0]) focusOn(matches[0]);
              else if (event.key === 'Enter' && memberMatches[0]) focusMember(memberMatches[0]);
              if (event.key === 'Escape') setSearch('');
            }}
            aria-controls={`${ids}-matches`}
          />
          {matches.length + memberMatches.length > 0 ? (
            <ul className="network-search__matches" id={`${ids}-matches`} aria-label="Matching traders">
              {matches.map((node) => (
                <li key={node.id}>
                  <button type="button" onClick={() => focusOn(node)}>
                    {node.label}
                  </button>
                </li>
              ))}
              {memberMatches.map((member) => (
                <li key={member.id}>
                  <button type="button" onClick={() => focusMember(member)} title={`Expands community ${member.community + 1} and focuses ${member.label}`}>
                    {member.label} <span className="network-search__community">(in community {member.community + 1})</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <button type="button" className="button" onClick={() => void exportPng()} disabled={!result || result.nodes.length === 0}>
          Export PNG
        </button>
        <button type="button" className="button" onClick={() => void keepForBriefing()} disabled={!result || result.nodes.length === 0}>
          Use in briefing pack
        </button>
        <NetworkExportButtons
          cy={() => cyRef.current}
          nodes={nodesById}
          edges={edgesById}
          view={network.view}
          viewTitle={catalog?.views.find((view) => view.id === network.view)?.title ?? network.view}
          workspaceName={workspaceName}
          marking={marking}
          host={host}
          engine={engine}
          showNotice={showNotice}
          disabled={!result || result.nodes.length === 0}
        />
      </div>
      <div className="network-status" aria-live="polite">
        {network.error ? (
          <span role="alert" className="network-status__error">
            {network.error}
          </span>
        ) : result ? (
          <>
            <span data-testid="network-counts">
              {result.aggregated ? plural(result.aggregated.nodes, 'node') : plural(result.nodes.filter((node) => node.kind === 'trader').length, 'trader')}
              {result.nodes.some((node) => node.kind === 'report') ? ` · ${plural(result.nodes.filter((node) => node.kind === 'report').length, 'report')}` : ''} · {plural(result.edges.length, 'edge')} · {plural(result.communities, 'community', 'communities')} · {plural(result.components, 'component')}
            </span>
            <span className="network-status__timing">
              engine: build {formatDuration(result.timings.buildMs)}, analytics {formatDuration(result.timings.analyticsMs)}, layout {formatDuration(result.timings.layoutMs)}
            </span>
            {network.loading ? <span>Updating…</span> : null}
            <NetworkKindCounts result={result} />
            {result.truncated ? <span className="network-status__warning">{result.truncated}</span> : null}
            <NetworkAggregationNotice aggregated={result.aggregated} onCollapse={network.setExpandedCommunities} />
            <NetworkMetricsNotice result={result} computing={network.pathMetrics && network.loading} onCompute={network.scene.ego ? null : network.computePathMetrics} />
            {result.notes.map((note) => (
              <span key={note} className="network-status__note">
                {note}
              </span>
            ))}
          </>
        ) : network.loading ? (
          <span>Computing the network…</span>
        ) : null}
      </div>
      <NetworkTimeBar
        engine={engine}
        dataKey={dataKey}
        filters={network.filters}
        onWindow={(dateFrom, dateTo) => {
          const { dateFrom: _from, dateTo: _to, ...rest } = network.filters;
          network.setFilters({ ...rest, ...(dateFrom ? { dateFrom } : {}), ...(dateTo ? { dateTo } : {}) });
        }}
      />
      <div className="network-body">
        <div className="network-stage">
          <NetworkCanvas
            result={result}
            layoutRunsIn={layoutRunsIn}
            sizeBy={sizeBy}
            colourBy={colourBy}
            path={network.path}
            focusId={focus.id}
            focusRequest={focus.request}
            onSelect={setSelection}
            headless={headlessCanvas}
            interaction={interaction}
            onReady={(cy) => {
              cyRef.current = cy;
              onCanvasReady?.(cy);
            }}
          />
          {result && result.nodes.length === 0 && !network.loading ? (
            <p className="network-empty">No traders in this view. Resolve the traders (Traders view), widen the dates or lower the minimum bills.</p>
          ) : null}
          <NetworkLegend result={result} sizeBy={sizeBy} colourBy={colourBy} />
        </div>
        <aside className="network-details" aria-label="Network details">
          <NetworkOperations
            network={network}
            composed={composed}
            selected={selectedNode}
            positionOf={(id) => {
              const node = cyRef.current?.getElementById(id);
              return node && node.nonempty() ? { ...node.position() } : null;
            }}
          />
          <section className="network-panel" aria-label="Find path">
            <h3>Find path</h3>
            <dl className="network-path-ends">
              <dt>From</dt>
              <dd data-testid="path-from">{pathFrom?.label ?? '—'}</dd>
              <dt>To</dt>
              <dd data-testid="path-to">{pathTo?.label ?? '—'}</dd>
            </dl>
            <div className="network-panel__actions">
              <button type="button" className="button" disabled={!selectedNode || selectedNode.kind === 'community'} onClick={() => setPathFrom(selectedNode)}>
                Path from selected
              </button>
              <button type="button" className="button" disabled={!selectedNode || selectedNode.kind === 'community'} onClick={() => setPathTo(selectedNode)}>
                Path to selected
              </button>
            </div>
            <label className="network-check">
              <input type="checkbox" checked={avoidHubs} onChange={(event) => setAvoidHubs(event.target.checked)} /> Avoid hubs (forwarders, highly connected traders)
            </label>
            <div className="network-panel__actions">
              <button
                type="button"
                className="button button--primary"
                disabled={!pathFrom || !pathTo || network.findingPath}
                onClick={() => pathFrom && pathTo && void network.findPath(pathFrom.id, pathTo.id, avoidHubs)}
              >
                Find path
              </button>
              <button type="button" className="button" disabled={!network.path} onClick={network.clearPath}>
                Clear path
              </button>
            </div>
            {network.path ? (
              <div className="network-path" data-testid="path-result">
                <p>{network.path.message}</p>
                {network.path.found ? (
                  <ol>
                    {network.path.nodes.map((id) => {
                      const node = nodesById.get(id);
                      return <li key={id}>{node ? <button type="button" className="link-button" onClick={() => focusOn(node)}>{node.label}</button> : id}</li>;
                    })}
                  </ol>
                ) : null}
                {network.path.avoided.length > 0 ? (
                  <details>
                    <summary>{plural(network.path.avoided.length, 'hub')} avoided</summary>
                    <ul>
                      {network.path.avoided.map((hub) => (
                        <li key={hub.id}>
                          {hub.label}: {hub.reason}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </div>
            ) : null}
          </section>
          {selectedNode?.aggregate ? (
            <NetworkCommunityDetails node={selectedNode} onExpand={(community) => network.setExpandedCommunities([...network.expandedCommunities.filter((other) => other !== community), community])} />
          ) : selectedNode?.facts ? (
            <NetworkFactsDetails node={selectedNode} />
          ) : selectedNode?.report ? <ReportNodeDetails node={selectedNode} /> : selectedNode ? <NodeDetails node={selectedNode} /> : selectedEdge?.kind === 'report-mention' ? <MentionEdgeDetails edge={selectedEdge} nodes={nodesById} /> : selectedEdge ? <EdgeDetails edge={selectedEdge} nodes={nodesById} /> : <p className="network-details__hint">Select a trader or a link to see its attributes.</p>}
          {selectedNode?.kind === 'community' || selectedEdge?.kind === 'community-link' ? (
            <p className="network-details__hint" data-testid="aggregate-provenance">
              {selectedNode ? 'A community has no records of its own: expand it and select a member to see where it comes from.' : 'This line stands for the links between two communities: expand them and select a link to see its records.'}
            </p>
          ) : selection && (selectedNode || selectedEdge) ? <NetworkProvenance key={selection.id} engine={engine} elementId={selection.id} filters={network.filters} /> : null}
        </aside>
      </div>
    </div>
  );
}

function Attribute({ name, value }: { readonly name: string; readonly value: string }) {
  return (
    <>
      <dt>{name}</dt>
      <dd>{value}</dd>
    </>
  );
}

const figure = (value: number): string => value.toFixed(4);

/** Betweenness or closeness: "not computed" (never 0) when the engine left it out, and the community it was computed within, if so. */
function pathFigure(value: number | null, within: number | undefined): string {
  if (value === null) return 'not computed (large view: see the status line)';
  return within === undefined ? figure(value) : `${figure(value)} (within community ${within + 1})`;
}

function NodeDetails({ node }: { readonly node: GraphNodeView }) {
  return (
    <section className="network-panel" aria-label="Selected trader">
      <h3>{node.label}</h3>
      {node.watchlistHit ? <p className="network-details__hit">{plural(node.watchlistHits, 'watchlist hit')}</p> : null}
      <dl className="network-attributes">
        <Attribute name="Trader id" value={node.id} />
        <Attribute name="Roles" value={node.roles.join(', ')} />
        <Attribute name="Countries" value={node.countries.join(', ') || '—'} />
        <Attribute name="Party occurrences" value={formatCount(node.occurrences)} />
        <Attribute name="Bills shipped (view)" value={formatCount(node.billsShipped)} />
        <Attribute name="Bills received (view)" value={formatCount(node.billsReceived)} />
        <Attribute name="Counterparts (degree)" value={formatCount(node.metrics.degree)} />
        <Attribute name="PageRank" value={figure(node.metrics.pagerank)} />
        <Attribute name="Betweenness" value={pathFigure(node.metrics.betweenness, node.pathMetricsWithin)} />
        <Attribute name="Closeness" value={pathFigure(node.metrics.closeness, node.pathMetricsWithin)} />
        <Attribute name="Eigenvector" value={figure(node.metrics.eigenvector)} />
        <Attribute name="Community" value={String(node.community + 1)} />
        <Attribute name="Component" value={String(node.metrics.component + 1)} />
        <Attribute name="k-core" value={String(node.metrics.coreNumber)} />
      </dl>
    </section>
  );
}

function ReportNodeDetails({ node }: { readonly node: GraphNodeView }) {
  const report = node.report;
  if (!report) return null;
  return (
    <section className="network-panel" aria-label="Selected report">
      <h3>{report.title}</h3>
      <dl className="network-attributes">
        <Attribute name="Reference" value={report.reference ?? 'not read'} />
        <Attribute name="Date" value={report.date ?? 'not read'} />
        <Attribute name="Grading" value={report.grading ?? 'not read'} />
        <Attribute name="Marking" value={report.marking ?? 'not read'} />
        <Attribute name="File" value={report.fileName} />
        <Attribute name="Traders mentioned" value={formatCount(node.metrics.degree)} />
        <Attribute name="Mentions of traders" value={formatCount(node.occurrences)} />
      </dl>
    </section>
  );
}

function MentionEdgeDetails({ edge, nodes }: { readonly edge: GraphEdgeView; readonly nodes: ReadonlyMap<string, GraphNodeView> }) {
  return (
    <section className="network-panel" aria-label="Selected link">
      <h3>{edgeKindNames[edge.kind]}</h3>
      <dl className="network-attributes">
        <Attribute name="Report" value={edge.reference ?? nodes.get(edge.source)?.label ?? edge.source} />
        <Attribute name="Trader" value={nodes.get(edge.target)?.label ?? edge.target} />
        <Attribute name="Mentions" value={formatCount(edge.mentions ?? 0)} />
        <Attribute name="Grading" value={edge.grading ?? 'not read'} />
      </dl>
    </section>
  );
}

const edgeKindNames: Record<GraphEdgeView['kind'], string> = {
  'shipment-flow': 'Shipments',
  'shared-address': 'Shared address',
  'shared-phone': 'Shared phone number',
  'report-mention': 'Report mentions trader',
  'shared-email': 'Shared e-mail address',
  'shared-notify-party': 'Same notify party',
  'bill-shipper': 'Shipper of the bill of lading',
  'bill-consignee': 'Consignee of the bill of lading',
  'bill-notify-party': 'Notify party of the bill of lading',
  'bill-container': 'Bill of lading in container',
  'bill-vessel-call': 'Bill of lading on vessel call',
  'bill-loaded-at': 'Loaded at port',
  'bill-discharged-at': 'Discharged at port',
  'watchlist-hit': 'Watchlist hit',
  'community-link': 'Links between communities',
};

function EdgeDetails({ edge, nodes }: { readonly edge: GraphEdgeView; readonly nodes: ReadonlyMap<string, GraphNodeView> }) {
  const name = (id: string) => nodes.get(id)?.label ?? id;
  return (
    <section className="network-panel" aria-label="Selected link">
      <h3>{edgeKindNames[edge.kind]}</h3>
      <dl className="network-attributes">
        <Attribute name={edge.directed ? 'Shipper' : 'Trader'} value={name(edge.source)} />
        <Attribute name={edge.directed ? 'Consignee' : 'Trader'} value={name(edge.target)} />
        <Attribute name="Bills of lading" value={formatCount(edge.bills)} />
        {edge.kind === 'shipment-flow' ? <Attribute name="Declared value (USD)" value={edge.totalDeclaredValueUsd === null ? 'none declared' : formatDecimal(edge.totalDeclaredValueUsd)} /> : null}
        <Attribute name="First arrival" value={edge.firstArrivalDate ?? '—'} />
        <Attribute name="Last arrival" value={edge.lastArrivalDate ?? '—'} />
        {edge.sharedValues.length > 0 ? <Attribute name="Shared" value={edge.sharedValues.join('; ')} /> : null}
      </dl>
    </section>
  );
}
