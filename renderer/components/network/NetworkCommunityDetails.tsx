import { Fragment } from 'react';
import type { GraphNodeView } from '../../../shared/engine/graphApi';
import { formatCount, plural } from '../../format/format';
import { nodeKindStyles } from './networkElements';

/** An aggregate node selected: its members by kind, watchlist hits, highest risk score, and the action that draws its members. */
export function NetworkCommunityDetails({ node, onExpand }: { readonly node: GraphNodeView; readonly onExpand: (community: number) => void }) {
  const aggregate = node.aggregate;
  if (!aggregate) return null;
  return (
    <section className="network-panel" aria-label="Selected community">
      <h3>Community {aggregate.community + 1}</h3>
      <dl className="network-attributes">
        <dt>Members</dt>
        <dd>{formatCount(aggregate.members)}</dd>
        {Object.entries(aggregate.kinds).map(([kind, count]) => (
          <Fragment key={kind}>
            <dt>{nodeKindStyles[kind as keyof typeof nodeKindStyles].label}</dt>
            <dd>{formatCount(count ?? 0)}</dd>
          </Fragment>
        ))}
        <dt>Watchlist hits</dt>
        <dd>{node.watchlistHits > 0 ? plural(node.watchlistHits, 'hit') : 'none'}</dd>
        <dt>Highest risk score</dt>
        <dd>{aggregate.maxRiskScore === null ? 'not scored' : String(aggregate.maxRiskScore)}</dd>
      </dl>
      <div className="network-panel__actions">
        <button type="button" className="button button--primary" onClick={() => onExpand(aggregate.community)}>
          Expand community
        </button>
      </div>
    </section>
  );
}
