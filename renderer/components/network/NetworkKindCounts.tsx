import type { GraphViewResult } from '../../../shared/engine/graphApi';
import type { NetworkNodeKind } from '../../../shared/graph/networkGraph';
import { plural } from '../../format/format';

const kindNouns: Readonly<Partial<Record<NetworkNodeKind, readonly [string, string]>>> = {
  shipment: ['bill of lading', 'bills of lading'],
  container: ['container', 'containers'],
  vessel: ['vessel', 'vessels'],
  port: ['port', 'ports'],
  'watchlist-entry': ['watchlist entry', 'watchlist entries'],
  community: ['community drawn as one node', 'communities drawn as one node each'],
};

/** The drawn nodes of kinds other than traders and reports (the full network, aggregated views), counted. */
export function NetworkKindCounts({ result }: { readonly result: GraphViewResult }) {
  const counts = new Map<NetworkNodeKind, number>();
  for (const node of result.nodes) if (kindNouns[node.kind]) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  if (counts.size === 0) return null;
  return (
    <span data-testid="network-kind-counts">
      {[...counts.entries()].map(([kind, count]) => {
        const [singular, pluralNoun] = kindNouns[kind] as readonly [string, string];
        return plural(count, singular, pluralNoun);
      }).join(' · ')}
    </span>
  );
}
