import { normalizeEmailAddress } from '../entities/emailAddresses';
import { currentTargetKey, currentTargetKind, currentTraderJoins, latestReviewJoin } from '../store/mentionStore';
import type { WorkspaceStore } from '../store/workspaceStore';
import { billFilterSql } from './billFilters';
import type { GraphProvenance, ProvenanceRow, Row } from './graphProvenance';
import { record } from './graphProvenance';
import type { NetworkFilters } from './networkGraph';
import { compactContainerNumber, mentionNodeIds } from './views/fullNetworkView';
import { reportNodeId } from './views/tradersAndReportsView';

/**
 * The stored records behind the edges of the full network (shared/graph/views/fullNetworkView.ts)
 * and the shared e-mail and notify party links (sharedPartyLinks.ts), within the view's filters:
 *
 * - B/L → trader (shipper, consignee, notify party): the trader's party occurrences in that role
 *   on the bill, the name and address as written, file and row;
 * - B/L → container: the bill's manifest lines and container records naming the container, the
 *   number as written, file and row;
 * - B/L → vessel call, port of loading or discharge: the bill's own record, the vessel, IMO
 *   number, voyage or port as written, file and row;
 * - report → anything it mentions: the mentions not rejected, the text as written, the report's
 *   reference and file, where in its text;
 * - watchlist entry → trader or vessel: the screening hits, the subject and listed names, the
 *   score, the watchlist file and its row;
 * - shared e-mail: the occurrences of the two traders writing an e-mail address both wrote;
 * - shared notify party: the notify party occurrences naming the party both traders' bills name.
 *
 * Null for an element id of none of these forms (the caller says what has records).
 */
export function readFullNetworkProvenance(store: WorkspaceStore, elementId: string, filters: NetworkFilters, cap: number): GraphProvenance | null {
  for (const reader of readers) {
    const match = reader.pattern.exec(elementId);
    if (match) {
      const { description, rows } = reader.read(store, match, filters);
      return { elementId, description, records: rows.slice(0, cap).map(record), total: rows.length };
    }
  }
  return null;
}

interface ProvenanceReader {
  /** The edge id: `${kind}:${source}>${target}` (fullNetworkView's addEdge), "mention:R:…>…", "email:…~…", "notify:…~…". */
  readonly pattern: RegExp;
  read(store: WorkspaceStore, match: RegExpExecArray, filters: NetworkFilters): { description: string; rows: ProvenanceRow[] };
}

const partyRoles: Readonly<Record<string, { role: string; noun: string }>> = {
  shipper: { role: 'shipper', noun: 'shipper' },
  consignee: { role: 'consignee', noun: 'consignee' },
  'notify-party': { role: 'notify_party', noun: 'notify party' },
};

const billColumns = `b.bill_of_lading_number AS bill, b.arrival_date AS arrival, NULL AS entity, NULL AS value, i.source_file AS file, b.source_sheet AS sheet, b.source_row AS row`;

function billParty(store: WorkspaceStore, bill: string, entity: string, roleKey: string, filters: NetworkFilters): { description: string; rows: Row[] } {
  const { role, noun } = partyRoles[roleKey] as { role: string; noun: string };
  const where = billFilterSql(filters, 'b');
  const rows = store.all<Row>(
    `SELECT b.bill_of_lading_number AS bill, b.arrival_date AS arrival, m.entity_id AS entity, p.role AS role, p.raw_name AS party,
            p.raw_address AS written, NULL AS value, i.source_file AS file, p.source_sheet AS sheet, p.source_row AS row
       FROM party_occurrence AS p
       JOIN entity_member AS m ON m.occurrence_id = p.id
       JOIN bill_of_lading AS b ON b.id = p.bill_of_lading_id
       JOIN import_batch AS i ON i.id = p.batch_id
      WHERE b.bill_of_lading_number = ? AND m.entity_id = ? AND p.role = ? AND ${where.sql}
      ORDER BY p.source_row, p.id`,
    [bill, entity, role, ...where.params],
  );
  return { description: `The trader's ${noun} occurrences on the bill of lading: the name and address as written, the file and row`, rows };
}

