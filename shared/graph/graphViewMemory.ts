import type { WorkspaceStore } from '../store/workspaceStore';
import type { NodePosition } from './layouts/graphLayout';
import { findGraphLayout } from './layouts/graphLayouts';
import { findGraphView } from './views/graphViews';

/**
 * What the workspace remembers of a network view: the layout the analyst chose and the nodes they
 * pinned (kept where they put them whatever layout runs). Engine layouts are seeded, so the same
 * view gets the same picture again: only the analyst's own placements need keeping. Stored in
 * workspace_setting under `network.view.<view id>` as JSON, saved with the workspace file.
 */
export interface GraphViewMemory {
  readonly layout: string;
  readonly pinned: Readonly<Record<string, NodePosition>>;
}

const settingPrefix = 'network.view.';
/** A view keeps at most this many pinned nodes. */
export const maxPinnedNodes = 5_000;

/** Every view's memory; a setting that cannot be read (an unknown view or layout, bad JSON) is passed over. */
export function readGraphViewMemories(store: WorkspaceStore): Record<string, GraphViewMemory> {
  const memories: Record<string, GraphViewMemory> = {};
  for (const row of store.all<{ key: string; value: string }>(`SELECT key, value FROM workspace_setting WHERE key LIKE 'network.view.%' ORDER BY key`)) {
    const view = String(row.key).slice(settingPrefix.length);
    try {
      memories[view] = checkGraphViewMemory(view, JSON.parse(String(row.value)) as GraphViewMemory);
    } catch {
      // A view or layout of another version of the app: nothing to restore.
    }
  }
  return memories;
}

/** Stores a view's memory; RangeError for an unknown view or layout, a position that is not a finite number, too many pins. */
export function writeGraphViewMemory(store: WorkspaceStore, view: string, memory: GraphViewMemory): GraphViewMemory {
  const checked = checkGraphViewMemory(view, memory);
  store.setSetting(`${settingPrefix}${view}`, JSON.stringify(checked));
  return checked;
}

function checkGraphViewMemory(view: string, memory: GraphViewMemory): GraphViewMemory {
  findGraphView(view);
  const layout = findGraphLayout(String(memory.layout)).id;
  const entries = Object.entries(memory.pinned ?? {});
  if (entries.length > maxPinnedNodes) throw new RangeError(`at most ${maxPinnedNodes} pinned nodes per view, not ${entries.length}`);
  const pinned: Record<string, NodePosition> = {};
  for (const [id, position] of entries) {
    if (!Number.isFinite(position?.x) || !Number.isFinite(position?.y)) throw new RangeError(`the pinned position of ${id} is not a pair of numbers`);
    pinned[id] = { x: position.x, y: position.y };
  }
  return { layout, pinned };
}
