// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphViewQuery } from '../../shared/engine/graphApi';
import { NetworkView } from '../../renderer/components/network/NetworkView';
import { FakeEngine } from './support/fakeEngine';
import { FakeHost } from './support/fakeHost';

/**
 * A large view's metrics in the Network view: which were computed and which not in the status
 * line, "not computed" (never 0) in the details panel, and the action that asks the engine for
 * betweenness and closeness over the whole view.
 */
afterEach(cleanup);

describe('metrics not computed for a large view', () => {
  it('says which metrics were computed, shows "not computed" and computes them on demand', async () => {
    const engine = new FakeEngine();
    const queries: GraphViewQuery[] = [];
    const graphView = engine.graphView;
    // The engine's answer for a view above its threshold: betweenness and closeness left out unless asked.
    engine.graphView = async (query) => {
      queries.push(query);
      const answer = await graphView(query);
      if (query.pathMetrics) return answer;
      return {
        ...answer,
        nodes: answer.nodes.map((node) => ({ ...node, metrics: { ...node.metrics, betweenness: null, closeness: null } })),
        metricsComputed: ['degree', 'pagerank', 'eigenvector', 'community', 'component', 'coreNumber'],
        metricsNote: 'Betweenness and closeness not computed: the view has 7 nodes (more than 3).',
      };
    };
    let cy: Core | null = null;
    render(<NetworkView engine={engine} dataKey="1" host={new FakeHost()} workspaceName="Test" showNotice={() => undefined} headlessCanvas onCanvasReady={(instance) => (cy = instance)} />);
    const notice = await screen.findByTestId('network-metrics');
    expect(notice.textContent).toContain('Computed: degree, PageRank, eigenvector, Louvain communities, components, k-core. Not computed: betweenness, closeness.');
    await waitFor(() => expect((cy as Core | null)?.nodes().length).toBe(7));
    const first = (cy as unknown as Core).nodes()[0]!.id();
    act(() => {
      (cy as unknown as Core).getElementById(first).emit('tap');
    });
    const panel = await screen.findByRole('region', { name: 'Selected trader' });
    expect(within(panel).getByText('Betweenness').nextSibling?.textContent).toBe('not computed (large view: see the status line)');
    expect(within(panel).getByText('Closeness').nextSibling?.textContent).toBe('not computed (large view: see the status line)');
    fireEvent.click(within(notice).getByRole('button', { name: 'Compute betweenness/closeness' }));
    await waitFor(() => expect(queries.at(-1)?.pathMetrics).toBe(true));
    await waitFor(() => expect(screen.queryByTestId('network-metrics')).toBeNull());
    const computed = await screen.findByRole('region', { name: 'Selected trader' });
    await waitFor(() => expect(within(computed).getByText('Betweenness').nextSibling?.textContent).toMatch(/^\d\.\d{4}$/));
  });
});
