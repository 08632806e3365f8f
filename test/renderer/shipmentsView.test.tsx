// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShipmentRow } from '../../shared/engine/engineApi';
import { ShipmentsView, shipmentPageSize } from '../../renderer/components/ShipmentsView';
import { FakeEngine, shipmentRow } from './support/fakeEngine';

const consignees = ['Oakhurst Home Ltd', 'Albion Apparel Distribution Ltd', 'Trentside Engineering Supplies Ltd', 'Greenvolt Renewables UK Ltd', 'Westgate Food Ingredients Ltd'];

function manyRows(count: number): ShipmentRow[] {
  return Array.from({ length: count }, (_, index) =>
    shipmentRow(index + 1, { consigneeName: consignees[index % consignees.length] ?? null, grossWeightKg: 1000 + ((index * 37) % 500) }),
  );
}

function renderView(engine: FakeEngine, onSelect: (row: ShipmentRow) => void = () => undefined, selectedLineId: number | null = null) {
  return render(<ShipmentsView engine={engine} dataVersion={1} selectedLineId={selectedLineId} onSelect={onSelect} onImportManifests={null} />);
}

// Plain DOM queries over the 1,200 cells of a page: role queries are too slow for polling.
function shipmentsTable(): HTMLTableElement {
  const table = document.querySelector<HTMLTableElement>('table[aria-label="Shipments"]');
  if (!table) throw new Error('no shipments table');
  return table;
}

function bodyRows(): HTMLTableRowElement[] {
  return [...shipmentsTable().tBodies[0]!.rows].filter((row) => row.cells.length > 1);
}

function consigneeCells(): string[] {
  const headers = [...shipmentsTable().tHead!.rows[0]!.cells];
  const column = headers.findIndex((header) => header.textContent?.includes('Consignee'));
  return bodyRows().map((row) => row.cells[column]?.textContent ?? '');
}

function header(name: RegExp): HTMLElement {
  return within(shipmentsTable().tHead!).getByRole('columnheader', { name });
}

