import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { appendAuditEvent, auditActor } from '../audit/auditTrail';
import { exportMarking } from '../markings/exportMarking';
import type { MarkingLine } from '../markings/markingLine';
import { isProtectiveMarking } from '../markings/protectiveMarking';
import { readReportsNaming, readShipment, readTraderShipments } from '../store/briefingEvidenceStore';
import type { MentionTarget } from '../store/briefingEvidenceStore';
import { readTargetEntries } from '../store/targetListStore';
import { readWorkspaceMarking, writeWorkspaceMarking } from '../store/workspaceMarkingStore';
import type { WorkspaceStore } from '../store/workspaceStore';
import type { PartnerWorkspaceRequest } from './exportApi';

type Row = Record<string, string | number | Uint8Array | null>;

/** Handling codes whose reports never go to a partner: originating agency only (4), no further dissemination (5), conditions the pack cannot honour (C). */
export const handlingCodesKeptBack: Readonly<Record<string, string>> = {
  '4': 'handling code 4: the originating agency only',
  H4: 'handling code 4: the originating agency only',
  '5': 'handling code 5: no further dissemination, refer to the originator',
  H5: 'handling code 5: no further dissemination, refer to the originator',
  C: 'handling code C: lawful sharing under conditions only the originator can set',
};

/** Caveats under which nothing of the workspace may go to a partner. */
const caveatsRefusingRelease = ['NO ONWARD DISSEMINATION', 'ORIGINATOR CONTROLLED'];

export interface PartnerWorkspaceOutcome {
  readonly marking: MarkingLine;
  readonly bills: number;
  readonly targets: number;
  readonly reports: number;
  /** Reports naming a target that were left out, each with the reason. */
  readonly reportsKeptBack: readonly { readonly reference: string; readonly reason: string }[];
}

/**
 * Fills `target` (a new, empty workspace) with a subset of `source` for a partner agency: the
 * chosen targets of the target list (all when none is chosen) with their history, their bills of
 * lading (a shipment's own, every bill of a trader) with the bills' lines, parties, containers and
 * hazardous cargo, and the intelligence reports naming them whose handling code allows onward
 * dissemination; the rest of the workspace stays behind. Rows keep their ids, so a trader resolved
 * again in the partner's workspace keeps its id. Each manifest file the bills came from becomes an
 * import batch "<file> (partner subset)" accounting for the rows copied.
 *
 * The subset is marked with the workspace's marking raised by the reports included; a marking whose
 * releasability does not name the agency, or that carries NO ONWARD DISSEMINATION or ORIGINATOR
 * CONTROLLED, refuses the export (RangeError) with the reason. The new workspace records where it
 * came from (setting `partnerExport`) and its creation in its own audit trail.
 */
