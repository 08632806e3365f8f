import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import type { NodePosition } from '../../../shared/graph/layouts/graphLayout';
import { anchoredPosition } from './networkScene';
import type { NeighbourPlaceholder, NodeAnchor } from './networkScene';

/**
 * What the graph operations add to the canvas (NetworkCanvas): the view's engine answer it was
 * composed from (a new one redraws everything; the same one with expansions or hidden nodes
 * changed only adds and removes), where expanded nodes go, pins, "N more" nodes.
 */
export interface CanvasInteraction {
  /** The engine's answer the scene was composed from: while it stays, changes are applied in place. */
  readonly base: unknown;
  readonly anchors: ReadonlyMap<string, NodeAnchor>;
  readonly pinned: ReadonlyMap<string, NodePosition>;
  readonly placeholders: readonly NeighbourPlaceholder[];
  /** Tap on an "N more" node. */
  readonly onPlaceholder: (placeholder: NeighbourPlaceholder) => void;
  /** A node was dragged and let go there. */
  readonly onNodeMoved: (id: string, position: NodePosition) => void;
}

/** A map pin (drawn on pinned nodes): the marker of a node kept where the analyst put it. */
const pinSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M9 2h6l-1 6 4 4v2h-5l-1 8-1-8H6v-2l4-4z" fill="#212529" stroke="#ffffff" stroke-width="1.2"/></svg>';
export const pinMarkerImage = `data:image/svg+xml;utf8,${encodeURIComponent(pinSvg)}`;

/** Styles of the operations' marks: pinned nodes, "N more" nodes and their dashed tie to the node expanded. */
export function interactionStyle(): StylesheetJson {
  return [
    {
      selector: 'node.pinned',
      style: {
        'background-image': pinMarkerImage,
        'background-width': '70%',
        'background-height': '70%',
        'background-clip': 'none',
        'background-image-containment': 'over',
        'bounds-expansion': 6,
      },
    },
    {
      selector: 'node.placeholder',
      style: {
        shape: 'round-rectangle',
        width: 'label',
        height: 18,
        padding: '6px',
        'background-color': '#f1f3f5',
        'border-width': 1,
        'border-style': 'dashed',
        'border-color': '#495057',
        label: 'data(label)',
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-size': 10,
        color: '#212529',
        'min-zoomed-font-size': 0,
      },
    },
    { selector: 'edge.placeholder-tie', style: { 'line-style': 'dashed', 'line-color': '#868e96', width: 1, 'target-arrow-shape': 'none' } },
  ];
}

/**
 * Brings the canvas to the elements in place: removes what is gone, adds what is new, refreshes
 * the data and classes of what stays; positions of what stays are kept (the analyst may have moved them).
 */
export function syncElements(cy: Core, elements: readonly ElementDefinition[]): void {
  const wanted = new Map(elements.map((element) => [element.data.id as string, element]));
  cy.batch(() => {
    cy.elements()
      .filter((element) => !element.hasClass('placeholder') && !element.hasClass('placeholder-tie') && !wanted.has(element.id()))
      .remove();
    const added: ElementDefinition[] = [];
    for (const element of elements) {
      const existing = cy.getElementById(element.data.id as string);
      if (existing.empty()) {
        added.push(element);
        continue;
      }
      const { id: _id, source: _source, target: _target, ...data } = element.data;
      existing.data(data);
      existing.classes(typeof element.classes === 'string' ? element.classes : (element.classes ?? []).join(' '));
    }
    // Nodes before edges, so every edge finds its ends.
    cy.add(added.filter((element) => element.group === 'nodes'));
    cy.add(added.filter((element) => element.group === 'edges'));
  });
}

/** Rings the anchored nodes round the node they were expanded from (where it is now). */
export function placeAnchored(cy: Core, anchors: ReadonlyMap<string, NodeAnchor>, only?: ReadonlySet<string>): void {
  cy.batch(() => {
    for (const [id, anchor] of anchors) {
      if (only && !only.has(id)) continue;
      const node = cy.getElementById(id);
      const centre = cy.getElementById(anchor.center);
      if (node.empty() || centre.empty()) continue;
      node.position(anchoredPosition(centre.position(), anchor));
    }
  });
}

/** Pinned nodes at their pins, marked. */
export function applyPins(cy: Core, pinned: ReadonlyMap<string, NodePosition>): void {
  cy.batch(() => {
    cy.nodes('.pinned').forEach((node) => {
      if (!pinned.has(node.id())) node.removeClass('pinned');
    });
    for (const [id, position] of pinned) {
      const node = cy.getElementById(id);
      if (node.empty()) continue;
      node.addClass('pinned');
      node.position({ x: position.x, y: position.y });
    }
  });
}

/** The "N more" nodes, each tied to the node expanded and placed beside it. */
export function syncPlaceholders(cy: Core, placeholders: readonly NeighbourPlaceholder[]): void {
  cy.batch(() => {
    const wanted = new Set(placeholders.map((placeholder) => placeholder.id));
    cy.nodes('.placeholder')
      .filter((node) => !wanted.has(node.id()))
      .remove();
    for (const placeholder of placeholders) {
      const label = `+${placeholder.remaining.toLocaleString('en-GB')} more`;
      const existing = cy.getElementById(placeholder.id);
      if (existing.nonempty()) {
        existing.data('label', label);
        continue;
      }
      const centre = cy.getElementById(placeholder.center);
      if (centre.empty()) continue;
      const { x, y } = centre.position();
      cy.add({ group: 'nodes', data: { id: placeholder.id, label, expansion: placeholder.expansion }, classes: 'placeholder', position: { x: x + 60, y: y - 50 } });
      cy.add({ group: 'edges', data: { id: `${placeholder.id}:tie`, source: placeholder.center, target: placeholder.id }, classes: 'placeholder-tie' });
    }
  });
}
