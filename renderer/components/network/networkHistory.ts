import type { GraphFilters, GraphNeighbourPage, GraphViewMemory } from '../../../shared/engine/graphApi';
import type { NodePosition } from '../../../shared/graph/layouts/graphLayout';

/**
 * The Network view's graph operations as data: every expand, collapse, hide, pin, filter, layout,
 * view and ego change, and every community of an aggregated view expanded or collapsed, is a command; the scene on screen is the commands applied in order to the
 * scene the workspace opened with (its remembered layouts and pins). Undo moves the last command
 * to the redo list, redo moves it back: nothing is recomputed but the fold, and an expansion
 * replays the page the engine answered, so undo and redo never ask the engine again.
 */

export const defaultSceneView = 'trader-network';
export const defaultSceneLayout = 'forceatlas2';
/** The history keeps this many commands; older ones are folded into the starting scene. */
export const maxHistory = 200;

/** "Show ego network": one trader and what lies within `radius` hops of it, as its own view state. */
export interface EgoFocus {
  readonly id: string;
  readonly label: string;
  readonly radius: 1 | 2;
}

/** What one expansion added: the pages of neighbours the engine gave, in order. */
export interface Expansion {
  /** The command's number: "N more" asks for the next page of this expansion. */
  readonly key: number;
  readonly center: string;
  readonly hops: number;
  /** What the canvas held when it was expanded (asked again for every page). */
  readonly known: readonly string[];
  readonly pages: readonly GraphNeighbourPage[];
}

export interface NetworkScene {
  readonly view: string;
  /** Per view: the layout chosen (the default when absent). */
  readonly layouts: Readonly<Record<string, string>>;
  /** Per view: nodes the analyst pinned, where they pinned them. */
  readonly pinned: Readonly<Record<string, Readonly<Record<string, NodePosition>>>>;
  readonly filters: GraphFilters;
  readonly ego: EgoFocus | null;
  readonly expansions: readonly Expansion[];
  /** Nodes taken out of the view, in the order hidden. */
  readonly hidden: readonly string[];
  /** Communities of an aggregated view drawn with their members, in the order expanded. */
  readonly expandedCommunities: readonly number[];
}

export type NetworkCommand =
  | { readonly kind: 'expand'; readonly key: number; readonly center: string; readonly label: string; readonly hops: number; readonly known: readonly string[]; readonly page: GraphNeighbourPage }
  | { readonly kind: 'expand-more'; readonly key: number; readonly label: string; readonly page: GraphNeighbourPage }
  | { readonly kind: 'collapse'; readonly center: string; readonly label: string }
  | { readonly kind: 'hide'; readonly ids: readonly string[]; readonly label: string }
  | { readonly kind: 'show-hidden' }
  | { readonly kind: 'pin'; readonly view: string; readonly id: string; readonly label: string; readonly position: NodePosition }
  | { readonly kind: 'unpin'; readonly view: string; readonly id: string; readonly label: string }
  | { readonly kind: 'filters'; readonly filters: GraphFilters }
  | { readonly kind: 'layout'; readonly view: string; readonly layout: string }
  | { readonly kind: 'view'; readonly view: string }
  | { readonly kind: 'ego'; readonly ego: EgoFocus | null }
  /** The communities of an aggregated view drawn with their members (the engine redraws the view; "expand community 3"). */
  | { readonly kind: 'communities'; readonly communities: readonly number[]; readonly label: string };

export interface NetworkHistory {
  /** The scene before the first command kept. */
  readonly initial: NetworkScene;
  readonly done: readonly NetworkCommand[];
  /** Undone commands, the next to redo last. */
  readonly undone: readonly NetworkCommand[];
  /** Numbers expansions: never reused within a history. */
  readonly nextKey: number;
}

/** The scene a workspace opens with: its remembered layouts and pins, the trader network, no filters. */
export function initialScene(memories: Readonly<Record<string, GraphViewMemory>> = {}): NetworkScene {
  const layouts: Record<string, string> = {};
  const pinned: Record<string, Readonly<Record<string, NodePosition>>> = {};
  for (const [view, memory] of Object.entries(memories)) {
    layouts[view] = memory.layout;
    if (Object.keys(memory.pinned).length > 0) pinned[view] = memory.pinned;
  }
  return { view: defaultSceneView, layouts, pinned, filters: {}, ego: null, expansions: [], hidden: [], expandedCommunities: [] };
}

export function newHistory(initial: NetworkScene = initialScene()): NetworkHistory {
  return { initial, done: [], undone: [], nextKey: 1 };
}

/** Drops what was built on the graph: a new view, filters or ego network is another graph. */
function newBase(scene: NetworkScene, change: Partial<NetworkScene>): NetworkScene {
  return { ...scene, ...change, expansions: [], hidden: [], expandedCommunities: [] };
}

const without = <V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> => {
  const { [key]: _dropped, ...rest } = record;
  return rest;
};