export function buildPartnerWorkspace(source: WorkspaceStore, target: WorkspaceStore, sourceName: string, request: PartnerWorkspaceRequest, now: Date): PartnerWorkspaceOutcome {
  const agency = String(request?.agency ?? '').trim().toUpperCase().replace(/\s+/g, ' ');
  if (agency === '') throw new RangeError('a partner export needs the agency it is for');
  const workspaceMarking = readWorkspaceMarking(source);
  const refusing = workspaceMarking.caveats.find((caveat) => caveatsRefusingRelease.includes(caveat));
  if (refusing !== undefined) throw new RangeError(`the workspace is marked ${refusing}: nothing of it may go to a partner`);
  if (workspaceMarking.releasableTo !== null && !workspaceMarking.releasableTo.includes(agency)) {
    throw new RangeError(`the workspace is releasable to ${workspaceMarking.releasableTo.length === 0 ? 'no agency' : workspaceMarking.releasableTo.join(', ')}, not to ${agency}`);
  }

  const entries = readTargetEntries(source);
  let chosen = entries;
  if (request.targets !== undefined) {
    const missing = request.targets.filter((key) => !entries.some((entry) => entry.kind === key.kind && entry.ref === key.ref));
    if (missing.length > 0) throw new RangeError(`not on the target list: ${missing.map((key) => `${key.kind} ${key.ref}`).join(', ')}`);
    chosen = entries.filter((entry) => request.targets?.some((key) => key.kind === entry.kind && key.ref === entry.ref));
  }
  if (chosen.length === 0) throw new RangeError('a partner export needs at least one target of the target list');

  const billIds = new Set<number>();
  const named: MentionTarget[] = [];
  for (const entry of chosen) {
    if (entry.kind === 'shipment') {
      const shipment = readShipment(source, entry.ref);
      if (shipment === null) continue;
      billIds.add(shipment.billId);
      named.push({ kind: 'bill-of-lading', key: entry.ref });
      for (const party of shipment.parties) if (party.entityId !== null) named.push({ kind: 'trader', key: party.entityId });
    } else {
      for (const shipment of readTraderShipments(source, entry.ref, Number.MAX_SAFE_INTEGER).shipments) billIds.add(shipment.billId);
      named.push({ kind: 'trader', key: entry.ref });
    }
  }

  const reportsKeptBack: { reference: string; reason: string }[] = [];
  const reports = readReportsNaming(source, named).filter((report) => {
    const reason = report.handlingCode === null ? undefined : handlingCodesKeptBack[report.handlingCode.toUpperCase()];
    if (reason !== undefined) reportsKeptBack.push({ reference: report.reference ?? report.fileName, reason });
    return reason === undefined;
  });
  const marking = exportMarking(
    workspaceMarking,
    reports.map((report) => ({ reference: report.reference ?? report.fileName, marking: isProtectiveMarking(report.marking) ? report.marking : null, handlingCode: report.handlingCode })),
  );

  const bills = [...billIds].sort((a, b) => a - b);
  target.transaction(() => {
    // Manifest files: one batch per file the bills came from, accounting for the rows copied.
    const batchRows = rowsOf(source, `SELECT * FROM import_batch WHERE id IN (SELECT batch_id FROM bill_of_lading WHERE id IN (${placeholders(bills)})) ORDER BY id`, bills);
    for (const batch of batchRows) {
      const batchBills = bills.filter((id) => Number(source.scalar('SELECT batch_id FROM bill_of_lading WHERE id = ?', [id])) === batch.id);
      const rows = Number(
        source.scalar(
          `SELECT count(*) FROM (SELECT source_row FROM bill_of_lading WHERE batch_id = ? AND id IN (${placeholders(batchBills)})
             UNION SELECT source_row FROM manifest_line WHERE batch_id = ? AND bill_of_lading_id IN (${placeholders(batchBills)}))`,
          [batch.id as number, ...batchBills, batch.id as number, ...batchBills],
        ) ?? 0,
      );
      insertRow(target, 'import_batch', {
        ...batch,
        source_file: `${String(batch.source_file)} (partner subset)`,
        content_sha256: bytesToHex(sha256(utf8ToBytes(`partner subset\u0000${String(batch.content_sha256)}\u0000${batchBills.join(',')}`))),
        rows_read: rows,
        rows_stored: rows,
        rows_rejected: 0,
        release_id: null,
      });
    }
    for (const table of ['bill_of_lading', 'manifest_line', 'party_occurrence', 'shipping_container', 'hazardous_cargo', 'bill_source_record'] as const) {
      const column = table === 'bill_of_lading' ? 'id' : 'bill_of_lading_id';
      if (!hasTable(source, table) || !hasTable(target, table)) continue;
      for (const row of rowsOf(source, `SELECT * FROM ${table} WHERE ${column} IN (${placeholders(bills)}) ORDER BY rowid`, bills)) insertRow(target, table, row);
    }
    // The reports: their source documents byte for byte and the reports as read.
    for (const report of reports) {
      const stored = rowsOf(source, 'SELECT * FROM intelligence_report WHERE id = ?', [report.reportId])[0];
      if (stored === undefined) continue;
      for (const document of rowsOf(source, 'SELECT * FROM source_document WHERE id = ?', [stored.document_id as number])) insertRow(target, 'source_document', document);
      insertRow(target, 'intelligence_report', stored);
    }
    // The chosen targets of the list and their history.
    for (const entry of chosen) {
      for (const row of rowsOf(source, 'SELECT * FROM target_entry WHERE kind = ? AND ref = ?', [entry.kind, entry.ref])) insertRow(target, 'target_entry', row);
      for (const row of rowsOf(source, 'SELECT * FROM target_history WHERE kind = ? AND ref = ? ORDER BY seq', [entry.kind, entry.ref])) insertRow(target, 'target_history', row);
    }
    writeWorkspaceMarking(target, marking.line);
    target.setSetting('partnerExport', JSON.stringify({ from: sourceName, agency, at: now.toISOString(), by: auditActor(source, request.analyst), targets: chosen.map((entry) => `${entry.kind} ${entry.ref}`), reportsKeptBack }));
    appendAuditEvent(
      target,
      {
        actor: auditActor(source, request.analyst),
        action: 'workspace.partner-subset',
        objectKind: 'workspace',
        objectId: sourceName,
        outcome: 'done',
        detail: { agency, targets: chosen.length, bills: bills.length, reports: reports.length, reportsKeptBack: reportsKeptBack.length, marking: marking.text },
      },
      now,
    );
  });
  const violations = ['manifest_line', 'party_occurrence', 'intelligence_report', 'bill_of_lading'].reduce((total, table) => total + target.foreignKeyViolations(table, 0), 0);
  if (violations > 0) throw new Error(`the partner subset would break ${violations} references between its rows`);
  return { marking: marking.line, bills: bills.length, targets: chosen.length, reports: reports.length, reportsKeptBack };
}

function placeholders(values: readonly unknown[]): string {
  return values.length === 0 ? 'NULL' : values.map(() => '?').join(', ');
}

function rowsOf(store: WorkspaceStore, sql: string, params: readonly (string | number)[]): Row[] {
  return store.all<Row>(sql, [...params]);
}

function hasTable(store: WorkspaceStore, table: string): boolean {
  return store.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", [table]) === 1;
}

const columnCache = new WeakMap<WorkspaceStore, Map<string, Set<string>>>();

/** Inserts the row's columns that the target's table has (both stores are at the same schema version). */
function insertRow(store: WorkspaceStore, table: string, row: Row): void {
  let tables = columnCache.get(store);
  if (tables === undefined) {
    tables = new Map();
    columnCache.set(store, tables);
  }
  let columns = tables.get(table);
  if (columns === undefined) {
    columns = new Set(store.all<{ name: string }>('SELECT name FROM pragma_table_info(?)', [table]).map((column) => column.name));
    tables.set(table, columns);
  }
  const names = Object.keys(row).filter((name) => columns.has(name));
  store.run(`INSERT INTO ${table} (${names.map((name) => `"${name}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`, names.map((name) => row[name] ?? null));
}
