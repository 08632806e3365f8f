// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BriefingPackDialog } from '../../renderer/components/BriefingPackDialog';
import { keepBriefingSnapshot } from '../../renderer/hooks/useBriefingSnapshot';
import type { BriefingPackRequest } from '../../shared/engine/exportApi';
import { loadExcelJs, targetListSheetName } from '../../shared/exports/targetListXlsx';
import { parseMarkingLine } from '../../shared/markings/markingLine';
import { FakeEngine } from './support/fakeEngine';
import { renderTargetsView, writeScoring } from './support/targetsViewHarness';

/**
 * The Targets view's exports beyond CSV (issue 9): the XLSX workbook the engine writes, and the
 * Briefing pack dialog (cover fields, targets, the network picture kept from the Network view)
 * whose PDF is saved through the host and recorded in the audit trail.
 */
afterEach(() => {
  cleanup();
  keepBriefingSnapshot(null);
});

const markingLine = parseMarkingLine('OFFICIAL-SENSITIVE [COMMERCIAL] RELEASABLE TO: POLICE, BORDER FORCE');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function engineWithTargets(): Promise<FakeEngine> {
  const engine = new FakeEngine([]);
  await engine.newWorkspace('Op Tile', markingLine);
  writeScoring(await engine.risks.store(), [
    { kind: 'shipment', rank: 1, ref: 'MSKU0001', name: '@EVIL LTD', score: 5, evidence: [{ ruleId: 'undervaluation', reason: 'value per kg low', points: 5, facts: {} }] },
    { kind: 'trader', rank: 1, ref: 'T:9', name: 'FRONT CO', score: 3.5, evidence: [] },
  ]);
  await engine.addTarget({ kind: 'shipment', ref: 'MSKU0001', notes: '=1+1' });
  await engine.addTarget({ kind: 'trader', ref: 'T:9' });
  return engine;
}

