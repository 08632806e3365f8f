// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/components/App';
import { firstStartStorageKey } from '../../renderer/hooks/firstStart';
import { FakeEngine } from './support/fakeEngine';
import { FakeHost } from './support/fakeHost';

/**
 * The mapping preview of the import dialog: one manifest picked shows its columns, sample values,
 * the proposed field of each with the basis, the required fields missing; the analyst corrects a
 * column, saves the layout as a profile and imports with that mapping.
 */
const crypticCsv = [
  'COL1,COL2,COL3,Party',
  'FELX26000101,MSCU1234566,2026-05-14,HARBOUR IMPORTS LTD',
  'FELX26000102,MSCU1234566,2026-05-14,NORTHGATE TRADING LTD',
  'FELX26000103,MSCU1234566,2026-05-15,ACME LOGISTICS CO',
].join('\r\n');

afterEach(cleanup);

async function openImport(engine: FakeEngine) {
  localStorage.setItem(firstStartStorageKey, 'done');
  render(<App engine={engine} host={new FakeHost()} />);
  await screen.findByText('This workspace has no manifest lines yet.');
  fireEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Import…' }));
  return screen.getByRole('dialog', { name: 'Import' });
}

function rowOf(table: HTMLElement, header: string): HTMLElement {
  const row = within(table).getAllByRole('row').find((candidate) => candidate.querySelector('td')?.textContent === header);
  if (!row) throw new Error(`no row for ${header}`);
  return row;
}

describe('the mapping preview', () => {
  it('shows the proposal with its basis, lets the analyst correct a column, save a profile and import with that mapping', async () => {
    const engine = new FakeEngine([]);
    const dialog = await openImport(engine);
    fireEvent.change(dialog.querySelector('input[type="file"]')!, { target: { files: [new File([crypticCsv], 'felixstowe-0612.csv')] } });

    const preview = await within(dialog).findByRole('region', { name: 'Column mapping of felixstowe-0612.csv' });
    expect(engine.previewCalls).toEqual(['felixstowe-0612.csv']);
    expect(engine.importedFiles).toEqual([]);
    const columns = within(preview).getByRole('table', { name: 'Columns' });
    const container = rowOf(columns, 'COL2');
    expect(within(container).getByRole<HTMLSelectElement>('combobox').value).toBe('containerNumber');
    expect(container.textContent).toContain('3 of 3 sample values are ISO 6346 container numbers with valid check digits');
    expect(container.textContent).toContain('MSCU1234566');
    const party = rowOf(columns, 'Party');
    expect(within(party).getByRole<HTMLSelectElement>('combobox').value).toBe('');

    // Taking COL1 away leaves no B/L column: flagged, and Import is disabled.
    const billSelect = within(rowOf(columns, 'COL1')).getByRole<HTMLSelectElement>('combobox');
    expect(billSelect.value).toBe('billOfLadingNumber');
    fireEvent.change(billSelect, { target: { value: '' } });
    expect(within(preview).getByRole('alert').textContent).toContain('Required field without a column: B/L No.');
    expect(within(preview).getByRole('button', { name: 'Import' }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(billSelect, { target: { value: 'billOfLadingNumber' } });
    expect(within(preview).queryByRole('alert')).toBeNull();

    fireEvent.change(within(party).getByRole('combobox'), { target: { value: 'consigneeName' } });
    expect(party.textContent).toContain('chosen by you');
    fireEvent.click(within(preview).getByRole('checkbox', { name: 'Save as profile' }));
    expect(within(preview).getByRole('button', { name: 'Import' }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(preview).getByLabelText('Profile name'), { target: { value: 'Port of Felixstowe daily' } });
    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));

    await within(dialog).findByRole('article', { name: 'Import report for felixstowe-0612.csv' });
    expect(engine.importChoices).toEqual([
      {
        profileName: 'Port of Felixstowe daily',
        mapping: [
          {
            sheet: null,
            columns: [
              { header: 'COL1', field: 'billOfLadingNumber' },
              { header: 'COL2', field: 'containerNumber' },
              { header: 'COL3', field: 'arrivalDate' },
              { header: 'Party', field: 'consigneeName' },
            ],
          },
        ],
      },
    ]);
    expect(engine.profiles.map((profile) => profile.name)).toEqual(['Port of Felixstowe daily']);

    // The same layout again: the preview says which profile it matches and pre-selects its mapping.
    fireEvent.change(dialog.querySelector('input[type="file"]')!, { target: { files: [new File([crypticCsv.replace('FELX26000101', 'FELX26000109')], 'felixstowe-0613.csv')] } });
    const again = await within(dialog).findByRole('region', { name: 'Column mapping of felixstowe-0613.csv' });
    expect(within(again).getByRole('status').textContent).toBe("Layout matches profile 'Port of Felixstowe daily'");
    expect(within(rowOf(within(again).getByRole('table', { name: 'Columns' }), 'Party')).getByRole<HTMLSelectElement>('combobox').value).toBe('consigneeName');
  });

  it('imports several files with automatic mapping, without a preview', async () => {
    const engine = new FakeEngine([]);
    const dialog = await openImport(engine);
    fireEvent.change(dialog.querySelector('input[type="file"]')!, { target: { files: [new File([crypticCsv], 'a.csv'), new File([crypticCsv], 'b.csv')] } });
    await within(dialog).findByRole('article', { name: 'Import report for b.csv' });
    expect(engine.previewCalls).toEqual([]);
    expect(engine.importChoices).toEqual([undefined, undefined]);
  });

  it('says why a file cannot be previewed', async () => {
    const engine = new FakeEngine([]);
    const dialog = await openImport(engine);
    fireEvent.change(dialog.querySelector('input[type="file"]')!, { target: { files: [new File(['{"broken": '], 'bills.json')] } });
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toMatch(/^Preview of bills\.json failed: bills\.json: /));
    expect(engine.importedFiles).toEqual([]);
  });
});
