import { Fragment } from 'react';
import type { GraphNodeView } from '../../../shared/engine/graphApi';
import { formatCount } from '../../format/format';
import { nodeKindStyles } from './networkElements';

/** A node of the full network other than a trader or report selected (bill of lading, container, vessel, port, watchlist entry): its stored facts. */
export function NetworkFactsDetails({ node }: { readonly node: GraphNodeView }) {
  const facts = node.facts ?? {};
  return (
    <section className="network-panel" aria-label={`Selected ${nodeKindStyles[node.kind].label.toLowerCase()}`}>
      <h3>{node.label}</h3>
      <dl className="network-attributes">
        <dt>Kind</dt>
        <dd>{nodeKindStyles[node.kind].label}</dd>
        {Object.entries(facts).map(([name, value]) => (
          <Fragment key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
        {node.riskScore !== undefined ? (
          <>
            <dt>Risk score</dt>
            <dd>{node.riskScore === null ? 'not scored' : String(node.riskScore)}</dd>
          </>
        ) : null}
        <dt>Links in the view (degree)</dt>
        <dd>{formatCount(node.metrics.degree)}</dd>
      </dl>
    </section>
  );
}
