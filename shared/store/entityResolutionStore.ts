import type { SqlValue } from 'sql.js';
import type {
  CountedText,
  EntityMemberView,
  EntityNameRow,
  EntityPage,
  EntityQuery,
  EntityResolutionSummary,
  EntityRow,
  EntitySortColumn,
} from '../engine/entityApi';
import { entitySortColumns } from '../engine/entityApi';
import type { PartyRole } from '../entities/partyOccurrence';
import type { EntityLink, EntityMember, Resolution, ReviewItem } from '../entities/traderEntity';
import { writeBillPartyTraders } from './billPartyTraderStore';
import { BufferedInsert } from './bufferedInsert';
import { partyRoleOfStored } from './resolutionInputs';
import { decodeExplanation, ExplanationWriter } from './storedExplanations';
import type { WorkspaceStore } from './workspaceStore';

/**
 * The stored resolution: trader entities (with what the entity list shows, filters and sorts on),
 * every occurrence's entity or placeholder kind, the explained links of each entity, the review
 * queue and the run's counts. Replaced as a whole by each run; read page by page with SQL, never
 * recomputed, so the entity list stays fast at any workspace size.
 */

export const maxEntityPageSize = 500;
/** Members an entity detail lists, at most. */
export const maxEntityDetailMembers = 500;

const roleBits: Readonly<Record<PartyRole, number>> = { shipper: 1, consignee: 2, 'notify party': 4 };

const sortExpression: Readonly<Record<EntitySortColumn, string>> = {
  occurrences: 'occurrences',
  displayName: 'display_name',
  variants: 'variants',
  watchlistHits: 'watchlist_hits',
};

/** The run's counts and when it ran; stored after its entities, members and hits. */
export interface StoredResolutionRun {
  readonly resolvedAt: string;
  readonly durationMs: number;
  readonly occurrences: number;
  readonly placeholders: number;
  readonly entities: number;
  readonly entitiesWithVariants: number;
  readonly reviewItems: number;
  readonly decisionsInForce: number;
  readonly watchlistHits: number;
  readonly inputsSeen: string;
}

/** Removes the previous run's resolution and hits; inside the caller's transaction. */
export function clearResolution(store: WorkspaceStore): void {
  for (const table of ['screening_hit', 'entity_link', 'entity_review_item', 'match_explanation', 'bill_party_trader', 'entity_member', 'trader_entity', 'entity_resolution']) store.run(`DELETE FROM ${table}`);
}

