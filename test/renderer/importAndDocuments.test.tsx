// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/components/App';
import { ImportReportView } from '../../renderer/components/ImportReportView';
import { firstStartStorageKey } from '../../renderer/hooks/firstStart';
import { demoOutcomesFileName, demoWatchlistFileName } from '../../shared/engine/demoWorkspace';
import type { ImportReport } from '../../shared/ingest/importReport';
import { FakeEngine, completedReport } from './support/fakeEngine';
import { FakeHost } from './support/fakeHost';

/**
 * The import dialog with every manifest format and AMS releases, the per-file report (format,
 * workbook sheets, AMS table), and source documents: added through the dialog, listed by kind in
 * the Documents view and read as inert plain text.
 */
const amsFixture = (table: string) => readFileSync(path.resolve(`test/fixtures/ingest/ams/ams__${table}_2020__202001070600.csv`));
const manifestCsv = 'B/L No.,Consignee Name\r\nMLNSZX2604118,Harbourline Imports Ltd\r\n,Nobody Ltd\r\n';

/** The report the engine gives for test/fixtures/ingest/openpyxl-two-manifest-sheets.xlsx. */
const workbookReport: ImportReport = {
  fileName: 'openpyxl-two-manifest-sheets.xlsx',
  status: 'completed',
  contentSha256: 'b7aab4c0a95dbd05003c6106dc739655def1dd0f07194aef13cfce89eb59dd8e',
  format: 'xlsx',
  encoding: 'utf-8',
  delimiter: '',
  columnMapping: { 'B/L No.': 'billOfLadingNumber', CNEE: 'consigneeName', BILL_OF_LADING_NBR: 'billOfLadingNumber' },
  unmappedColumns: [],
  sheets: [
    { name: 'Bills A', status: 'imported', columnMapping: { 'B/L No.': 'billOfLadingNumber', CNEE: 'consigneeName' }, unmappedColumns: ['Remarks'], rowsRead: 3, rowsStored: 2, rowsRejected: 1 },
    { name: 'Bills B', status: 'imported', columnMapping: { BILL_OF_LADING_NBR: 'billOfLadingNumber' }, unmappedColumns: [], rowsRead: 2, rowsStored: 2, rowsRejected: 0 },
    {
      name: 'Notes',
      status: 'skipped',
      reason: 'no column for the bill-of-lading number (headers: Prepared by, Desk 4)',
      columnMapping: {},
      unmappedColumns: ['Prepared by', 'Desk 4'],
      rowsRead: 0,
      rowsStored: 0,
      rowsRejected: 0,
    },
  ],
  rowsRead: 5,
  rowsStored: 4,
  rowsRejected: 1,
  rejections: [{ fileName: 'openpyxl-two-manifest-sheets.xlsx', row: 4, sheet: 'Bills A', column: 'B/L No.', value: '', reason: 'bill-of-lading number is empty' }],
  rejectionsTruncated: 0,
  warnings: [],
  warningsTruncated: 0,
  durationMs: 83,
};

function cellTexts(row: Element): string[] {
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
}

function tableByCaption(container: HTMLElement, caption: RegExp): HTMLTableElement {
  const table = [...container.querySelectorAll('table')].find((candidate) => caption.test(candidate.caption?.textContent ?? ''));
  if (!table) throw new Error(`no table captioned ${caption}`);
  return table;
}

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(firstStartStorageKey, '2026-03-01T08:00:00.000Z');
});

afterEach(() => cleanup());

