import type { BriefingParty, BriefingReport, BriefingShipment, BriefingSource, BriefingTrader, BriefingWatchlistHit } from '../exports/briefingPack/briefingPack';
import { gradingCode } from '../reports/reportHeader';
import type { ScreeningHit } from '../watchlist/watchlistScreening';
import { currentTargetKey, currentTargetKind, currentTraderJoins, latestReviewJoin, sentenceAround } from './mentionStore';
import type { WorkspaceStore } from './workspaceStore';

/**
 * What a briefing pack (and a partner export) says about each target, read from the workspace:
 * bills with their lines and parties, a trader's names, addresses and bills, the reports that
 * name a target (mentions the analyst rejected left out, re-links followed), the watchlist hits
 * on a target, its parties and vessels, and the source files.
 */

type BillRow = {
  id: number;
  billOfLadingNumber: string;
  arrivalDate: string | null;
  vesselName: string | null;
  vesselImo: string | null;
  voyageNumber: string | null;
  placeOfReceipt: string | null;
  portOfLoading: string | null;
  portOfDischarge: string | null;
  countryOfOrigin: string | null;
  sourceFile: string;
  sourceRow: number;
};

const billColumns = `b.id AS id, b.bill_of_lading_number AS billOfLadingNumber, b.arrival_date AS arrivalDate, b.vessel_name AS vesselName,
  b.vessel_imo AS vesselImo, b.voyage_number AS voyageNumber, b.place_of_receipt AS placeOfReceipt, b.port_of_loading AS portOfLoading,
  b.port_of_discharge AS portOfDischarge, b.country_of_origin AS countryOfOrigin, ib.source_file AS sourceFile, b.source_row AS sourceRow`;

export interface StoredShipment extends BriefingShipment {
  readonly billId: number;
}

function shipmentOf(store: WorkspaceStore, bill: BillRow): StoredShipment {
  const lines = store.all<{ containerNumber: string | null; hsCode: string | null; goodsDescription: string | null; packages: number | null; grossWeightKg: number | null; declaredValueUsd: number | null }>(
    `SELECT container_number AS containerNumber, hs_code AS hsCode, goods_description AS goodsDescription, packages,
       gross_weight_kg AS grossWeightKg, declared_value_usd AS declaredValueUsd
     FROM manifest_line WHERE bill_of_lading_id = ? ORDER BY line_number IS NULL, line_number, id`,
    [bill.id],
  );
  const parties = store.all<{ role: BriefingParty['role']; name: string; address: string | null; entityId: string | null }>(
    `SELECT p.role AS role, p.raw_name AS name, p.raw_address AS address, m.entity_id AS entityId
     FROM party_occurrence AS p LEFT JOIN entity_member AS m ON m.occurrence_id = p.id
     WHERE p.bill_of_lading_id = ? ORDER BY CASE p.role WHEN 'shipper' THEN 0 WHEN 'consignee' THEN 1 ELSE 2 END, p.id`,
    [bill.id],
  );
  return { ...bill, billId: bill.id, lines, parties };
}

/** The bill of lading with this number (as written), or null when the workspace has none. */
export function readShipment(store: WorkspaceStore, billOfLadingNumber: string): StoredShipment | null {
  const bill = store.all<BillRow>(`SELECT ${billColumns} FROM bill_of_lading AS b JOIN import_batch AS ib ON ib.id = b.batch_id WHERE b.bill_of_lading_number = ?`, [billOfLadingNumber])[0];
  return bill === undefined ? null : shipmentOf(store, bill);
}

/** A trader's names, roles, countries and addresses as resolved, or null when no trader has this id. */
export function readTrader(store: WorkspaceStore, entityId: string): BriefingTrader | null {
  const row = store.all<{ displayName: string; roles: string; countries: string }>('SELECT display_name AS displayName, roles, countries FROM trader_entity WHERE entity_id = ?', [entityId])[0];
  if (row === undefined) return null;
  const members = `FROM entity_member AS m JOIN party_occurrence AS p ON p.id = m.occurrence_id WHERE m.entity_id = ?`;
  const names = store.all<{ name: string }>(`SELECT p.raw_name AS name ${members} GROUP BY p.raw_name ORDER BY count(*) DESC, p.raw_name`, [entityId]).map((entry) => entry.name);
  const addresses = store
    .all<{ address: string }>(`SELECT p.raw_address AS address ${members} AND p.raw_address IS NOT NULL AND trim(p.raw_address) <> '' GROUP BY p.raw_address ORDER BY count(*) DESC, p.raw_address`, [entityId])
    .map((entry) => entry.address);
  return { entityId, displayName: row.displayName, names, roles: listText(row.roles), countries: listText(row.countries), addresses };
}

/** A list kept as JSON text (trader_entity.roles, .countries) as words: "shipper, consignee". */
function listText(stored: string): string {
  try {
    const parsed: unknown = JSON.parse(stored);
    if (Array.isArray(parsed)) return parsed.map((value) => String(value).replace(/_/g, ' ')).join(', ');
  } catch {
    // Not JSON: shown as stored.
  }
  return stored;
}

