// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/components/App';
import { ImportReportView } from '../../renderer/components/ImportReportView';
import { profileFileName } from '../../renderer/components/ImportProfilesDialog';
import { firstStartStorageKey } from '../../renderer/hooks/firstStart';
import { parseImportProfile, serializeImportProfile } from '../../shared/ingest/importProfile';
import type { ImportProfile } from '../../shared/ingest/importProfile';
import type { ImportReport } from '../../shared/ingest/importReport';
import { completedReport, FakeEngine } from './support/fakeEngine';
import { FakeHost } from './support/fakeHost';

/**
 * Import profiles in the UI: the profiles dialog (from the import dialog) lists the workspace's
 * profiles with their layout, deletes one after asking, exports one as its JSON file through the
 * host's save-export intent, and imports a profile file (a bad one refused with the field and the
 * reason); each import report says which mapping it used.
 */
const felixstowe: ImportProfile = {
  name: 'Port of Felixstowe daily',
  tables: [
    {
      sheet: null,
      columns: [
        { header: 'BL', field: 'billOfLadingNumber' },
        { header: 'COL7', field: 'consigneeName' },
        { header: 'Notes', field: null },
      ],
    },
  ],
};
const rotterdam: ImportProfile = {
  name: 'Rotterdam / weekly',
  tables: [{ sheet: 'Bills', columns: [{ header: 'B/L No.', field: 'billOfLadingNumber' }, { header: 'CNTR', field: 'containerNumber' }] }],
};

afterEach(cleanup);

async function openProfiles(engine: FakeEngine, host = new FakeHost()) {
  localStorage.setItem(firstStartStorageKey, 'done');
  render(<App engine={engine} host={host} />);
  await screen.findByText('This workspace has no manifest lines yet.');
  fireEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Import…' }));
  fireEvent.click(within(screen.getByRole('dialog', { name: 'Import' })).getByRole('button', { name: 'Import profiles…' }));
  const dialog = screen.getByRole('dialog', { name: 'Import profiles' });
  return { dialog, host };
}

async function withProfiles(...profiles: ImportProfile[]): Promise<FakeEngine> {
  const engine = new FakeEngine([]);
  for (const profile of profiles) await engine.saveImportProfile(profile);
  return engine;
}

function profileNames(dialog: HTMLElement): string[] {
  const table = within(dialog).queryByRole('table', { name: 'Saved import profiles' });
  return table === null ? [] : within(table).getAllByRole('rowheader').map((cell) => cell.textContent ?? '');
}

function pickProfileFile(dialog: HTMLElement, file: File) {
  fireEvent.change(within(dialog).getByLabelText('Import profile file'), { target: { files: [file] } });
}

