import type { GraphViewDefinition } from './graphView';
import { fullNetworkView } from './fullNetworkView';
import { hiddenLinksView } from './hiddenLinksView';
import { traderNetworkView } from './traderNetworkView';
import { tradersAndLinksView } from './tradersAndLinksView';
import { tradersAndReportsView } from './tradersAndReportsView';

/** Every network view, in the order the picker offers them; a new view is one file and one line here. */
export const graphViews: readonly GraphViewDefinition[] = [traderNetworkView, hiddenLinksView, tradersAndLinksView, tradersAndReportsView, fullNetworkView];

export function findGraphView(id: string): GraphViewDefinition {
  const view = graphViews.find((candidate) => candidate.id === id);
  if (!view) throw new RangeError(`no network view '${id}' (views: ${graphViews.map((candidate) => candidate.id).join(', ')})`);
  return view;
}
