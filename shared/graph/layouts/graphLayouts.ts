import { breadthfirstLayout, circleLayout, concentricLayout, gridLayout } from './canvasLayouts';
import { forceAtlas2Layout } from './forceAtlas2Layout';
import type { GraphLayoutDefinition } from './graphLayout';

/** Every layout, in the order the picker offers them; the first is the default. */
export const graphLayouts: readonly GraphLayoutDefinition[] = [forceAtlas2Layout, concentricLayout, breadthfirstLayout, gridLayout, circleLayout];

export function findGraphLayout(id: string): GraphLayoutDefinition {
  const layout = graphLayouts.find((candidate) => candidate.id === id);
  if (!layout) throw new RangeError(`no layout '${id}' (layouts: ${graphLayouts.map((candidate) => candidate.id).join(', ')})`);
  return layout;
}
