import XMLWriter from 'xml-writer';
import type { AttributeValue, ExportableNetwork } from './exportableNetwork';
import { edgeExportAttributes, nodeExportAttributes, positionOf, xmlSafeText } from './exportableNetwork';

/**
 * The current graph as GraphML (graphml.graphdrawing.org), written with xml-writer, which
 * escapes every attribute value and text (graphology-graphml reads GraphML but writes none):
 * one <key> per attribute name in use, typed from its values (boolean, long, double, else
 * string), x and y as drawn, edges directed or not one by one. The protective marking is the
 * graph's <desc> and its 'marking' data.
 */
export function networkGraphml(network: ExportableNetwork): string {
  const nodes = network.nodes.map((node) => {
    const position = positionOf(network, node);
    return { id: node.id, attributes: { ...nodeExportAttributes(node), ...(position ? { x: position.x, y: position.y } : {}) } };
  });
  const ids = new Set(nodes.map((node) => node.id));
  const edges = network.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
    .map((edge) => ({ id: edge.id, source: edge.source, target: edge.target, directed: edge.directed, attributes: edgeExportAttributes(edge) }));
  const nodeKeys = declaredKeys(nodes.map((node) => node.attributes), 'n');
  const edgeKeys = declaredKeys(edges.map((edge) => edge.attributes), 'e');
  const marking = xmlSafeText(network.marking);

  const xml = new XMLWriter(true);
  xml.startDocument('1.0', 'UTF-8');
  xml.startElement('graphml');
  xml.writeAttribute('xmlns', 'http://graphml.graphdrawing.org/xmlns');
  xml.writeAttribute('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance');
  xml.writeAttribute('xsi:schemaLocation', 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd');
  for (const [name, id] of [
    ['marking', 'g_marking'],
    ['title', 'g_title'],
    ['view', 'g_view'],
    ['creator', 'g_creator'],
  ] as const) {
    xml.startElement('key').writeAttribute('id', id).writeAttribute('for', 'graph').writeAttribute('attr.name', name).writeAttribute('attr.type', 'string').endElement();
  }
  for (const [keys, domain] of [
    [nodeKeys, 'node'],
    [edgeKeys, 'edge'],
  ] as const) {
    for (const [name, key] of keys) xml.startElement('key').writeAttribute('id', key.id).writeAttribute('for', domain).writeAttribute('attr.name', name).writeAttribute('attr.type', key.type).endElement();
  }
  xml.startElement('graph').writeAttribute('id', 'G').writeAttribute('edgedefault', 'directed');
  xml.writeElement('desc', `${marking}: ${xmlSafeText(network.title)}`);
  writeData(xml, 'g_marking', marking);
  writeData(xml, 'g_title', xmlSafeText(network.title));
  writeData(xml, 'g_view', xmlSafeText(network.view));
  writeData(xml, 'g_creator', 'Manifest Lens');
  for (const node of nodes) {
    xml.startElement('node').writeAttribute('id', xmlSafeText(node.id));
    for (const [name, value] of Object.entries(node.attributes)) writeData(xml, (nodeKeys.get(name) as Key).id, String(value));
    xml.endElement();
  }
  for (const edge of edges) {
    xml.startElement('edge').writeAttribute('id', xmlSafeText(edge.id)).writeAttribute('source', xmlSafeText(edge.source)).writeAttribute('target', xmlSafeText(edge.target));
    if (!edge.directed) xml.writeAttribute('directed', 'false');
    for (const [name, value] of Object.entries(edge.attributes)) writeData(xml, (edgeKeys.get(name) as Key).id, String(value));
    xml.endElement();
  }
  xml.endElement();
  xml.endElement();
  xml.endDocument();
  return xml.toString();
}

interface Key {
  readonly id: string;
  readonly type: 'boolean' | 'long' | 'double' | 'string';
}

/** Attribute names in first-seen order with a key id and the narrowest GraphML type holding every value. */
function declaredKeys(rows: readonly Record<string, AttributeValue>[], prefix: string): Map<string, Key> {
  const kinds = new Map<string, Set<Key['type']>>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      let seen = kinds.get(name);
      if (!seen) kinds.set(name, (seen = new Set()));
      seen.add(typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? (Number.isInteger(value) ? 'long' : 'double') : 'string');
    }
  }
  const keys = new Map<string, Key>();
  let index = 0;
  for (const [name, seen] of kinds) {
    const type: Key['type'] = seen.size === 1 ? ([...seen][0] as Key['type']) : [...seen].every((kind) => kind === 'long' || kind === 'double') ? 'double' : 'string';
    keys.set(name, { id: `${prefix}${index++}`, type });
  }
  return keys;
}

function writeData(xml: XMLWriter, key: string, value: string): void {
  xml.startElement('data').writeAttribute('key', key).text(value).endElement();
}
