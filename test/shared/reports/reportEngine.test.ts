import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { EngineApi } from '../../../shared/engine/engineApi';
import { loadDemoWorkspace } from '../../../shared/engine/demoWorkspace';
import type { TextSearchResult } from '../../../shared/engine/reportApi';
import { fixturePath, newEngine, textSource } from '../../support/engineHarness';
import { docxParagraphs, makeDocx, makePdf } from '../../fixtures/reports/formats/makeFormatFixtures';

const encoder = new TextEncoder();
const formatFixture = async (name: string): Promise<{ fileName: string; bytes: Uint8Array }> => ({
  fileName: name,
  bytes: new Uint8Array(await readFile(fixturePath(`reports/formats/${name}`))),
});
const textFile = (fileName: string, text: string): { fileName: string; bytes: Uint8Array } => ({ fileName, bytes: encoder.encode(text) });

async function engineWithFormats(): Promise<EngineApi> {
  const engine = await newEngine();
  await engine.newWorkspace('reports');
  const summary = await engine.importReports(await Promise.all(['report.eml', 'report.md', 'report.docx', 'report.pdf'].map(formatFixture)));
  expect(summary).toMatchObject({ imported: 4, failed: 0, alreadyPresent: 0 });
  return engine;
}

const matchedWords = (result: TextSearchResult['reports']['hits'][number] | TextSearchResult['goods']['hits'][number]): string[] =>
  result.snippet.filter((segment) => segment.match).map((segment) => segment.text.toLowerCase());

