/**
 * The formula-injection corpus (test/fixtures/exports/formulaInjectionCorpus.json, after OWASP's
 * "CSV Injection") through both target-list exports: every payload, as a trader's name, the notes
 * and the agency, comes back from the CSV (parsed as RFC 4180) and from the XLSX (read back with
 * exceljs, and its sheet XML checked for any formula element) as text that no spreadsheet evaluates,
 * and everything else exactly as written.
 */
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { TargetListEntry } from '../../shared/engine/riskApi';
import { targetListCsv, targetListCsvHeader } from '../../shared/exports/targetListCsv';
import { loadExcelJs, targetListSheetName, targetListXlsx } from '../../shared/exports/targetListXlsx';
import { parseMarkingLine } from '../../shared/markings/markingLine';
import { parseCsv } from '../reference/csvText';

const corpus = (JSON.parse(readFileSync(new URL('../fixtures/exports/formulaInjectionCorpus.json', import.meta.url), 'utf8')) as { payloads: string[] }).payloads;
const formulaStart = /^[=+\-@\t\r]/;
/** What a payload must read as: a single quote in front of one that could start a formula. */
const expected = (payload: string) => (formulaStart.test(payload) ? `'${payload}` : payload);

const marking = parseMarkingLine('OFFICIAL-SENSITIVE [COMMERCIAL] | RELEASABLE TO: POLICE, BORDER FORCE & NCA');
const markingText = 'OFFICIAL-SENSITIVE [COMMERCIAL] | RELEASABLE TO: POLICE, BORDER FORCE & NCA';

function entry(payload: string, index: number): TargetListEntry {
  return {
    kind: index % 2 === 0 ? 'shipment' : 'trader',
    ref: index % 2 === 0 ? `MLN${String(index).padStart(6, '0')}` : `T:${index}`,
    name: payload,
    priority: 1,
    status: 'proposed',
    notes: payload,
    agency: payload,
    scoreWhenAdded: index === 0 ? null : -1.234 + index,
    reasonsWhenAdded: [{ ruleId: 'undervaluation', reason: payload, points: 2.5, facts: {} }],
    currentScore: 3.456,
    currentReasons: [],
    addedAt: '2026-03-01T08:00:00.000Z',
    addedBy: '=analyst',
    updatedAt: '2026-03-01T08:00:00.000Z',
  };
}
const entries = corpus.map(entry);
const column = (name: (typeof targetListCsvHeader)[number]) => targetListCsvHeader.indexOf(name);

describe('formula-injection corpus', () => {
  it('holds the OWASP payload kinds', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(corpus.some((payload) => payload.startsWith(start))).toBe(true);
  });

  it('CSV: every payload reads back as neutralised text, with the marking on the first and last line', () => {
    const rows = parseCsv(targetListCsv(entries, marking));
    expect(rows[0]).toEqual([markingText]);
    expect(rows.at(-1)).toEqual([markingText]);
    expect(rows[1]).toEqual([...targetListCsvHeader]);
    const body = rows.slice(2, -1);
    expect(body).toHaveLength(corpus.length);
    body.forEach((row, index) => {
      const payload = corpus[index] as string;
      for (const name of ['name', 'notes', 'agency'] as const) expect(row[column(name)], `${name} of ${JSON.stringify(payload)}`).toBe(expected(payload));
      expect(row[column('reasons')]).toBe(`[+2.50] ${payload}`);
      expect(row[column('added_by')]).toBe("'=analyst");
      expect(row[column('rank')]).toBe(String(index + 1));
    });
    // No text cell starts a formula (numbers, negative ones included, are numbers).
    const numeric = new Set([column('rank'), column('score_when_added'), column('current_score')]);
    for (const row of body) row.forEach((cell, index) => (numeric.has(index) ? expect(cell).toMatch(/^(-?\d+(\.\d+)?)?$/) : expect(cell).not.toMatch(formulaStart)));
    for (const row of [rows[0], rows[1], rows.at(-1)]) for (const cell of row ?? []) expect(cell).not.toMatch(formulaStart);
  });

  it('XLSX: every payload is a string cell, neutralised; numbers are numbers; no cell holds a formula', async () => {
    const bytes = await targetListXlsx(entries, marking, { workspaceName: 'Op Tile', author: 'J. Analyst', createdAt: new Date('2026-03-02T10:00:00Z') });
    // No formula element anywhere in the sheet's XML.
    const files = unzipSync(bytes);
    const sheetXml = Object.entries(files).filter(([path]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path));
    expect(sheetXml).toHaveLength(1);
    expect(strFromU8(sheetXml[0]?.[1] as Uint8Array)).not.toMatch(/<f[\s>]/);

    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(targetListSheetName);
    expect(sheet).toBeDefined();
    if (sheet === undefined) return;
    expect(sheet.getCell(1, 1).value).toBe(markingText);
    expect(sheet.getCell(corpus.length + 3, 1).value).toBe(markingText);
    expect(sheet.getRow(2).values).toEqual([undefined, ...targetListCsvHeader]);
    expect(sheet.headerFooter.oddHeader).toContain(markingText.replace(/&/g, '&&'));
    expect(sheet.headerFooter.oddFooter).toContain(markingText.replace(/&/g, '&&'));
    expect(sheet.headerFooter.oddFooter).toContain('Page &P of &N');
    expect(workbook.subject).toBe(markingText);

    corpus.forEach((payload, index) => {
      const row = sheet.getRow(index + 3);
      for (const name of ['name', 'notes', 'agency'] as const) {
        const cell = row.getCell(column(name) + 1);
        expect(cell.type, `${name} of ${JSON.stringify(payload)}`).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(expected(payload));
        expect(cell.formula).toBeFalsy();
      }
      const rank = row.getCell(column('rank') + 1);
      expect(rank.type).toBe(ExcelJS.ValueType.Number);
      expect(rank.value).toBe(index + 1);
      expect(row.getCell(column('current_score') + 1).value).toBe(3.46);
      const scoreWhenAdded = row.getCell(column('score_when_added') + 1);
      if (index === 0) expect(scoreWhenAdded.type).toBe(ExcelJS.ValueType.Null);
      else expect(scoreWhenAdded.value).toBe(Math.round((-1.234 + index) * 100) / 100);
      expect(row.getCell(column('added_by') + 1).value).toBe("'=analyst");
    });
  });
});