/** Writes the entities, members, placeholders, links and review queue of a run; inside the caller's transaction. */
export function writeResolution(store: WorkspaceStore, resolution: Resolution): void {
  const entityStatement = store.database.prepare(
    'INSERT INTO trader_entity (entity_id, display_name, variants, occurrences, roles, role_mask, countries, search_text, contacts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const members = new BufferedInsert(store.database, 'entity_member', [{ name: 'occurrence_id' }, { name: 'entity_id' }, { name: 'placeholder_kind' }, { name: 'placeholder_explanation', text: true }]);
  const links = new BufferedInsert(store.database, 'entity_link', [
    { name: 'entity_id' },
    { name: 'left_occurrence' },
    { name: 'right_occurrence' },
    { name: 'basis' },
    { name: 'decision_id' },
    { name: 'explanation_id' },
  ]);
  const explanations = new ExplanationWriter(store);
  try {
    for (const entity of resolution.entities) {
      entityStatement.run([
        entity.entityId,
        entity.displayName,
        entity.names.length,
        entity.members.length,
        JSON.stringify(entity.roles),
        entity.roles.reduce((mask, role) => mask | roleBits[role], 0),
        JSON.stringify(entity.countries),
        entity.names.map((name) => name.toLowerCase()).join('\n'),
        JSON.stringify(contactsWritten(entity.members)),
      ]);
      for (const member of entity.members) {
        members.values.push(Number(member.occurrenceId), entity.entityId, null, null);
        if (members.rowAdded() >= 4096) members.flush();
      }
      for (const link of entity.links) {
        links.values.push(entity.entityId, Number(link.left), Number(link.right), link.basis, link.basis === 'analyst' ? link.decisionId : null, link.basis === 'matched' ? explanations.idOf(link.explanation) : null);
        if (links.rowAdded() >= 4096) links.flush();
      }
    }
    for (const placeholder of resolution.placeholders) {
      members.values.push(Number(placeholder.occurrenceId), null, placeholder.kind, placeholder.explanation);
      if (members.rowAdded() >= 4096) members.flush();
    }
    members.flush();
    links.flush();
    writeBillPartyTraders(store, resolution.entities);
    const reviewStatement = store.database.prepare(
      `INSERT INTO entity_review_item (position, question, left_entity_id, right_entity_id, left_occurrence, right_occurrence, uncertainty, explanation_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    try {
      resolution.reviewQueue.forEach((item, position) =>
        reviewStatement.run([position, item.question, item.leftEntityId, item.rightEntityId, Number(item.left), Number(item.right), item.uncertainty, explanations.idOf(item.explanation)]),
      );
    } finally {
      reviewStatement.free();
    }
  } finally {
    entityStatement.free();
    members.close();
    links.close();
    explanations.close();
  }
}

/**
 * The distinct (address, telephone) pairs the members wrote, in the order first written (by
 * occurrence id); an empty text is none, and a pair with neither is left out (migration 15).
 */
export function contactsWritten(members: readonly EntityMember[]): [string | null, string | null][] {
  const first = new Map<string, { occurrence: number; pair: [string | null, string | null] }>();
  for (const member of members) {
    const pair: [string | null, string | null] = [member.rawAddress === '' ? null : member.rawAddress, member.rawPhone === '' ? null : member.rawPhone];
    if (pair[0] === null && pair[1] === null) continue;
    const key = `${pair[0] ?? ''}\u0000${pair[1] ?? ''}`;
    const occurrence = Number(member.occurrenceId);
    const seen = first.get(key);
    if (seen === undefined || occurrence < seen.occurrence) first.set(key, { occurrence, pair });
  }
  return [...first.values()].sort((left, right) => left.occurrence - right.occurrence).map((written) => written.pair);
}

/** Counts each trader's hits onto its entity row (for the list's filter and sort). */
export function countEntityHits(store: WorkspaceStore): void {
  store.run('UPDATE trader_entity SET watchlist_hits = 0 WHERE watchlist_hits <> 0');
  store.run(`UPDATE trader_entity SET watchlist_hits = hits.count
    FROM (SELECT subject_key, count(*) AS count FROM screening_hit WHERE subject_kind = 'trader' GROUP BY subject_key) AS hits
    WHERE trader_entity.entity_id = hits.subject_key`);
}

/** A stored trader as screening takes it: every raw name (most written first), countries and addresses. */
export interface StoredTrader {
  readonly entityId: string;
  readonly displayName: string;
  readonly names: string[];
  readonly countries: readonly string[];
  readonly addresses: string[];
}

export function readStoredTraders(store: WorkspaceStore): StoredTrader[] {
  const traders = new Map<string, StoredTrader>();
  for (const row of store.all<{ entityId: string; displayName: string; countries: string }>('SELECT entity_id AS entityId, display_name AS displayName, countries FROM trader_entity ORDER BY entity_id')) {
    traders.set(row.entityId, { entityId: row.entityId, displayName: row.displayName, names: [], countries: JSON.parse(row.countries) as string[], addresses: [] });
  }
  const add = (sql: string, to: (trader: StoredTrader) => string[]): void => {
    const statement = store.database.prepare(sql);
    try {
      while (statement.step()) {
        const [entityId, text] = statement.get() as [string, string];
        const trader = traders.get(entityId);
        if (trader) to(trader).push(text);
      }
    } finally {
      statement.free();
    }
  };
  // Names in the resolver's order: most written first, then longest, then alphabetical.
  add(
    `SELECT m.entity_id, p.raw_name FROM entity_member AS m JOIN party_occurrence AS p ON p.id = m.occurrence_id WHERE m.entity_id IS NOT NULL
      GROUP BY m.entity_id, p.raw_name ORDER BY m.entity_id, count(*) DESC, length(p.raw_name) DESC, p.raw_name`,
    (trader) => trader.names,
  );
  add(
    `SELECT DISTINCT m.entity_id, p.raw_address FROM entity_member AS m JOIN party_occurrence AS p ON p.id = m.occurrence_id
      WHERE m.entity_id IS NOT NULL AND coalesce(trim(p.raw_address), '') <> ''`,
    (trader) => trader.addresses,
  );
  return [...traders.values()];
}

/** Replaces the stored run's hits count and what it has seen, after a re-screening; inside the caller's transaction. */
export function updateResolutionScreening(store: WorkspaceStore, watchlistHits: number, inputsSeen: string): void {
  store.run('UPDATE entity_resolution SET watchlist_hits = ?, inputs_seen = ? WHERE id = 1', [watchlistHits, inputsSeen]);
}

export function writeResolutionRun(store: WorkspaceStore, run: StoredResolutionRun): void {
  store.run(
    `INSERT INTO entity_resolution (id, resolved_at, duration_ms, occurrences, placeholders, entities, entities_with_variants, review_items, decisions_in_force, watchlist_hits, inputs_seen)
      VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [run.resolvedAt, run.durationMs, run.occurrences, run.placeholders, run.entities, run.entitiesWithVariants, run.reviewItems, run.decisionsInForce, run.watchlistHits, run.inputsSeen],
  );
}

export function readResolutionRun(store: WorkspaceStore): StoredResolutionRun | undefined {
  const [row] = store.all(
    `SELECT resolved_at AS resolvedAt, duration_ms AS durationMs, occurrences, placeholders, entities, entities_with_variants AS entitiesWithVariants,
      review_items AS reviewItems, decisions_in_force AS decisionsInForce, watchlist_hits AS watchlistHits, inputs_seen AS inputsSeen
      FROM entity_resolution WHERE id = 1`,
  );
  return row as unknown as StoredResolutionRun | undefined;
}

/** What undo and redo would do now, from the decision log (see EntityResolutionSummary). */
export interface DecisionHistory {
  readonly nextUndo: string | null;
  readonly nextRedo: string | null;
}

/** The summary of the stored run; `stale` says whether the workspace's inputs changed since. */
export function resolutionSummary(run: StoredResolutionRun | undefined, stale: boolean, history: DecisionHistory): EntityResolutionSummary {
  if (!run) {
    return { resolvedAt: null, occurrences: 0, placeholders: 0, entities: 0, entitiesWithVariants: 0, reviewItems: 0, decisionsInForce: 0, ...history, watchlistHits: 0, stale, durationMs: 0 };
  }
  const { inputsSeen: _inputsSeen, ...counts } = run;
  return { ...counts, ...history, stale };
}

/** The trader holding the occurrence in the stored resolution; null for a placeholder or an unknown occurrence. */
export function readEntityIdOfOccurrence(store: WorkspaceStore, occurrenceId: string): string | null {
  if (!/^[1-9]\d{0,15}$/.test(occurrenceId)) return null;
  const entityId = store.scalar('SELECT entity_id FROM entity_member WHERE occurrence_id = ?', [Number(occurrenceId)]);
  return typeof entityId === 'string' ? entityId : null;
}

interface EntityTableRow extends Record<string, SqlValue> {
  entityId: string;
  displayName: string;
  variants: number;
  occurrences: number;
  roles: string;
  countries: string;
  watchlistHits: number;
}

const entityColumns = 'entity_id AS entityId, display_name AS displayName, variants, occurrences, roles, countries, watchlist_hits AS watchlistHits';

function entityRow(row: EntityTableRow): EntityRow {
  return {
    entityId: row.entityId,
    displayName: row.displayName,
    variants: row.variants,
    occurrences: row.occurrences,
    roles: JSON.parse(row.roles) as PartyRole[],
    countries: JSON.parse(row.countries) as string[],
    watchlistHits: row.watchlistHits,
  };
}

/** A page of entities: filters and the sort column are whitelisted, values bound; ties broken by entity id. */
export function listEntities(store: WorkspaceStore, query: EntityQuery): EntityPage {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  const text = query.text?.trim().toLowerCase();
  if (text) {
    conditions.push('instr(search_text, ?) > 0');
    params.push(text);
  }
  if (query.role !== undefined) {
    const bit = roleBits[query.role];
    if (bit === undefined) throw new RangeError(`unknown party role: ${String(query.role)}`);
    conditions.push('(role_mask & ?) <> 0');
    params.push(bit);
  }
  if (query.onlyWithWatchlistHits) conditions.push('watchlist_hits > 0');
  if (query.onlyWithVariants) conditions.push('variants > 1');
  const sortBy = query.sortBy ?? 'occurrences';
  if (!entitySortColumns.includes(sortBy)) throw new RangeError(`entities cannot be sorted on "${String(sortBy)}"`);
  const direction = (query.sortDirection ?? (sortBy === 'displayName' ? 'asc' : 'desc')) === 'desc' ? 'DESC' : 'ASC';
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = Math.min(maxEntityPageSize, Math.max(0, Math.floor(query.limit ?? 100)));
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const total = Number(store.scalar(`SELECT count(*) FROM trader_entity ${where}`, params) ?? 0);
  const rows = store.all<EntityTableRow>(
    `SELECT ${entityColumns} FROM trader_entity ${where} ORDER BY ${sortExpression[sortBy]} ${direction}, entity_id ${direction} LIMIT ? OFFSET ?`,
    [...params, limit, offset],
  );
  return { rows: rows.map(entityRow), total, offset };
}

export function readEntityRow(store: WorkspaceStore, entityId: string): EntityRow | undefined {
  const [row] = store.all<EntityTableRow>(`SELECT ${entityColumns} FROM trader_entity WHERE entity_id = ?`, [entityId]);
  return row ? entityRow(row) : undefined;
}

const memberColumns = `p.id AS occurrenceId, p.role AS role, p.raw_name AS rawName, coalesce(p.raw_address, '') AS rawAddress, coalesce(p.raw_phone, '') AS rawPhone,
  b.bill_of_lading_number AS billOfLadingNumber, batch.source_file AS sourceFile, p.source_row AS sourceRow`;
const memberJoins = 'JOIN bill_of_lading AS b ON b.id = p.bill_of_lading_id JOIN import_batch AS batch ON batch.id = p.batch_id';

function memberView(row: Record<string, SqlValue>): EntityMemberView {
  return {
    occurrenceId: String(row.occurrenceId),
    role: partyRoleOfStored[String(row.role)] ?? 'shipper',
    rawName: String(row.rawName),
    rawAddress: String(row.rawAddress),
    rawPhone: String(row.rawPhone),
    billOfLadingNumber: String(row.billOfLadingNumber),
    sourceFile: String(row.sourceFile),
    sourceRow: Number(row.sourceRow),
  };
}

export function readEntityMembers(store: WorkspaceStore, entityId: string, limit = maxEntityDetailMembers): EntityMemberView[] {
  return store
    .all(`SELECT ${memberColumns} FROM entity_member AS m JOIN party_occurrence AS p ON p.id = m.occurrence_id ${memberJoins} WHERE m.entity_id = ? ORDER BY m.occurrence_id LIMIT ?`, [entityId, limit])
    .map(memberView);
}

/** Member views of the given occurrences, by id (occurrences no longer stored are left out). */
export function readMemberViews(store: WorkspaceStore, occurrenceIds: readonly string[]): Map<string, EntityMemberView> {
  const views = new Map<string, EntityMemberView>();
  for (let start = 0; start < occurrenceIds.length; start += 500) {
    const chunk = occurrenceIds.slice(start, start + 500).map(Number);
    const rows = store.all(`SELECT ${memberColumns} FROM party_occurrence AS p ${memberJoins} WHERE p.id IN (${chunk.map(() => '?').join(', ')})`, chunk);
    for (const row of rows) views.set(String(row.occurrenceId), memberView(row));
  }
  return views;
}

/** Raw names (or addresses, phones, e-mail addresses) of the entity's members with how often each was written, most first. */
export function countedMemberTexts(store: WorkspaceStore, entityId: string, column: 'raw_name' | 'raw_address' | 'raw_phone' | 'raw_email'): CountedText[] {
  return store.all<{ text: string; occurrences: number }>(
    `SELECT p.${column} AS text, count(*) AS occurrences FROM entity_member AS m JOIN party_occurrence AS p ON p.id = m.occurrence_id
      WHERE m.entity_id = ? AND coalesce(trim(p.${column}), '') <> '' GROUP BY p.${column} ORDER BY occurrences DESC, text`,
    [entityId],
  );
}

export function readEntityLinks(store: WorkspaceStore, entityId: string): EntityLink[] {
  return store
    .all<{ left: number; right: number; basis: string; decisionId: string | null; explanation: string | null }>(
      `SELECT l.left_occurrence AS left, l.right_occurrence AS right, l.basis AS basis, l.decision_id AS decisionId, x.features AS explanation
        FROM entity_link AS l LEFT JOIN match_explanation AS x ON x.id = l.explanation_id WHERE l.entity_id = ? ORDER BY l.id`,
      [entityId],
    )
    .map((row) =>
      row.basis === 'analyst'
        ? { basis: 'analyst' as const, left: String(row.left), right: String(row.right), decisionId: String(row.decisionId) }
        : { basis: 'matched' as const, left: String(row.left), right: String(row.right), explanation: decodeExplanation(String(row.explanation)) },
    );
}

/** Entity ids and display names, for the given ids. */
export function readEntityNames(store: WorkspaceStore, entityIds: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (let start = 0; start < entityIds.length; start += 500) {
    const chunk = entityIds.slice(start, start + 500);
    for (const row of store.all<{ entityId: string; displayName: string }>(`SELECT entity_id AS entityId, display_name AS displayName FROM trader_entity WHERE entity_id IN (${chunk.map(() => '?').join(', ')})`, chunk)) {
      names.set(row.entityId, row.displayName);
    }
  }
  return names;
}

export function readReviewItems(store: WorkspaceStore, limit: number): ReviewItem[] {
  return store
    .all<{ question: string; leftEntityId: string; rightEntityId: string; left: number; right: number; uncertainty: number; explanation: string }>(
      `SELECT r.question AS question, r.left_entity_id AS leftEntityId, r.right_entity_id AS rightEntityId, r.left_occurrence AS left, r.right_occurrence AS right,
          r.uncertainty AS uncertainty, x.features AS explanation
        FROM entity_review_item AS r JOIN match_explanation AS x ON x.id = r.explanation_id ORDER BY r.position LIMIT ?`,
      [limit],
    )
    .map((row) => ({
      question: row.question as ReviewItem['question'],
      leftEntityId: row.leftEntityId,
      rightEntityId: row.rightEntityId,
      left: String(row.left),
      right: String(row.right),
      uncertainty: row.uncertainty,
      explanation: decodeExplanation(row.explanation),
    }));
}

/**
 * Every distinct raw name of every trader entity (a name written for two traders has a row for
 * each), then every distinct placeholder text: for exports such as the CLI's entities.csv.
 */
export function readEntityNameRows(store: WorkspaceStore): EntityNameRow[] {
  const traders = store.all<{ entityId: string; canonicalName: string; rawName: string; occurrences: number; roles: string; countries: string; variants: number; watchlistHits: number }>(
    `SELECT e.entity_id AS entityId, e.display_name AS canonicalName, p.raw_name AS rawName, count(*) AS occurrences, e.roles AS roles, e.countries AS countries,
        e.variants AS variants, e.watchlist_hits AS watchlistHits
      FROM entity_member AS m JOIN trader_entity AS e ON e.entity_id = m.entity_id JOIN party_occurrence AS p ON p.id = m.occurrence_id
      GROUP BY e.entity_id, p.raw_name ORDER BY e.occurrences DESC, e.entity_id, occurrences DESC, p.raw_name`,
  );
  const placeholders = store.all<{ kind: string; rawName: string; occurrences: number; roles: string }>(
    `SELECT m.placeholder_kind AS kind, p.raw_name AS rawName, count(*) AS occurrences, group_concat(DISTINCT p.role) AS roles
      FROM entity_member AS m JOIN party_occurrence AS p ON p.id = m.occurrence_id WHERE m.entity_id IS NULL
      GROUP BY m.placeholder_kind, p.raw_name ORDER BY occurrences DESC, p.raw_name`,
  );
  return [
    ...traders.map((row) => ({
      entityId: row.entityId,
      kind: 'trader' as const,
      canonicalName: row.canonicalName,
      rawName: row.rawName,
      occurrences: row.occurrences,
      roles: JSON.parse(row.roles) as PartyRole[],
      countries: JSON.parse(row.countries) as string[],
      variantsInEntity: row.variants,
      watchlistHits: row.watchlistHits,
    })),
    ...placeholders.map((row) => ({
      entityId: '',
      kind: 'placeholder' as const,
      canonicalName: row.kind,
      rawName: row.rawName,
      occurrences: row.occurrences,
      roles: row.roles
        .split(',')
        .map((role) => partyRoleOfStored[role] ?? 'shipper')
        .sort(),
      countries: [],
      variantsInEntity: 0,
      watchlistHits: 0,
    })),
  ];
}

