// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/components/App';
import { MatchExplanationTable } from '../../renderer/components/MatchExplanationTable';
import { TraderResolutionBar } from '../../renderer/components/TraderResolutionBar';
import { firstStartStorageKey } from '../../renderer/hooks/firstStart';
import { explainMatch } from '../../shared/entities/matchExplanation';
import { parseWatchlist } from '../../shared/watchlist/watchlistFormats';
import { FakeEngine, shipmentRow } from './support/fakeEngine';
import { fakeWatchlistCsv } from './support/fakeEntities';
import { FakeHost } from './support/fakeHost';

/**
 * The Traders view on the fake engine (the real resolver and screening over a few party
 * occurrences, see support/fakeEntities): resolving, the filtered and sorted list, a trader's
 * detail with its links explained, splitting members out, the review queue with its buttons and
 * keys, undo and redo, the decision log, watchlist import from the import dialog and the hits.
 */
function cellTexts(row: Element): string[] {
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
}

function bodyRows(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tbody tr')].map(cellTexts);
}

async function renderApp(engine = new FakeEngine([shipmentRow(1)])) {
  render(<App engine={engine} host={new FakeHost()} />);
  await screen.findByText('Engine ready');
  return engine;
}

function sidebar(): HTMLElement {
  return screen.getByRole('navigation', { name: 'Workspace' });
}

