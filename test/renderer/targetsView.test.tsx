// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/components/App';
import { firstStartStorageKey } from '../../renderer/hooks/firstStart';
import { targetListCsvHeader } from '../../shared/exports/targetListCsv';
import { FakeEngine } from './support/fakeEngine';
import { FakeHost } from './support/fakeHost';
import { renderTargetsView, writeScoring } from './support/targetsViewHarness';

/**
 * The Targets view over the engine's own risk and target-list services (see FakeRisks): the
 * ranked risks with their reasons, adding one to the target list, editing it in place, removing
 * it after asking, and the CSV export (formula-safe, marked).
 */
const hostileName = "=cmd|' /C calc'!A0";

async function engineWithRisks(): Promise<FakeEngine> {
  const engine = new FakeEngine([]);
  const evidence = [
    { ruleId: 'undervaluation', reason: 'value per kg 2.32 USD vs median 17.69 for HS 640411', points: 4.25, facts: { hsCode: '640411', robustZ: -14.5 } },
    { ruleId: 'new-trader', reason: 'consignee first seen 40 days after the data begins', points: 0.75, facts: { days: 40 }, via: 'consignee' },
  ];
  writeScoring(await engine.risks.store(), [
    { kind: 'shipment', rank: 1, ref: 'MSKU0001', name: hostileName, score: 5, evidence },
    { kind: 'shipment', rank: 2, ref: 'MSKU0002', name: 'PLAIN LTD', score: 1, evidence: [{ ruleId: 'new-trader', reason: 'new', points: 1, facts: {} }] },
    { kind: 'trader', rank: 1, ref: 'T:9', name: 'FRONT CO', score: 3.5, evidence: [] },
  ]);
  return engine;
}

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(firstStartStorageKey, '2026-03-01T08:00:00.000Z');
});
afterEach(cleanup);

describe('the Targets view', () => {
  it('shows the ranked risks with expandable reasons and adds one to the target list by its ref', async () => {
    const engine = await engineWithRisks();
    renderTargetsView(engine);
    const risks = await screen.findByRole('table', { name: 'Ranked risks' });
    await waitFor(() => expect(risks.querySelectorAll('tbody tr')).toHaveLength(2));
    const reasonsButton = within(risks).getByRole('button', { name: /value per kg 2.32 USD/ });
    expect(reasonsButton.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(reasonsButton);
    const reasons = within(risks).getByRole('list', { name: 'Reasons' });
    expect([...reasons.querySelectorAll('.risk-reason__points')].map((node) => node.textContent)).toEqual(['+4.25', '+0.75']);
    expect(reasons.textContent).toContain('robustZ');
    expect(reasons.textContent).toContain('-14.5');
    expect(reasons.textContent).toContain('new-trader via consignee');

    fireEvent.click(within(risks).getByRole('button', { name: 'Add MSKU0001 to targets' }));
    const list = await screen.findByRole('table', { name: 'Target list' });
    expect(engine.risks.targetCalls).toEqual([{ method: 'addTarget', args: [{ kind: 'shipment', ref: 'MSKU0001' }] }]);
    expect(within(list).getByText('MSKU0001')).toBeTruthy();
    await waitFor(() => expect(within(risks).getByRole('button', { name: 'Add MSKU0001 to targets' }).textContent).toBe('On the list'));
    expect((within(risks).getByRole('button', { name: 'Add MSKU0001 to targets' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('tab', { name: /Traders/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add T:9 to targets' }));
    await waitFor(() => expect(engine.risks.targetCalls.at(-1)).toEqual({ method: 'addTarget', args: [{ kind: 'trader', ref: 'T:9' }] }));
  });

  it('edits status, agency and notes in place, and removes a target only after asking', async () => {
    const engine = await engineWithRisks();
    await engine.addTarget({ kind: 'shipment', ref: 'MSKU0001' });
    engine.risks.targetCalls.length = 0;
    renderTargetsView(engine);
    const list = await screen.findByRole('table', { name: 'Target list' });
    fireEvent.change(within(list).getByRole('combobox', { name: 'Status of MSKU0001' }), { target: { value: 'approved' } });
    await waitFor(() => expect(engine.risks.targetCalls).toEqual([{ method: 'updateTarget', args: [{ kind: 'shipment', ref: 'MSKU0001' }, { status: 'approved' }] }]));
    const agency = within(list).getByRole('textbox', { name: 'Agency of MSKU0001' });
    fireEvent.change(agency, { target: { value: 'Border Force' } });
    fireEvent.blur(agency);
    await waitFor(() => expect(engine.risks.targetCalls.at(-1)).toEqual({ method: 'updateTarget', args: [{ kind: 'shipment', ref: 'MSKU0001' }, { agency: 'Border Force' }] }));
    expect((await engine.targetList())[0]).toMatchObject({ status: 'approved', agency: 'Border Force' });
    expect((await engine.targetHistory()).map((entry) => entry.action)).toEqual(['add', 'update', 'update']);

    fireEvent.click(within(list).getByRole('button', { name: 'Remove MSKU0001' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove from the target list' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(engine.risks.targetCalls.some((call) => call.method === 'removeTarget')).toBe(false);
    fireEvent.click(within(list).getByRole('button', { name: 'Remove MSKU0001' }));
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Remove from the target list' })).getByRole('button', { name: 'Remove' }));
    await screen.findByText(/No targets yet/);
    expect(engine.risks.targetCalls.at(-1)).toEqual({ method: 'removeTarget', args: [{ kind: 'shipment', ref: 'MSKU0001' }, undefined] });
  });

  it('exports the target list as formula-safe CSV with the marking in the file name and on the first line', async () => {
    const engine = await engineWithRisks();
    await engine.addTarget({ kind: 'shipment', ref: 'MSKU0001', priority: 'high', notes: '@SUM(A1:A2)', agency: '+44 Border Force' });
    const { host, notices } = renderTargetsView(engine);
    await screen.findByRole('table', { name: 'Target list' });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(host.savedExports).toHaveLength(1));
    const [request] = host.savedExports;
    expect(request?.format).toBe('csv');
    expect(request?.suggestedName).toBe('OFFICIAL-SENSITIVE - Op Tile - targets.csv');
    const lines = new TextDecoder().decode(request?.bytes).split('\r\n');
    expect(lines[0]).toBe('OFFICIAL-SENSITIVE');
    expect(lines[1]).toBe(targetListCsvHeader.join(','));
    const cells = lines[2]?.split(',') ?? [];
    expect(cells.slice(0, 8)).toEqual(['1', 'shipment', 'MSKU0001', `'${hostileName}`, 'high', 'proposed', "'+44 Border Force", "'@SUM(A1:A2)"]);
    // No cell of the file starts a formula.
    for (const line of lines.slice(1)) for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    await waitFor(() => expect(notices).toContain('success: Saved OFFICIAL-SENSITIVE - Op Tile - targets.csv'));
  });

  it('offers to score risks when they were never scored, from the sidebar entry', async () => {
    const engine = new FakeEngine([]);
    render(<App engine={engine} host={new FakeHost()} />);
    await screen.findByText('Engine ready');
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Workspace' })).getByRole('button', { name: /Targets/ }));
    await screen.findByRole('heading', { name: 'Targets' });
    const score = await screen.findAllByRole('button', { name: 'Score risks' });
    fireEvent.click(score.at(-1) as HTMLElement);
    await waitFor(() => expect(engine.risks.scoredProfiles).toEqual([undefined]));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Score again' })).toBeTruthy());
  });
});
