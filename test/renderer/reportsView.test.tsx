// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/components/App';
import { ReportsView } from '../../renderer/components/reports/ReportsView';
import { firstStartStorageKey } from '../../renderer/hooks/firstStart';
import { FakeEngine } from './support/fakeEngine';
import { FakeHost } from './support/fakeHost';

/**
 * The Reports view over the engine's own report service (see FakeReports): the sortable list,
 * the reader with grading, marking and handling code shown first, the full-text search with its
 * highlighted snippets, and hostile report text kept inert everywhere it is shown.
 */
const hostileReport = [
  'SECRET',
  'Reference: IR/2026/6666',
  'Date: 2026-05-01',
  'Grading: E5',
  'Handling code: 4',
  'Subject: <b>bold</b> subject',
  '',
  '<script>window.__pwned = true; document.title = "pwned"</script>',
  '<img src="x" onerror="window.__pwned = true"> payload <b>tiles</b> &amp; more',
  'SECRET',
].join('\n');
const plainReport = ['OFFICIAL', 'Reference: IR/2026/0001', 'Date: 15/05/2026', 'Source evaluation: A', 'Intelligence evaluation: 1', 'HANDLING: P', '', 'Ceramic tiles hide heroin.', 'OFFICIAL'].join('\n');
const unreadable = ['OFFICIAL', 'Reference: IR/2026/0002', 'Date: late spring', 'Grading: Z9', '', 'A report whose header is partly unreadable.'].join('\n');

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(firstStartStorageKey, '2026-03-01T08:00:00.000Z');
});
afterEach(() => {
  cleanup();
  delete (window as unknown as { __pwned?: boolean }).__pwned;
});

async function engineWithReports(): Promise<FakeEngine> {
  const engine = new FakeEngine([]);
  await engine.newWorkspace('reports');
  const summary = await engine.importReportFiles([
    { fileName: 'IR-6666.txt', file: new Blob([hostileReport]) },
    { fileName: 'IR-0001.txt', file: new Blob([plainReport]) },
    { fileName: 'IR-0002.txt', file: new Blob([unreadable]) },
  ]);
  expect(summary.imported).toBe(3);
  return engine;
}

const rowsOf = (table: HTMLElement): string[][] =>
  [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].slice(0, 5).map((cell) => cell.textContent ?? ''));