/** Opens the Traders view and resolves the traders; resolves once the table lists them. */
async function openResolvedTraders(engine = new FakeEngine([shipmentRow(1)])) {
  await renderApp(engine);
  fireEvent.click(within(sidebar()).getByRole('button', { name: /^Traders/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Resolve traders' }));
  await waitFor(() => expect(bodyRows(screen.getByRole('table', { name: 'Traders' }))).toHaveLength(4));
  return engine;
}

function tradersTable(): HTMLElement {
  return screen.getByRole('table', { name: 'Traders' });
}

function rowOf(name: string): HTMLElement {
  const row = [...tradersTable().querySelectorAll<HTMLTableRowElement>('tbody tr')].find((candidate) => candidate.cells[0]?.textContent === name);
  if (!row) throw new Error(`no trader row ${name}`);
  return row;
}

function openSection(name: RegExp) {
  fireEvent.click(screen.getByRole('tab', { name }));
}

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(firstStartStorageKey, '2026-03-01T08:00:00.000Z');
});

afterEach(() => cleanup());

describe('the Traders view', () => {
  it('offers to resolve the traders when they never were, then lists them with the summary, under the marking banners', async () => {
    const engine = await renderApp();
    fireEvent.click(within(sidebar()).getByRole('button', { name: /^Traders/ }));
    expect(within(sidebar()).getByRole('button', { name: /^Traders/ }).getAttribute('aria-current')).toBe('page');
    const bar = await screen.findByLabelText('Trader resolution');
    expect(bar.textContent).toContain('have not been resolved yet: 0 party occurrences');
    await waitFor(() => expect(tradersTable().textContent).toContain('The traders have not been resolved yet'));

    fireEvent.click(within(bar).getByRole('button', { name: 'Resolve traders' }));
    await waitFor(() => expect(bodyRows(tradersTable())).toHaveLength(4));
    const summary = screen.getByLabelText('Trader resolution').textContent ?? '';
    expect(summary).toContain('4 traders from 10 party occurrences');
    expect(summary).toContain('2 with variants');
    expect(summary).toContain('2 links to review');
    expect(summary).toContain('1 with watchlist hits');
    expect(summary).toContain('1 placeholder set aside');
    expect(summary).not.toContain('Out of date');
    // Busiest first, as the engine sorted them on the UI's request.
    expect(engine.entities.entityQueries.at(-1)).toMatchObject({ sortBy: 'occurrences', sortDirection: 'desc', offset: 0, limit: 100 });
    expect(bodyRows(tradersTable())[0]).toEqual(['HARBOURLINE IMPORTS LTD', '', '4', '4', 'Consignee', 'GB']);
    expect(cellTexts(rowOf('MERIDIAN FREIGHT FORWARDING LTD'))[1]).toBe('1 hit');
    expect(rowOf('MERIDIAN FREIGHT FORWARDING LTD').querySelector('.hit-badge')).not.toBeNull();
    expect(within(sidebar()).getByRole('button', { name: /^Traders/ }).textContent).toBe('Traders2 to review4');
    expect(screen.getByRole('note', { name: 'Protective marking, top' }).textContent).toBe('OFFICIAL');
    expect(screen.getByRole('note', { name: 'Protective marking, bottom' }).textContent).toBe('OFFICIAL');
    expect(screen.getByRole('banner').textContent).toContain('(unsaved changes)');
  });

  it('passes the filter, the toggles and the sort to the engine and shows what it answers', async () => {
    const engine = await openResolvedTraders();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only with variants' }));
    await waitFor(() => expect(bodyRows(tradersTable()).map((row) => row[0])).toEqual(['HARBOURLINE IMPORTS LTD', 'SHENZHEN HUAXIN ELECTRONICS CO LTD']));
    expect(engine.entities.entityQueries.at(-1)).toMatchObject({ onlyWithVariants: true });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Only with variants' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only with watchlist hits' }));
    await waitFor(() => expect(bodyRows(tradersTable()).map((row) => row[0])).toEqual(['MERIDIAN FREIGHT FORWARDING LTD']));
    expect(engine.entities.entityQueries.at(-1)).toMatchObject({ onlyWithWatchlistHits: true, onlyWithVariants: undefined });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only with watchlist hits' }));

    // Any name the trader was written with matches: this spelling is only on one member.
    fireEvent.change(screen.getByLabelText('Filter traders'), { target: { value: 'harborline' } });
    await waitFor(() => expect(bodyRows(tradersTable()).map((row) => row[0])).toEqual(['HARBOURLINE IMPORTS LTD']));
    expect(engine.entities.entityQueries.at(-1)).toMatchObject({ text: 'harborline', offset: 0 });
    expect(screen.getByText('1 matching trader')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Filter traders'), { target: { value: '' } });
    fireEvent.click(within(tradersTable()).getByRole('button', { name: /^Trader/ }));
    await waitFor(() => expect(engine.entities.entityQueries.at(-1)).toMatchObject({ sortBy: 'displayName', sortDirection: 'asc' }));
    await waitFor(() => expect(bodyRows(tradersTable()).map((row) => row[0])).toEqual([
      'HARBOURLINE IMPORT LTD',
      'HARBOURLINE IMPORTS LTD',
      'MERIDIAN FREIGHT FORWARDING LTD',
      'SHENZHEN HUAXIN ELECTRONICS CO LTD',
    ]));
    expect(within(tradersTable()).getByRole('columnheader', { name: /^Trader/ }).getAttribute('aria-sort')).toBe('ascending');

    // Counts sort largest first: the trader with hits leads.
    fireEvent.click(within(tradersTable()).getByRole('button', { name: /^Watchlist/ }));
    await waitFor(() => expect(engine.entities.entityQueries.at(-1)).toMatchObject({ sortBy: 'watchlistHits', sortDirection: 'desc' }));
    await waitFor(() => expect(bodyRows(tradersTable())[0]?.[0]).toBe('MERIDIAN FREIGHT FORWARDING LTD'));
  });

  it("shows a trader's names, members with their source rows, and every link with its explanation", async () => {
    await openResolvedTraders();
    fireEvent.click(rowOf('SHENZHEN HUAXIN ELECTRONICS CO LTD'));
    const detail = screen.getByRole('complementary', { name: 'Trader' });
    await within(detail).findByRole('heading', { name: 'SHENZHEN HUAXIN ELECTRONICS CO LTD' });

    const names = within(detail).getByRole('region', { name: 'Names' });
    expect([...names.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'SHENZHEN HUAXIN ELECTRONICS CO., LTD.1',
      'SHENZHEN HUAXIN ELECTRONICS COMPANY LIMITED1',
      'Shenzhen Huaxin Electronics Co Ltd1',
    ]);
    expect(within(detail).getByRole('region', { name: 'Phones' }).textContent).toContain('+86 755 8833 1200');

    const members = within(detail).getByRole('table', { name: 'Members' });
    expect(bodyRows(members)[0]).toEqual(['', 'MLNSZX2600001', 'Shipper', 'SHENZHEN HUAXIN ELECTRONICS CO., LTD.', 'NO. 12 KEJI ROAD, NANSHAN, SHENZHEN, CHINA', '+86 755 8833 1200', 'manifest-march.csv:2']);

    // Two links hold three members together; each explained feature by feature.
    const explanations = within(detail).getAllByRole('table', { name: /^Why .* are linked$/ });
    expect(explanations).toHaveLength(2);
    const first = explanations[0]!;
    expect(cellTexts(first.querySelector('thead tr')!)).toEqual(['Feature', 'Outcome', 'Points', 'Detail']);
    const features = bodyRows(first);
    expect(features[0]).toEqual(['starting point', 'not compared', '−3.0', 'most pairs of parties compared are different traders: every comparison starts at -3 points']);
    expect(features.map((row) => row[0])).toContain('name');
    const total = cellTexts(first.querySelector('tfoot tr')!);
    expect(total[0]).toBe('Total');
    expect(total[1]).toBe('Same trader');
    expect(total[2]).toMatch(/^\+\d+\.\d$/);
    expect(total[3]).toMatch(/^Same trader: \+\d+\.\d points, mostly name agree/);
    expect(within(detail).getByText('No analyst decision names a member of this trader.')).toBeTruthy();
  });

  it('splits the ticked members out with the note, apart from the rest, and shows the decision on the trader', async () => {
    const engine = await openResolvedTraders();
    fireEvent.click(rowOf('SHENZHEN HUAXIN ELECTRONICS CO LTD'));
    const detail = screen.getByRole('complementary', { name: 'Trader' });
    const members = await within(detail).findByRole('table', { name: 'Members' });
    const split = within(detail).getByRole('button', { name: /^Split selected members out/ });
    expect((split as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(members).getByRole('checkbox', { name: /occurrence 3\)$/ }));
    fireEvent.change(within(detail).getByRole('textbox', { name: 'Note' }), { target: { value: 'different licence holder' } });
    expect(split.textContent).toBe('Split selected members out (1)');
    fireEvent.click(split);

    await waitFor(() => expect(engine.entities.decisionInputs).toEqual([{ kind: 'split', occurrenceIds: ['3'], apartFrom: ['1', '2'], note: 'different licence holder' }]));
    await waitFor(() => expect(bodyRows(within(detail).getByRole('table', { name: 'Members' }))).toHaveLength(2));
    const decisions = within(detail).getByRole('table', { name: 'Decisions on the trader' });
    expect(bodyRows(decisions)).toEqual([['d-1', expect.stringMatching(/^2026-03-02 \d\d:\d\d$/), 'analyst', 'split', 'split off 3 occurrences', 'different licence holder', 'In force']]);
    await waitFor(() => expect(bodyRows(tradersTable())).toHaveLength(5));
    expect(screen.getByText('Split: 1 occurrence split out. Undo with Ctrl+Z.')).toBeTruthy();
  });

  it('follows the trader when a split takes its id away, and again when the split is undone', async () => {
    const engine = await openResolvedTraders();
    fireEvent.click(rowOf('SHENZHEN HUAXIN ELECTRONICS CO LTD'));
    const detail = screen.getByRole('complementary', { name: 'Trader' });
    const members = await within(detail).findByRole('table', { name: 'Members' });
    expect(within(detail).getByText('T:1')).toBeTruthy();
    // The member the trader is named after leaves: the detail follows the rest, now T:2.
    fireEvent.click(within(members).getByRole('checkbox', { name: /occurrence 1\)$/ }));
    fireEvent.click(within(detail).getByRole('button', { name: /^Split selected members out/ }));
    await waitFor(() => expect(engine.entities.decisionInputs).toEqual([{ kind: 'split', occurrenceIds: ['1'], apartFrom: ['2', '3'] }]));
    await waitFor(() => expect(within(detail).getByText('T:2')).toBeTruthy());
    expect(bodyRows(within(detail).getByRole('table', { name: 'Members' })).map((row) => row[1])).toEqual(['MLNSZX2600002', 'MLNSZX2600003']);
    expect(within(detail).getByRole('status').textContent).toBe('Followed from T:1: after the last decision its members are in this trader, T:2.');
    expect(rowOf('SHENZHEN HUAXIN ELECTRONICS CO LTD').getAttribute('aria-selected')).toBe('true');

    // Undone: T:2 is gone again, and the detail follows its members back into T:1.
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(within(detail).getByText('T:1')).toBeTruthy());
    await waitFor(() => expect(bodyRows(within(detail).getByRole('table', { name: 'Members' }))).toHaveLength(3));
    expect(within(detail).getByRole('status').textContent).toBe('Followed from T:2: after the last decision its members are in this trader, T:1.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('follows a selected trader whose id went away with a merge while another section was shown', async () => {
    const engine = await openResolvedTraders();
    fireEvent.click(rowOf('HARBOURLINE IMPORT LTD'));
    await within(screen.getByRole('complementary', { name: 'Trader' })).findByText('T:6');
    openSection(/^Decisions/);
    await screen.findByText(/^No decision recorded yet/);
    // Another window of the workspace merged the Hull trader into the Felixstowe one (occurrence 4 is smaller).
    await act(async () => {
      await engine.entities.recordEntityDecision({ kind: 'merge', occurrenceIds: ['4', '6'] });
    });
    openSection(/^All traders/);
    const followed = screen.getByRole('complementary', { name: 'Trader' });
    await within(followed).findByText('T:4');
    expect(within(followed).getByRole('status').textContent).toBe('Followed from T:6: after the last decision its members are in this trader, T:4.');
    expect(bodyRows(within(followed).getByRole('table', { name: 'Members' })).map((row) => row[1])).toContain('MLNSZX2600006');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('marks the two occurrences of a link not the same from the trader, and the trader splits between them', async () => {
    const engine = await openResolvedTraders();
    fireEvent.click(rowOf('SHENZHEN HUAXIN ELECTRONICS CO LTD'));
    const detail = screen.getByRole('complementary', { name: 'Trader' });
    await within(detail).findByRole('table', { name: 'Members' });
    const links = (await engine.entityDetail('T:1')).links;
    const buttons = within(within(detail).getByRole('region', { name: 'Links' })).getAllByRole('button', { name: /^Not the same: / });
    expect(buttons).toHaveLength(links.length);
    expect(buttons[0]?.getAttribute('title')).toMatch(/^Record that these two occurrences are not the same trader \(kept on every re-run, audited, undo with Ctrl\+Z\)\. The trader is resolved again and splits between them/);
    const link = links[links.length - 1]!;
    fireEvent.change(within(detail).getByRole('textbox', { name: 'Note' }), { target: { value: 'two licence holders' } });
    fireEvent.click(buttons[links.length - 1]!);
    await waitFor(() => expect(engine.entities.decisionInputs).toEqual([{ kind: 'not the same', left: [link.left], right: [link.right], note: 'two licence holders' }]));
    await waitFor(() => expect(bodyRows(tradersTable())).toHaveLength(5));
    // The detail still shows the trader holding occurrence 1; the link's two ends are in different traders.
    const [leftOwner, rightOwner] = await Promise.all([engine.entityIdOfOccurrence(link.left), engine.entityIdOfOccurrence(link.right)]);
    expect(leftOwner).not.toBe(rightOwner);
    await waitFor(() => expect(bodyRows(within(detail).getByRole('table', { name: 'Members' })).length).toBeLessThan(3));
    expect(bodyRows(within(detail).getByRole('table', { name: 'Decisions on the trader' }))[0]?.slice(3, 6)).toEqual(['not the same', 'kept apart 2 occurrences', 'two licence holders']);
    expect(screen.getByText('Not the same: recorded as different traders. Undo with Ctrl+Z.')).toBeTruthy();
  });

  it('offers no "Not the same" on links while decisions are unavailable', async () => {
    const engine = await renderApp();
    fireEvent.click(within(sidebar()).getByRole('button', { name: /^Traders/ }));
    await engine.entities.resolveEntities();
    fireEvent.click(await screen.findByRole('button', { name: 'Resolve traders' }));
    let release: () => void = () => undefined;
    engine.recordEntityDecision = (decision) => new Promise((resolve) => { release = () => void engine.entities.recordEntityDecision(decision).then(resolve); });
    await waitFor(() => expect(bodyRows(tradersTable())).toHaveLength(4));
    fireEvent.click(rowOf('SHENZHEN HUAXIN ELECTRONICS CO LTD'));
    const detail = screen.getByRole('complementary', { name: 'Trader' });
    await within(detail).findByRole('table', { name: 'Members' });
    fireEvent.click(within(detail).getAllByRole('button', { name: /^Not the same: / })[0]!);
    // While the decision is recorded, no other decision can be asked for.
    await waitFor(() => expect(within(detail).queryAllByRole('button', { name: /^Not the same: / })).toEqual([]));
    release();
    await waitFor(() => expect(engine.entities.decisionInputs).toHaveLength(1));
  });

  it('shows a specific reason when a trader cannot be shown', async () => {
    const engine = await openResolvedTraders();
    engine.entityDetail = async (entityId) => {
      throw new RangeError(`no entity ${entityId}`);
    };
    fireEvent.click(rowOf('HARBOURLINE IMPORT LTD'));
    expect((await screen.findByRole('alert')).textContent).toBe('The trader T:6 could not be shown: no entity T:6');
  });
});

