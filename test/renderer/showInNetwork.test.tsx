// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkView } from '../../renderer/components/network/NetworkView';
import type { NetworkFocusRequest } from '../../renderer/components/network/NetworkView';
import { networkStyle, toElements, watchlistColour } from '../../renderer/components/network/networkElements';
import { ReportsView } from '../../renderer/components/reports/ReportsView';
import type { ReportDetail } from '../../shared/engine/reportApi';
import type { NetworkEdge, NetworkNode } from '../../shared/graph/networkGraph';
import { FakeEngine } from './support/fakeEngine';
import { sampleNetwork } from './support/fakeGraphs';
import { FakeHost } from './support/fakeHost';

/**
 * "Show in network" from a report's mention of a trader, and the report nodes of the "Traders and
 * reports" view: the mention asks for the trader's entity id; the Network view switches to a view
 * holding it and focuses it; a report node is a diamond with its reference, date, grading and marking.
 */
afterEach(cleanup);

const reportText = ['OFFICIAL', 'Reference: IR/2026/0042', 'Date: 2026-05-01', 'Grading: B2', '', 'Box MSKU 601167 2 for CHARLIE IMPORTS LTD, mail ops@example.org', 'OFFICIAL'].join('\n');

/** The fake engine's report, its e-mail mention turned into a mention of CHARLIE (T:3) as the trader extractor would link it. */
async function engineWithTraderMention(): Promise<FakeEngine> {
  const engine = new FakeEngine([]);
  await engine.newWorkspace('show in network');
  expect((await engine.importReportFiles([{ fileName: 'IR-0042.txt', file: new Blob([reportText]) }])).imported).toBe(1);
  const read = engine.readReport;
  engine.readReport = async (reportId: number): Promise<ReportDetail> => {
    const detail = await read(reportId);
    const start = detail.text.indexOf('CHARLIE IMPORTS LTD');
    const template = detail.mentions.find((mention) => mention.kind === 'email');
    if (!template) throw new Error('no e-mail mention to stand for the trader');
    const trader = { ...template, mentionId: 9001, start, end: start + 19, text: 'CHARLIE IMPORTS LTD', kind: 'trader' as const, target: { kind: 'trader' as const, key: 'T:3', label: 'CHARLIE IMPORTS LTD' }, confidence: 0.9 };
    return { ...detail, mentions: [...detail.mentions.filter((mention) => mention.kind !== 'email'), trader].sort((a, b) => a.start - b.start) };
  };
  return engine;
}

describe('Show in network from the report viewer', () => {
  it('offers it on a mention of a trader and asks for that trader\'s entity id; not on other mentions', async () => {
    const engine = await engineWithTraderMention();
    const shown: string[] = [];
    render(<ReportsView engine={engine} documentsVersion={0} dataVersion={0} onImportReports={null} onShowInNetwork={(entityId) => shown.push(entityId)} />);
    fireEvent.click(await within(await screen.findByRole('table', { name: 'Intelligence reports' })).findByRole('button', { name: 'IR/2026/0042' }));
    fireEvent.click(await screen.findByRole('button', { name: 'MSKU 601167 2' }));
    expect(within(screen.getByRole('region', { name: 'Selected mention' })).queryByRole('button', { name: 'Show in network' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'CHARLIE IMPORTS LTD' }));
    const panel = screen.getByRole('region', { name: 'Selected mention' });
    expect(within(panel).getByTestId('mention-target').textContent).toBe('CHARLIE IMPORTS LTD (trader T:3)');
    fireEvent.click(within(panel).getByRole('button', { name: 'Show in network' }));
    expect(shown).toEqual(['T:3']);
  });
});

const report = (reportId: number, reference: string, grading: string, marking: string): NetworkNode => ({
  id: `R:${reportId}`,
  label: reference,
  kind: 'report',
  roles: [],
  countries: [],
  occurrences: 3,
  watchlistHits: 0,
  report: { reportId, reference, title: `Report ${reference}`, fileName: `${reference.replace(/\//g, '-')}.txt`, date: '2026-05-01', grading, marking },
});
const mention = (reportId: number, trader: string, mentions: number, grading: string, reference: string): NetworkEdge => ({
  id: `mention:R:${reportId}>${trader}`,
  source: `R:${reportId}`,
  target: trader,
  kind: 'report-mention',
  directed: true,
  bills: 0,
  totalDeclaredValueUsd: null,
  firstArrivalDate: null,
  lastArrivalDate: null,
  sharedValues: [],
  mentions,
  grading,
  reference,
});

/** The sample network plus a report mentioning CHARLIE (T:3) twice and the listed DELTA (T:4) once, and a lone trader only a report mentions. */
function engineWithReports(): FakeEngine {
  const engine = new FakeEngine();
  const sample = sampleNetwork();
  engine.graphs.network = {
    ...sample,
    nodes: [...sample.nodes, { id: 'T:8', label: 'INDIA LONE TRADER LTD', kind: 'trader', roles: ['consignee'], countries: ['GB'], occurrences: 1, watchlistHits: 0 }, report(1, 'IR/2026/0042', 'B2', 'OFFICIAL-SENSITIVE'), report(2, 'IR/2026/0043', 'E5', 'OFFICIAL')],
    edges: [...sample.edges, mention(1, 'T:3', 2, 'B2', 'IR/2026/0042'), mention(1, 'T:4', 1, 'B2', 'IR/2026/0042'), mention(2, 'T:8', 1, 'E5', 'IR/2026/0043')],
  };
  return engine;
}

