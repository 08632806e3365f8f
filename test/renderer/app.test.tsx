// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/components/App';
import { claimFirstStart, firstStartStorageKey } from '../../renderer/hooks/firstStart';
import { themeStorageKey } from '../../renderer/hooks/useTheme';
import { demoWorkspaceName } from '../../shared/engine/demoWorkspace';
import { FakeEngine, completedReport, shipmentRow } from './support/fakeEngine';
import { FakeHost } from './support/fakeHost';
import { encodeWorkspaceFile } from '../../shared/workspace/workspaceFile';

function banners(): { top: HTMLElement; bottom: HTMLElement } {
  return {
    top: screen.getByRole('note', { name: 'Protective marking, top' }),
    bottom: screen.getByRole('note', { name: 'Protective marking, bottom' }),
  };
}

async function renderApp(engine = new FakeEngine([shipmentRow(1), shipmentRow(2, { consigneeName: 'Oakhurst Home Ltd' })]), host = new FakeHost()) {
  const view = render(<App engine={engine} host={host} />);
  await screen.findByText('Engine ready');
  return { engine, host, view };
}

const manifestCsv = [
  'B/L No.,Consignee Name,Goods Description',
  'MLNSZX2604118,Harbourline Imports Ltd,Network switches',
  ',Harbourline Imports Ltd,Hand tools',
  'MLNSHA2605007,Trentside Engineering Supplies Ltd,Ball bearings',
].join('\r\n');

beforeEach(() => {
  localStorage.clear();
  // Not the first start: the demo does not open by itself (the tests of the first start clear this).
  localStorage.setItem(firstStartStorageKey, '2026-03-01T08:00:00.000Z');
  delete document.documentElement.dataset.theme;
});

afterEach(() => cleanup());

