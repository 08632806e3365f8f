import type { GraphMetricId, GraphViewResult } from '../../../shared/engine/graphApi';

export const metricNames: Readonly<Record<GraphMetricId, string>> = {
  degree: 'degree',
  pagerank: 'PageRank',
  eigenvector: 'eigenvector',
  betweenness: 'betweenness',
  closeness: 'closeness',
  community: 'Louvain communities',
  component: 'components',
  coreNumber: 'k-core',
};

/**
 * Which metrics the engine computed over the view and which not (a large view's betweenness and
 * closeness are computed on demand): shown only when some are missing, with the action that asks
 * for them over the whole view (none in an ego network: it has its own answer).
 */
export function NetworkMetricsNotice({ result, computing, onCompute }: { readonly result: GraphViewResult; readonly computing: boolean; readonly onCompute: (() => void) | null }) {
  const computed = result.metricsComputed;
  if (!computed) return null;
  const missing = (Object.keys(metricNames) as GraphMetricId[]).filter((metric) => !computed.includes(metric));
  if (missing.length === 0) return null;
  return (
    <span className="network-status__warning" role="status" data-testid="network-metrics">
      Computed: {computed.map((metric) => metricNames[metric]).join(', ')}. Not computed: {missing.map((metric) => metricNames[metric]).join(', ')}.
      {result.metricsNote ? ` ${result.metricsNote}` : ''}
      {onCompute ? (
        <button type="button" className="link-button" disabled={computing} onClick={onCompute}>
          {computing ? 'Computing betweenness/closeness…' : 'Compute betweenness/closeness'}
        </button>
      ) : null}
    </span>
  );
}