function sortButton(name: RegExp): HTMLElement {
  return within(shipmentsTable().tHead!).getByRole('button', { name });
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('ShipmentsView', () => {
  it('asks the engine for the first page of 100 lines in B/L order and shows it', async () => {
    const engine = new FakeEngine(manyRows(250));
    renderView(engine);
    await waitFor(() => expect(bodyRows()).toHaveLength(shipmentPageSize));
    expect(engine.queries[0]).toEqual({ text: undefined, sortBy: 'billOfLadingNumber', sortDirection: 'asc', offset: 0, limit: 100 });
    expect(screen.getByText('250 lines')).toBeTruthy();
    expect(screen.getByText('1–100 of 250')).toBeTruthy();
    expect(header(/B\/L No\./).getAttribute('aria-sort')).toBe('ascending');
  });

  it('requests sorted pages from the engine when a column header is clicked, toggling the direction', async () => {
    const engine = new FakeEngine(manyRows(250));
    renderView(engine);
    await waitFor(() => expect(bodyRows()).toHaveLength(100));

    fireEvent.click(sortButton(/Consignee/));
    await waitFor(() => expect(consigneeCells()[0]).toBe('Albion Apparel Distribution Ltd'));
    expect(engine.queries.at(-1)).toMatchObject({ sortBy: 'consigneeName', sortDirection: 'asc', offset: 0 });
    expect(header(/Consignee/).getAttribute('aria-sort')).toBe('ascending');
    expect(header(/B\/L No\./).getAttribute('aria-sort')).toBe('none');

    fireEvent.click(sortButton(/Consignee/));
    await waitFor(() => expect(consigneeCells()[0]).toBe('Westgate Food Ingredients Ltd'));
    expect(engine.queries.at(-1)).toMatchObject({ sortBy: 'consigneeName', sortDirection: 'desc', offset: 0 });
    expect(header(/Consignee/).getAttribute('aria-sort')).toBe('descending');
  });

  it('pages with the pager and goes back to the first page when the sort changes', async () => {
    const engine = new FakeEngine(manyRows(250));
    renderView(engine);
    await waitFor(() => expect(bodyRows()).toHaveLength(100));

    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText('101–200 of 250')).toBeTruthy());
    expect(engine.queries.at(-1)).toMatchObject({ offset: 100, limit: 100 });

    fireEvent.click(screen.getByRole('button', { name: 'Last page' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(50));
    expect(engine.queries.at(-1)).toMatchObject({ offset: 200 });
    expect((screen.getByRole('button', { name: 'Next page' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(sortButton(/Gross wt/));
    await waitFor(() => expect(screen.getByText('1–100 of 250')).toBeTruthy());
    expect(engine.queries.at(-1)).toMatchObject({ sortBy: 'grossWeightKg', sortDirection: 'asc', offset: 0 });
  });

  it('filters once typing pauses, with one request for the whole word, from the first page', async () => {
    const engine = new FakeEngine(manyRows(250));
    renderView(engine);
    await waitFor(() => expect(bodyRows()).toHaveLength(100));
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(engine.queries.at(-1)?.offset).toBe(100));
    const requestsBefore = engine.queries.length;

    vi.useFakeTimers();
    const filter = screen.getByRole('searchbox', { name: 'Filter shipments' });
    for (const text of ['g', 'gr', 'gre', 'greenvolt']) {
      fireEvent.change(filter, { target: { value: text } });
      await act(async () => {
        vi.advanceTimersByTime(100);
      });
    }
    expect(engine.queries.length).toBe(requestsBefore);
    await act(async () => {
      vi.advanceTimersByTime(300);
    });
    vi.useRealTimers();

    await waitFor(() => expect(screen.getByText('50 matching lines')).toBeTruthy());
    const filtered = engine.queries.slice(requestsBefore);
    expect(filtered.map((query) => query.text)).toEqual(['greenvolt']);
    expect(filtered[0]).toMatchObject({ offset: 0, limit: 100 });
    expect(new Set(consigneeCells())).toEqual(new Set(['Greenvolt Renewables UK Ltd']));
  });

  it('ignores a late answer to an older request', async () => {
    const engine = new FakeEngine(manyRows(250));
    let releaseFirst: () => void = () => undefined;
    engine.listGates.set(0, new Promise<void>((resolve) => (releaseFirst = resolve)));
    renderView(engine);
    await waitFor(() => expect(engine.queries).toHaveLength(1));

    fireEvent.click(sortButton(/Consignee/));
    await waitFor(() => expect(consigneeCells()[0]).toBe('Albion Apparel Distribution Ltd'));
    await act(async () => releaseFirst());
    expect(consigneeCells()[0]).toBe('Albion Apparel Distribution Ltd');
    expect(header(/Consignee/).getAttribute('aria-sort')).toBe('ascending');
  });

  it('selects lines by click and moves the selection with the arrow keys', async () => {
    const engine = new FakeEngine(manyRows(5));
    const onSelect = vi.fn<(row: ShipmentRow) => void>();
    const { rerender } = renderView(engine, onSelect);
    await waitFor(() => expect(bodyRows()).toHaveLength(5));

    fireEvent.click(bodyRows()[1] as HTMLElement);
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ lineId: 2 }));
    rerender(<ShipmentsView engine={engine} dataVersion={1} selectedLineId={2} onSelect={onSelect} onImportManifests={null} />);
    expect(bodyRows()[1]?.getAttribute('aria-selected')).toBe('true');
    expect(bodyRows()[1]?.tabIndex).toBe(0);
    expect(bodyRows()[0]?.tabIndex).toBe(-1);

    fireEvent.keyDown(bodyRows()[1] as HTMLElement, { key: 'ArrowDown' });
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ lineId: 3 }));
    expect(document.activeElement).toBe(bodyRows()[2]);
    fireEvent.keyDown(bodyRows()[1] as HTMLElement, { key: 'End' });
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ lineId: 5 }));
  });

  it('shows the engine error instead of rows when a page cannot be loaded', async () => {
    const engine = new FakeEngine(manyRows(3));
    engine.listShipments = async () => {
      throw new Error('no such column: line.hs_code');
    };
    renderView(engine);
    expect((await screen.findByRole('alert')).textContent).toContain('no such column: line.hs_code');
  });
});
