/**
 * Types for the part of xml-writer 1.7 the GraphML export uses (the writer graphology-gexf is
 * built on; the package ships no types). Attribute values and text are escaped by the writer.
 */
declare module 'xml-writer' {
  export default class XMLWriter {
    constructor(indent?: boolean | string);
    startDocument(version?: string, encoding?: string, standalone?: boolean): this;
    endDocument(): this;
    startElement(name: string): this;
    endElement(): this;
    writeAttribute(name: string, content: string): this;
    writeElement(name: string, content: string): this;
    text(content: string): this;
    toString(): string;
  }
}