describe('the import report', () => {
  it('shows a workbook: its format, every sheet with its rows, the skipped sheet with the reason, and no delimiter', () => {
    render(<ImportReportView report={workbookReport} />);
    const report = screen.getByRole('article', { name: 'Import report for openpyxl-two-manifest-sheets.xlsx' });
    expect(within(report).getByText('XLSX workbook')).toBeTruthy();
    const meta = report.querySelector('.import-report__meta')?.textContent ?? '';
    expect(meta).toMatch(/^utf-8 · 3 columns mapped over the imported sheets · 83 ms$/);
    expect(meta).not.toContain('delimiter');

    const sheets = tableByCaption(report, /^Sheets/);
    expect(sheets.caption?.textContent).toBe('Sheets (2 imported, 1 skipped)');
    expect([...sheets.tBodies[0]!.rows].map(cellTexts)).toEqual([
      ['Bills A', 'Imported', '3', '2', '1', '2 columns mapped; not used: Remarks'],
      ['Bills B', 'Imported', '2', '2', '0', '1 column mapped'],
      ['Notes', 'Skipped', '—', '—', '—', 'no column for the bill-of-lading number (headers: Prepared by, Desk 4)'],
    ]);

    const rejections = tableByCaption(report, /^Rejected rows/);
    expect(cellTexts(rejections.tHead!.rows[0]!)).toEqual(['Sheet', 'Row', 'Column', 'Value', 'Reason']);
    expect([...rejections.tBodies[0]!.rows].map(cellTexts)).toEqual([['Bills A', '4', 'B/L No.', 'empty', 'bill-of-lading number is empty']]);
  });

  it('shows the delimiter of delimited text, and no sheet column when no issue names a sheet', () => {
    render(<ImportReportView report={{ ...completedReport('manifest.csv', manifestCsv), format: 'delimited-text', delimiter: ';' }} />);
    const report = screen.getByRole('article', { name: 'Import report for manifest.csv' });
    expect(within(report).getByText('Delimited text')).toBeTruthy();
    expect(report.querySelector('.import-report__meta')?.textContent).toContain('utf-8 · delimiter semicolon · 2 columns mapped · 12 ms');
    expect(report.querySelector('.import-report__sheets')).toBeNull();
    expect(cellTexts(tableByCaption(report, /^Rejected rows/).tHead!.rows[0]!)).toEqual(['Row', 'Column', 'Value', 'Reason']);
  });

  it('names the AMS table of a release file', () => {
    render(<ImportReportView report={{ ...completedReport('ams__consignee_2020__202001070600.csv', ''), format: 'ams-table', amsTable: 'consignee' }} />);
    const report = screen.getByRole('article', { name: 'Import report for ams__consignee_2020__202001070600.csv' });
    expect(report.querySelector('.import-report__header')?.textContent).toBe('ams__consignee_2020__202001070600.csvImportedUS AMS table consignee');
  });
});

async function renderApp(engine = new FakeEngine([])) {
  const host = new FakeHost();
  render(<App engine={engine} host={host} />);
  await screen.findByText('Engine ready');
  return { engine, host };
}

function openImportDialog(): HTMLElement {
  fireEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Import…' }));
  return screen.getByRole('dialog', { name: 'Import' });
}