describe('importing report files', () => {
  it('reads each format into a report with its header, kept as a source document', async () => {
    const engine = await engineWithFormats();
    const page = await engine.listReports({ sortBy: 'reference' });
    expect(page.total).toBe(4);
    expect(page.rows.map(({ fileName, format, reference, date, grading, handlingCode, marking }) => ({ fileName, format, reference, date, grading, handlingCode, marking }))).toEqual([
      { fileName: 'report.pdf', format: 'pdf', reference: 'CIU-2026-0077', date: '2026-04-03', grading: 'A1', handlingCode: '3', marking: 'SECRET' },
      { fileName: 'report.md', format: 'markdown', reference: 'INT-26-0501', date: '2026-06-02', grading: 'C3', handlingCode: '2', marking: 'OFFICIAL-SENSITIVE' },
      { fileName: 'report.docx', format: 'docx', reference: 'IR/2026/0412', date: '2026-05-15', grading: 'B2', handlingCode: '1', marking: 'OFFICIAL-SENSITIVE' },
      { fileName: 'report.eml', format: 'email', reference: 'NIR 0413/26', date: '2026-05-15', grading: 'B3', handlingCode: 'C', marking: 'OFFICIAL' },
    ]);
    const documents = await engine.listSourceDocuments();
    expect(documents.map((document) => [document.kind, document.fileName]).sort()).toEqual(
      ['report.docx', 'report.eml', 'report.md', 'report.pdf'].map((name) => ['intelligence-report', name]),
    );
    // The kept document is the file byte for byte.
    const pdf = documents.find((document) => document.fileName === 'report.pdf');
    expect(pdf?.byteLength).toBe((await formatFixture('report.pdf')).bytes.length);
  });

  it('reads the e-mail\'s quoted-printable UTF-8 body and headers, and flags its attachment', async () => {
    const engine = await engineWithFormats();
    const [row] = (await engine.listReports({ sortBy: 'fileName' })).rows.filter((candidate) => candidate.format === 'email');
    const report = await engine.readReport(row?.reportId as number);
    expect(report.text).toContain('Severn Agrícola Ltd arrive on CMA CGM ROSSINI; the cocaine is in the refrigeration unit – a = sign');
    expect(report.text).not.toContain('=C3');
    expect(report.metadata).toMatchObject({ emailFrom: 'Maritime Intelligence Cell <mic@partner-agency.invalid>', emailSubject: 'Intelligence report NIR 0413/26 – reefer cocaine', attachments: ['stowage-plan.xlsx'] });
    expect(report.flags).toEqual([{ field: 'attachment', text: 'stowage-plan.xlsx', reason: expect.stringContaining('not read') as string, line: null }]);
    expect(report.title).toBe('Cocaine in the refrigeration unit of reefer CMAU6812346');
  });

  it('reads the text of the Word document and of both pages of the PDF', async () => {
    const engine = await engineWithFormats();
    const rows = (await engine.listReports()).rows;
    const docx = await engine.readReport(rows.find((row) => row.format === 'docx')?.reportId as number);
    for (const paragraph of docxParagraphs) expect(docx.text).toContain(paragraph);
    expect(docx.header.find((field) => field.field === 'sourceReliability')).toMatchObject({ value: 'B', asWritten: 'Source evaluation: B', style: 'source-evaluation' });
    const pdf = await engine.readReport(rows.find((row) => row.format === 'pdf')?.reportId as number);
    expect(pdf.text).toContain('The consignee Harbour Tiles Ltd receives heroin');
    expect(pdf.text).toContain('hidden in pallets of ceramic tiles shipped from Mersin.');
    expect(pdf.metadata.pages).toBe(2);
    expect(pdf.flags).toEqual([]);
  });

  it('adds nothing for a file read before, refuses other formats, and keeps a file whose text cannot be read with the reason', async () => {
    const engine = await engineWithFormats();
    const again = await engine.importReports([await formatFixture('report.md'), textFile('sheet.xlsx', 'x'), { fileName: 'broken.pdf', bytes: encoder.encode('%PDF-1.4\nnot really a pdf') }, { fileName: 'fake.docx', bytes: encoder.encode('plain text') }]);
    expect(again.files.map(({ fileName, status }) => [fileName, status])).toEqual([
      ['report.md', 'already-present'],
      ['sheet.xlsx', 'failed'],
      ['broken.pdf', 'imported'],
      ['fake.docx', 'imported'],
    ]);
    expect(again.files[1]?.failure).toMatch(/sheet\.xlsx: not a report format this version reads \(\.txt, \.text, \.md, \.markdown, \.eml, \.docx, \.pdf\)/);
    const broken = await engine.readReport(again.files[2]?.reportId as number);
    expect(broken.text).toBe('');
    expect(broken.flags[0]).toMatchObject({ field: 'text', reason: expect.stringMatching(/^the text could not be read: the PDF could not be read/) as string });
    const fake = await engine.readReport(again.files[3]?.reportId as number);
    expect(fake.flags[0]).toMatchObject({ field: 'text', reason: 'the text could not be read: not a Word document (.docx is a ZIP package)' });
    expect((await engine.listReports()).total).toBe(6);
  });

  it('flags a PDF without a text layer', async () => {
    const engine = await newEngine();
    await engine.newWorkspace('scan');
    const { files } = await engine.importReports([{ fileName: 'scan.pdf', bytes: makePdf([[]]) }]);
    const report = await engine.readReport(files[0]?.reportId as number);
    expect(report.flags[0]).toMatchObject({ field: 'text', reason: expect.stringContaining('no text layer') as string });
  });

  it('reads a report document kept without being read (the demo, an older workspace) when reports are listed', async () => {
    const engine = await newEngine();
    await engine.newWorkspace('kept');
    await engine.addSourceDocuments([{ kind: 'intelligence-report', fileName: 'kept.docx', bytes: makeDocx(['SECRET', 'Reference: K-1', 'Date: 2026-01-02', 'Grading: A2', 'Handling code: 1', 'Text about tiles.']) }]);
    const page = await engine.listReports();
    expect(page.rows.map((row) => [row.fileName, row.reference, row.grading, row.marking])).toEqual([['kept.docx', 'K-1', 'A2', 'SECRET']]);
  });

  it('survives a save and re-open, index included', async () => {
    const engine = await engineWithFormats();
    const parts = await engine.saveWorkspace();
    const image = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      image.set(part, offset);
      offset += part.length;
    }
    const reopened = await newEngine();
    await reopened.openWorkspace('again', image);
    expect((await reopened.listReports()).total).toBe(4);
    expect((await reopened.searchText({ text: 'heroin' })).reports.hits.map((hit) => hit.fileName)).toEqual(['report.pdf']);
  });
});

