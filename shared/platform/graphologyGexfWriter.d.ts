/**
 * graphology-gexf's writer alone (module.exports = write): its browser entry also loads the parser,
 * which reads DOMParser when loaded and so fails in a Web Worker and in Node, where the engine runs.
 */
declare module 'graphology-gexf/browser/writer' {
  import type { write } from 'graphology-gexf/browser';
  const writeGexf: typeof write;
  export default writeGexf;
}
