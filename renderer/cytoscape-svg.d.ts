/** cytoscape-svg 0.4 ships no types: the extension, and the core method it registers (cy.svg). */
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}
