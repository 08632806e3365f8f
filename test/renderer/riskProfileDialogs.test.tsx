// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LearnFromOutcomesDialog } from '../../renderer/components/LearnFromOutcomesDialog';
import { RiskProfileDialog } from '../../renderer/components/RiskProfileDialog';
import { TargetsView } from '../../renderer/components/TargetsView';
import { defaultRiskProfile } from '../../shared/risk/riskProfile';
import { parseRiskProfile } from '../../shared/risk/riskProfileFile';
import { riskRules } from '../../shared/risk/rules/riskRules';
import { FakeEngine } from './support/fakeEngine';
import { FakeHost } from './support/fakeHost';
import { insertRiskTarget } from '../risk/support/storedRiskTargets';

/**
 * The risk profile dialog and the learn-from-outcomes dialog over the engine's own services
 * (FakeRisks: a real in-memory store): editing every rule's weight and parameters and the
 * threshold, saving, choosing the profile scoring uses, export and import through the host; the
 * rules' hit rates on examination outcomes, a proposal with its held-out evaluation, and Apply.
 */
afterEach(cleanup);

function renderProfileDialog(engine: FakeEngine, host = new FakeHost()) {
  const changes: string[] = [];
  render(<RiskProfileDialog engine={engine} host={host} workspaceName="Op Tile" marking="OFFICIAL-SENSITIVE" onChanged={() => changes.push('changed')} onClose={() => changes.push('closed')} />);
  return { host, changes };
}

