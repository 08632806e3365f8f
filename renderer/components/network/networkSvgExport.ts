import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';

/**
 * The drawn network as SVG (cytoscape-svg: Cytoscape's own drawing replayed on canvas2svg, so
 * labels become escaped <text>), with the export's protective marking in a banner at the top and
 * at the bottom, outside the drawing.
 */
let registered = false;

interface SvgCore extends Core {
  svg(options: { full?: boolean; scale?: number; bg?: string }): string;
}

export function networkSvg(cy: Core, marking: string): string {
  if (!registered) {
    cytoscape.use(cytoscapeSvg);
    registered = true;
  }
  return withMarkingBanners((cy as SvgCore).svg({ full: true, scale: 1, bg: '#ffffff' }), marking);
}

/** Height of each marking banner, in SVG user units. */
export const markingBannerHeight = 28;

const svgNamespace = 'http://www.w3.org/2000/svg';

/**
 * Adds a banner with the marking above and below an SVG drawing (the drawing moved down by one
 * banner, the picture grown by two). The result is serialised by the DOM (every text escaped);
 * scripts, foreign objects and event-handler attributes are removed whatever the drawing held.
 * A drawing that is not well-formed SVG is refused.
 */
export function withMarkingBanners(svg: string, marking: string): string {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = document.documentElement;
  if (root.localName !== 'svg' || document.getElementsByTagName('parsererror').length > 0) throw new Error('the network drawing is not well-formed SVG');
  for (const element of [...root.querySelectorAll('script, foreignObject')]) element.remove();
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) if (/^on/i.test(attribute.name) || (/href$/i.test(attribute.name) && /^\s*javascript:/i.test(attribute.value))) element.removeAttribute(attribute.name);
  }
  const width = Number.parseFloat(root.getAttribute('width') ?? '') || 800;
  const height = Number.parseFloat(root.getAttribute('height') ?? '') || 600;
  const drawing = document.createElementNS(svgNamespace, 'g');
  drawing.setAttribute('transform', `translate(0, ${markingBannerHeight})`);
  while (root.firstChild) drawing.append(root.firstChild);
  const total = height + 2 * markingBannerHeight;
  root.append(banner(document, marking, width, 0, 'marking-top'), drawing, banner(document, marking, width, height + markingBannerHeight, 'marking-bottom'));
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(total));
  root.setAttribute('viewBox', `0 0 ${width} ${total}`);
  return new XMLSerializer().serializeToString(document);
}

function banner(document: Document, marking: string, width: number, y: number, id: string): Element {
  const group = document.createElementNS(svgNamespace, 'g');
  group.setAttribute('id', id);
  const background = document.createElementNS(svgNamespace, 'rect');
  for (const [name, value] of Object.entries({ x: '0', y: String(y), width: String(width), height: String(markingBannerHeight), fill: '#ffffff' })) background.setAttribute(name, value);
  const text = document.createElementNS(svgNamespace, 'text');
  for (const [name, value] of Object.entries({ x: String(width / 2), y: String(y + markingBannerHeight / 2), 'text-anchor': 'middle', 'dominant-baseline': 'middle', 'font-family': 'sans-serif', 'font-size': '14', 'font-weight': 'bold', fill: '#000000' })) text.setAttribute(name, value);
  text.textContent = marking;
  group.append(background, text);
  return group;
}
