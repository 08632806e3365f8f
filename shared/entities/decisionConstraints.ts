/**
 * The decisions in force turned into constraints for clustering: must-links (occurrences that are
 * one trader) and cannot-links (two sides that share no trader). Decisions are applied in order
 * and a later decision wins over an earlier one it contradicts: a merge lifts the cannot-links it
 * would break; a "not the same" or split cuts the latest must-links that join its two sides.
 * What was lifted or cut, and by which decision, is reported.
 */
import type { EntityDecision } from './resolutionDecisions';

export interface MustLink {
  readonly left: string;
  readonly right: string;
  readonly decisionId: string;
}

export interface CannotLink {
  readonly left: readonly string[];
  readonly right: readonly string[];
  readonly decisionId: string;
}

export interface Supersession {
  readonly decisionId: string;
  readonly supersededBy: string;
  readonly what: string;
}

export interface DecisionConstraints {
  readonly mustLinks: readonly MustLink[];
  readonly cannotLinks: readonly CannotLink[];
  readonly superseded: readonly Supersession[];
}

interface Order {
  /** Position of the decision in the log. */
  readonly position: number;
}

/** Connected components of the must-links in force: occurrence → component representative. */
function components(links: readonly MustLink[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  for (const link of links) {
    if (!parent.has(link.left)) parent.set(link.left, link.left);
    if (!parent.has(link.right)) parent.set(link.right, link.right);
    const a = find(link.left);
    const b = find(link.right);
    if (a !== b) parent.set(b, a);
  }
  const result = new Map<string, string>();
  for (const id of parent.keys()) result.set(id, find(id));
  return result;
}

function violated(cannot: CannotLink, component: Map<string, string>): boolean {
  const rightRoots = new Set(cannot.right.map((id) => component.get(id) ?? `self:${id}`));
  return cannot.left.some((id) => rightRoots.has(component.get(id) ?? `self:${id}`));
}

/** Must-links on a shortest path joining the two sides; undefined when none joins them. */
function joiningPath(cannot: CannotLink, links: readonly MustLink[]): MustLink[] | undefined {
  const adjacency = new Map<string, MustLink[]>();
  for (const link of links) {
    for (const end of [link.left, link.right]) {
      const list = adjacency.get(end) ?? [];
      list.push(link);
      adjacency.set(end, list);
    }
  }
  const targets = new Set(cannot.right);
  const via = new Map<string, { readonly link: MustLink; readonly from: string } | undefined>(cannot.left.map((id) => [id, undefined]));
  const queue = [...new Set(cannot.left)];
  for (let head = 0; head < queue.length; head += 1) {
    const current = queue[head] as string;
    if (targets.has(current)) {
      const path: MustLink[] = [];
      for (let step = via.get(current); step; step = via.get(step.from)) path.push(step.link);
      return path;
    }
    for (const link of adjacency.get(current) ?? []) {
      const next = link.left === current ? link.right : link.left;
      if (via.has(next)) continue;
      via.set(next, { link, from: current });
      queue.push(next);
    }
  }
  return undefined;
}

export function decisionConstraints(decisions: readonly EntityDecision[]): DecisionConstraints {
  let mustLinks: (MustLink & Order)[] = [];
  let cannotLinks: CannotLink[] = [];
  const superseded: Supersession[] = [];
  const chain = (ids: readonly string[], decisionId: string, position: number): (MustLink & Order)[] =>
    ids.slice(1).map((id) => ({ left: ids[0] as string, right: id, decisionId, position }));

  const positionOf = (link: MustLink): number => (link as MustLink & Order).position;
  const imposeCannot = (cannot: CannotLink): void => {
    for (let path = joiningPath(cannot, mustLinks); path && path.length > 0; path = joiningPath(cannot, mustLinks)) {
      const latest = path.reduce((a, b) => (positionOf(b) > positionOf(a) ? b : a));
      mustLinks = mustLinks.filter((link) => link !== latest);
      superseded.push({ decisionId: latest.decisionId, supersededBy: cannot.decisionId, what: `must-link ${latest.left}–${latest.right} cut` });
    }
    cannotLinks.push(cannot);
  };
  decisions.forEach((decision, position) => {
    if (decision.kind === 'merge' || decision.kind === 'split') {
      mustLinks.push(...chain([...new Set(decision.occurrenceIds)], decision.decisionId, position));
      const component = components(mustLinks);
      cannotLinks = cannotLinks.filter((cannot) => {
        if (!violated(cannot, component)) return true;
        superseded.push({ decisionId: cannot.decisionId, supersededBy: decision.decisionId, what: 'cannot-link lifted' });
        return false;
      });
    }
    if (decision.kind === 'split') imposeCannot({ left: decision.occurrenceIds, right: decision.apartFrom, decisionId: decision.decisionId });
    if (decision.kind === 'not the same') imposeCannot({ left: decision.left, right: decision.right, decisionId: decision.decisionId });
  });
  return { mustLinks: mustLinks.map(({ left, right, decisionId }) => ({ left, right, decisionId })), cannotLinks, superseded };
}