describe('the risk profile dialog', () => {
  it('shows every rule with its title, description, weight and parameters, and saves an edited profile that scoring then uses', async () => {
    const engine = new FakeEngine([]);
    const { changes } = renderProfileDialog(engine);
    const rules = await screen.findByRole('table', { name: 'Rules' });
    expect(screen.getByTestId('profile-in-use').textContent).toBe('the built-in default profile');
    for (const rule of riskRules) {
      const row = rules.querySelector(`tr[data-rule="${rule.id}"]`) as HTMLElement;
      expect(row.textContent).toContain(rule.title);
      expect(row.textContent).toContain(rule.description);
      expect((within(row).getByLabelText(`Weight of ${rule.title}`) as HTMLInputElement).value).toBe(String(rule.weight));
      for (const parameter of rule.parameters) expect((within(row).getByLabelText(`${rule.title}: ${parameter.title}`) as HTMLInputElement).value).toBe(String(parameter.defaultValue));
    }
    fireEvent.change(screen.getByLabelText('Profile name'), { target: { value: 'Port team' } });
    fireEvent.change(screen.getByLabelText('Target threshold'), { target: { value: '4.5' } });
    fireEvent.change(screen.getByLabelText('Weight of Undervaluation'), { target: { value: '4' } });
    fireEvent.change(screen.getByLabelText('Behaviour change: Days at the end of the data that are recent'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Profile description'), { target: { value: 'Felixstowe desk' } });
    fireEvent.click(screen.getByLabelText('Use it for scoring'));
    fireEvent.click(screen.getByRole('button', { name: 'Save as a new profile' }));
    expect((await screen.findByRole('status')).textContent).toBe("Saved the risk profile 'Port team' (version 1); scoring uses it: score again to rank with it.");
    expect(changes).toEqual(['changed']);
    const [call] = engine.risks.profileCalls;
    expect(call?.method).toBe('saveRiskProfile');
    const saved = (await engine.listRiskProfiles()).inUse;
    expect(saved).toMatchObject({ name: 'Port team', description: 'Felixstowe desk', thresholds: { target: 4.5 } });
    expect(saved.weights).toEqual({ ...defaultRiskProfile.weights, undervaluation: 4 });
    expect(saved.parameters['behaviour-change']).toMatchObject({ recentDays: 30, minimumHistoryBills: 8 });
    await waitFor(() => expect(screen.getByTestId('profile-in-use').textContent).toBe("the profile 'Port team'"));

    // The same name saves the next version; a number that does not read is named and nothing is saved.
    expect(screen.getByRole('button', { name: 'Save as a new version' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Weight of Split shipments to related consignees'), { target: { value: 'lots' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save as a new version' }));
    expect((await screen.findByRole('alert')).textContent).toBe('the weight of Split shipments to related consignees "lots" is not a number');
    fireEvent.change(screen.getByLabelText('Weight of Split shipments to related consignees'), { target: { value: '-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save as a new version' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe("risk profile 'Port team': weight of split-shipments must be a number ≥ 0"));
    expect(engine.risks.profileCalls.filter((entry) => entry.method === 'saveRiskProfile')).toHaveLength(2);

    // Back to the default for scoring.
    fireEvent.change(screen.getByLabelText('Profile to edit'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use the default' }));
    await waitFor(() => expect(screen.getByTestId('profile-in-use').textContent).toBe('the built-in default profile'));
    expect((await engine.listRiskProfiles()).activeName).toBeNull();
  });

  it('exports a profile as a marked JSON file through the host and imports one, naming what is wrong with a bad file', async () => {
    const engine = new FakeEngine([]);
    // The workspace's marking, as the engine keeps it: the file carries it, its name starts with it.
    (await engine.risks.store()).setSetting('marking', 'OFFICIAL-SENSITIVE');
    await engine.saveRiskProfile({ ...defaultRiskProfile, name: 'Port team', thresholds: { target: 5 } });
    const { host } = renderProfileDialog(engine);
    await screen.findByRole('table', { name: 'Rules' });
    fireEvent.change(screen.getByLabelText('Profile to edit'), { target: { value: 'Port team' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(host.savedExports).toHaveLength(1));
    const [request] = host.savedExports;
    expect(request).toMatchObject({ format: 'json', suggestedName: 'OFFICIAL-SENSITIVE - Op Tile - risk profile Port team.json' });
    const text = new TextDecoder().decode(request?.bytes);
    expect(JSON.parse(text)).toMatchObject({ marking: 'OFFICIAL-SENSITIVE', format: 'manifest-lens-risk-profile', name: 'Port team' });
    expect(parseRiskProfile(text, 'x.json')).toEqual({ ...defaultRiskProfile, name: 'Port team', thresholds: { target: 5 } });
    expect(await screen.findByRole('status')).toBeTruthy();

    const input = screen.getByLabelText('Import risk profile file');
    fireEvent.change(input, { target: { files: [new File(['{"format": "manifest-lens-risk-profile", "version": 1, "name": "Cut'], 'cut.json')] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Importing the risk profile file cut\.json failed: cut\.json: not a JSON file/);
    fireEvent.change(input, { target: { files: [new File([text.replace('"Port team"', '"Airport"')], 'airport.json')] } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe("Imported the risk profile 'Airport' from airport.json (version 1)."));
    expect((screen.getByLabelText('Profile name') as HTMLInputElement).value).toBe('Airport');
    expect((await engine.listRiskProfiles()).profiles.map((saved) => saved.profile.name)).toEqual(['Airport', 'Port team']);
  });
});

/** A scored store of 20 bills, 8 of them seizures: undervaluation found 7 of the 8 and 1 no find; new-trader every other bill. */
async function engineWithOutcomes(): Promise<{ engine: FakeEngine; outcomesCsv: string }> {
  const engine = new FakeEngine([]);
  const store = await engine.risks.store();
  store.run("INSERT INTO import_batch (source_file, content_sha256, imported_at, encoding, delimiter, column_mapping, rows_read, rows_stored, rows_rejected) VALUES ('m.csv', 'x', 't', 'utf-8', ',', '{}', 20, 20, 0)");
  const batch = store.lastInsertRowId();
  const rows: string[] = ['bill_of_lading_number,examination_date,result'];
  store.run("INSERT INTO risk_run (id, scored_at, duration_ms, profile, summary) VALUES (1, '2026-06-01T10:00:00Z', 5, ?, ?)", [
    JSON.stringify(defaultRiskProfile),
    JSON.stringify({ scoredAt: '2026-06-01T10:00:00Z', shipmentsWithScore: 20, tradersWithScore: 0, profile: defaultRiskProfile }),
  ]);
  for (let index = 1; index <= 20; index += 1) {
    const number = `MSKU${String(index).padStart(4, '0')}`;
    store.run('INSERT INTO bill_of_lading (bill_of_lading_number, batch_id, source_row) VALUES (?, ?, ?)', [number, batch, index]);
    const seized = index <= 8;
    const evidence = [];
    if (index <= 7 || index === 12) evidence.push({ ruleId: 'undervaluation', reason: 'cheap', points: 2.5, facts: {} });
    if (index % 2 === 0) evidence.push({ ruleId: 'new-trader', reason: 'new', points: 0.75, facts: {}, via: 'consignee' });
    const score = evidence.reduce((sum, item) => sum + item.points, 0);
    insertRiskTarget(store, { kind: 'shipment', rank: index, ref: number, name: 'ACME', score, evidence });
    rows.push(`${number},2026-05-${String(index).padStart(2, '0')},${seized ? 'seizure' : 'no find'}`);
  }
  return { engine, outcomesCsv: `${rows.join('\r\n')}\r\n` };
}

describe('the learn-from-outcomes dialog', () => {
  it('imports outcomes, shows the rules\' hit rates and lift, proposes weights with the held-out evaluation, and applies them as a new profile version', async () => {
    const { engine, outcomesCsv } = await engineWithOutcomes();
    const changes: string[] = [];
    render(<LearnFromOutcomesDialog engine={engine} onChanged={() => changes.push('changed')} onClose={() => undefined} />);
    const propose = await screen.findByRole('button', { name: 'Propose weights' });
    expect((propose as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Import outcomes file'), { target: { files: [new File([`${outcomesCsv}MSKU9999,2026-05-30,maybe\r\n`], 'outcomes.csv')] } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Read 20 examination outcomes from outcomes.csv (8 seizures, 12 no find), 20 of their bills in this workspace; 1 row rejected: row 22: result "maybe" is neither seizure nor no find.',
    );
    expect(changes).toEqual(['changed']);
    const rates = await screen.findByRole('table', { name: 'Hit rates' });
    expect(screen.getByRole('heading', { name: 'Hit rates on 20 examined bills: 8 seizures (40 %)' })).toBeTruthy();
    const undervaluation = within(rates).getByRole('row', { name: /Undervaluation/ });
    expect([...undervaluation.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['8', '7', '88 %', '2.19']);

    fireEvent.click(screen.getByRole('button', { name: 'Propose weights' }));
    const weights = await screen.findByRole('table', { name: 'Current and proposed weights' });
    const row = weights.querySelector('tr[data-rule="undervaluation"]') as HTMLElement;
    const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent);
    expect(cells.slice(0, 3)).toEqual(['8 / 7', '2.19', '2.5']);
    expect(Number(cells[3])).toBeGreaterThan(1);
    expect(cells[4]).toBe('learned');
    expect(weights.querySelector('tr[data-rule="split-shipments"]')?.textContent).toContain('found 0 examined bills, fewer than 5: kept');
    const evaluation = screen.getByRole('table', { name: 'Held-out evaluation' });
    expect(evaluation.textContent).toContain('stratified 5-fold cross-validation');
    expect(within(evaluation).getByRole('row', { name: /^Proposed/ }).textContent).toMatch(/seizure rate alone 0\.673/);
    // Nothing changed yet.
    expect((await engine.listRiskProfiles()).profiles).toEqual([]);

    expect((screen.getByLabelText('Name of the learned profile') as HTMLInputElement).value).toBe('Learned from outcomes');
    fireEvent.click(screen.getByRole('button', { name: 'Apply as a new profile version' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe("Saved the learned weights as 'Learned from outcomes' (version 1); scoring uses it. Score again to rank with it."));
    const list = await engine.listRiskProfiles();
    expect(list.activeName).toBe('Learned from outcomes');
    expect(list.inUse.learning?.trainingBills).toHaveLength(20);
    expect(list.inUse.weights.undervaluation).toBe(Number(cells[3]));
    expect(engine.risks.profileCalls.map((call) => call.method)).toEqual(['learnRiskWeights', 'applyLearnedWeights']);
    expect(screen.queryByRole('table', { name: 'Current and proposed weights' })).toBeNull();
  });

  it('says what is missing before there is anything to learn from', async () => {
    const engine = new FakeEngine([]);
    render(<LearnFromOutcomesDialog engine={engine} onChanged={() => undefined} onClose={() => undefined} />);
    expect(await screen.findByText('Risks have not been scored in this workspace yet: score them first, then learn from outcomes.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Propose weights' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('the Targets view', () => {
  it('opens the risk profile and learn-from-outcomes dialogs from its header', async () => {
    const engine = new FakeEngine([]);
    render(
      <TargetsView engine={engine} host={new FakeHost()} workspaceName="Op Tile" marking="OFFICIAL-SENSITIVE" dataKey="0" showNotice={() => undefined} onChanged={() => undefined} commandsDisabled={false} />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Risk profile…' }));
    expect(await screen.findByRole('dialog', { name: 'Risk profile' })).toBeTruthy();
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Risk profile' })).getByRole('button', { name: 'Close' }));
    fireEvent.click(screen.getByRole('button', { name: 'Learn from outcomes…' }));
    expect(await screen.findByRole('dialog', { name: 'Learn from outcomes' })).toBeTruthy();
  });
});
