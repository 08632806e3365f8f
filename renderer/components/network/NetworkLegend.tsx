import type { CSSProperties } from 'react';
import type { GraphViewResult } from '../../../shared/engine/graphApi';
import type { NetworkNodeKind } from '../../../shared/graph/networkGraph';
import {
  colourMeasures,
  communityColour,
  communityPalette,
  edgeKindStyles,
  nodeKindStyles,
  notScoredColour,
  otherCommunityColour,
  pathColour,
  riskBand,
  riskBands,
  sizeMeasures,
  watchlistColour,
} from './networkElements';
import type { ColourMeasure, SizeMeasure } from './networkElements';

/** The legend's drawing of a node shape (CSS only: the app's CSP allows no inline SVG styles to vary). */
const shapeSwatch: Readonly<Record<string, CSSProperties>> = {
  ellipse: {},
  diamond: { borderRadius: 0, transform: 'rotate(45deg) scale(0.8)' },
  'round-rectangle': { borderRadius: 3 },
  rectangle: { borderRadius: 0 },
  triangle: { borderRadius: 0, clipPath: 'polygon(50% 0, 100% 100%, 0 100%)' },
  hexagon: { borderRadius: 0, clipPath: 'polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%)' },
  star: { borderRadius: 0, clipPath: 'polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%)' },
};

/** Kinds in the order the legend lists them. */
const kindOrder: readonly NetworkNodeKind[] = ['trader', 'shipment', 'container', 'vessel', 'port', 'report', 'watchlist-entry', 'community'];

/**
 * What the shapes, colours, borders, sizes and lines of the canvas mean, for the view shown:
 * only the styles in use (the kinds of node and edge present, the risk bands present).
 */
export function NetworkLegend({ result, sizeBy, colourBy = 'community' }: { readonly result: GraphViewResult | null; readonly sizeBy: SizeMeasure; readonly colourBy?: ColourMeasure }) {
  if (!result || result.nodes.length === 0) return null;
  const nodeKinds = new Set(result.nodes.map((node) => node.kind));
  const edgeKinds = [...new Set(result.edges.map((edge) => edge.kind))];
  const coloured = Math.min(result.communities, communityPalette.length);
  const bands = new Set(result.nodes.map((node) => riskBand(node.riskScore)?.id ?? 'not-scored'));
  const shapesShown = kindOrder.filter((kind) => nodeKinds.has(kind) && (nodeKinds.size > 1 || kind !== 'trader'));
  return (
    <div className="network-legend" aria-label="Legend">
      {shapesShown.map((kind) => (
        <div key={kind} className="network-legend__row" data-testid={`legend-${kind}`}>
          <span className="network-legend__dot" style={{ background: nodeKindStyles[kind].colour, ...shapeSwatch[nodeKindStyles[kind].shape] }} aria-hidden="true" /> {nodeKindStyles[kind].label} ({nodeKindStyles[kind].shape.replace('-', ' ')})
        </div>
      ))}
      {colourBy === 'community' ? (
        <div className="network-legend__row" data-testid="legend-colour">
          <span className="network-legend__swatches" aria-hidden="true">
            {Array.from({ length: coloured }, (_, index) => (
              <span key={index} className="network-legend__dot" style={{ background: communityColour(index) }} />
            ))}
          </span>
          Colour: community (Louvain){result.communities > coloured ? <>, <span className="network-legend__dot" style={{ background: otherCommunityColour }} /> smaller ones</> : null}
          {[...nodeKinds].some((kind) => kind !== 'trader' && kind !== 'community') ? '; other kinds their own colour' : ''}
        </div>
      ) : colourBy === 'kind' ? (
        <div className="network-legend__row" data-testid="legend-colour">
          Colour: {colourMeasures.find((measure) => measure.id === 'kind')?.label.toLowerCase()} (as the shapes above{nodeKinds.size === 1 ? `: ${nodeKindStyles[[...nodeKinds][0] as NetworkNodeKind].label.toLowerCase()}` : ''})
        </div>
      ) : (
        <div className="network-legend__row" data-testid="legend-colour">
          Colour: stored risk score
          {riskBands
            .filter((band) => bands.has(band.id))
            .map((band) => (
              <span key={band.id} className="network-legend__item">
                <span className="network-legend__dot" style={{ background: band.colour }} aria-hidden="true" /> {band.label}
              </span>
            ))}
          {bands.has('not-scored') ? (
            <span className="network-legend__item">
              <span className="network-legend__dot" style={{ background: notScoredColour }} aria-hidden="true" /> Not scored
            </span>
          ) : null}
        </div>
      )}
      <div className="network-legend__row">
        <span className="network-legend__dot network-legend__dot--ring" style={{ borderColor: watchlistColour }} aria-hidden="true" /> Watchlist hit
      </div>
      <div className="network-legend__row">
        <span className="network-legend__dot network-legend__dot--ring" style={{ borderColor: pathColour }} aria-hidden="true" /> Path found
      </div>
      <div className="network-legend__row">
        Size: {sizeMeasures.find((measure) => measure.id === sizeBy)?.label}
        {nodeKinds.has('community') ? '; communities by their members' : ''}
      </div>
      {edgeKinds.map((kind) => (
        <div key={kind} className="network-legend__row">
          <span className="network-legend__line" style={{ borderTopColor: edgeKindStyles[kind].colour, borderTopStyle: edgeKindStyles[kind].line }} aria-hidden="true" />
          {edgeKindStyles[kind].label}
        </div>
      ))}
    </div>
  );
}
