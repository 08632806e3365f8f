// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/components/App';
import { selectReportFiles } from '../../renderer/components/reports/reportFileSelection';
import { filesOfDrop, filesOfFolderInput } from '../../renderer/files/droppedFiles';
import { firstStartStorageKey } from '../../renderer/hooks/firstStart';
import { FakeEngine } from './support/fakeEngine';
import { FakeHost } from './support/fakeHost';

/**
 * Report folders dropped on the Reports view (DataTransfer items as FileSystemEntry trees, walked
 * in batches as Chromium hands them) or chosen with Import folder… (webkitdirectory): the report
 * files are imported, every other file is listed with its reason.
 */

const report = (reference: string, grading: string): string => ['OFFICIAL', `Reference: ${reference}`, 'Date: 2026-05-01', `Grading: ${grading}`, '', 'Tiles from Xiamen.', 'OFFICIAL'].join('\n');

function fileEntry(name: string, contents: string, failure?: string): FileSystemFileEntry {
  return {
    isFile: true, isDirectory: false, name, fullPath: `/${name}`,
    file(success: (file: File) => void, error?: (reason: DOMException) => void) {
      setTimeout(() => (failure === undefined ? success(new File([contents], name)) : error?.(new DOMException(failure, 'NotFoundError'))));
    },
  } as unknown as FileSystemFileEntry;
}

/** A folder whose reader hands its entries two at a time, then an empty batch (as Chromium does, by 100). */
function folderEntry(name: string, children: readonly FileSystemEntry[], failure?: string): FileSystemDirectoryEntry {
  return {
    isFile: false, isDirectory: true, name, fullPath: `/${name}`,
    createReader() {
      let next = 0;
      return {
        readEntries(success: (entries: FileSystemEntry[]) => void, error?: (reason: DOMException) => void) {
          setTimeout(() => {
            if (failure !== undefined) return error?.(new DOMException(failure, 'SecurityError'));
            const batch = children.slice(next, next + 2);
            next += 2;
            success(batch);
          });
        },
      };
    },
  } as unknown as FileSystemDirectoryEntry;
}

function dataTransferOf(entries: readonly (FileSystemEntry | File)[]): Pick<DataTransfer, 'items' | 'files' | 'types'> {
  const items = entries.map((entry) => ({
    kind: 'file',
    type: '',
    webkitGetAsEntry: () => (entry instanceof File ? null : entry),
    getAsFile: () => (entry instanceof File ? entry : null),
  }));
  return { items: items as unknown as DataTransferItemList, files: [] as unknown as FileList, types: ['Files'] };
}

const droppedFolder = () =>
  folderEntry('reports', [
    fileEntry('IR-0001.txt', report('IR/2026/0001', 'A1')),
    folderEntry('2026', [fileEntry('IR-0002.md', report('IR/2026/0002', 'E5')), fileEntry('stowage plan.xlsx', 'PK'), fileEntry('IR-0003.pdf', '', 'the file was moved')]),
    fileEntry('.DS_Store', '\u0000'),
    folderEntry('locked', [], 'access denied'),
    fileEntry('photo.png', 'PNG'),
  ]);

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(firstStartStorageKey, '2026-03-01T08:00:00.000Z');
});
afterEach(cleanup);

describe('files of a drop', () => {
  it('walks dropped folders in every batch, keeps paths, and names what could not be read', async () => {
    const loose = new File([report('IR/2026/0009', 'B2')], 'IR-0009.eml');
    const picked = await filesOfDrop(dataTransferOf([droppedFolder(), loose]));
    expect(picked.files.map((entry) => entry.path)).toEqual(['IR-0009.eml', 'reports/.DS_Store', 'reports/2026/IR-0002.md', 'reports/2026/stowage plan.xlsx', 'reports/IR-0001.txt', 'reports/photo.png']);
    expect(picked.unread).toEqual([
      { path: 'reports/2026/IR-0003.pdf', reason: 'the file could not be read: the file was moved' },
      { path: 'reports/locked', reason: 'the folder could not be read: access denied' },
    ]);
    const selection = selectReportFiles(picked);
    expect(selection.accepted.map((entry) => entry.path)).toEqual(['IR-0009.eml', 'reports/2026/IR-0002.md', 'reports/IR-0001.txt']);
    expect(selection.skipped).toEqual([
      { path: 'reports/2026/IR-0003.pdf', reason: 'the file could not be read: the file was moved' },
      { path: 'reports/locked', reason: 'the folder could not be read: access denied' },
      { path: 'reports/.DS_Store', reason: 'no extension: not a report format (.txt, .md, .eml, .docx, .pdf)' },
      { path: 'reports/2026/stowage plan.xlsx', reason: '.xlsx: not a report format (.txt, .md, .eml, .docx, .pdf)' },
      { path: 'reports/photo.png', reason: '.png: not a report format (.txt, .md, .eml, .docx, .pdf)' },
    ]);
  });

  it('takes the plain file list when the drop has no entries, and a chosen folder\'s relative paths', async () => {
    const file = new File(['x'], 'IR-1.txt');
    expect((await filesOfDrop({ items: [] as unknown as DataTransferItemList, files: [file] as unknown as FileList })).files).toEqual([{ file, path: 'IR-1.txt' }]);
    Object.defineProperty(file, 'webkitRelativePath', { value: 'inbox/IR-1.txt' });
    expect(filesOfFolderInput([file]).files).toEqual([{ file, path: 'inbox/IR-1.txt' }]);
  });
});

