// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/components/App';
import { ReportsView } from '../../renderer/components/reports/ReportsView';
import { firstStartStorageKey } from '../../renderer/hooks/firstStart';
import type { EntityMention } from '../../shared/engine/reportApi';
import { FakeEngine, shipmentRow } from './support/fakeEngine';
import { FakeHost } from './support/fakeHost';

/**
 * Mentions in the Reports view (the engine's own ReportService under the fake engine): highlighted
 * by kind, clickable, reviewed with Accept / Reject / Re-link through the engine, and inert however
 * hostile the text around them; and the trader detail's "Mentioned in reports".
 */
const hostileReport = [
  'SECRET',
  'Reference: IR/2026/0777',
  'Date: 2026-05-01',
  'Grading: C3',
  '',
  'Box <b>MSKU 601167 2</b> <img src="x" onerror="window.__pwned = true"> mail <script>window.__pwned = true</script>ops@example.org',
  'SECRET',
].join('\n');

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(firstStartStorageKey, '2026-03-01T08:00:00.000Z');
});
afterEach(() => {
  cleanup();
  delete (window as unknown as { __pwned?: boolean }).__pwned;
});

async function openReport(): Promise<FakeEngine> {
  const engine = new FakeEngine([]);
  await engine.newWorkspace('mentions');
  expect((await engine.importReportFiles([{ fileName: 'IR-0777.txt', file: new Blob([hostileReport]) }])).imported).toBe(1);
  render(<ReportsView engine={engine} documentsVersion={0} dataVersion={0} onImportReports={null} />);
  const table = await screen.findByRole('table', { name: 'Intelligence reports' });
  fireEvent.click(await within(table).findByRole('button', { name: 'IR/2026/0777' }));
  await screen.findByTestId('report-text');
  return engine;
}

describe('mentions in the report viewer', () => {
  it('highlights each mention by kind as a button over the exact text, and keeps the hostile text inert', async () => {
    await openReport();
    const text = screen.getByTestId('report-text');
    const marks = [...text.querySelectorAll('mark')];
    expect(marks.map((mark) => [mark.dataset.mentionKind, mark.textContent, mark.className])).toEqual([
      ['container', 'MSKU 601167 2', 'mention mention--container mention--proposed'],
      ['email', 'ops@example.org', 'mention mention--email mention--proposed'],
    ]);
    // The whole text is shown as characters, markup included; nothing of it became an element.
    expect(text.textContent).toBe(hostileReport);
    expect(text.querySelector('b, img, script')).toBeNull();
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
    expect(screen.getByTestId('report-mention-summary').textContent).toBe('2 mentions: Container 1 · E-mail 1. Click one to review it.');
  });

  it('shows a clicked mention with its target, confidence and reason; Reject records the review through the engine', async () => {
    const engine = await openReport();
    fireEvent.click(screen.getByRole('button', { name: 'MSKU 601167 2' }));
    const panel = screen.getByRole('region', { name: 'Selected mention' });
    expect(within(panel).getByTestId('mention-target').textContent).toBe('MSKU6011672 (container MSKU6011672)');
    expect(within(panel).getByTestId('mention-confidence').textContent).toBe('75%');
    expect(within(panel).getByTestId('mention-reason').textContent).toBe('container number, check digit agrees; in no manifest of this workspace');
    expect(within(panel).getByTestId('mention-status').textContent).toBe('Proposed by extraction');

    fireEvent.click(within(panel).getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(within(panel).getByTestId('mention-status').textContent).toMatch(/^Rejected by analyst, \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/));
    expect(engine.reports.mentionReviews).toEqual([{ mentionId: expect.any(Number) as number, decision: { decision: 'reject' } }]);
    expect(screen.getByRole('button', { name: 'MSKU 601167 2' }).closest('mark')?.className).toBe('mention mention--container mention--rejected');
    expect(within(panel).getByRole('button', { name: 'Reject' })).toHaveProperty('disabled', true);
    // The engine kept it: read again, it is rejected.
    const reportId = (await engine.listReports()).rows[0]?.reportId as number;
    expect((await engine.readReport(reportId)).mentions.find((mention) => mention.kind === 'container')?.status).toBe('rejected');
  });

  it('re-links to a target the analyst names, and says why when the engine refuses it', async () => {
    const engine = await openReport();
    fireEvent.click(screen.getByRole('button', { name: 'ops@example.org' }));
    const panel = screen.getByRole('region', { name: 'Selected mention' });
    expect(within(panel).getByTestId('mention-target').textContent).toBe('nothing in this workspace');
    fireEvent.click(within(panel).getByRole('button', { name: 'Re-link…' }));
    fireEvent.change(within(panel).getByRole('combobox'), { target: { value: 'trader' } });
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Target key' }), { target: { value: 'T:404' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Re-link' }));
    expect((await within(panel).findByRole('alert')).textContent).toBe('The review was not recorded: no trader T:404 in this workspace');
    fireEvent.change(within(panel).getByRole('combobox'), { target: { value: 'port' } });
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Target key' }), { target: { value: 'gbfxt' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Re-link' }));
    await waitFor(() => expect(within(panel).getByTestId('mention-target').textContent).toBe('Felixstowe (GBFXT) (port GBFXT)'));
    expect(engine.reports.mentionReviews.map((review) => review.decision)).toEqual([
      { decision: 'relink', target: { kind: 'trader', key: 'T:404' } },
      { decision: 'relink', target: { kind: 'port', key: 'gbfxt' } },
    ]);
  });
});