describe('listing reports', () => {
  it('sorts by date and grading, both ways, reports without the value last, and filters by grading and marking', async () => {
    const engine = await engineWithFormats();
    await engine.importReports([textFile('none.txt', 'Nothing to read here.')]);
    const order = async (query: Parameters<EngineApi['listReports']>[0]): Promise<(string | null)[]> => (await engine.listReports(query)).rows.map((row) => row.reference);
    // Two reports of 15 May 2026: in the order they were read (the e-mail first), reversed when descending.
    expect(await order({ sortBy: 'date' })).toEqual(['CIU-2026-0077', 'NIR 0413/26', 'IR/2026/0412', 'INT-26-0501', null]);
    expect(await order({ sortBy: 'date', sortDirection: 'desc' })).toEqual(['INT-26-0501', 'IR/2026/0412', 'NIR 0413/26', 'CIU-2026-0077', null]);
    expect(await order({ sortBy: 'grading' })).toEqual(['CIU-2026-0077', 'IR/2026/0412', 'NIR 0413/26', 'INT-26-0501', null]);
    expect(await order({ sortBy: 'grading', sortDirection: 'desc' })).toEqual(['INT-26-0501', 'NIR 0413/26', 'IR/2026/0412', 'CIU-2026-0077', null]);
    expect(await order({ sortBy: 'marking', sortDirection: 'desc' })).toEqual(['CIU-2026-0077', 'IR/2026/0412', 'INT-26-0501', 'NIR 0413/26', null]);
    expect(await order({ sourceReliabilities: ['A', 'B'], sortBy: 'reference' })).toEqual(['CIU-2026-0077', 'IR/2026/0412', 'NIR 0413/26']);
    expect(await order({ sourceReliabilities: ['B'], credibilities: [2] })).toEqual(['IR/2026/0412']);
    expect(await order({ markings: ['OFFICIAL-SENSITIVE'], sortBy: 'reference' })).toEqual(['INT-26-0501', 'IR/2026/0412']);
    const page = await engine.listReports({ sortBy: 'reference', limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 5, offset: 2 });
    expect(page.rows).toHaveLength(2);
    // A filter value that is not one is ignored, never spliced into SQL.
    expect(await order({ markings: ["SECRET') OR 1=1 --" as never], sortBy: 'reference' })).toHaveLength(5);
    expect(await order({ sortBy: "date; DROP TABLE intelligence_report" as never })).toHaveLength(5);
  });
});