function renderNetwork(engine: FakeEngine, focusRequest: NetworkFocusRequest | null) {
  let cy: Core | null = null;
  const notices: string[] = [];
  const props = { engine, dataKey: '1', host: new FakeHost(), workspaceName: 'Test', showNotice: (tone: string, message: string) => notices.push(`${tone}: ${message}`), headlessCanvas: true, onCanvasReady: (instance: Core | null) => (cy = instance) };
  const view = render(<NetworkView {...props} focusRequest={focusRequest} />);
  const canvas = () => {
    if (!cy) throw new Error('no Cytoscape instance');
    return cy as Core;
  };
  return { canvas, notices, rerender: (request: NetworkFocusRequest | null) => view.rerender(<NetworkView {...props} focusRequest={request} />) };
}

describe('the Network view asked to focus a trader', () => {
  it('switches to the traders and reports view and focuses and selects the trader', async () => {
    const engine = engineWithReports();
    const { canvas } = renderNetwork(engine, { entityId: 'T:3', request: 1 });
    await waitFor(() => expect(canvas().getElementById('T:3').selected()).toBe(true));
    expect((screen.getByRole('combobox', { name: 'Network view' }) as HTMLSelectElement).value).toBe('traders-and-reports');
    expect(within(screen.getByRole('region', { name: 'Selected trader' })).getByRole('heading').textContent).toBe('CHARLIE IMPORTS LTD');
    expect(canvas().nodes(':selected').map((node) => node.id())).toEqual(['T:3']);
    expect(engine.graphs.viewQueries.map((query) => query.view)).toContain('traders-and-reports');
  });

  it('focuses another trader on a new request, and says so when no view holds it', async () => {
    const engine = engineWithReports();
    const { canvas, notices, rerender } = renderNetwork(engine, { entityId: 'T:3', request: 1 });
    await waitFor(() => expect(canvas().getElementById('T:3').selected()).toBe(true));
    rerender({ entityId: 'T:8', request: 2 });
    await waitFor(() => expect(canvas().getElementById('T:8').selected()).toBe(true));
    expect(canvas().getElementById('T:3').selected()).toBe(false);
    rerender({ entityId: 'T:99', request: 3 });
    await waitFor(() => expect(notices).toEqual(['info: T:99 is in no network view (no shipments, links or reports tie it to another trader).']));
  });

  it('draws reports as diamonds with their details; listed traders keep the red border', async () => {
    const engine = engineWithReports();
    const { canvas } = renderNetwork(engine, null);
    await screen.findByRole('option', { name: 'Traders and reports' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Network view' }), { target: { value: 'traders-and-reports' } });
    await screen.findByText('8 traders · 2 reports · 11 edges', { exact: false });
    await waitFor(() => expect(canvas().getElementById('R:1').nonempty()).toBe(true));
    expect(canvas().getElementById('R:1').hasClass('report')).toBe(true);
    expect(canvas().getElementById('T:3').hasClass('report')).toBe(false);
    expect(canvas().getElementById('T:4').hasClass('watchlist')).toBe(true);
    // Headless Cytoscape computes no style: the stylesheet says it (reports diamonds, the watchlist's red border kept for traders).
    const style = networkStyle() as { selector: string; style: Record<string, unknown> }[];
    expect(style.find((rule) => rule.selector === 'node.report')?.style).toMatchObject({ shape: 'diamond' });
    expect(style.findIndex((rule) => rule.selector === 'node.watchlist')).toBeGreaterThan(style.findIndex((rule) => rule.selector === 'node.report'));
    expect(style.find((rule) => rule.selector === 'node.watchlist')?.style).toMatchObject({ 'border-color': watchlistColour, 'border-width': 4 });
    expect(canvas().getElementById('mention:R:1>T:3').data()).toMatchObject({ label: 'B2', mentions: 2 });
    const legend = screen.getByLabelText('Legend');
    expect(within(legend).getByTestId('legend-report').textContent).toBe(' Intelligence report (diamond)');
    expect(legend.textContent).toContain('Report mentions trader (label: grading)');

    act(() => {
      canvas().getElementById('R:1').emit('tap');
    });
    const panel = await screen.findByRole('region', { name: 'Selected report' });
    const value = (name: string) => within(panel).getByText(name).nextSibling?.textContent;
    expect([value('Reference'), value('Date'), value('Grading'), value('Marking'), value('Traders mentioned')]).toEqual(['IR/2026/0042', '2026-05-01', 'B2', 'OFFICIAL-SENSITIVE', '2']);
    act(() => {
      canvas().getElementById('mention:R:1>T:3').emit('tap');
    });
    const link = await screen.findByRole('region', { name: 'Selected link' });
    expect(within(link).getByText('Mentions').nextSibling?.textContent).toBe('2');
    expect(within(link).getByText('Trader').nextSibling?.textContent).toBe('CHARLIE IMPORTS LTD');
    // Pure elements: a report's class and colour do not depend on its community.
    const elements = toElements(await engine.graphView({ view: 'traders-and-reports' }), 'pagerank');
    expect(elements.filter((element) => element.group === 'nodes' && element.classes === 'report').map((element) => element.data.id)).toEqual(['R:1', 'R:2']);
  });
});