describe('protective marking banners', () => {
  it('show the workspace marking, OFFICIAL by default, at the top and the bottom', async () => {
    await renderApp();
    const { top, bottom } = banners();
    expect(top.textContent).toBe('OFFICIAL');
    expect(bottom.textContent).toBe('OFFICIAL');
    expect(top.className).toContain('marking-banner--official');
    expect(top.compareDocumentPosition(bottom) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('change at the top and the bottom when the marking is set in workspace settings', async () => {
    const { engine } = await renderApp();
    fireEvent.click(screen.getByRole('button', { name: /Workspace settings/ }));
    const dialog = screen.getByRole('dialog', { name: 'Workspace settings' });
    fireEvent.change(within(dialog).getByLabelText('Protective marking'), { target: { value: 'SECRET' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));

    await waitFor(() => expect(banners().top.textContent).toBe('SECRET'));
    expect(banners().bottom.textContent).toBe('SECRET');
    expect(banners().top.className).toContain('marking-banner--secret');
    expect(banners().bottom.className).toContain('marking-banner--secret');
    expect(engine.markingsSet).toEqual(['SECRET']);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('use the marking chosen for a new workspace', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'New' }));
    const dialog = screen.getByRole('dialog', { name: 'New workspace' });
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Operation Harbour' } });
    fireEvent.change(within(dialog).getByLabelText('Protective marking'), { target: { value: 'OFFICIAL-SENSITIVE' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(banners().top.textContent).toBe('OFFICIAL-SENSITIVE'));
    expect(banners().bottom.className).toContain('marking-banner--official-sensitive');
    expect(screen.getByRole('banner').textContent).toContain('Operation Harbour');
  });
});

describe('workstation', () => {
  it('has the landmarks of a desktop tool and engine facts in the status bar', async () => {
    await renderApp();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Workspace' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Details' })).toBeTruthy();
    const status = screen.getByRole('contentinfo');
    expect(status.textContent).toContain('SQLite 3.54.1');
    expect(status.textContent).toContain('Schema v1');
    expect(within(status).getByLabelText('Workspace counts').textContent).toContain('2 lines');
  });

  it('moves focus into a dialog, keeps Tab inside it, and returns focus on Escape', async () => {
    await renderApp();
    const opener = screen.getByRole('button', { name: /Workspace settings/ });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Workspace settings' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Protective marking'));
    expect(document.querySelector('.workstation__frame')?.hasAttribute('inert')).toBe(true);

    const apply = within(dialog).getByRole('button', { name: 'Apply' });
    apply.focus();
    fireEvent.keyDown(apply, { key: 'Tab' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close dialog' }));

    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(document.querySelector('.workstation__frame')?.hasAttribute('inert')).toBe(false);
  });

  it('shows every field and the provenance of the selected line in the details panel', async () => {
    await renderApp();
    await waitFor(() => expect(document.querySelectorAll('table[aria-label="Shipments"] tbody tr')).toHaveLength(2));
    fireEvent.click(screen.getByText('Oakhurst Home Ltd'));
    const details = screen.getByRole('complementary', { name: /B\/L MLNSZX2600002/ });
    const fields = Object.fromEntries(
      [...details.querySelectorAll('.details__field')].map((field) => [field.querySelector('dt')?.textContent, field.querySelector('dd')?.textContent]),
    );
    expect(fields).toMatchObject({
      'B/L No.': 'MLNSZX2600002',
      'Arrival Date': '2026-03-02',
      Vessel: 'NORDIC TERN',
      'IMO No.': 'IMO 9314507',
      Voyage: '114W',
      'Port of Loading': 'Yantian, CN',
      'Port of Discharge': 'Felixstowe, GB',
      'Country of Origin': 'CN',
      'Shipper Name': 'Shenzhen Huatai Electronics Co., Ltd.',
      'Consignee Name': 'Oakhurst Home Ltd',
      'Notify Party Name': 'Meridian Freight Forwarding Ltd',
      'Container No.': 'TGHU7599330',
      'HS Code': '851762',
      'Goods Description': 'Network switches, 24-port managed',
      Packages: '120',
      'Gross Weight (kg)': '2,460.5',
      'Declared Value (USD)': '84,300',
      'Source file': 'manifest-march.csv',
      'Source row': '3',
      'Line id': '2',
    });
  });

  it('saves the workspace through the host under the workspace name, encrypted with the passphrase set first', async () => {
    const { host, engine } = await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Save workspace' }));
    const prompt = await screen.findByRole('dialog', { name: 'Set a workspace passphrase' });
    fireEvent.change(within(prompt).getByLabelText('Passphrase'), { target: { value: 'harbour lights at dawn' } });
    fireEvent.change(within(prompt).getByLabelText('Passphrase again'), { target: { value: 'harbour lights at dawn' } });
    fireEvent.click(within(prompt).getByRole('button', { name: 'Set passphrase' }));
    await waitFor(() => expect(host.savedWorkspaces).toHaveLength(1));
    expect(engine.passphrases).toEqual([{ action: 'set', passphrase: 'harbour lights at dawn' }]);
    expect(host.savedWorkspaces[0]?.suggestedName).toBe('Untitled workspace.mlens');
    expect(new TextDecoder().decode(host.savedWorkspaces[0]?.bytes)).toBe('workspace:Untitled workspace');
    expect((await screen.findByText('Workspace saved as Untitled workspace.mlens (encrypted).')).closest('[role="status"]')).not.toBeNull();
  });
});

describe('menu commands from the host', () => {
  it('toggle the theme and keep the choice in localStorage', async () => {
    const { host } = await renderApp();
    const initial = document.documentElement.dataset.theme;
    expect(initial).toBe('light');
    act(() => host.sendMenuCommand('toggle-theme'));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(themeStorageKey)).toBe('dark');
    fireEvent.click(screen.getByRole('button', { name: 'Switch to light theme' }));
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(localStorage.getItem(themeStorageKey)).toBe('light');
  });

  it('follow the system colour scheme until the analyst chooses a theme', async () => {
    const listeners = new Set<() => void>();
    const query = {
      media: '(prefers-color-scheme: dark)',
      matches: true,
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    };
    const matchMedia = vi.fn((_media: string) => query as unknown as MediaQueryList);
    vi.stubGlobal('matchMedia', matchMedia);
    try {
      const { host } = await renderApp();
      expect(matchMedia).toHaveBeenCalledWith('(prefers-color-scheme: dark)');
      expect(document.documentElement.dataset.theme).toBe('dark');
      query.matches = false;
      act(() => listeners.forEach((listener) => listener()));
      expect(document.documentElement.dataset.theme).toBe('light');
      // Once chosen, the analyst's theme wins over later system changes.
      act(() => host.sendMenuCommand('toggle-theme'));
      expect(document.documentElement.dataset.theme).toBe('dark');
      query.matches = false;
      act(() => listeners.forEach((listener) => listener()));
      expect(document.documentElement.dataset.theme).toBe('dark');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('open the import dialog', async () => {
    const { host } = await renderApp();
    act(() => host.sendMenuCommand('import-manifests'));
    expect(screen.getByRole('dialog', { name: 'Import' })).toBeTruthy();
  });

  it('open a workspace file chosen through the host', async () => {
    const engine = new FakeEngine([shipmentRow(1)]);
    const host = new FakeHost();
    host.fileToOpen = { name: 'Operation Harbour.mlens', bytes: await encodeWorkspaceFile(Uint8Array.of(1, 2, 3)) };
    await renderApp(engine, host);
    act(() => host.sendMenuCommand('open-workspace'));
    await waitFor(() => expect(screen.getByRole('banner').textContent).toContain('Operation Harbour'));
    expect(screen.getByText('Opened Operation Harbour.mlens: 1 manifest line. The file was not encrypted: you will set a passphrase when you save it.')).toBeTruthy();
  });

  it('say why a file could not be opened and keep the current workspace', async () => {
    const engine = new FakeEngine([shipmentRow(1)]);
    engine.openWorkspace = async () => {
      throw new Error('not a Manifest Lens workspace file (unrecognised header)');
    };
    const host = new FakeHost();
    host.fileToOpen = { name: 'notes.mlens', bytes: new TextEncoder().encode('meeting notes') };
    await renderApp(engine, host);
    act(() => host.sendMenuCommand('open-workspace'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Opening notes.mlens failed: not a Manifest Lens workspace file (unrecognised header)');
    expect(screen.getByRole('banner').textContent).toContain('Untitled workspace');
    expect(within(screen.getByRole('contentinfo')).getByLabelText('Workspace counts').textContent).toContain('1 line1 B/L');
  });

  it('stop listening when the workstation closes', async () => {
    const { host, view } = await renderApp();
    expect(host.menuListenerCount).toBe(1);
    view.unmount();
    expect(host.menuListenerCount).toBe(0);
  });
});

describe('importing manifests', () => {
  it('imports the chosen CSV files, shows the report with its rejections and lists the dataset', async () => {
    const { engine } = await renderApp(new FakeEngine([]));
    fireEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import' });
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
    expect(input?.multiple).toBe(true);
    expect(input?.accept).toContain('.csv');
    fireEvent.change(input!, {
      target: { files: [new File([manifestCsv], 'manifest-march.csv', { type: 'text/csv' }), new File(['%PDF-1.7'], 'invoice.pdf')] },
    });
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Import' }));

    const report = await within(dialog).findByRole('article', { name: 'Import report for manifest-march.csv' });
    expect(engine.importedFiles.map((file) => file.fileName)).toEqual(['manifest-march.csv']);
    expect(engine.importedFiles[0]?.text).toBe(manifestCsv);
    const counts = Object.fromEntries([...report.querySelectorAll('dl div')].map((entry) => [entry.querySelector('dt')?.textContent, entry.querySelector('dd')?.textContent]));
    expect(counts).toMatchObject({ 'Rows read': '3', 'Rows stored': '2', 'Rows rejected': '1' });
    const rejection = within(report).getAllByRole('row')[1]!;
    expect(within(rejection).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', 'B/L No.', 'empty', 'bill-of-lading number is empty']);
    expect(within(dialog).getByRole('alert').textContent).toContain('invoice.pdf');
    expect(screen.getByText('Import finished: 1 file, 2 rows stored, 1 rejected.')).toBeTruthy();

    const datasets = screen.getByRole('list', { name: 'Import batches' });
    expect(datasets.textContent).toContain('manifest-march.csv');
    expect(datasets.textContent).toMatch(/Read3Stored2Rejected1/);
  });

  it('shows progress with Cancel while a file imports, and asks the engine to cancel', async () => {
    const engine = new FakeEngine([]);
    let finishImport: () => void = () => undefined;
    engine.importGate = new Promise<void>((resolve) => (finishImport = resolve));
    engine.importOutcome = (fileName, text) => ({ ...completedReport(fileName, text), status: 'cancelled', rowsStored: 0, rowsRejected: 0, rowsRead: 0, rejections: [] });
    const { host } = await renderApp(engine);
    fireEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import' });
    fireEvent.change(dialog.querySelector('input[type="file"]')!, { target: { files: [new File([manifestCsv], 'manifest-march.csv')] } });
    // A single file is previewed first; the analyst imports with the mapping shown.
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Import' }));

    const progress = await within(dialog).findByRole('group', { name: 'Import progress' });
    await waitFor(() => expect(progress.textContent).toContain('Importing file 1 of 1: manifest-march.csv'));
    const statusTask = within(screen.getByRole('contentinfo')).getByRole('group', { name: 'Running task' });
    expect(statusTask.textContent).toContain('Importing manifest-march.csv (1/1)');
    expect(screen.getByRole('button', { name: 'Save workspace' }).hasAttribute('disabled')).toBe(true);
    act(() => host.sendMenuCommand('save-workspace'));
    expect(screen.getByText('Save workspace is unavailable: another task is running.')).toBeTruthy();
    expect(host.savedWorkspaces).toEqual([]);

    fireEvent.click(within(statusTask).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(engine.cancelImportCalls).toBe(1));
    await act(async () => finishImport());
    expect(await within(dialog).findByText('Cancelled, nothing stored')).toBeTruthy();
    expect(within(screen.getByRole('contentinfo')).queryByRole('group', { name: 'Running task' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Save workspace' }).hasAttribute('disabled')).toBe(false);
  });
});

function workspaceName(): string {
  return screen.getByRole('banner').querySelector('.toolbar__workspace')?.textContent ?? '';
}

async function importOneFile(): Promise<void> {
  fireEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Import…' }));
  const dialog = screen.getByRole('dialog', { name: 'Import' });
  fireEvent.change(dialog.querySelector('input[type="file"]')!, { target: { files: [new File([manifestCsv], 'manifest-march.csv')] } });
  fireEvent.click(await within(dialog).findByRole('button', { name: 'Import' }));
  await within(dialog).findByRole('article', { name: 'Import report for manifest-march.csv' });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
}

describe('the demo workspace', () => {
  it('opens by itself exactly once on the first start, and not on the second start', async () => {
    localStorage.removeItem(firstStartStorageKey);
    const first = new FakeEngine([]);
    // StrictMode runs the start-up effect twice in development: the demo must still open once.
    const view = render(
      <StrictMode>
        <App engine={first} host={new FakeHost()} />
      </StrictMode>,
    );
    await waitFor(() => expect(workspaceName()).toBe(demoWorkspaceName));
    expect(first.openDemoCalls).toBe(1);
    expect(localStorage.getItem(firstStartStorageKey)).not.toBeNull();
    await waitFor(() => expect(document.querySelectorAll('table[aria-label="Shipments"] tbody tr[aria-selected]')).toHaveLength(3));
    expect(banners().top.textContent).toBe('OFFICIAL-SENSITIVE');
    expect(banners().bottom.textContent).toBe('OFFICIAL-SENSITIVE');
    expect(screen.getByRole('note', { name: 'Synthetic demo data' }).textContent).toContain('Synthetic demo data.');
    expect(screen.getByText(/^Opened the demo workspace: synthetic data, 3 manifest lines with 2 planted smuggling schemes\.$/)).toBeTruthy();
    view.unmount();

    const second = new FakeEngine([]);
    render(
      <StrictMode>
        <App engine={second} host={new FakeHost()} />
      </StrictMode>,
    );
    await screen.findByText('Engine ready');
    await screen.findByText('This workspace has no manifest lines yet.');
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(second.openDemoCalls).toBe(0);
    expect(first.openDemoCalls).toBe(1);
    expect(workspaceName()).toBe('Untitled workspace');
    expect(screen.queryByRole('note', { name: 'Synthetic demo data' })).toBeNull();
  });

  it('shows its progress in the status bar and keeps other commands unavailable while it loads', async () => {
    localStorage.removeItem(firstStartStorageKey);
    const engine = new FakeEngine([]);
    let finish: () => void = () => undefined;
    engine.demoGate = new Promise<void>((resolve) => (finish = resolve));
    const host = new FakeHost();
    render(<App engine={engine} host={host} />);
    const task = await within(screen.getByRole('contentinfo')).findByRole('group', { name: 'Running task' });
    await waitFor(() => expect(task.textContent).toBe('Opening the demo workspace: importing demo-manifests.csv · 1,500 rows'));
    expect(task.querySelector('progress')?.value).toBe(0.5);
    expect(screen.getByRole('main').textContent).toBe('Opening the demo workspace…');
    expect(screen.getByRole('button', { name: 'Open demo workspace' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Save workspace' }).hasAttribute('disabled')).toBe(true);
    act(() => host.sendMenuCommand('open-demo-workspace'));
    expect(screen.getByText('Open demo workspace is unavailable: another task is running.')).toBeTruthy();

    await act(async () => finish());
    await waitFor(() => expect(workspaceName()).toBe(demoWorkspaceName));
    expect(within(screen.getByRole('contentinfo')).queryByRole('group', { name: 'Running task' })).toBeNull();
    expect(engine.openDemoCalls).toBe(1);
  });

  it('opens from the sidebar entry (the browser build has no native menu) without asking when nothing is unsaved', async () => {
    const { engine } = await renderApp(new FakeEngine([]));
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Workspace' })).getByRole('button', { name: 'Open demo workspace' }));
    await waitFor(() => expect(workspaceName()).toBe(demoWorkspaceName));
    expect(engine.openDemoCalls).toBe(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('list', { name: 'Import batches' }).textContent).toContain('demo-manifests.csv');
    // The demo replaces the workspace but is no unsaved work of the analyst's.
    expect(screen.getByRole('banner').textContent).not.toContain('unsaved changes');
  });

  it('opens from the native menu, after the same confirmation as Open when there are unsaved changes', async () => {
    const { engine, host } = await renderApp(new FakeEngine([]));
    await importOneFile();
    expect(screen.getByRole('banner').textContent).toContain('(unsaved changes)');

    act(() => host.sendMenuCommand('open-demo-workspace'));
    let dialog = screen.getByRole('dialog', { name: 'Open the demo workspace?' });
    expect(dialog.textContent).toContain('The current workspace has unsaved changes.');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(engine.openDemoCalls).toBe(0);
    expect(workspaceName()).toContain('Untitled workspace');

    act(() => host.sendMenuCommand('open-demo-workspace'));
    dialog = screen.getByRole('dialog', { name: 'Open the demo workspace?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Discard changes and open the demo' }));
    await waitFor(() => expect(workspaceName()).toBe(demoWorkspaceName));
    expect(engine.openDemoCalls).toBe(1);
    expect(screen.getByRole('list', { name: 'Import batches' }).textContent).not.toContain('manifest-march.csv');
  });

  it('says what the demo holds and shows the report of its import', async () => {
    await renderApp(new FakeEngine([]));
    fireEvent.click(screen.getByRole('button', { name: 'Open demo workspace' }));
    const notice = await screen.findByRole('note', { name: 'Synthetic demo data' });
    expect(notice.textContent).toContain('2 smuggling schemes are planted among its 3 manifest lines');
    fireEvent.click(within(notice).getByRole('button', { name: 'About the demo…' }));
    const dialog = screen.getByRole('dialog', { name: 'Demo workspace' });
    const facts = Object.fromEntries(
      [...within(dialog).getByLabelText('Demo world').querySelectorAll('div')].map((fact) => [fact.querySelector('dt')?.textContent, fact.querySelector('dd')?.textContent]),
    );
    expect(facts).toMatchObject({
      'Manifest lines': '3',
      'Intelligence reports': '6',
      'Watchlist entries': '44',
      'Examination outcomes': '10',
      'Planted schemes': '2',
      Arrivals: '2024-01-01 – 2024-03-31',
    });
    expect(within(dialog).getByRole('list', { name: 'Planted schemes' }).textContent).toContain('Split shipments to related consignees (9 B/Ls)');
    const report = within(dialog).getByRole('article', { name: 'Import report for demo-manifests.csv' });
    expect(report.textContent).toMatch(/Rows read3Rows stored3Rows rejected0/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));

    // Another workspace replaces the demo: the notice goes with it.
    fireEvent.click(screen.getByRole('button', { name: 'New' }));
    const newDialog = screen.getByRole('dialog', { name: 'New workspace' });
    fireEvent.change(within(newDialog).getByLabelText('Name'), { target: { value: 'Operation Harbour' } });
    fireEvent.click(within(newDialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(screen.queryByRole('note', { name: 'Synthetic demo data' })).toBeNull());
  });

  it('says why the demo could not open and shows the workspace the engine now holds', async () => {
    const engine = new FakeEngine([shipmentRow(1)]);
    engine.demoFailure = new Error('the demo manifests did not import: cancelled');
    await renderApp(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Open demo workspace' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Opening the demo workspace failed: the demo manifests did not import: cancelled');
    await waitFor(() => expect(workspaceName()).toBe(demoWorkspaceName));
    expect(within(screen.getByRole('contentinfo')).getByLabelText('Workspace counts').textContent).toContain('0 lines');
    expect(screen.queryByRole('note', { name: 'Synthetic demo data' })).toBeNull();
  });
});

describe('claimFirstStart', () => {
  it('answers true once per storage, then false', () => {
    localStorage.removeItem(firstStartStorageKey);
    expect(claimFirstStart(localStorage)).toBe(true);
    expect(claimFirstStart(localStorage)).toBe(false);
  });

  it('answers false when storage is unavailable, so the demo does not open on every start', () => {
    const broken = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(claimFirstStart(broken)).toBe(false);
    expect(claimFirstStart(undefined)).toBe(false);
  });
});