/** One command applied to a scene (pure). */
export function applyCommand(scene: NetworkScene, command: NetworkCommand): NetworkScene {
  switch (command.kind) {
    case 'expand':
      return { ...scene, expansions: [...scene.expansions, { key: command.key, center: command.center, hops: command.hops, known: command.known, pages: [command.page] }] };
    case 'expand-more':
      return { ...scene, expansions: scene.expansions.map((expansion) => (expansion.key === command.key ? { ...expansion, pages: [...expansion.pages, command.page] } : expansion)) };
    case 'collapse':
      return { ...scene, expansions: scene.expansions.filter((expansion) => expansion.center !== command.center) };
    case 'hide':
      return { ...scene, hidden: [...scene.hidden, ...command.ids.filter((id) => !scene.hidden.includes(id))] };
    case 'show-hidden':
      return { ...scene, hidden: [] };
    case 'pin':
      return { ...scene, pinned: { ...scene.pinned, [command.view]: { ...(scene.pinned[command.view] ?? {}), [command.id]: command.position } } };
    case 'unpin':
      return { ...scene, pinned: { ...scene.pinned, [command.view]: without(scene.pinned[command.view] ?? {}, command.id) } };
    case 'filters':
      return newBase(scene, { filters: command.filters });
    case 'layout':
      return { ...scene, layouts: { ...scene.layouts, [command.view]: command.layout } };
    case 'view':
      return newBase(scene, { view: command.view, ego: null });
    case 'ego':
      return newBase(scene, { ego: command.ego });
    case 'communities':
      return { ...scene, expandedCommunities: command.communities };
  }
}

export function currentScene(history: NetworkHistory): NetworkScene {
  return history.done.reduce(applyCommand, history.initial);
}

/** Records a command (the redo list is dropped, as in any editor); the oldest fold into the start beyond maxHistory. */
export function record(history: NetworkHistory, command: NetworkCommand): NetworkHistory {
  let initial = history.initial;
  let done = [...history.done, command];
  if (done.length > maxHistory) {
    const folded = done.slice(0, done.length - maxHistory);
    initial = folded.reduce(applyCommand, initial);
    done = done.slice(done.length - maxHistory);
  }
  return { initial, done, undone: [], nextKey: Math.max(history.nextKey, command.kind === 'expand' ? command.key + 1 : 0) };
}

export function undo(history: NetworkHistory): NetworkHistory {
  const last = history.done[history.done.length - 1];
  if (!last) return history;
  return { ...history, done: history.done.slice(0, -1), undone: [...history.undone, last] };
}

export function redo(history: NetworkHistory): NetworkHistory {
  const next = history.undone[history.undone.length - 1];
  if (!next) return history;
  return { ...history, done: [...history.done, next], undone: history.undone.slice(0, -1) };
}

/** What undoing or redoing the command does, for the buttons' names ("Undo expand ALPHA"). */
export function describeCommand(command: NetworkCommand): string {
  switch (command.kind) {
    case 'expand':
      return `expand ${command.label}`;
    case 'expand-more':
      return `more neighbours of ${command.label}`;
    case 'collapse':
      return `collapse ${command.label}`;
    case 'hide':
      return `hide ${command.label}`;
    case 'show-hidden':
      return 'show hidden';
    case 'pin':
      return `pin ${command.label}`;
    case 'unpin':
      return `unpin ${command.label}`;
    case 'filters':
      return 'filter change';
    case 'layout':
      return `layout ${command.layout}`;
    case 'view':
      return `view ${command.view}`;
    case 'ego':
      return command.ego ? `ego network of ${command.ego.label}` : 'leave ego network';
    case 'communities':
      return command.label;
  }
}

/** The command that draws `next` communities expanded instead of `current`, named by the change ("expand community 3"). */
export function communitiesCommand(current: readonly number[], next: readonly number[]): NetworkCommand {
  const added = next.filter((community) => !current.includes(community));
  const removed = current.filter((community) => !next.includes(community));
  const names = (communities: readonly number[]): string => communities.map((community) => community + 1).join(', ');
  const label =
    added.length > 0 && removed.length === 0
      ? `expand community ${names(added)}`
      : removed.length > 0 && added.length === 0
        ? next.length === 0 && removed.length > 1
          ? 'collapse all communities'
          : `collapse community ${names(removed)}`
        : 'change expanded communities';
  return { kind: 'communities', communities: next, label };
}

/** The layout and pins of one view in a scene, as the workspace remembers them. */
export function viewMemory(scene: NetworkScene, view: string): GraphViewMemory {
  return { layout: scene.layouts[view] ?? defaultSceneLayout, pinned: scene.pinned[view] ?? {} };
}

/** Every node id the scene's expansions added, with the expansion that added it first. */
export function expandedNodes(scene: NetworkScene): Map<string, Expansion> {
  const added = new Map<string, Expansion>();
  for (const expansion of scene.expansions) {
    for (const page of expansion.pages) for (const node of page.nodes) if (!added.has(node.id)) added.set(node.id, expansion);
  }
  return added;
}
