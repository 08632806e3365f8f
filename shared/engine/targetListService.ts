import type { RiskEvidence } from '../risk/riskModel';
import { appendTargetHistory, deleteTargetEntry, insertTargetEntry, readTargetEntries, readTargetHistory, updateTargetEntry } from '../store/targetListStore';
import type { WorkspaceStore } from '../store/workspaceStore';
import { targetPriorityNames, targetStatuses } from './riskApi';
import type { TargetListEngineApi, TargetAddition, TargetChange, TargetHistoryEntry, TargetKey, TargetListEntry, TargetPriority, TargetPriorityName, TargetStatus } from './riskApi';

/** Reads a priority given as 1–3 or high / medium / low. */
export function parseTargetPriority(value: TargetPriority | TargetPriorityName | string | number): TargetPriority {
  if (value === 1 || value === 2 || value === 3) return value;
  const named = (Object.entries(targetPriorityNames) as [string, string][]).find(([, name]) => name === String(value).trim().toLowerCase());
  if (named) return Number(named[0]) as TargetPriority;
  if (/^[123]$/.test(String(value).trim())) return Number(String(value).trim()) as TargetPriority;
  throw new RangeError(`priority ${String(value)} is not 1–3 or high, medium, low`);
}

function checkStatus(value: string): TargetStatus {
  if ((targetStatuses as readonly string[]).includes(value)) return value as TargetStatus;
  throw new RangeError(`status ${value} is not one of ${targetStatuses.join(', ')}`);
}

function checkKey(key: TargetKey): TargetKey {
  if (key.kind !== 'shipment' && key.kind !== 'trader') throw new RangeError(`unknown target kind ${String(key.kind)}`);
  const ref = typeof key.ref === 'string' ? key.ref : '';
  if (ref.trim() === '') throw new RangeError('a target needs a B/L number or trader id');
  return { kind: key.kind, ref };
}

function checkText(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new TypeError(`${field} must be text`);
  if (value.length > 4000) throw new RangeError(`${field} is longer than 4,000 characters`);
  return value;
}

/**
 * The analyst's target list over whichever store is open (issue 8): shipments and traders added
 * from the ranked risks or by hand, with priority, status, notes and agency; every change an entry
 * of the append-only history (who, when, what changed), written in the same transaction.
 */
export class TargetListService implements TargetListEngineApi {
  constructor(private readonly currentStore: () => WorkspaceStore, private readonly now: () => Date = () => new Date()) {}

  async targetList(): Promise<readonly TargetListEntry[]> {
    return readTargetEntries(this.currentStore());
  }

  async addTarget(addition: TargetAddition): Promise<TargetListEntry> {
    const store = this.currentStore();
    const key = checkKey(addition);
    // A B/L typed by hand may carry stray spaces: the stored number is the ref.
    const subject = this.findSubject(store, key) ?? this.findSubject(store, { kind: key.kind, ref: key.ref.trim() });
    if (!subject) throw new RangeError(key.kind === 'shipment' ? `no bill of lading ${key.ref} in this workspace` : `no trader ${key.ref} in this workspace (resolve traders first)`);
    const ref = subject.ref;
    if (readTargetEntries(store, { kind: key.kind, ref }).length > 0) throw new Error(`${key.kind} ${ref} is already on the target list`);
    const { analyst, recordedAt } = this.audit(store, addition.analyst);
    const entry = {
      kind: key.kind,
      ref,
      name: subject.name,
      priority: parseTargetPriority(addition.priority ?? 2),
      status: checkStatus(addition.status ?? 'proposed'),
      notes: checkText(addition.notes ?? '', 'notes'),
      agency: checkText(addition.agency ?? '', 'agency'),
      scoreWhenAdded: subject.score,
      reasonsWhenAdded: subject.reasons,
      addedAt: recordedAt,
      addedBy: analyst,
      updatedAt: recordedAt,
    };
    store.transaction(() => {
      insertTargetEntry(store, entry);
      appendTargetHistory(store, {
        kind: key.kind,
        ref,
        action: 'add',
        changes: { name: { from: null, to: entry.name }, priority: { from: null, to: entry.priority }, status: { from: null, to: entry.status }, notes: { from: null, to: entry.notes }, agency: { from: null, to: entry.agency }, score: { from: null, to: entry.scoreWhenAdded } },
        analyst,
        recordedAt,
      });
    });
    return this.entry(store, { kind: key.kind, ref });
  }