describe('target list exports', () => {
  it('saves the XLSX workbook the engine writes, marked, and records the export', async () => {
    const engine = await engineWithTargets();
    const { host, notices } = renderTargetsView(engine, { markingLine });
    await screen.findByRole('table', { name: 'Target list' });
    fireEvent.click(screen.getByRole('button', { name: 'Export XLSX' }));
    await waitFor(() => expect(host.savedExports).toHaveLength(1));
    const [request] = host.savedExports;
    expect(request?.format).toBe('xlsx');
    expect(request?.suggestedName).toBe('OFFICIAL-SENSITIVE COMMERCIAL - Op Tile - targets.xlsx');
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(request?.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(targetListSheetName);
    expect(sheet?.getCell(1, 1).value).toBe('OFFICIAL-SENSITIVE [COMMERCIAL] | RELEASABLE TO: POLICE, BORDER FORCE');
    expect(sheet?.getCell(3, 4).value).toBe("'@EVIL LTD");
    expect(sheet?.getCell(3, 8).value).toBe("'=1+1");
    await waitFor(() => expect(notices).toContain('success: Saved OFFICIAL-SENSITIVE COMMERCIAL - Op Tile - targets.xlsx'));
    expect(engine.audit.exports.map((entry) => `${entry.what} ${entry.format} ${entry.outcome}`)).toEqual(['targets xlsx done']);
  });

  it('puts the full marking on the first and last line of the CSV', async () => {
    const engine = await engineWithTargets();
    const { host } = renderTargetsView(engine, { markingLine });
    await screen.findByRole('table', { name: 'Target list' });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(host.savedExports).toHaveLength(1));
    const lines = new TextDecoder().decode(host.savedExports[0]?.bytes).split('\r\n');
    expect(lines[0]).toBe('"OFFICIAL-SENSITIVE [COMMERCIAL] | RELEASABLE TO: POLICE, BORDER FORCE"');
    expect(lines.at(-2)).toBe(lines[0]);
    expect(lines.at(-1)).toBe('');
  });

  it('makes a briefing pack from the dialog with the kept network picture, saves it and records it', async () => {
    const engine = await engineWithTargets();
    keepBriefingSnapshot({ png, caption: 'Op Tile: trader-network, 12 traders and 20 links', workspaceName: 'Op Tile', takenAt: '2026-03-02T10:00:00Z' });
    const { host, notices } = renderTargetsView(engine, { markingLine });
    await screen.findByRole('table', { name: 'Target list' });
    fireEvent.click(screen.getByRole('button', { name: 'Briefing pack…' }));
    const dialog = screen.getByRole('dialog', { name: 'Briefing pack' });
    const save = within(dialog).getByRole('button', { name: 'Save PDF' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(dialog.textContent).toContain('Needs an author.');
    fireEvent.change(within(dialog).getByLabelText('Operation'), { target: { value: 'Operation Harbour Light' } });
    fireEvent.change(within(dialog).getByLabelText('Author'), { target: { value: 'J. Analyst' } });
    fireEvent.change(within(dialog).getByLabelText('Date'), { target: { value: '2026-03-02' } });
    fireEvent.change(within(dialog).getByLabelText('Distribution (one a line)'), { target: { value: 'NCA Maritime\n\n Border Force ' } });
    fireEvent.change(within(dialog).getByLabelText('Summary'), { target: { value: 'Two targets.' } });
    fireEvent.click(within(dialog).getByLabelText(/trader T:9/));
    expect(within(dialog).getByLabelText(/Kept from the Network view/)).toHaveProperty('checked', true);
    fireEvent.click(save);
    await waitFor(() => expect(host.savedExports).toHaveLength(1));
    const request = engine.briefingPackRequests[0] as BriefingPackRequest;
    expect(request).toMatchObject({ operationName: 'Operation Harbour Light', author: 'J. Analyst', date: '2026-03-02', distribution: ['NCA Maritime', 'Border Force'], summary: 'Two targets.', targets: [{ kind: 'shipment', ref: 'MSKU0001' }] });
    expect([...(request.graph?.png ?? [])]).toEqual([...png]);
    expect(request.graph?.caption).toBe('Op Tile: trader-network, 12 traders and 20 links');
    expect(host.savedExports[0]).toMatchObject({ format: 'pdf', suggestedName: 'OFFICIAL-SENSITIVE - Operation Harbour Light - briefing pack.pdf' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(notices).toContain('success: Saved OFFICIAL-SENSITIVE - Operation Harbour Light - briefing pack.pdf');
    expect(engine.audit.exports.map((entry) => `${entry.what} ${entry.format} ${entry.outcome}`)).toEqual(['briefing-pack pdf done']);
  });
});

describe('entities for Aleph', () => {
  it('saves the FollowTheMoney file the engine writes and records the export', async () => {
    const engine = await engineWithTargets();
    const { host, notices } = renderTargetsView(engine, { markingLine });
    await screen.findByRole('table', { name: 'Target list' });
    fireEvent.click(screen.getByRole('button', { name: 'Export entities (FtM)' }));
    await waitFor(() => expect(host.savedExports).toHaveLength(1));
    expect(host.savedExports[0]).toMatchObject({ format: 'ftm-jsonl', suggestedName: 'OFFICIAL-SENSITIVE - Op Tile - entities.ftm.jsonl' });
    await waitFor(() => expect(notices).toContain('success: Saved OFFICIAL-SENSITIVE - Op Tile - entities.ftm.jsonl'));
    expect(engine.audit.exports.map((entry) => `${entry.what} ${entry.format} ${entry.outcome}`)).toEqual(['ftm-entities ftm-jsonl done']);
  });
});

describe('a workspace for a partner agency', () => {
  it('offers the agencies the marking is releasable to and saves the subset the engine writes', async () => {
    const engine = await engineWithTargets();
    const { host, notices } = renderTargetsView(engine, { markingLine });
    await screen.findByRole('table', { name: 'Target list' });
    fireEvent.click(screen.getByRole('button', { name: 'For a partner…' }));
    const dialog = screen.getByRole('dialog', { name: 'Workspace for a partner agency' });
    const agency = within(dialog).getByLabelText('Agency') as HTMLSelectElement;
    expect([...agency.options].map((option) => option.value)).toEqual(['POLICE', 'BORDER FORCE']);
    fireEvent.change(agency, { target: { value: 'BORDER FORCE' } });
    fireEvent.click(within(dialog).getByLabelText(/shipment MSKU0001/));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save workspace' }));
    await waitFor(() => expect(host.savedExports).toHaveLength(1));
    expect(engine.partnerRequests).toEqual([{ agency: 'BORDER FORCE', targets: [{ kind: 'trader', ref: 'T:9' }] }]);
    expect(host.savedExports[0]).toMatchObject({ format: 'mlens', suggestedName: 'OFFICIAL-SENSITIVE - Op Tile for BORDER FORCE.mlens' });
    await waitFor(() => expect(notices).toContain('success: Saved OFFICIAL-SENSITIVE - Op Tile for BORDER FORCE.mlens'));
    expect(engine.audit.exports.map((entry) => `${entry.what} ${entry.format} ${entry.outcome}`)).toEqual(['partner-workspace mlens done']);
  });
});

describe('the Briefing pack dialog', () => {
  const entries = [
    { kind: 'shipment' as const, ref: 'B1', name: 'A LTD', priority: 1 as const, status: 'proposed' as const, notes: '', agency: '', scoreWhenAdded: 4, reasonsWhenAdded: [], currentScore: 4, currentReasons: [], addedAt: '', addedBy: '', updatedAt: '' },
  ];

  it('keeps the dialog open with the engine\'s reason when the pack cannot be made', async () => {
    render(<BriefingPackDialog workspaceName="W" entries={entries} today="2026-03-02" onGenerate={() => Promise.reject(new RangeError('not on the target list: shipment B1'))} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Briefing pack' });
    fireEvent.change(within(dialog).getByLabelText('Author'), { target: { value: 'A' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save PDF' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('not on the target list: shipment B1');
  });

  it('refuses a picture file that is not a PNG, and offers no kept picture of another workspace', async () => {
    keepBriefingSnapshot({ png, caption: 'other', workspaceName: 'Another workspace', takenAt: '' });
    render(<BriefingPackDialog workspaceName="W" entries={entries} today="2026-03-02" onGenerate={() => Promise.resolve()} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Briefing pack' });
    expect(within(dialog).getByLabelText(/None kept from the Network view/)).toHaveProperty('disabled', true);
    fireEvent.click(within(dialog).getByLabelText('A PNG file'));
    fireEvent.change(within(dialog).getByLabelText('PNG file'), { target: { files: [new File(['GIF89a'], 'graph.gif', { type: 'image/gif' })] } });
    expect((await within(dialog).findByRole('alert')).textContent).toBe('graph.gif is not a PNG image');
    fireEvent.change(within(dialog).getByLabelText('Author'), { target: { value: 'A' } });
    expect(within(dialog).getByRole('button', { name: 'Save PDF' })).toHaveProperty('disabled', true);
  });
});