describe('the Reports view', () => {
  it('lists the reports, newest first, and sorts by a column both ways', async () => {
    const engine = await engineWithReports();
    render(<ReportsView engine={engine} documentsVersion={0} dataVersion={0} onImportReports={null} />);
    const table = await screen.findByRole('table', { name: 'Intelligence reports' });
    await waitFor(() => expect(rowsOf(table)).toHaveLength(3));
    expect(rowsOf(table)).toEqual([
      ['2026-05-15', 'IR/2026/0001', 'A1', 'OFFICIAL', 'P'],
      ['2026-05-01', 'IR/2026/6666', 'E5', 'SECRET', '4'],
      ['—', 'IR/2026/0002', '—', 'OFFICIAL', '—'],
    ]);
    expect(screen.getByText('3 reports')).toBeTruthy();
    fireEvent.click(within(table).getByRole('button', { name: /Grading/ }));
    await waitFor(() => expect(rowsOf(table).map((row) => row[2])).toEqual(['A1', 'E5', '—']));
    fireEvent.click(within(table).getByRole('button', { name: /Grading/ }));
    await waitFor(() => expect(rowsOf(table).map((row) => row[2])).toEqual(['E5', 'A1', '—']));
    expect(engine.reports.listQueries.slice(-2).map((query) => [query.sortBy, query.sortDirection])).toEqual([['grading', 'asc'], ['grading', 'desc']]);
    expect(within(table).getByRole('columnheader', { name: /Grading/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('shows a report\'s grading, marking and handling code first, its flags, and its text as inert text', async () => {
    const engine = await engineWithReports();
    const titleBefore = document.title;
    render(<ReportsView engine={engine} documentsVersion={0} dataVersion={0} onImportReports={null} />);
    const table = await screen.findByRole('table', { name: 'Intelligence reports' });
    fireEvent.click(await within(table).findByRole('button', { name: 'IR/2026/6666' }));
    const reader = await screen.findByRole('article', { name: 'Report IR/2026/6666' });
    expect(within(reader).getByTestId('report-grading').textContent).toBe('E5');
    expect(within(reader).getByTestId('report-marking').textContent).toBe('SECRET');
    expect(within(reader).getByTestId('report-handling').textContent).toBe('4');
    const text = within(reader).getByTestId('report-text');
    expect(text.tagName).toBe('PRE');
    expect(text.textContent).toBe(hostileReport);
    expect(text.textContent).toContain('<script>window.__pwned = true; document.title = "pwned"</script>');
    expect(text.childElementCount).toBe(0);
    expect(within(reader).getByRole('heading', { level: 2 }).textContent).toBe('<b>bold</b> subject');
    expect(document.querySelector('script')).toBeNull();
    expect(reader.querySelector('img, b')).toBeNull();
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
    expect(document.title).toBe(titleBefore);

    fireEvent.click(within(table).getByRole('button', { name: 'IR/2026/0002' }));
    const flagged = await screen.findByRole('article', { name: 'Report IR/2026/0002' });
    const flags = within(flagged).getByRole('region', { name: 'Flagged' });
    expect(flags.textContent).toContain('Date line 3 Date: late spring: the date is not in a recognised form');
    expect(flags.textContent).toContain('Grading line 4 Grading: Z9: the grading is not a source reliability A–F');
    expect(within(flagged).getByTestId('report-grading').textContent).toBe('not read');
  });

  it('searches reports and goods descriptions and highlights the words found, safely', async () => {
    const engine = await engineWithReports();
    render(<ReportsView engine={engine} documentsVersion={0} dataVersion={0} onImportReports={null} />);
    await screen.findByRole('table', { name: 'Intelligence reports' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search reports and goods descriptions' }), { target: { value: 'tiles' } });
    const found = await screen.findByRole('region', { name: 'Reports found' });
    await waitFor(() => expect(found.querySelectorAll('li')).toHaveLength(2));
    const marks = [...found.querySelectorAll('mark')].map((mark) => mark.textContent?.toLowerCase());
    expect(marks).toEqual(['tiles', 'tiles']);
    // The hostile report's snippet shows its markup as characters around the highlighted word.
    const hostileHit = [...found.querySelectorAll('li')].find((item) => item.textContent?.includes('IR/2026/6666')) as HTMLElement;
    expect(hostileHit.textContent).toContain('<b>');
    expect(hostileHit.querySelector('b, img, script')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByRole('region', { name: 'Goods descriptions found' }).textContent).toContain('No goods description holds these words.');
    expect(engine.reports.searches.at(-1)).toEqual({ text: 'tiles' });

    // A hit opens its report; a stray quote is searched as a word, not an error.
    fireEvent.click(within(hostileHit).getByRole('button'));
    await screen.findByRole('article', { name: 'Report IR/2026/6666' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search reports and goods descriptions' }), { target: { value: '"heroin' } });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Reports found' }).querySelectorAll('li')).toHaveLength(1));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search reports and goods descriptions' }), { target: { value: '-tiles' } });
    await screen.findByText('Every word is excluded (-word): give at least one word to look for.');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('reports in the workstation', () => {
  it('imports report files from the import dialog\'s source documents tab and lists them in the Reports view', async () => {
    const engine = new FakeEngine([]);
    render(<App engine={engine} host={new FakeHost()} />);
    await screen.findByText('Engine ready');
    fireEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import' });
    fireEvent.click(within(dialog).getByRole('tab', { name: 'Source documents' }));
    fireEvent.click(within(dialog).getByRole('radio', { name: /^Intelligence report/ }));
    expect(dialog.querySelector<HTMLInputElement>('input[type="file"]')?.accept).toBe('.txt, .md, .eml, .docx, .pdf');
    fireEvent.change(dialog.querySelector('input[type="file"]')!, { target: { files: [new File([plainReport], 'IR-0001.txt'), new File([unreadable], 'IR-0002.md')] } });
    const readTable = await within(dialog).findByRole('table', { name: 'Reports read' });
    expect(rowsOf(readTable).map((row) => row.slice(0, 4))).toEqual([
      ['IR-0001.txt', 'Read', 'IR/2026/0001', 'A1'],
      ['IR-0002.md', 'Read', 'IR/2026/0002', '—'],
    ]);
    expect(within(dialog).getByRole('table', { name: 'Documents added' })).toBeTruthy();
    expect(engine.reports.importedFileNames).toEqual([['IR-0001.txt', 'IR-0002.md']]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));

    const sidebar = screen.getByRole('navigation', { name: 'Workspace' });
    fireEvent.click(within(sidebar).getByRole('button', { name: /Reports/ }));
    const table = await screen.findByRole('table', { name: 'Intelligence reports' });
    await waitFor(() => expect(rowsOf(table).map((row) => row[1])).toEqual(['IR/2026/0001', 'IR/2026/0002']));
  });
});