describe('the review queue', () => {
  it('shows the most uncertain link side by side with its explanation, and records "same trader" for its two occurrences', async () => {
    const engine = await openResolvedTraders();
    openSection(/^Review queue/);
    const queue = await screen.findByRole('table', { name: 'Review queue' });
    expect(bodyRows(queue)).toEqual([
      ['1', 'Harbourline Imports Ltd', 'HARBORLINE IMPORTS LTD', '−1.2'],
      ['2', 'Harbourline Import Ltd', 'HARBOURLINE IMPORTS', '+1.7'],
    ]);
    const item = screen.getByRole('article', { name: 'Link under review' });
    const sideBySide = within(item).getByRole('table', { name: 'The two occurrences side by side' });
    expect(bodyRows(sideBySide)).toEqual([
      ['Trader', 'HARBOURLINE IMPORTS LTD T:4', 'HARBOURLINE IMPORTS LTD T:4'],
      ['Name as written', 'Harbourline Imports Ltd', 'HARBORLINE IMPORTS LTD'],
      ['Address', '4 Dock Street, Felixstowe IP11 3AA, United Kingdom', 'Felixstowe, United Kingdom'],
      ['Phone', '+44 1394 600 100', 'not given'],
      ['Role', 'Consignee', 'Consignee'],
      ['B/L', 'MLNSZX2600004', 'MLNSZX2600010'],
      ['Source', 'manifest-march.csv:5', 'manifest-march.csv:11'],
      ['Occurrence', '4', '10'],
    ]);
    const explanation = within(item).getByRole('table', { name: 'Explanation of the link under review' });
    expect(cellTexts(explanation.querySelector('tfoot tr')!).slice(0, 3)).toEqual(['Total', 'Uncertain', '−1.2']);
    expect(within(item).getByRole('button', { name: 'Same trader S' }).getAttribute('aria-keyshortcuts')).toBe('S');

    fireEvent.click(within(item).getByRole('button', { name: 'Same trader S' }));
    await waitFor(() => expect(engine.entities.decisionInputs).toEqual([{ kind: 'merge', occurrenceIds: ['4', '10'] }]));
    // The queue is fetched again: the decided link has left it, and the next one is shown.
    await waitFor(() => expect(bodyRows(screen.getByRole('table', { name: 'Review queue' })).map((row) => row.slice(1, 3))).not.toContainEqual(['Harbourline Imports Ltd', 'HARBORLINE IMPORTS LTD']));
    expect(within(screen.getByRole('article', { name: 'Link under review' })).getByRole('table', { name: 'The two occurrences side by side' }).textContent).not.toContain('MLNSZX2600004');
  });

  it('takes S, N, J and K from the keyboard, but not while typing the note', async () => {
    const engine = await openResolvedTraders();
    openSection(/^Review queue/);
    const item = await screen.findByRole('article', { name: 'Link under review' });
    expect(within(item).getByText('1 of 2')).toBeTruthy();

    fireEvent.keyDown(document.body, { key: 'j' });
    expect(within(item).getByText('2 of 2')).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'k' });
    expect(within(item).getByText('1 of 2')).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'j' });

    const note = within(item).getByRole('textbox', { name: 'Note' });
    fireEvent.change(note, { target: { value: 'no address on one side' } });
    fireEvent.keyDown(note, { key: 'n' });
    expect(engine.entities.decisionInputs).toEqual([]);

    fireEvent.keyDown(document.body, { key: 'n' });
    await waitFor(() => expect(engine.entities.decisionInputs).toEqual([{ kind: 'not the same', left: ['6'], right: ['9'], note: 'no address on one side' }]));
  });

  it('enables undo and redo only when there is something to undo or redo, and says what in the tooltip', async () => {
    const engine = await openResolvedTraders();
    const undo = screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement;
    const redo = screen.getByRole('button', { name: 'Redo' }) as HTMLButtonElement;
    expect([undo.disabled, undo.title]).toEqual([true, 'Nothing to undo: no decision is in force']);
    expect([redo.disabled, redo.title]).toEqual([true, 'Nothing to redo: no undone decision to restore']);
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });

    openSection(/^Review queue/);
    fireEvent.click(await screen.findByRole('button', { name: 'Same trader S' }));
    await waitFor(() => expect([undo.disabled, undo.title]).toEqual([false, 'Undo decision d-1, the last in force (Ctrl+Z)']));
    expect(redo.disabled).toBe(true);
    fireEvent.click(undo);
    await waitFor(() => expect([redo.disabled, redo.title]).toEqual([false, 'Redo decision d-1, the last undone (Ctrl+Shift+Z)']));
    expect([undo.disabled, undo.title]).toEqual([true, 'Nothing to undo: no decision is in force']);
    fireEvent.click(redo);
    await waitFor(() => expect(undo.disabled).toBe(false));
    expect([redo.disabled, redo.title]).toEqual([true, 'Nothing to redo: no undone decision to restore']);
    // The disabled shortcuts asked the engine for nothing: the log holds the merge, its undo and the redo.
    expect(engine.entities.log.entries.map((entry) => entry.kind)).toEqual(['merge', 'undo', 'undo']);
  });

  it('undoes and redoes with the buttons and Ctrl+Z / Ctrl+Shift+Z, and the decision log and queue follow', async () => {
    const engine = await openResolvedTraders();
    const undo = screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement;
    expect(undo.disabled).toBe(true);
    openSection(/^Review queue/);
    const firstLeft = () => bodyRows(screen.getByRole('table', { name: 'Review queue' }))[0]?.[1];
    expect(await screen.findByRole('table', { name: 'Review queue' })).toBeTruthy();
    expect(firstLeft()).toBe('Harbourline Imports Ltd');
    fireEvent.click(screen.getByRole('button', { name: 'Same trader S' }));
    // With 4 and 10 recorded as one trader, the weakest link of that trader is now 5 to 10.
    await waitFor(() => expect(firstLeft()).toBe('HARBOURLINE IMPORTS LIMITED'));
    await waitFor(() => expect(undo.disabled).toBe(false));

    fireEvent.click(undo);
    await waitFor(() => expect(firstLeft()).toBe('Harbourline Imports Ltd'));
    expect(engine.entities.log.entries.map((entry) => entry.kind)).toEqual(['merge', 'undo']);

    openSection(/^Decisions/);
    const log = await screen.findByRole('table', { name: 'Decision log' });
    // Newest first: the undo, then the merge it undid.
    expect(bodyRows(log).map((row) => [row[0], row[3], row[4], row[6]])).toEqual([
      ['d-2', 'undo', 'undid d-1', 'In force'],
      ['d-1', 'merge', 'merged 2 occurrences', 'Undone'],
    ]);

    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(bodyRows(screen.getByRole('table', { name: 'Decision log' }))[2]?.[6]).toBe('In force'));
    expect(engine.entities.log.entries.map((entry) => entry.kind)).toEqual(['merge', 'undo', 'undo']);

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(engine.entities.log.entries).toHaveLength(4));
    await waitFor(() => expect(bodyRows(screen.getByRole('table', { name: 'Decision log' })).at(-1)?.[6]).toBe('Undone'));
    expect(screen.getByText('Undid the last decision in force.')).toBeTruthy();
  });

  it('shows the engine refusing a decision as an error that stays', async () => {
    const engine = await openResolvedTraders();
    engine.recordEntityDecision = async () => {
      throw new RangeError('occurrence 10 is not in this workspace');
    };
    openSection(/^Review queue/);
    fireEvent.click(await screen.findByRole('button', { name: 'Not the same N' }));
    expect((await screen.findByText(/^Recording the decision failed/)).textContent).toBe('Recording the decision failed: occurrence 10 is not in this workspace');
  });
});