describe('full-text search', () => {
  async function engineWithManifestsAndReports(): Promise<EngineApi> {
    const engine = await engineWithFormats();
    const manifest = [
      'bill_of_lading_number,arrival_date,shipper_name,consignee_name,goods_description,hs_code',
      'BL-TILES-1,2026-04-10,Mersin Ceramics,Harbour Tiles Ltd,CERAMIC FLOOR TILES GLAZED,690721',
      'BL-ROSES-1,2026-05-16,Flores SA,Severn Agricola Ltd,FRESH CUT ROSES IN REEFER,060311',
      'BL-FURN-1,2026-05-18,Wood Export,Dover Wood Limited,FLAT-PACKED WOODEN WARDROBES,940360',
    ].join('\n');
    expect((await engine.importManifest(textSource('manifest.csv', manifest))).status).toBe('completed');
    return engine;
  }

  it('finds words in reports and goods descriptions, best first, with highlighted snippet segments', async () => {
    const engine = await engineWithManifestsAndReports();
    const result = await engine.searchText({ text: 'tiles' });
    expect(result.message).toBeNull();
    expect(result.reports.hits.map((hit) => hit.fileName)).toEqual(['report.pdf']);
    expect(matchedWords(result.reports.hits[0]!)).toContain('tiles');
    expect(result.reports.hits[0]?.snippet.map((segment) => segment.text).join('')).toContain('Harbour Tiles Ltd');
    expect(result.goods.hits.map((hit) => hit.billOfLadingNumber)).toEqual(['BL-TILES-1']);
    expect(result.goods.hits[0]?.snippet).toEqual([{ text: 'CERAMIC FLOOR ', match: false }, { text: 'TILES', match: true }, { text: ' GLAZED', match: false }]);
    // Diacritics folded: "agricola" finds "Agrícola".
    expect((await engine.searchText({ text: 'agricola' })).reports.hits.map((hit) => hit.fileName)).toEqual(['report.eml']);
  });

  it('ranks a report naming the word in its title and often above one mentioning it once', async () => {
    const engine = await newEngine();
    await engine.newWorkspace('ranking');
    await engine.importReports([
      textFile('once.txt', 'Reference: R-1\nDate: 2026-01-01\nGrading: A1\nHandling code: 1\n\nSubject: Routine\n\nA long body about many things, bananas, pineapples and once cocaine, then more words about shipping lanes and schedules.'),
      textFile('often.txt', 'Reference: R-2\nDate: 2026-01-02\nGrading: A1\nHandling code: 1\n\nSubject: Cocaine in reefers\n\nCocaine again: cocaine.'),
    ]);
    const hits = (await engine.searchText({ text: 'cocaine' })).reports.hits;
    expect(hits.map((hit) => hit.fileName)).toEqual(['often.txt', 'once.txt']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('reads phrases, prefixes, exclusions and OR', async () => {
    const engine = await engineWithManifestsAndReports();
    const files = async (text: string): Promise<string[]> => (await engine.searchText({ text })).reports.hits.map((hit) => hit.fileName).sort();
    expect(await files('"harbour tiles"')).toEqual(['report.pdf']);
    expect(await files('"tiles harbour"')).toEqual([]);
    expect(await files('refrig*')).toEqual(['report.eml']);
    expect(await files('consigned')).toEqual(['report.docx', 'report.eml']);
    expect(await files('consigned -roses')).toEqual(['report.docx']);
    expect(await files('heroin OR electronics')).toEqual(['report.md', 'report.pdf']);
    const goods = await engine.searchText({ text: 'wardrobes OR roses' });
    expect(goods.goods.hits.map((hit) => hit.billOfLadingNumber).sort()).toEqual(['BL-FURN-1', 'BL-ROSES-1']);
  });

  it('indexes goods of manifests imported after the first search', async () => {
    const engine = await engineWithManifestsAndReports();
    expect((await engine.searchText({ text: 'bicycles' })).goods.total).toBe(0);
    await engine.importManifest(textSource('more.csv', 'bill_of_lading_number,arrival_date,goods_description\nBL-BIKE-1,2026-06-01,ELECTRIC BICYCLES'));
    expect((await engine.searchText({ text: 'bicycles' })).goods.hits.map((hit) => hit.billOfLadingNumber)).toEqual(['BL-BIKE-1']);
  });

  it.each([
    ['"', 0],
    ['"tiles', 1],
    ['tiles"', 1],
    ['*', 0],
    ['tiles*', 1],
    ['-', 0],
    ['- tiles', 1],
    ['OR', 0],
    ['OR tiles OR', 1],
    ['AND NOT NEAR', 0],
    ["tiles' OR 1=1 --", 1],
    ["'; DROP TABLE intelligence_report; --", 0],
    ['tiles) OR (heroin', 1],
    ['NEAR/3 tiles', 0],
    ['\u0001tiles\u0002', 1],
    ['^tiles', 1],
    ['col:tiles body:tiles', 0],
  ])('answers the hostile search %j without an SQL error', async (text, reportHits) => {
    const engine = await engineWithManifestsAndReports();
    const result = await engine.searchText({ text });
    if (result.message === null) {
      expect(result.reports.hits.length).toBe(reportHits);
    } else {
      expect(reportHits).toBe(0);
      expect(result.reports.hits).toEqual([]);
    }
    // Nothing was dropped or changed by the search.
    expect((await engine.listReports()).total).toBe(4);
  });

  it('says why when there is nothing to look for', async () => {
    const engine = await engineWithFormats();
    expect((await engine.searchText({ text: '   ' })).message).toBe('Type a word to search for.');
    expect((await engine.searchText({ text: '-tiles -heroin' })).message).toMatch(/Every word is excluded/);
  });
});

describe('the demo workspace', () => {
  it('holds its generated reports as read reports, searchable', async () => {
    const engine = await newEngine();
    const demo = await loadDemoWorkspace(engine);
    const page = await engine.listReports({ limit: 500 });
    expect(page.total).toBe(demo.dataset.reports.length);
    for (const row of page.rows) {
      const truth = demo.dataset.truth.reports[row.fileName];
      expect(row.reference).toBe(truth?.reference);
      expect(row.date).toBe(truth?.date);
      expect(row.grading).toBe(truth?.grading);
      expect(row.flagCount).toBe(0);
    }
    const result = await engine.searchText({ text: 'cigarettes' });
    expect(result.reports.total).toBeGreaterThan(0);
    expect(result.reports.hits.every((hit) => hit.snippet.some((segment) => segment.match && segment.text.toLowerCase() === 'cigarettes'))).toBe(true);
  });
});