describe('importing manifests of every format and AMS releases', () => {
  it('offers every manifest format in the file chooser', async () => {
    await renderApp();
    const dialog = openImportDialog();
    expect(within(dialog).getByRole('tab', { name: 'Manifests' }).getAttribute('aria-selected')).toBe('true');
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
    expect(input?.accept).toBe('.csv, .tsv, .txt, .xlsx, .xlsm, .json, .jsonl, .ndjson');
    expect(document.activeElement).toBe(input);
  });

  it('routes AMS table files to one release import and every other file to its own import, and reports them in that order', async () => {
    const { engine } = await renderApp();
    const dialog = openImportDialog();
    const dropZone = dialog.querySelector('.drop-zone')!;
    const files = [
      new File([manifestCsv], 'manifest-march.csv'),
      new File([amsFixture('header')], 'ams__header_2020__202001070600.csv'),
      new File(['PK\u0003\u0004 workbook bytes'], 'bills.xlsx'),
      // An AMS table recognised by its header, under a name of the analyst's choosing.
      new File([amsFixture('consignee')], 'consignees-january.csv'),
      new File(['{"bill_of_lading_number":"MEDU7001001"}\n'], 'bills.jsonl'),
      new File(['%PDF-1.7'], 'invoice.pdf'),
    ];
    fireEvent.dragOver(dropZone, { dataTransfer: { types: ['Files'], files } });
    expect(dropZone.className).toContain('is-dragging');
    fireEvent.drop(dropZone, { dataTransfer: { types: ['Files'], files } });

    const reports = await within(dialog).findByRole('region', { name: 'Import reports' });
    await waitFor(() => expect(within(reports).getAllByRole('article')).toHaveLength(5));
    expect(engine.amsReleases).toEqual([['ams__header_2020__202001070600.csv', 'consignees-january.csv']]);
    expect(engine.importedFiles.map((file) => file.fileName)).toEqual(['manifest-march.csv', 'bills.xlsx', 'bills.jsonl']);
    expect(within(reports).getAllByRole('article').map((article) => article.getAttribute('aria-label'))).toEqual([
      'Import report for ams__header_2020__202001070600.csv',
      'Import report for consignees-january.csv',
      'Import report for manifest-march.csv',
      'Import report for bills.xlsx',
      'Import report for bills.jsonl',
    ]);
    expect(within(reports).getByText('US AMS release: 2 table files imported together, joined on their identifier.')).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'Not imported (manifests are .csv, .tsv, .txt, .xlsx, .xlsm, .json, .jsonl, .ndjson files): invoice.pdf',
    );
    expect(screen.getByRole('list', { name: 'Import batches' }).textContent).toContain('consignees-january.csv');
  });

  it('follows the release file by file and, when cancelled, imports none of the other files', async () => {
    const engine = new FakeEngine([]);
    let finishRelease: () => void = () => undefined;
    engine.releaseGate = new Promise<void>((resolve) => (finishRelease = resolve));
    await renderApp(engine);
    const dialog = openImportDialog();
    fireEvent.change(dialog.querySelector('input[type="file"]')!, {
      target: { files: [new File([manifestCsv], 'manifest-march.csv'), new File([amsFixture('billgen')], 'ams__billgen_2020__202001070600.csv')] },
    });

    const progress = await within(dialog).findByRole('group', { name: 'Import progress' });
    await waitFor(() => expect(progress.textContent).toContain('Importing file 1 of 2 (AMS release, billgen table): ams__billgen_2020__202001070600.csv'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel import' }));
    await waitFor(() => expect(engine.cancelImportCalls).toBe(1));
    await act(async () => finishRelease());
    await within(dialog).findByRole('article', { name: 'Import report for ams__billgen_2020__202001070600.csv' });
    expect(engine.importedFiles).toEqual([]);
    expect(within(dialog).queryByRole('group', { name: 'Import progress' })).toBeNull();
  });
});

const hostileReport = [
  'OFFICIAL-SENSITIVE',
  'Grading: B2',
  '<script>window.__pwned = true; document.title = "pwned"</script>',
  '<img src="x" onerror="window.__pwned = true">',
  '<b>not bold</b> &amp; not an entity',
].join('\n');

async function addDocuments(kind: string, files: File[]): Promise<HTMLElement> {
  const dialog = openImportDialog();
  fireEvent.click(within(dialog).getByRole('tab', { name: 'Source documents' }));
  fireEvent.click(within(dialog).getByRole('radio', { name: new RegExp(`^${kind}`) }));
  fireEvent.change(dialog.querySelector('input[type="file"]')!, { target: { files } });
  await within(dialog).findByRole('table', { name: 'Documents added' });
  return dialog;
}

describe('source documents', () => {
  it('are added through the import dialog under the chosen kind, each file kept once', async () => {
    const { engine } = await renderApp();
    expect(within(screen.getByRole('navigation', { name: 'Workspace' })).queryByRole('button', { name: /Documents/ })).toBeNull();

    // Examination outcomes are kept as they are (watchlists are imported and screened: see traders.test.tsx).
    const outcomesCsv = 'bill_of_lading_number,examination_date,result\r\nMLNSZX2604118,2026-03-04,seized\r\n';
    const dialog = await addDocuments('Examination outcomes', [new File([outcomesCsv], 'outcomes.csv'), new File(['x'], 'outcomes.pdf')]);
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
    expect(input?.accept).toBe('.csv');
    expect(engine.documentCalls).toEqual([[{ kind: 'examination-outcomes', fileName: 'outcomes.csv' }]]);
    expect(within(dialog).getByRole('alert').textContent).toBe('Not added: outcomes.pdf (examination outcomes are .csv files)');
    const receipts = within(dialog).getByRole('table', { name: 'Documents added' });
    expect([...receipts.querySelectorAll('tbody tr')].map(cellTexts)).toEqual([['outcomes.csv', '80 B', 'Added']]);
    expect(screen.getByText('Added 1 examination outcomes file to the workspace.')).toBeTruthy();
    expect(screen.getByRole('banner').textContent).toContain('(unsaved changes)');

    fireEvent.click(within(dialog).getByRole('radio', { name: /^Examination outcomes/ }));
    fireEvent.change(dialog.querySelector('input[type="file"]')!, { target: { files: [new File([outcomesCsv], 'copy-of-outcomes.csv')] } });
    await waitFor(() => expect(within(dialog).getByRole('table', { name: 'Documents added' }).textContent).toContain('Already in the workspace'));
    expect(screen.getByText('Nothing added: 1 examination outcomes file was already in the workspace.')).toBeTruthy();
    expect(engine.entities.watchlistImports).toEqual([]);

    const documentsView = within(screen.getByRole('navigation', { name: 'Workspace' })).getByRole('button', { name: /Documents/ });
    expect(documentsView.textContent).toBe('Documents1');
  });

  it('are listed by kind in the Documents view, and a hostile document reads as inert plain text under the marking banners', async () => {
    const engine = new FakeEngine([]);
    await renderApp(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Open demo workspace' }));
    const sidebar = screen.getByRole('navigation', { name: 'Workspace' });
    const documentsButton = await within(sidebar).findByRole('button', { name: /Documents/ });
    expect(documentsButton.textContent).toBe('Documents3');
    fireEvent.click(screen.getByRole('button', { name: 'About the demo…' }));
    expect(screen.getByRole('dialog', { name: 'Demo workspace' }).textContent).toContain(
      'Its intelligence reports, watchlist and examination outcomes are kept in the workspace as they were generated (3 source documents), readable in the Documents view; later features will analyse them.',
    );
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Demo workspace' })).getByRole('button', { name: 'Close' }));

    await addDocuments('Intelligence report', [new File([hostileReport], 'IR-9999.txt')]);
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Import' })).getByRole('button', { name: 'Close' }));
    fireEvent.click(documentsButton);
    expect(documentsButton.getAttribute('aria-current')).toBe('page');
    expect(within(sidebar).getByRole('button', { name: /Shipments/ }).hasAttribute('aria-current')).toBe(false);

    const main = screen.getByRole('main');
    const region = await within(main).findByRole('region', { name: 'Source documents' });
    await waitFor(() => expect(region.querySelectorAll('h2')).toHaveLength(3));
    expect([...region.querySelectorAll('h2')].map((heading) => heading.textContent)).toEqual(['Intelligence reports 2', 'Watchlists 1', 'Examination outcomes 1']);
    const reports = within(region).getByRole('list', { name: 'Intelligence reports' });
    expect(within(reports).getAllByRole('button').map((item) => item.querySelector('.document-list__name')?.textContent)).toEqual(['INT-24-0594.txt', 'IR-9999.txt']);
    expect(within(region).getByRole('list', { name: 'Watchlists' }).textContent).toContain(demoWatchlistFileName);
    expect(within(region).getByRole('list', { name: 'Examination outcomes' }).textContent).toContain(demoOutcomesFileName);
    const hostileItem = within(reports).getByRole('button', { name: /IR-9999\.txt/ });
    expect(hostileItem.querySelector('.document-list__meta')?.textContent).toMatch(/^\d+ BAdded 2026-03-02 \d\d:20$/);
    // The details panel gives way to the reader.
    expect(screen.queryByRole('complementary', { name: 'Details' })).toBeNull();

    const titleBefore = document.title;
    fireEvent.click(hostileItem);
    expect(hostileItem.getAttribute('aria-current')).toBe('true');
    const reader = within(main).getByRole('article', { name: 'Document IR-9999.txt' });
    const text = await within(reader).findByLabelText('Text of IR-9999.txt');
    expect(text.tagName).toBe('PRE');
    expect(text.textContent).toBe(hostileReport);
    expect(text.childElementCount).toBe(0);
    expect(reader.querySelector('script, img, b')).toBeNull();
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
    expect(document.title).toBe(titleBefore);
    expect(reader.textContent).toContain('Intelligence report');
    expect(reader.textContent).toContain('Encodingutf-8');

    expect(screen.getByRole('note', { name: 'Protective marking, top' }).textContent).toBe('OFFICIAL-SENSITIVE');
    expect(screen.getByRole('note', { name: 'Protective marking, bottom' }).textContent).toBe('OFFICIAL-SENSITIVE');

    // Another document replaces the text; a new workspace without documents leaves the view.
    fireEvent.click(within(reports).getByRole('button', { name: /INT-24-0594\.txt/ }));
    await waitFor(() => expect(within(main).getByLabelText('Text of INT-24-0594.txt').textContent).toContain('Grade: b2    Handling code: 1'));
    fireEvent.click(screen.getByRole('button', { name: 'New' }));
    const newDialog = screen.getByRole('dialog', { name: 'New workspace' });
    fireEvent.change(within(newDialog).getByLabelText('Name'), { target: { value: 'Scratch' } });
    fireEvent.click(within(newDialog).getByRole('button', { name: 'Discard changes and create' }));
    await waitFor(() => expect(within(sidebar).queryByRole('button', { name: /Documents/ })).toBeNull());
    expect(await screen.findByText('This workspace has no manifest lines yet.')).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Details' })).toBeTruthy();
  });

  it('opens the dialog on the source documents tab from the Documents view', async () => {
    const engine = new FakeEngine([]);
    await renderApp(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Open demo workspace' }));
    fireEvent.click(await within(screen.getByRole('navigation', { name: 'Workspace' })).findByRole('button', { name: /Documents/ }));
    fireEvent.click(await within(screen.getByRole('main')).findByRole('button', { name: 'Add documents…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import' });
    const tab = within(dialog).getByRole('tab', { name: 'Source documents' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(within(dialog).getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tab.id);
    expect(document.activeElement).toBe(dialog.querySelector('input[type="file"]'));
    fireEvent.keyDown(tab, { key: 'ArrowLeft' });
    expect(within(dialog).getByRole('tab', { name: 'Manifests' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getByRole('tab', { name: 'Manifests' }));
  });
});