describe('the trader detail', () => {
  it('lists the reports mentioning the trader with reference, grading and the sentence, as text', async () => {
    const engine = new FakeEngine([shipmentRow(1)]);
    render(<App engine={engine} host={new FakeHost()} />);
    await screen.findByText('Engine ready');
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Workspace' })).getByRole('button', { name: /^Traders/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Resolve traders' }));
    const table = await screen.findByRole('table', { name: 'Traders' });
    await waitFor(() => expect(table.querySelectorAll('tbody tr')).toHaveLength(4));
    const row = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')].find((candidate) => candidate.cells[0]?.textContent === 'SHENZHEN HUAXIN ELECTRONICS CO LTD') as HTMLTableRowElement;
    const entityId = (await engine.listEntities({ text: 'shenzhen huaxin' })).rows[0]?.entityId as string;
    const mention: EntityMention = {
      mentionId: 3, reportId: 1, reference: 'IR/2026/0042', fileName: 'IR-0042.txt', date: '2026-05-01', grading: 'B2', sourceReliability: 'B', informationCredibility: 2,
      marking: 'OFFICIAL', kind: 'trader', text: 'SHENZHEN HUAXIN', confidence: 0.88, status: 'accepted',
      sentence: 'SHENZHEN HUAXIN <img src=x onerror="window.__pwned = true"> ships the tiles.',
    };
    engine.reports.entityMentions.set(entityId, [mention]);
    fireEvent.click(row);
    const detail = screen.getByRole('complementary', { name: 'Trader' });
    const section = await within(detail).findByRole('region', { name: 'Mentioned in reports' });
    const mentions = await within(section).findByRole('table', { name: 'Reports mentioning the trader' });
    expect([...mentions.querySelectorAll('tbody td')].map((cell) => cell.textContent)).toEqual([
      'IR/2026/0042', 'B2', '2026-05-01', 'SHENZHEN HUAXIN <img src=x onerror="window.__pwned = true"> ships the tiles. (name “SHENZHEN HUAXIN”, 88%, accepted)',
    ]);
    expect(section.querySelector('img')).toBeNull();
    expect(engine.reports.entityMentionQueries).toContain(entityId);
  });

  it('says when no report mentions the trader', async () => {
    const engine = new FakeEngine([shipmentRow(1)]);
    render(<App engine={engine} host={new FakeHost()} />);
    await screen.findByText('Engine ready');
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Workspace' })).getByRole('button', { name: /^Traders/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Resolve traders' }));
    const table = await screen.findByRole('table', { name: 'Traders' });
    await waitFor(() => expect(table.querySelectorAll('tbody tr')).toHaveLength(4));
    fireEvent.click(table.querySelector('tbody tr') as HTMLElement);
    const section = await within(screen.getByRole('complementary', { name: 'Trader' })).findByRole('region', { name: 'Mentioned in reports' });
    await within(section).findByText('No intelligence report of the workspace mentions this trader.');
  });
});