/** A trader's bills, most recent first: the first `limit` of them in full, and how many in all. */
export function readTraderShipments(store: WorkspaceStore, entityId: string, limit: number): { readonly shipments: StoredShipment[]; readonly billCount: number } {
  const bills = `FROM bill_of_lading AS b JOIN import_batch AS ib ON ib.id = b.batch_id
    WHERE b.id IN (SELECT p.bill_of_lading_id FROM entity_member AS m JOIN party_occurrence AS p ON p.id = m.occurrence_id WHERE m.entity_id = ?)`;
  const billCount = Number(store.scalar(`SELECT count(*) ${bills}`, [entityId]) ?? 0);
  const rows = store.all<BillRow>(`SELECT ${billColumns} ${bills} ORDER BY b.arrival_date IS NULL, b.arrival_date DESC, b.id DESC LIMIT ?`, [entityId, limit]);
  return { shipments: rows.map((bill) => shipmentOf(store, bill)), billCount };
}

/** What a mention may name: the keys of report_mention's targets (a trader by entity id). */
export interface MentionTarget {
  readonly kind: 'bill-of-lading' | 'trader' | 'vessel' | 'container';
  readonly key: string;
}

/**
 * The reports that name any of these targets, best graded first, each with what it names and the
 * sentence it names it in. Rejected mentions are left out; a re-linked mention counts for the
 * target it was re-linked to.
 */
export function readReportsNaming(store: WorkspaceStore, targets: readonly MentionTarget[]): BriefingReport[] {
  const reports = new Map<number, { report: Omit<BriefingReport, 'mentions'>; mentions: Map<string, Set<string>>; order: string }>();
  for (const target of targets) {
    const rows = store.all<{
      reportId: number; text: string; start: number; end: number; reference: string | null; fileName: string; date: string | null;
      sourceReliability: string | null; informationCredibility: number | null; marking: string | null; handlingCode: string | null; body: string;
    }>(
      `SELECT m.report_id AS reportId, m.mention_text AS text, m.start_offset AS start, m.end_offset AS end, r.reference AS reference,
         d.file_name AS fileName, r.report_date AS date, r.source_reliability AS sourceReliability, r.information_credibility AS informationCredibility,
         r.marking AS marking, r.handling_code AS handlingCode, r.body AS body
       FROM report_mention AS m ${latestReviewJoin} ${currentTraderJoins}
       JOIN intelligence_report AS r ON r.id = m.report_id JOIN source_document AS d ON d.id = r.document_id
       WHERE coalesce(v.decision, '') <> 'reject' AND ${currentTargetKind} = ? AND ${currentTargetKey} = ?
       ORDER BY m.report_id, m.start_offset`,
      [target.kind, target.key],
    );
    for (const row of rows) {
      let entry = reports.get(row.reportId);
      if (entry === undefined) {
        const grading = gradingCode(row.sourceReliability, row.informationCredibility);
        entry = {
          report: { reportId: row.reportId, reference: row.reference, fileName: row.fileName, date: row.date, grading, marking: row.marking, handlingCode: row.handlingCode },
          mentions: new Map(),
          order: `${row.sourceReliability ?? 'Z'}${row.informationCredibility ?? 9}`,
        };
        reports.set(row.reportId, entry);
      }
      const sentence = sentenceAround(row.body, row.start, row.end);
      const names = entry.mentions.get(sentence) ?? new Set<string>();
      names.add(row.text);
      entry.mentions.set(sentence, names);
    }
  }
  return [...reports.values()]
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : (b.report.date ?? '').localeCompare(a.report.date ?? '') || a.report.reportId - b.report.reportId))
    .map((entry) => ({ ...entry.report, mentions: [...entry.mentions].map(([sentence, names]) => ({ names: [...names], sentence })) }));
}

/** Watchlist hits on these traders (entity ids) and vessels (IMO number, else name), best first. */
export function readWatchlistHits(store: WorkspaceStore, traders: readonly string[], vessels: readonly string[]): BriefingWatchlistHit[] {
  const hits: (BriefingWatchlistHit & { id: number })[] = [];
  const read = (kind: 'trader' | 'vessel', keys: readonly string[]) => {
    for (const key of new Set(keys)) {
      for (const row of store.all<{ id: number; subjectName: string; hit: string }>(`SELECT id, subject_name AS subjectName, hit FROM screening_hit WHERE subject_kind = ? AND subject_key = ?`, [kind, key])) {
        const hit = JSON.parse(row.hit) as ScreeningHit;
        hits.push({ id: row.id, subjectKind: kind, subjectName: row.subjectName, listName: hit.listName, listedName: hit.listedParty, score: hit.score, explanation: hit.explanation });
      }
    }
  };
  read('trader', traders);
  read('vessel', vessels);
  return hits.sort((a, b) => b.score - a.score || a.id - b.id).map(({ id: _id, ...hit }) => hit);
}

/** Every file the workspace read: manifest files, then source documents (reports, watchlists, outcomes). */
export function readSources(store: WorkspaceStore): BriefingSource[] {
  const manifests = store.all<{ kind: string; fileName: string; sha256: string; addedAt: string }>(`SELECT 'manifest' AS kind, source_file AS fileName, content_sha256 AS sha256, imported_at AS addedAt FROM import_batch ORDER BY id`);
  const documents = store.all<{ kind: string; fileName: string; sha256: string; addedAt: string }>(`SELECT kind, file_name AS fileName, content_sha256 AS sha256, added_at AS addedAt FROM source_document ORDER BY id`);
  return [...manifests, ...documents];
}
