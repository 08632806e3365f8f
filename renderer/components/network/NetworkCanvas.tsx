import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { GraphPath, GraphViewResult } from '../../../shared/engine/graphApi';
import { canvasLayoutOptions } from './canvasLayouts';
import type { ColourMeasure, SizeMeasure } from './networkElements';
import { canvasDetail, followZoomWithLabels, networkCanvasOptions } from './networkCanvasOptions';
import { toElements } from './networkElements';
import { applyPins, placeAnchored, syncElements, syncPlaceholders } from './networkCanvasInteraction';
import type { CanvasInteraction } from './networkCanvasInteraction';

export type NetworkSelection = { readonly kind: 'node'; readonly id: string } | { readonly kind: 'edge'; readonly id: string };

export interface NetworkCanvasProps {
  readonly result: GraphViewResult | null;
  /** 'engine': the nodes carry preset positions; 'canvas': Cytoscape lays the view out. */
  readonly layoutRunsIn: 'engine' | 'canvas';
  readonly sizeBy: SizeMeasure;
  /** What the fill colour shows; community when absent. */
  readonly colourBy?: ColourMeasure;
  readonly path: GraphPath | null;
  /** The node to centre on and select; `focusRequest` changes to ask again for the same node. */
  readonly focusId: string | null;
  readonly focusRequest: number;
  readonly onSelect: (selection: NetworkSelection | null) => void;
  /** The Cytoscape instance, once made (for export and tests). */
  readonly onReady?: (cy: Core | null) => void;
  /** Without a canvas (jsdom tests): the same graph, selection and classes, nothing drawn. */
  readonly headless?: boolean;
  /** The graph operations' marks and callbacks (expansions placed, pins, "N more" nodes). */
  readonly interaction?: CanvasInteraction;
}

/**
 * The Cytoscape canvas of a network view. Positions come from the engine (preset) or from one of
 * Cytoscape's geometric layouts; nothing heavy runs here. Large views draw a texture while
 * panning and zooming and hide edges while moving (level of detail); labels disappear when they
 * would be too small to read (min-zoomed-font-size).
 */
export function NetworkCanvas({ result, layoutRunsIn, sizeBy, colourBy = 'community', path, focusId, focusRequest, onSelect, onReady, headless = false, interaction }: NetworkCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  const onReadyRef = useRef(onReady);
  onSelectRef.current = onSelect;
  onReadyRef.current = onReady;
  const interactionRef = useRef(interaction);
  interactionRef.current = interaction;
  // The engine answer last drawn from: the same one again means an operation, applied in place.
  const drawnBase = useRef<unknown>(undefined);
  // The level of detail ('full', 'large', 'overview'): a new one makes a new instance.
  const large = canvasDetail(result?.nodes.length ?? 0);

  useEffect(() => {
    if (!headless) markCytoscapeStylesheetPresent();
    const cy = cytoscape({
      ...(headless ? { headless: true } : { container: container.current }),
      ...networkCanvasOptions(large),
      elements: [],
    });
    followZoomWithLabels(cy, large);
    drawnBase.current = undefined;
    cy.on('tap', 'node, edge', (event) => {
      const target = event.target as cytoscape.SingularElementArgument;
      if (target.hasClass('placeholder') || target.hasClass('placeholder-tie')) {
        const placeholder = interactionRef.current?.placeholders.find((candidate) => candidate.id === target.id() || `${candidate.id}:tie` === target.id());
        if (placeholder) interactionRef.current?.onPlaceholder(placeholder);
        return;
      }
      onSelectRef.current({ kind: target.isNode() ? 'node' : 'edge', id: target.id() });
    });
    cy.on('dragfree', 'node', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      if (!node.hasClass('placeholder')) interactionRef.current?.onNodeMoved(node.id(), { ...node.position() });
    });
    cy.on('tap', (event) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    cyRef.current = cy;
    onReadyRef.current?.(cy);
    return () => {
      cyRef.current = null;
      onReadyRef.current?.(null);
      cy.destroy();
    };
  }, [headless, large]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const scene = interactionRef.current;
    if (scene && result && drawnBase.current === scene.base && cy.nodes().nonempty()) {
      // The same view after an operation (expand, collapse, hide): add and remove in place, nothing else moves.
      const before = new Set(cy.nodes().map((node) => node.id()));
      syncElements(cy, toElements(result, sizeBy, colourBy));
      const added = new Set([...scene.anchors.keys()].filter((id) => !before.has(id)));
      placeAnchored(cy, scene.anchors, added);
      // Bring what was added into view when some of it landed outside.
      const extent = cy.extent();
      const outside = [...added].some((id) => {
        const { x, y } = cy.getElementById(id).position();
        return x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2;
      });
      if (outside) cy.fit(undefined, 30);
      return;
    }
    drawnBase.current = scene?.base;
    cy.batch(() => {
      cy.elements().remove();
      if (result) cy.add(toElements(result, sizeBy, colourBy));
    });
    if (scene) placeAnchored(cy, scene.anchors);
    if (!result || result.nodes.length === 0) return;
    // Engine positions came with the elements: fitting them is all a preset layout would do (and
    // it would set every position again, about a third of an overview's first render).
    if (layoutRunsIn === 'engine') cy.fit(undefined, 30);
    else cy.layout(canvasLayoutOptions(result.layout)).run();
    // A new size measure only resizes the nodes (below): no new layout.
  }, [result, layoutRunsIn, large]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !result) return;
    const elements = toElements(result, sizeBy, colourBy);
    cy.batch(() => {
      for (const element of elements) if (element.group === 'nodes') cy.getElementById(element.data.id as string).data({ size: element.data.size, colour: element.data.colour });
    });
  }, [sizeBy, colourBy, result]);

  // Pins hold whatever layout ran; "N more" nodes sit beside the node expanded.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !interaction) return;
    applyPins(cy, interaction.pinned);
    syncPlaceholders(cy, interaction.placeholders);
  }, [interaction, result, layoutRunsIn, large]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('on-path off-path');
      if (!path?.found) return;
      const onPath = cy.collection();
      for (const id of [...path.nodes, ...path.edges]) onPath.merge(cy.getElementById(id));
      onPath.addClass('on-path');
      cy.elements().difference(onPath).addClass('off-path');
    });
    // Bring the whole path into view.
    if (path?.found) {
      const nodes = cy.collection();
      for (const id of path.nodes) nodes.merge(cy.getElementById(id));
      cy.fit(nodes, 110);
    }
  }, [path, result, large]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || focusId === null) return;
    const node = cy.getElementById(focusId);
    if (node.empty()) return;
    cy.elements().unselect();
    node.select();
    cy.zoom({ level: Math.max(cy.zoom(), 1.2), position: node.position() });
    cy.center(node);
  }, [focusId, focusRequest, result, large]);

  return <div ref={container} className="network-canvas" data-testid="network-canvas" />;
}

/**
 * Cytoscape inserts a <style> element for its container class unless an element with its id
 * exists; the app's CSP (style-src 'self') refuses inline style elements, so the rule lives in
 * NetworkView.css and this placeholder tells Cytoscape not to try.
 */
const cytoscapeStylesheetId = '__________cytoscape_stylesheet';

function markCytoscapeStylesheetPresent(): void {
  if (document.getElementById(cytoscapeStylesheetId)) return;
  const marker = document.createElement('meta');
  marker.id = cytoscapeStylesheetId;
  document.head.append(marker);
}
