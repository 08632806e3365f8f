import type { SqlValue } from 'sql.js';
import type { GoodsSearchHit, ReportDetail, ReportPage, ReportQuery, ReportRow, ReportSearchHit, ReportSortColumn } from '../engine/reportApi';
import { isProtectiveMarking } from '../markings/protectiveMarking';
import { gradingCode, informationCredibilities, sourceReliabilities } from '../reports/reportHeader';
import type { ParsedReportHeader } from '../reports/reportHeader';
import type { ReportFlag } from '../reports/reportHeader';
import type { ExtractedReportText, ReportFormat } from '../reports/reportText';
import { bm25, snippetEnd, snippetSegments, snippetStart } from '../reports/textRanking';
import type { WorkspaceStore } from './workspaceStore';

/**
 * Stored intelligence reports (migration 7) and the full-text searches over them and over goods
 * descriptions. Every value from the analyst (filters, the FTS expression) is a bound parameter;
 * the only SQL assembled here is from fixed fragments chosen by name (sort columns).
 */

export interface NewReport {
  readonly documentId: number;
  readonly format: ReportFormat;
  readonly header: ParsedReportHeader;
  readonly extracted: ExtractedReportText;
  readonly title: string;
  readonly flags: readonly ReportFlag[];
  readonly parsedAt: string;
}

