import type { GraphViewResult } from '../../../shared/engine/graphApi';
import { communityColour, communityPalette, edgeKindStyles, otherCommunityColour, pathColour, reportNodeStyle, sizeMeasures, watchlistColour } from './networkElements';
import type { SizeMeasure } from './networkElements';

/** What the colours, borders, sizes and lines of the canvas mean, for the view shown. */
export function NetworkLegend({ result, sizeBy }: { readonly result: GraphViewResult | null; readonly sizeBy: SizeMeasure }) {
  if (!result || result.nodes.length === 0) return null;
  const kinds = new Set(result.edges.map((edge) => edge.kind));
  const coloured = Math.min(result.communities, communityPalette.length);
  return (
    <div className="network-legend" aria-label="Legend">
      <div className="network-legend__row">
        <span className="network-legend__swatches" aria-hidden="true">
          {Array.from({ length: coloured }, (_, index) => (
            <span key={index} className="network-legend__dot" style={{ background: communityColour(index) }} />
          ))}
        </span>
        Colour: community (Louvain){result.communities > coloured ? <>, <span className="network-legend__dot" style={{ background: otherCommunityColour }} /> smaller ones</> : null}
      </div>
      {result.nodes.some((node) => node.kind === 'report') ? (
        <div className="network-legend__row" data-testid="legend-report">
          <span className="network-legend__dot" style={{ background: reportNodeStyle.colour, borderRadius: 0, transform: 'rotate(45deg) scale(0.8)' }} aria-hidden="true" /> {reportNodeStyle.label} (diamond)
        </div>
      ) : null}
      <div className="network-legend__row">
        <span className="network-legend__dot network-legend__dot--ring" style={{ borderColor: watchlistColour }} aria-hidden="true" /> Watchlist hit
      </div>
      <div className="network-legend__row">
        <span className="network-legend__dot network-legend__dot--ring" style={{ borderColor: pathColour }} aria-hidden="true" /> Path found
      </div>
      <div className="network-legend__row">Size: {sizeMeasures.find((measure) => measure.id === sizeBy)?.label}</div>
      {[...kinds].map((kind) => (
        <div key={kind} className="network-legend__row">
          <span className="network-legend__line" style={{ borderTopColor: edgeKindStyles[kind].colour, borderTopStyle: edgeKindStyles[kind].line }} aria-hidden="true" />
          {edgeKindStyles[kind].label}
        </div>
      ))}
    </div>
  );
}