describe('watchlists', () => {
  async function importWatchlistFiles(files: File[]): Promise<HTMLElement> {
    fireEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import' });
    fireEvent.click(within(dialog).getByRole('tab', { name: 'Source documents' }));
    fireEvent.click(within(dialog).getByRole('radio', { name: /^Watchlist/ }));
    fireEvent.change(dialog.querySelector('input[type="file"]')!, { target: { files } });
    await within(dialog).findAllByRole('article', { name: /^Watchlist import report for / });
    return dialog;
  }

  it('are imported from the source documents tab and screened: the report counts every row and names each rejection', async () => {
    const engine = await openResolvedTraders();
    const listCsv = 'name,aliases,address,country,imo,reason,list\r\nHarbourline Import Ltd,,88 Quay Road Hull,GB,,Suspected transshipment,PORT WATCH\r\n,,,,,no name here,PORT WATCH\r\n';
    const dialog = await importWatchlistFiles([new File([listCsv], 'port-watch.csv')]);
    const report = within(dialog).getByRole('article', { name: 'Watchlist import report for port-watch.csv' });
    expect(engine.entities.watchlistImports).toEqual(['port-watch.csv']);
    expect(engine.documentCalls).toEqual([]);
    await waitFor(() => expect(within(report).getByText('watchlist csv')).toBeTruthy());
    const counts = Object.fromEntries([...report.querySelectorAll('.import-report__counts div')].map((item) => [item.querySelector('dt')?.textContent, item.querySelector('dd')?.textContent]));
    // Meridian was already listed; the new entry hits Harbourline Import Ltd, and the Harbourline trader with an occurrence of no address (nothing to tell them apart).
    expect(counts).toEqual({ 'Rows read': '2', Entries: '1', 'Rows rejected': '1', 'With hits': '3' });
    expect(bodyRows(within(report).getByRole('table', { name: 'Rejected rows of port-watch.csv' }))).toEqual([['3', 'no name', ',,,,,no name here,PORT WATCH']]);
    expect(await screen.findByText('Imported 1 watchlist: 1 entry, 1 rejected; 3 traders and vessels with watchlist hits.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    openSection(/^Watchlist hits/);
    await waitFor(() => expect(bodyRows(screen.getByRole('table', { name: 'Watchlist hits' })).map((row) => [row[1], row[3]])).toEqual(
      expect.arrayContaining([['HARBOURLINE IMPORT LTD', 'PORT WATCH'], ['MERIDIAN FREIGHT FORWARDING LTD', 'UK SANCTIONS']]),
    ));
  });

  it('report a file that is not a watchlist with the reason, and import the others', async () => {
    const engine = await renderApp();
    const notAList = 'colour,size\r\nred,large\r\n';
    let reason = '';
    try {
      parseWatchlist(new TextEncoder().encode(notAList));
    } catch (error) {
      reason = (error as Error).message;
    }
    expect(reason).not.toBe('');
    const dialog = await importWatchlistFiles([new File([notAList], 'colours.csv'), new File([fakeWatchlistCsv], 'sanctions.csv')]);
    await within(dialog).findByRole('article', { name: 'Watchlist import report for sanctions.csv' });
    const failed = within(dialog).getByRole('article', { name: 'Watchlist import report for colours.csv' });
    expect(within(failed).getByRole('alert').textContent).toBe(`Importing the watchlist colours.csv failed: ${reason}`);
    expect(engine.entities.watchlistImports).toEqual(['colours.csv', 'sanctions.csv']);
    expect(await screen.findByText(`Importing the watchlist colours.csv failed: ${reason} (1 watchlist of 2 not imported; see the import dialog).`)).toBeTruthy();
  });

  it('list the hits with their explanations and open the trader from a hit', async () => {
    await openResolvedTraders();
    openSection(/^Watchlist hits/);
    const hits = await screen.findByRole('table', { name: 'Watchlist hits' });
    const rows = bodyRows(hits);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 6)).toEqual(['trader', 'MERIDIAN FREIGHT FORWARDING LTD', 'Hit Meridian Freight Forwarding Ltd', 'UK SANCTIONS', 'name', '100%']);
    expect(rows[0]![6]).toContain('"Meridian Freight Forwarding Ltd" matches CSV-2');
    expect(rows[0]![6]).toContain('Listed for: Front company for diverted electronics');

    fireEvent.click(within(hits).getByRole('button', { name: 'MERIDIAN FREIGHT FORWARDING LTD' }));
    const detail = screen.getByRole('complementary', { name: 'Trader' });
    const listed = await within(detail).findByRole('list', { name: 'Watchlist hits' });
    expect(listed.textContent).toContain('UK SANCTIONS · entity · on name · score 100%');
    expect(screen.getByRole('tab', { name: /^All traders/ }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('the match explanation table', () => {
  it('signs the points, marks the verdict and keeps features not compared faint', () => {
    const explanation = explainMatch([
      { feature: 'starting point', outcome: 'agree', similarity: 1, points: -3, detail: 'every comparison starts at -3 points' },
      { feature: 'name', outcome: 'similar', similarity: 0.93, points: 3.6, detail: 'HARBOURLINE ≈ HARBORLINE' },
      { feature: 'phone', outcome: 'not compared', similarity: 0, points: 0, detail: 'a phone number is missing' },
    ]);
    act(() => {
      render(<MatchExplanationTable explanation={explanation} label="Why A and B are linked" />);
    });
    const table = screen.getByRole('table', { name: 'Why A and B are linked' });
    expect(bodyRows(table)).toEqual([
      ['starting point', 'agree', '−3.0', 'every comparison starts at -3 points'],
      ['name', 'similar', '+3.6', 'HARBOURLINE ≈ HARBORLINE'],
      ['phone', 'not compared', '0.0', 'a phone number is missing'],
    ]);
    expect(table.querySelector('tbody tr:last-child')?.className).toBe('is-not-compared');
    expect(cellTexts(table.querySelector('tfoot tr')!)).toEqual(['Total', 'Uncertain', '+0.6', `${explanation.summary} Probability 65%.`]);
  });
});

describe('the resolution line', () => {
  const resolved = {
    resolvedAt: '2026-03-02T09:30:00.000Z',
    occurrences: 5_634,
    placeholders: 0,
    entities: 675,
    entitiesWithVariants: 188,
    reviewItems: 11,
    decisionsInForce: 1,
    nextUndo: 'd-1',
    nextRedo: null,
    watchlistHits: 3,
    stale: false,
    durationMs: 757,
  };

  it('warns when the traders are out of date and resolves again on request', () => {
    const onResolve = vi.fn();
    const { rerender } = render(<TraderResolutionBar summary={resolved} summaryError={null} pending={null} onResolve={onResolve} />);
    const bar = screen.getByLabelText('Trader resolution');
    expect(bar.textContent).toContain('675 traders from 5,634 party occurrences · 188 with variants · 11 links to review · 3 with watchlist hits · 1 decision in force');
    expect(within(bar).queryByRole('button')).toBeNull();

    rerender(<TraderResolutionBar summary={{ ...resolved, stale: true }} summaryError={null} pending={null} onResolve={onResolve} />);
    expect(within(bar).getByRole('status').textContent).toBe('Out of date: manifests, decisions or watchlists changed since.Resolve again');
    fireEvent.click(within(bar).getByRole('button', { name: 'Resolve again' }));
    expect(onResolve).toHaveBeenCalledTimes(1);

    rerender(<TraderResolutionBar summary={{ ...resolved, stale: true }} summaryError={null} pending="Resolving traders" onResolve={onResolve} />);
    expect((within(bar).getByRole('button', { name: 'Resolving…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says why the traders could not be loaded', () => {
    render(<TraderResolutionBar summary={null} summaryError="the workspace has no party_occurrence table" pending={null} onResolve={null} />);
    expect(screen.getByRole('alert').textContent).toBe('The traders could not be loaded: the workspace has no party_occurrence table');
  });
});