export function insertReport(store: WorkspaceStore, report: NewReport): number {
  const { header } = report;
  store.run(
    `INSERT INTO intelligence_report (document_id, format, reference, report_date, source_reliability, information_credibility,
       handling_code, marking, originator, title, header_fields, flags, flag_count, metadata, body, parsed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      report.documentId, report.format, header.reference, header.date, header.sourceReliability, header.informationCredibility,
      header.handlingCode, header.marking, header.originator, report.title, JSON.stringify(header.fields), JSON.stringify(report.flags),
      report.flags.length, JSON.stringify(report.extracted.metadata), report.extracted.text, report.parsedAt,
    ],
  );
  return store.lastInsertRowId();
}

export function reportIdOfDocument(store: WorkspaceStore, documentId: number): number | null {
  const id = store.scalar('SELECT id FROM intelligence_report WHERE document_id = ?', [documentId]);
  return id === undefined ? null : Number(id);
}

/** Intelligence-report source documents not read into a report (kept before reports were read, or by addSourceDocuments). */
export function unreadReportDocuments(store: WorkspaceStore): { documentId: number; fileName: string; content: Uint8Array }[] {
  return store
    .all(
      `SELECT d.id AS documentId, d.file_name AS fileName, d.content AS content FROM source_document AS d
       WHERE d.kind = 'intelligence-report' AND NOT EXISTS (SELECT 1 FROM intelligence_report AS r WHERE r.document_id = d.id)
       ORDER BY d.id`,
    )
    .map((row) => ({ documentId: Number(row.documentId), fileName: String(row.fileName), content: row.content as Uint8Array }));
}

export function hasUnreadReportDocuments(store: WorkspaceStore): boolean {
  return (
    store.scalar(
      `SELECT 1 FROM source_document AS d WHERE d.kind = 'intelligence-report'
       AND NOT EXISTS (SELECT 1 FROM intelligence_report AS r WHERE r.document_id = d.id) LIMIT 1`,
    ) !== undefined
  );
}

const rowColumns = `r.id AS reportId, r.document_id AS documentId, d.file_name AS fileName, r.format AS format, r.reference AS reference,
  r.report_date AS date, r.source_reliability AS sourceReliability, r.information_credibility AS informationCredibility,
  r.handling_code AS handlingCode, r.marking AS marking, r.originator AS originator, r.title AS title, r.flag_count AS flagCount`;

const markingRankSql = `CASE r.marking WHEN 'OFFICIAL' THEN 0 WHEN 'OFFICIAL-SENSITIVE' THEN 1 WHEN 'SECRET' THEN 2 WHEN 'TOP SECRET' THEN 3 END`;

/** Sort keys by column; rows without the value sort last in either direction. */
const sortKeys: Record<ReportSortColumn, readonly string[]> = {
  date: ['r.report_date'],
  reference: ['r.reference COLLATE NOCASE'],
  // Best grading first when ascending: A before F, 1 before 6.
  grading: ['r.source_reliability', 'r.information_credibility'],
  marking: [markingRankSql],
  handlingCode: ['r.handling_code COLLATE NOCASE'],
  fileName: ['d.file_name COLLATE NOCASE'],
  flags: ['r.flag_count'],
};

export function listReports(store: WorkspaceStore, query: ReportQuery = {}): ReportPage {
  const where: string[] = [];
  const params: SqlValue[] = [];
  const inList = (column: string, values: readonly SqlValue[]): void => {
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  const reliabilities = (query.sourceReliabilities ?? []).filter((value) => (sourceReliabilities as readonly string[]).includes(value));
  if (reliabilities.length > 0) inList('r.source_reliability', reliabilities);
  const credibilities = (query.credibilities ?? []).filter((value) => (informationCredibilities as readonly number[]).includes(value));
  if (credibilities.length > 0) inList('r.information_credibility', credibilities);
  const markings = (query.markings ?? []).filter(isProtectiveMarking);
  if (markings.length > 0) inList('r.marking', markings);
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const direction = query.sortDirection === 'desc' ? 'DESC' : 'ASC';
  const keys = sortKeys[query.sortBy ?? 'date'] ?? sortKeys.date;
  const orderSql = [...keys.map((key) => `(${key}) IS NULL, ${key} ${direction}`), `r.id ${direction}`].join(', ');
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? 100), 1), 500);
  const offset = Math.max(Math.trunc(query.offset ?? 0), 0);
  const total = Number(store.scalar(`SELECT count(*) FROM intelligence_report AS r ${whereSql}`, params) ?? 0);
  const rows = store
    .all(`SELECT ${rowColumns} FROM intelligence_report AS r JOIN source_document AS d ON d.id = r.document_id ${whereSql} ORDER BY ${orderSql} LIMIT ? OFFSET ?`, [
      ...params,
      limit,
      offset,
    ])
    .map(toReportRow);
  return { rows, total, offset };
}

export function readReport(store: WorkspaceStore, reportId: number): Omit<ReportDetail, 'mentions'> {
  const [row] = store.all(
    `SELECT ${rowColumns}, r.body AS body, r.header_fields AS headerFields, r.flags AS flags, r.metadata AS metadata, r.parsed_at AS parsedAt
     FROM intelligence_report AS r JOIN source_document AS d ON d.id = r.document_id WHERE r.id = ?`,
    [reportId],
  );
  if (row === undefined) throw new Error(`no intelligence report with id ${reportId}`);
  return {
    ...toReportRow(row),
    text: String(row.body),
    header: JSON.parse(String(row.headerFields)) as ReportDetail['header'],
    flags: JSON.parse(String(row.flags)) as ReportDetail['flags'],
    metadata: JSON.parse(String(row.metadata)) as ReportDetail['metadata'],
    parsedAt: String(row.parsedAt),
  };
}

function toReportRow(row: Record<string, SqlValue>): ReportRow {
  const source = row.sourceReliability === null ? null : (String(row.sourceReliability) as ReportRow['sourceReliability']);
  const credibility = row.informationCredibility === null ? null : (Number(row.informationCredibility) as ReportRow['informationCredibility']);
  return {
    reportId: Number(row.reportId),
    documentId: Number(row.documentId),
    fileName: String(row.fileName),
    format: String(row.format) as ReportRow['format'],
    reference: row.reference === null ? null : String(row.reference),
    date: row.date === null ? null : String(row.date),
    sourceReliability: source,
    informationCredibility: credibility,
    grading: gradingCode(source, credibility),
    handlingCode: row.handlingCode === null ? null : String(row.handlingCode),
    marking: isProtectiveMarking(row.marking) ? row.marking : null,
    originator: row.originator === null ? null : String(row.originator),
    title: String(row.title),
    flagCount: Number(row.flagCount),
  };
}

/** Tokens of context a snippet shows at most (FTS4 allows 64). */
const snippetTokens = 24;
/** Matches ranked per search at most: a word in every goods description is not ranked over a million rows. */
const maxRankedMatches = 20_000;

interface RankedMatch {
  readonly id: number;
  readonly score: number;
}

/** Ranks the rows matching `match` in an FTS4 table by BM25; returns the best `limit` and the number of matches. */
function rankMatches(store: WorkspaceStore, table: 'report_text_index' | 'goods_text_index', match: string, limit: number, weights: readonly number[]): { best: RankedMatch[]; total: number } {
  const statement = store.database.prepare(`SELECT docid, matchinfo(${table}, 'pcnalx') FROM ${table} WHERE ${table} MATCH ?`);
  const ranked: RankedMatch[] = [];
  let total = 0;
  try {
    statement.bind([match]);
    while (statement.step()) {
      total += 1;
      if (total > maxRankedMatches) continue;
      const [id, info] = statement.get();
      ranked.push({ id: Number(id), score: bm25(info as Uint8Array, weights) });
    }
  } finally {
    statement.free();
  }
  ranked.sort((left, right) => right.score - left.score || left.id - right.id);
  return { best: ranked.slice(0, limit), total };
}

function snippetsOf(store: WorkspaceStore, table: 'report_text_index' | 'goods_text_index', match: string, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = store.all(
    `SELECT docid AS id, snippet(${table}, ?, ?, '…', -1, ${snippetTokens}) AS snippet FROM ${table}
     WHERE ${table} MATCH ? AND docid IN (${ids.map(() => '?').join(', ')})`,
    [snippetStart, snippetEnd, match, ...ids],
  );
  return new Map(rows.map((row) => [Number(row.id), String(row.snippet ?? '')]));
}

export function searchReports(store: WorkspaceStore, match: string, limit: number): { hits: ReportSearchHit[]; total: number } {
  // A word in the reference or title weighs more than one in the body.
  const { best, total } = rankMatches(store, 'report_text_index', match, limit, [3, 2, 1]);
  const snippets = snippetsOf(store, 'report_text_index', match, best.map((entry) => entry.id));
  const rows = new Map(
    (best.length === 0
      ? []
      : store.all(`SELECT ${rowColumns} FROM intelligence_report AS r JOIN source_document AS d ON d.id = r.document_id WHERE r.id IN (${best.map(() => '?').join(', ')})`, best.map((entry) => entry.id))
    ).map((row) => [Number(row.reportId), toReportRow(row)]),
  );
  const hits = best.flatMap((entry) => {
    const row = rows.get(entry.id);
    if (row === undefined) return [];
    return [{
      reportId: row.reportId,
      fileName: row.fileName,
      reference: row.reference,
      date: row.date,
      grading: row.grading,
      marking: row.marking,
      title: row.title,
      score: entry.score,
      snippet: snippetSegments(snippets.get(entry.id) ?? ''),
    }];
  });
  return { hits, total };
}

export function searchGoods(store: WorkspaceStore, match: string, limit: number): { hits: GoodsSearchHit[]; total: number } {
  const { best, total } = rankMatches(store, 'goods_text_index', match, limit, [1]);
  const snippets = snippetsOf(store, 'goods_text_index', match, best.map((entry) => entry.id));
  const rows = new Map(
    (best.length === 0
      ? []
      : store.all(
          `SELECT l.id AS lineId, b.bill_of_lading_number AS billOfLadingNumber, b.arrival_date AS arrivalDate, l.hs_code AS hsCode,
             l.container_number AS containerNumber
           FROM manifest_line AS l JOIN bill_of_lading AS b ON b.id = l.bill_of_lading_id WHERE l.id IN (${best.map(() => '?').join(', ')})`,
          best.map((entry) => entry.id),
        )
    ).map((row) => [Number(row.lineId), row]),
  );
  const hits = best.flatMap((entry) => {
    const row = rows.get(entry.id);
    if (row === undefined) return [];
    return [{
      lineId: entry.id,
      billOfLadingNumber: String(row.billOfLadingNumber),
      arrivalDate: row.arrivalDate === null ? null : String(row.arrivalDate),
      hsCode: row.hsCode === null ? null : String(row.hsCode),
      containerNumber: row.containerNumber === null ? null : String(row.containerNumber),
      score: entry.score,
      snippet: snippetSegments(snippets.get(entry.id) ?? ''),
    }];
  });
  return { hits, total };
}

const goodsIndexName = 'goods_text_index';

/**
 * Brings the goods-description index up to date with manifest_line: indexes the lines added
 * since the last search, or rebuilds it when lines it indexed are gone. Returns the lines indexed.
 */
export function refreshGoodsIndex(store: WorkspaceStore): number {
  const [state] = store.all('SELECT indexed_through AS through, indexed_rows AS rows FROM text_index_state WHERE name = ?', [goodsIndexName]);
  const through = state === undefined ? 0 : Number(state.through);
  const indexedRows = state === undefined ? 0 : Number(state.rows);
  const maxId = Number(store.scalar('SELECT max(id) FROM manifest_line') ?? 0);
  const described = "goods_description IS NOT NULL AND goods_description <> ''";
  const stillThere = through === 0 ? 0 : Number(store.scalar(`SELECT count(*) FROM manifest_line WHERE id <= ? AND ${described}`, [through]) ?? 0);
  if (stillThere === indexedRows && maxId <= through) return 0;
  return store.transaction(() => {
    let from = through;
    let rows = indexedRows;
    if (stillThere !== indexedRows || maxId < through) {
      store.run(`INSERT INTO ${goodsIndexName}(${goodsIndexName}) VALUES ('delete-all')`);
      from = 0;
      rows = 0;
    }
    store.run(`INSERT INTO ${goodsIndexName}(docid, goods_description) SELECT id, goods_description FROM manifest_line WHERE id > ? AND ${described}`, [from]);
    const added = Number(store.scalar(`SELECT count(*) FROM manifest_line WHERE id > ? AND ${described}`, [from]) ?? 0);
    store.run(
      'INSERT INTO text_index_state (name, indexed_through, indexed_rows) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET indexed_through = excluded.indexed_through, indexed_rows = excluded.indexed_rows',
      [goodsIndexName, maxId, rows + added],
    );
    return added;
  });
}
