import { describe, expect, it } from 'vitest';
import { syntheticGraphView } from './syntheticGraph';

describe('syntheticGraphView (the graph bench input)', () => {
  it('has N nodes, 3N distinct edges between them and a position for every node', () => {
    const view = syntheticGraphView(1_000, 1);
    expect(view.nodes).toHaveLength(1_000);
    expect(view.edges).toHaveLength(3_000);
    const ids = new Set(view.nodes.map((node) => node.id));
    expect(ids.size).toBe(1_000);
    expect(new Set(view.edges.map((edge) => edge.id)).size).toBe(3_000);
    for (const edge of view.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target) && edge.source !== edge.target).toBe(true);
    }
    expect(view.nodes.every((node) => node.position !== null && Number.isFinite(node.position.x) && Number.isFinite(node.position.y))).toBe(true);
  });

  it('is deterministic: the same seed gives the same view, another seed another', () => {
    expect(syntheticGraphView(500, 7)).toEqual(syntheticGraphView(500, 7));
    expect(syntheticGraphView(500, 8).edges).not.toEqual(syntheticGraphView(500, 7).edges);
  });
});