  async updateTarget(key: TargetKey, change: TargetChange): Promise<TargetListEntry> {
    const store = this.currentStore();
    const checked = checkKey(key);
    const before = this.entry(store, checked);
    const after = {
      priority: change.priority === undefined ? before.priority : parseTargetPriority(change.priority),
      status: change.status === undefined ? before.status : checkStatus(change.status),
      notes: change.notes === undefined ? before.notes : checkText(change.notes, 'notes'),
      agency: change.agency === undefined ? before.agency : checkText(change.agency, 'agency'),
    };
    const changes: Record<string, { from: string | number; to: string | number }> = {};
    for (const field of ['priority', 'status', 'notes', 'agency'] as const) {
      if (after[field] !== before[field]) changes[field] = { from: before[field], to: after[field] };
    }
    if (Object.keys(changes).length === 0) return before;
    const { analyst, recordedAt } = this.audit(store, change.analyst);
    store.transaction(() => {
      updateTargetEntry(store, checked, { ...after, updatedAt: recordedAt });
      appendTargetHistory(store, { ...checked, action: 'update', changes, analyst, recordedAt });
    });
    return this.entry(store, checked);
  }

  async removeTarget(key: TargetKey, analystName?: string): Promise<boolean> {
    const store = this.currentStore();
    const checked = checkKey(key);
    const before = readTargetEntries(store, checked)[0];
    if (!before) return false;
    const { analyst, recordedAt } = this.audit(store, analystName);
    store.transaction(() => {
      deleteTargetEntry(store, checked);
      appendTargetHistory(store, {
        ...checked,
        action: 'remove',
        changes: { priority: { from: before.priority, to: null }, status: { from: before.status, to: null }, notes: { from: before.notes, to: null }, agency: { from: before.agency, to: null } },
        analyst,
        recordedAt,
      });
    });
    return true;
  }

  async targetHistory(key?: TargetKey): Promise<readonly TargetHistoryEntry[]> {
    return readTargetHistory(this.currentStore(), key ? checkKey(key) : undefined);
  }

  private entry(store: WorkspaceStore, key: TargetKey): TargetListEntry {
    const entry = readTargetEntries(store, key)[0];
    if (!entry) throw new RangeError(`${key.kind} ${key.ref} is not on the target list`);
    return entry;
  }

  /** The subject as the workspace knows it, with its latest score and reasons (null score: never scored). */
  private findSubject(store: WorkspaceStore, key: TargetKey): { ref: string; name: string; score: number | null; reasons: readonly RiskEvidence[] } | null {
    const scored = store.all<{ name: string; score: number; evidence: string }>('SELECT name, score, evidence FROM risk_target_reasons WHERE kind = ? AND ref = ?', [key.kind, key.ref])[0];
    const everScored = store.scalar('SELECT count(*) FROM risk_run') !== 0;
    const known =
      key.kind === 'shipment'
        ? store.all<{ name: string | null }>(
            `SELECT (SELECT raw_name FROM party_occurrence WHERE bill_of_lading_id = b.id AND role = 'consignee' ORDER BY id LIMIT 1) AS name FROM bill_of_lading AS b WHERE b.bill_of_lading_number = ?`,
            [key.ref],
          )[0]
        : store.all<{ name: string | null }>('SELECT display_name AS name FROM trader_entity WHERE entity_id = ?', [key.ref])[0];
    if (!known && !scored) return null;
    return {
      ref: key.ref,
      name: scored?.name ?? known?.name ?? '',
      score: scored ? scored.score : everScored ? 0 : null,
      reasons: scored ? (JSON.parse(scored.evidence) as RiskEvidence[]) : [],
    };
  }

  /** The analyst (given, else the workspace's setting, else "analyst") and the time of an entry. */
  private audit(store: WorkspaceStore, analyst: string | undefined): { analyst: string; recordedAt: string } {
    return { analyst: analyst?.trim() || store.getSetting('analyst')?.trim() || 'analyst', recordedAt: this.now().toISOString() };
  }
}
