import { describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../../shared/engine/demoWorkspace';
import { joinWorkspaceFileParts } from '../../../shared/workspace/workspaceFile';
import { newEngine } from '../../support/engineHarness';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('source documents', () => {
  it('keeps documents byte for byte, once per content, and reads them back as text', async () => {
    const engine = await newEngine();
    const report = encode('REFERENCE: NCA/2026/0042\nGRADING: B2\nHANDLING CODE: P\n<script>alert(1)</script>\n');
    const receipts = await engine.addSourceDocuments([
      { kind: 'intelligence-report', fileName: 'report-42.txt', bytes: report },
      { kind: 'intelligence-report', fileName: 'copy-of-report-42.txt', bytes: report },
      { kind: 'watchlist', fileName: 'list.csv', bytes: Uint8Array.from([0x4e, 0x41, 0x4d, 0x45, 0x0a, 0x53, 0x4f, 0x43, 0x49, 0xc9, 0x54, 0xc9]) },
    ]);
    expect(receipts.map((receipt) => receipt.status)).toEqual(['added', 'already-present', 'added']);
    expect(receipts[1]?.documentId).toBe(receipts[0]?.documentId);
    const listed = await engine.listSourceDocuments();
    expect(listed.map((document) => [document.kind, document.fileName, document.byteLength])).toEqual([
      ['intelligence-report', 'report-42.txt', report.length],
      ['watchlist', 'list.csv', 12],
    ]);
    const text = await engine.readSourceDocument(receipts[0]?.documentId as number);
    expect(text.text).toContain('GRADING: B2');
    expect(text.text).toContain('<script>alert(1)</script>');
    expect((await engine.readSourceDocument(receipts[2]?.documentId as number)).text).toBe('NAME\nSOCIÉTÉ');
    expect((await engine.summary()).counts.sourceDocuments).toBe(2);
  });

  it('survives a save and reopen, and refuses unknown kinds and missing ids with reasons', async () => {
    const engine = await newEngine();
    await engine.addSourceDocuments([{ kind: 'examination-outcomes', fileName: 'outcomes.csv', bytes: encode('bill_of_lading_number,result\nX,seizure\n') }]);
    const reopened = await newEngine();
    await reopened.openWorkspace('w.mlens', joinWorkspaceFileParts(await engine.saveWorkspace()));
    expect((await reopened.listSourceDocuments()).map((document) => document.fileName)).toEqual(['outcomes.csv']);
    await expect(reopened.addSourceDocuments([{ kind: 'rumour' as never, fileName: 'x.txt', bytes: encode('x') }])).rejects.toThrow(/x\.txt: unknown source document kind "rumour"/);
    await expect(reopened.readSourceDocument(999)).rejects.toThrow(/no source document with id 999/);
  });

  it('the demo workspace holds its manifests, reports, watchlist and outcomes', async () => {
    const engine = await newEngine();
    const demo = await loadDemoWorkspace(engine);
    expect(demo.manifestReport.rowsRead).toBe(demo.manifestReport.rowsStored + demo.manifestReport.rowsRejected);
    expect(demo.summary.counts.manifestLines).toBe(demo.manifestReport.rowsStored);
    expect(demo.summary.marking).toBe('OFFICIAL-SENSITIVE');
    const documents = await engine.listSourceDocuments();
    const kinds = new Map<string, number>();
    for (const document of documents) kinds.set(document.kind, (kinds.get(document.kind) ?? 0) + 1);
    expect(kinds.get('intelligence-report')).toBe(demo.dataset.reports.length);
    expect(kinds.get('watchlist')).toBe(1);
    expect(kinds.get('examination-outcomes')).toBe(1);
    const firstReport = documents.find((document) => document.kind === 'intelligence-report');
    const stored = await engine.readSourceDocument(firstReport?.documentId as number);
    expect(demo.dataset.reports.map((report) => report.text)).toContain(stored.text);
  });
});