describe('the import profiles dialog', () => {
  it('lists every profile with its layout, each column and its field behind a disclosure', async () => {
    const engine = await withProfiles(felixstowe, rotterdam);
    const { dialog } = await openProfiles(engine);
    await waitFor(() => expect(profileNames(dialog)).toEqual(['Port of Felixstowe daily', 'Rotterdam / weekly']));
    const row = within(dialog).getByRole('row', { name: /Port of Felixstowe daily/ });
    expect(row.textContent).toContain('3 columns, 2 imported (BL, COL7, Notes)');
    const columns = within(row).getByRole('list', { name: 'Columns of Port of Felixstowe daily' });
    expect(within(columns).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['BL → B/L No.', 'COL7 → Consignee Name', 'Notes → not imported']);
    expect(columns.closest('details')?.open).toBe(false);
    const sheetRow = within(dialog).getByRole('row', { name: /Rotterdam/ });
    expect(sheetRow.textContent).toContain('Sheet “Bills”: 2 columns, 2 imported (B/L No., CNTR)');
    expect(within(dialog).getByRole('columnheader', { name: 'Last used' })).toBeTruthy();
    expect(sheetRow.textContent).toContain('Never');
  });

  it('says when each profile last mapped an import, and how many', async () => {
    const engine = await withProfiles(felixstowe);
    engine.profiles = engine.profiles.map((profile) => ({ ...profile, lastUsedAt: '2026-03-04T05:06:07.000Z', timesUsed: 3 }));
    const { dialog } = await openProfiles(engine);
    const row = await within(dialog).findByRole('row', { name: /Port of Felixstowe daily/ });
    expect(row.textContent).toContain('(3 imports)');
    expect(row.textContent).not.toContain('Never');
  });

  it('deletes a profile only once confirmed: the engine is asked with its name and the list is read again', async () => {
    const engine = await withProfiles(felixstowe, rotterdam);
    const deleteProfile = vi.spyOn(engine, 'deleteImportProfile');
    const listProfiles = vi.spyOn(engine, 'listImportProfiles');
    const { dialog } = await openProfiles(engine);
    await waitFor(() => expect(profileNames(dialog)).toHaveLength(2));
    expect(screen.getByRole('banner').textContent).not.toContain('unsaved changes');

    // Keep: nothing is deleted.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete Port of Felixstowe daily' }));
    const confirm = within(dialog).getByRole('group', { name: 'Delete the import profile Port of Felixstowe daily?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep' }));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep' }));
    expect(deleteProfile).not.toHaveBeenCalled();
    // Focus stays in the dialog, back on the button that asked.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Delete Port of Felixstowe daily' }));
    expect(profileNames(dialog)).toHaveLength(2);

    const listsBefore = listProfiles.mock.calls.length;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete Port of Felixstowe daily' }));
    fireEvent.click(within(within(dialog).getByRole('group', { name: /^Delete the import profile/ })).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(profileNames(dialog)).toEqual(['Rotterdam / weekly']));
    expect(deleteProfile.mock.calls).toEqual([['Port of Felixstowe daily']]);
    expect(listProfiles.mock.calls.length).toBe(listsBefore + 1);
    expect(engine.profiles.map((profile) => profile.name)).toEqual(['Rotterdam / weekly']);
    expect(within(dialog).getByRole('status').textContent).toBe("Deleted the import profile 'Port of Felixstowe daily'.");
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Import profile file')));
    // Profiles live in the workspace: deleting one is an unsaved change.
    expect(screen.getByRole('banner').textContent).toContain('(unsaved changes)');
  });

  it('exports a profile as its JSON file through the host, under a name the host accepts', async () => {
    const engine = await withProfiles(felixstowe, rotterdam);
    const { dialog, host } = await openProfiles(engine);
    await waitFor(() => expect(profileNames(dialog)).toHaveLength(2));

    fireEvent.click(within(dialog).getByRole('button', { name: 'Export Rotterdam / weekly' }));
    await within(dialog).findByText("Exported the import profile 'Rotterdam / weekly' as Rotterdam _ weekly.json.");
    expect(host.savedExports).toHaveLength(1);
    const [request] = host.savedExports;
    expect(request?.format).toBe('json');
    expect(request?.suggestedName).toBe('Rotterdam _ weekly.json');
    const text = new TextDecoder().decode(request?.bytes);
    expect(text).toBe(serializeImportProfile(rotterdam));
    expect(JSON.parse(text)).toMatchObject({ format: 'manifest-lens-import-profile', version: 1, name: 'Rotterdam / weekly' });
    expect(parseImportProfile(text)).toEqual(rotterdam);

    // The analyst dismisses the save dialog: nothing is claimed.
    host.exportOutcome = 'cancelled';
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export Port of Felixstowe daily' }));
    await waitFor(() => expect(host.savedExports).toHaveLength(2));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Export Port of Felixstowe daily' }).hasAttribute('disabled')).toBe(false));
    expect(within(dialog).queryByRole('status')).toBeNull();
    expect(new TextDecoder().decode(host.savedExports[1]?.bytes)).toBe(serializeImportProfile(felixstowe));
  });

  it('refuses a malformed profile file naming the field and why, and imports a good one into the list', async () => {
    const engine = await withProfiles(rotterdam);
    const importProfile = vi.spyOn(engine, 'importImportProfile');
    const { dialog } = await openProfiles(engine);
    await waitFor(() => expect(profileNames(dialog)).toEqual(['Rotterdam / weekly']));

    const unknownField = JSON.stringify({ ...JSON.parse(serializeImportProfile(felixstowe)), tables: [{ sheet: null, columns: [{ header: 'BL', field: 'billOfLadingNumber' }, { header: 'COL7', field: 'consignee' }] }] });
    pickProfileFile(dialog, new File([unknownField], 'felixstowe.json', { type: 'application/json' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe(
      `Importing the profile file felixstowe.json failed: felixstowe.json: tables[0].columns[1] (header 'COL7'): "consignee" is not a manifest field id`,
    );
    expect(importProfile.mock.calls.map(([fileName]) => fileName)).toEqual(['felixstowe.json']);
    expect(profileNames(dialog)).toEqual(['Rotterdam / weekly']);

    pickProfileFile(dialog, new File(['{"format": "manifest-lens-import-profile", "version": 1, "name": "x", "tables": '], 'truncated.json'));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toMatch(/^Importing the profile file truncated\.json failed: truncated\.json: not valid JSON \(/));

    pickProfileFile(dialog, new File([JSON.stringify({ ...JSON.parse(serializeImportProfile(felixstowe)), version: 2 })], 'newer.json'));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('newer.json: import profile version 2 is newer than this build reads (1)'));
    expect(screen.getByRole('banner').textContent).not.toContain('unsaved changes');

    pickProfileFile(dialog, new File([serializeImportProfile(felixstowe)], 'felixstowe.json'));
    await waitFor(() => expect(profileNames(dialog)).toEqual(['Rotterdam / weekly', 'Port of Felixstowe daily']));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(within(dialog).getByRole('status').textContent).toBe("Imported the import profile 'Port of Felixstowe daily' from felixstowe.json.");
    expect(engine.profiles.find((profile) => profile.name === felixstowe.name)?.tables).toEqual(felixstowe.tables);
    expect(screen.getByRole('banner').textContent).toContain('(unsaved changes)');

    // The same name again replaces the saved profile, and says so.
    const changed: ImportProfile = { ...felixstowe, tables: [{ sheet: null, columns: [{ header: 'BL', field: 'billOfLadingNumber' }, { header: 'COL7', field: 'shipperName' }] }] };
    pickProfileFile(dialog, new File([serializeImportProfile(changed)], 'felixstowe-v2.json'));
    await within(dialog).findByText("Imported the import profile 'Port of Felixstowe daily' from felixstowe-v2.json; it replaces the profile of the same name.");
    expect(profileNames(dialog)).toEqual(['Rotterdam / weekly', 'Port of Felixstowe daily']);
    expect(engine.profiles.find((profile) => profile.name === felixstowe.name)?.tables).toEqual(changed.tables);
  });

  it('goes back to the import dialog', async () => {
    const { dialog } = await openProfiles(await withProfiles());
    await within(dialog).findByText(/^No import profiles in this workspace/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Back to import' }));
    expect(screen.queryByRole('dialog', { name: 'Import profiles' })).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Import' })).toBeTruthy();
  });

  it('suggests file names the host accepts', () => {
    expect(profileFileName('Port of Felixstowe daily')).toBe('Port of Felixstowe daily.json');
    expect(profileFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j.json');
    expect(profileFileName('..')).toBe('import-profile.json');
    expect(profileFileName('  ')).toBe('import-profile.json');
  });
});

describe('importing from the mapping preview', () => {
  const csv = ['BL,COL7,Notes', 'FELX26000101,HARBOUR IMPORTS LTD,x'].join('\r\n');

  async function previewFile(engine: FakeEngine, name: string) {
    localStorage.setItem(firstStartStorageKey, 'done');
    render(<App engine={engine} host={new FakeHost()} />);
    await screen.findByText('This workspace has no manifest lines yet.');
    fireEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import' });
    fireEvent.change(dialog.querySelector('input[type="file"]')!, { target: { files: [new File([csv], name)] } });
    return { dialog, preview: await within(dialog).findByRole('region', { name: `Column mapping of ${name}` }) };
  }

  it('leaves the mapping to the engine when the analyst changed nothing, so the report names the profile that mapped the file', async () => {
    const engine = await withProfiles(felixstowe);
    const { dialog, preview } = await previewFile(engine, 'felixstowe-0613.csv');
    expect(within(preview).getByRole('status').textContent).toBe("Layout matches profile 'Port of Felixstowe daily'");
    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    await within(dialog).findByRole('article', { name: 'Import report for felixstowe-0613.csv' });
    expect(engine.importChoices).toEqual([{}]);
  });

  it('passes the mapping when the analyst changed a column', async () => {
    const engine = await withProfiles(felixstowe);
    const { dialog, preview } = await previewFile(engine, 'felixstowe-0614.csv');
    fireEvent.change(within(preview).getByRole('combobox', { name: 'Field for column COL7' }), { target: { value: 'shipperName' } });
    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    await within(dialog).findByRole('article', { name: 'Import report for felixstowe-0614.csv' });
    expect(engine.importChoices).toEqual([
      {
        mapping: [
          {
            sheet: null,
            columns: [
              { header: 'BL', field: 'billOfLadingNumber' },
              { header: 'COL7', field: 'shipperName' },
              { header: 'Notes', field: null },
            ],
          },
        ],
      },
    ]);
  });
});

describe('the mapping an import used, in its report', () => {
  const base = (mapping: ImportReport['mapping']): ImportReport => ({
    ...completedReport('felixstowe-0612.csv', 'BL,COL7,Notes\nFELX1,ACME,x\n'),
    columnMapping: { BL: 'billOfLadingNumber', COL7: 'consigneeName' },
    unmappedColumns: ['Notes'],
    ...(mapping === undefined ? {} : { mapping }),
  });

  function mappingSection(report: ImportReport): HTMLElement {
    render(<ImportReportView report={report} />);
    return screen.getByRole('region', { name: 'Column mapping used for felixstowe-0612.csv' });
  }

  it('names the saved profile that mapped the file', () => {
    const section = mappingSection(base({ kind: 'profile', profileName: 'Port of Felixstowe daily', description: "Layout matches profile 'Port of Felixstowe daily'" }));
    expect(section.querySelector('.import-report__mapping-headline')?.textContent).toBe("Mapped by profile 'Port of Felixstowe daily'");
    expect(section.textContent).toContain("Layout matches profile 'Port of Felixstowe daily'");
  });

  it('counts the columns mapped by content, and lists each column with its field and basis, collapsed', () => {
    const section = mappingSection(
      base({
        kind: 'detected',
        description: 'Columns mapped by header names and, for 1 column whose header names no field, by their content',
        basis: { COL7: 'Consignee Name: 3 of 3 sample values look like company names' },
      }),
    );
    expect(section.querySelector('.import-report__mapping-headline')?.textContent).toBe('Mapped automatically: 1 column by content');
    const details = section.querySelector('details');
    expect(details?.open).toBe(false);
    expect(within(section).getByText('Columns: 2 mapped, 1 not imported')).toBeTruthy();
    const rows = within(within(section).getByRole('table', { name: 'Columns of felixstowe-0612.csv and their fields' })).getAllByRole('row');
    expect(rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))).toEqual([
      ['Column', 'Imported as', 'Mapped from its content'],
      ['BL', 'B/L No.', ''],
      ['COL7', 'Consignee Name', 'Consignee Name: 3 of 3 sample values look like company names'],
      ['Notes', 'not imported', ''],
    ]);
  });

  it('says when the analyst set the mapping, and under which profile it was saved', () => {
    const corrected = mappingSection(base({ kind: 'analyst', description: 'Columns as mapped in the preview' }));
    expect(corrected.querySelector('.import-report__mapping-headline')?.textContent).toBe('Mapping corrected by the analyst');
    cleanup();
    const saved = mappingSection(base({ kind: 'analyst', profileName: 'Felixstowe', description: "Columns as mapped in the preview, saved as profile 'Felixstowe'" }));
    expect(saved.querySelector('.import-report__mapping-headline')?.textContent).toBe("Mapping corrected by the analyst, saved as profile 'Felixstowe'");
    cleanup();
    const given = mappingSection(base({ kind: 'given-profile', profileName: 'Felixstowe', description: "Layout matches profile 'Felixstowe' (given to the import)" }));
    expect(given.querySelector('.import-report__mapping-headline')?.textContent).toBe("Mapped by profile 'Felixstowe' (given to the import)");
    cleanup();
    const byName = mappingSection(base({ kind: 'header-names', description: 'Columns mapped by header names' }));
    expect(byName.querySelector('.import-report__mapping-headline')?.textContent).toBe('Mapped automatically by header names');
  });

  it('shows nothing about mapping for a report without it (an AMS table, an older report)', () => {
    render(<ImportReportView report={base(undefined)} />);
    expect(screen.queryByRole('region', { name: /^Column mapping used/ })).toBeNull();
  });
});