describe('the Reports view takes folders', () => {
  async function openReports(): Promise<{ engine: FakeEngine; view: HTMLElement }> {
    const engine = new FakeEngine([]);
    render(<App engine={engine} host={new FakeHost()} />);
    await screen.findByText('Engine ready');
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Workspace' })).getByRole('button', { name: /Reports/ }));
    const view = (await screen.findByRole('heading', { name: 'Reports' })).closest('section') as HTMLElement;
    return { engine, view };
  }

  it('imports the report files of a dropped folder and lists every other file with its reason', async () => {
    const { engine, view } = await openReports();
    const dataTransfer = dataTransferOf([droppedFolder()]);
    fireEvent.dragOver(view, { dataTransfer });
    expect(view.classList.contains('is-dragging')).toBe(true);
    fireEvent.drop(view, { dataTransfer });
    const panel = await screen.findByRole('region', { name: 'Reports dropped or chosen' });
    await within(panel).findByText('2 report files read; 5 files not imported.');
    expect(engine.reports.importedFileNames).toEqual([['IR-0002.md', 'IR-0001.txt']]);
    const skipped = within(panel).getByRole('table', { name: 'Files not imported' });
    expect([...skipped.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent))).toEqual([
      ['reports/2026/IR-0003.pdf', 'the file could not be read: the file was moved'],
      ['reports/locked', 'the folder could not be read: access denied'],
      ['reports/.DS_Store', 'no extension: not a report format (.txt, .md, .eml, .docx, .pdf)'],
      ['reports/2026/stowage plan.xlsx', '.xlsx: not a report format (.txt, .md, .eml, .docx, .pdf)'],
      ['reports/photo.png', '.png: not a report format (.txt, .md, .eml, .docx, .pdf)'],
    ]);
    const read = await within(panel).findByRole('table', { name: 'Reports read' });
    expect([...read.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].slice(0, 4).map((cell) => cell.textContent))).toEqual([
      ['IR-0002.md', 'Read', 'IR/2026/0002', 'E5'],
      ['IR-0001.txt', 'Read', 'IR/2026/0001', 'A1'],
    ]);
    const list = await screen.findByRole('table', { name: 'Intelligence reports' });
    await waitFor(() => expect(list.querySelectorAll('tbody tr')).toHaveLength(2));
    fireEvent.click(within(panel).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Reports dropped or chosen' })).toBeNull();
  });

  it('imports the report files of a folder chosen with Import folder…', async () => {
    const { engine } = await openReports();
    const input = screen.getByLabelText('Import a folder of reports') as HTMLInputElement;
    expect(input.hasAttribute('webkitdirectory')).toBe(true);
    const inFolder = (contents: string, name: string, path: string): File => {
      const file = new File([contents], name);
      Object.defineProperty(file, 'webkitRelativePath', { value: path });
      return file;
    };
    fireEvent.change(input, { target: { files: [inFolder(report('IR/2026/0005', 'B2'), 'IR-0005.docx.txt', 'inbox/IR-0005.docx.txt'), inFolder('a,b', 'list.csv', 'inbox/list.csv')] } });
    const panel = await screen.findByRole('region', { name: 'Reports dropped or chosen' });
    await within(panel).findByText('1 report file read; 1 file not imported.');
    expect(engine.reports.importedFileNames).toEqual([['IR-0005.docx.txt']]);
    const cells = () => [...within(panel).getByRole('table', { name: 'Files not imported' }).querySelectorAll('tbody td')].map((cell) => cell.textContent);
    expect(cells()).toEqual(['inbox/list.csv', '.csv: not a report format (.txt, .md, .eml, .docx, .pdf)']);
  });

  it('says so when a chosen folder holds no report file, and imports nothing', async () => {
    const { engine } = await openReports();
    const scan = new File(['PNG'], 'scan.png');
    Object.defineProperty(scan, 'webkitRelativePath', { value: 'scans/scan.png' });
    fireEvent.change(screen.getByLabelText('Import a folder of reports'), { target: { files: [scan] } });
    const panel = await screen.findByRole('region', { name: 'Reports dropped or chosen' });
    await within(panel).findByText('0 report files read; 1 file not imported.');
    expect([...within(panel).getByRole('table', { name: 'Files not imported' }).querySelectorAll('tbody td')].map((cell) => cell.textContent)).toEqual(['scans/scan.png', '.png: not a report format (.txt, .md, .eml, .docx, .pdf)']);
    expect(within(panel).queryByRole('table', { name: 'Reports read' })).toBeNull();
    expect(engine.reports.importedFileNames).toEqual([]);
  });
});