const readers: readonly ProvenanceReader[] = [
  {
    pattern: /^bill-shipper:(T:\d+)>B:(.+)$/,
    read: (store, match, filters) => billParty(store, match[2] as string, match[1] as string, 'shipper', filters),
  },
  {
    pattern: /^bill-(consignee|notify-party):B:(.+)>(T:\d+)$/,
    read: (store, match, filters) => billParty(store, match[2] as string, match[3] as string, match[1] as string, filters),
  },
  {
    pattern: /^bill-container:B:(.+)>K:([A-Z0-9]+)$/,
    read(store, match, filters) {
      const where = billFilterSql(filters, 'b');
      const rows = store
        .all<Row & { number: string }>(
          `SELECT * FROM (
             SELECT b.bill_of_lading_number AS bill, b.arrival_date AS arrival, NULL AS entity, 'manifest line ' || coalesce(l.line_number, '?') AS role,
                    l.goods_description AS party, coalesce(l.container_number_as_written, l.container_number) AS written, l.container_number AS number,
                    l.declared_value_usd AS value, i.source_file AS file, l.source_sheet AS sheet, l.source_row AS row
               FROM manifest_line AS l JOIN bill_of_lading AS b ON b.id = l.bill_of_lading_id JOIN import_batch AS i ON i.id = l.batch_id
              WHERE b.bill_of_lading_number = ? AND coalesce(trim(l.container_number), '') <> '' AND ${where.sql}
             UNION ALL
             SELECT b.bill_of_lading_number, b.arrival_date, NULL, 'container record', c.container_type, c.container_number, c.container_number,
                    NULL, i.source_file, NULL, c.source_row
               FROM shipping_container AS c JOIN bill_of_lading AS b ON b.id = c.bill_of_lading_id JOIN import_batch AS i ON i.id = c.batch_id
              WHERE b.bill_of_lading_number = ? AND coalesce(trim(c.container_number), '') <> '' AND ${where.sql}
           ) ORDER BY file, row`,
          [match[1] as string, ...where.params, match[1] as string, ...where.params],
        )
        .filter((row) => compactContainerNumber(String(row.number)) === match[2]);
      return { description: 'Manifest lines and container records of the bill of lading naming the container, the number as written, the file and row', rows };
    },
  },
  {
    pattern: /^bill-vessel-call:B:(.+)>V:(.+)$/,
    read(store, match, filters) {
      const where = billFilterSql(filters, 'b');
      const rows = store.all<Row>(
        `SELECT ${billColumns}, 'vessel call' AS role, b.vessel_name AS party,
                trim(coalesce('IMO ' || coalesce(b.vessel_imo_as_written, b.vessel_imo), '') || coalesce(', voyage ' || b.voyage_number, '')) AS written
           FROM bill_of_lading AS b JOIN import_batch AS i ON i.id = b.batch_id
          WHERE b.bill_of_lading_number = ? AND (coalesce(trim(b.vessel_imo), '') = ? OR (coalesce(trim(b.vessel_imo), '') = '' AND trim(b.vessel_name) = ?)) AND ${where.sql}`,
        [match[1] as string, match[2] as string, match[2] as string, ...where.params],
      );
      return { description: 'The bill of lading as stored: the vessel, IMO number and voyage as written, the file and row', rows };
    },
  },
  {
    pattern: /^bill-(loaded|discharged)-at:B:(.+)>P:([A-Z0-9]+)$/,
    read(store, match, filters) {
      const column = match[1] === 'loaded' ? 'port_of_loading' : 'port_of_discharge';
      const where = billFilterSql(filters, 'b');
      const rows = store.all<Row>(
        `SELECT ${billColumns}, ? AS role, b.${column} AS party, coalesce(b.${column}_as_written, b.${column}) AS written
           FROM bill_of_lading AS b JOIN import_batch AS i ON i.id = b.batch_id
          WHERE b.bill_of_lading_number = ? AND upper(trim(b.${column})) = ? AND ${where.sql}`,
        [match[1] === 'loaded' ? 'port of loading' : 'port of discharge', match[2] as string, match[3] as string, ...where.params],
      );
      return { description: `The bill of lading as stored: the port of ${match[1] === 'loaded' ? 'loading' : 'discharge'} (UN/LOCODE) and as written, the file and row`, rows };
    },
  },
  {
    pattern: /^mention:R:(\d+)>(.+)$/,
    read(store, match) {
      const target = match[2] as string;
      const mentions = store.all<{ kind: string | null; key: string | null; text: string; start: number; end: number; reference: string | null; file: string; date: string | null }>(
        `SELECT ${currentTargetKind} AS kind, ${currentTargetKey} AS key, m.mention_text AS text, m.start_offset AS start, m.end_offset AS end,
                r.reference AS reference, d.file_name AS file, r.report_date AS date
           FROM report_mention AS m ${latestReviewJoin} ${currentTraderJoins}
           JOIN intelligence_report AS r ON r.id = m.report_id
           JOIN source_document AS d ON d.id = r.document_id
          WHERE m.report_id = ? AND coalesce(v.decision, '') <> 'reject'
          ORDER BY m.start_offset, m.end_offset`,
        [Number(match[1])],
      );
      const kept = mentions.filter((mention) => mention.kind !== null && mention.key !== null && mentionNodeIds[mention.kind]?.(String(mention.key)) === target);
      const records = kept.map((mention) => ({
        bill: null,
        arrival: mention.date,
        entity: mention.kind === 'trader' ? String(mention.key) : null,
        role: `mention of a ${String(mention.kind).replace(/-/g, ' ')}`,
        party: null,
        written: mention.text,
        value: null,
        file: mention.file,
        sheet: null,
        row: null,
        reference: mention.reference,
        start: Number(mention.start),
        end: Number(mention.end),
      }));
      return {
        description: `Mentions in report ${reportNodeId(Number(match[1]))} not rejected: the text as written, the report's reference and file, where in its text`,
        rows: records,
      };
    },
  },
  {
    pattern: /^watchlist-hit:W:(\d+)>(T:\d+|V:.+)$/,
    read(store, match) {
      const subject = match[2] as string;
      const [kind, key] = subject.startsWith('V:') ? ['vessel', subject.slice(2)] : ['trader', subject];
      const rows = store.all<Row>(
        `SELECT NULL AS bill, NULL AS arrival, CASE WHEN h.subject_kind = 'trader' THEN h.subject_key END AS entity,
                e.list_name || ' ' || e.entry_id || ', score ' || round(h.score, 2) AS role, h.subject_name AS party, e.name AS written,
                NULL AS value, w.file_name AS file, NULL AS sheet, json_extract(e.entry, '$.row') AS row
           FROM screening_hit AS h
           JOIN watchlist_entry AS e ON e.id = h.watchlist_entry_id
           JOIN watchlist_import AS w ON w.document_id = e.document_id
          WHERE e.id = ? AND h.subject_kind = ? AND h.subject_key = ?
          ORDER BY h.score DESC, h.id`,
        [Number(match[1]), kind, key],
      );
      return { description: 'Screening hits of the watchlist entry: the subject as named and the name listed, the list, entry and score, the watchlist file and row', rows };
    },
  },
  {
    pattern: /^email:(T:\d+)~(T:\d+)$/,
    read(store, match, filters) {
      const columns = new Set(store.all<{ name: string }>(`SELECT name FROM pragma_table_info('party_occurrence')`).map((row) => row.name));
      const column = ['raw_email', 'email'].find((name) => columns.has(name));
      const description = 'Party occurrences of the two traders writing the shared e-mail address, as written, with the file and row';
      if (!column) return { description, rows: [] };
      const where = billFilterSql(filters, 'b');
      const rows = store.all<Row>(
        `SELECT b.bill_of_lading_number AS bill, b.arrival_date AS arrival, m.entity_id AS entity, p.role AS role, p.raw_name AS party,
                p.${column} AS written, NULL AS value, i.source_file AS file, p.source_sheet AS sheet, p.source_row AS row
           FROM entity_member AS m
           JOIN party_occurrence AS p ON p.id = m.occurrence_id
           JOIN bill_of_lading AS b ON b.id = p.bill_of_lading_id
           JOIN import_batch AS i ON i.id = p.batch_id
          WHERE m.entity_id IN (?, ?) AND coalesce(trim(p.${column}), '') <> '' AND ${where.sql}
          ORDER BY b.arrival_date, b.bill_of_lading_number, p.id`,
        [match[1] as string, match[2] as string, ...where.params],
      );
      const addresses = (entity: string) => new Set(rows.filter((row) => row.entity === entity).flatMap((row) => normalizeEmailAddress(String(row.written))?.address ?? []));
      const left = addresses(match[1] as string);
      const right = addresses(match[2] as string);
      return {
        description,
        rows: rows.filter((row) => {
          const address = normalizeEmailAddress(String(row.written))?.address;
          return address !== undefined && left.has(address) && right.has(address);
        }),
      };
    },
  },
  {
    pattern: /^notify:(T:\d+)~(T:\d+)$/,
    read(store, match, filters) {
      const where = billFilterSql(filters, 'b');
      const rows = store.all<Row & { notify: string }>(
        `SELECT DISTINCT b.bill_of_lading_number AS bill, b.arrival_date AS arrival, mp.entity_id AS entity, 'notify party on a bill of ' || p.role AS role,
                n.raw_name AS party, n.raw_address AS written, NULL AS value, i.source_file AS file, n.source_sheet AS sheet, n.source_row AS row, mn.entity_id AS notify
           FROM party_occurrence AS n
           JOIN entity_member AS mn ON mn.occurrence_id = n.id
           JOIN bill_of_lading AS b ON b.id = n.bill_of_lading_id
           JOIN import_batch AS i ON i.id = n.batch_id
           JOIN party_occurrence AS p ON p.bill_of_lading_id = n.bill_of_lading_id AND p.role IN ('shipper', 'consignee')
           JOIN entity_member AS mp ON mp.occurrence_id = p.id
          WHERE n.role = 'notify_party' AND mp.entity_id IN (?, ?) AND mn.entity_id IS NOT NULL AND mn.entity_id <> mp.entity_id AND ${where.sql}
          ORDER BY b.arrival_date, b.bill_of_lading_number, n.id`,
        [match[1] as string, match[2] as string, ...where.params],
      );
      const notified = (entity: string) => new Set(rows.filter((row) => row.entity === entity).map((row) => String(row.notify)));
      const left = notified(match[1] as string);
      const right = notified(match[2] as string);
      return {
        description: "Notify party occurrences naming the party both traders' bills name: the bill, the notify party as written, the file and row",
        rows: rows.filter((row) => left.has(String(row.notify)) && right.has(String(row.notify))),
      };
    },
  },
];
