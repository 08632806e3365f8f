import type { GraphAggregation } from '../../../shared/engine/graphApi';

/**
 * The notice of a view drawn as its communities ("20,000 nodes grouped into 412 communities —
 * expand a community to see its members"), with the expanded ones and a way to fold them again.
 */
export function NetworkAggregationNotice({ aggregated, onCollapse }: { readonly aggregated: GraphAggregation | null | undefined; readonly onCollapse: (communities: readonly number[]) => void }) {
  if (!aggregated) return null;
  return (
    <span className="network-status__warning" role="status" data-testid="network-aggregated">
      {aggregated.message}
      {aggregated.expanded.map((community) => (
        <button key={community} type="button" className="link-button" onClick={() => onCollapse(aggregated.expanded.filter((other) => other !== community))}>
          Collapse community {community + 1}
        </button>
      ))}
      {aggregated.expanded.length > 1 ? (
        <button type="button" className="link-button" onClick={() => onCollapse([])}>
          Collapse all
        </button>
      ) : null}
    </span>
  );
}
