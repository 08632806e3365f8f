/** The synthetic manifest world generator: public API. */
export {
  generateManifestWorld,
  generateManifestWorldSync,
  manifestWorldOutputs,
  validateGenerateOptions,
  minimumLines,
  maximumLines,
  type GenerateOptions,
  type WorldSink,
  type WorldOutput,
  type WorldSummary,
} from './generateManifestWorld';
export { generateDemoDataset, demoSeed, demoLines, type DemoDataset, type DemoReportFile } from './demoDataset';
export type { WorldTruth, SchemeTruth, ReportTruth, CompanyTruth } from './truth';
export { manifestHeaders } from './billOfLading';
export { watchlistHeaders } from './watchlist';
export { outcomeHeaders } from './outcomes';
export { plantedSchemes } from './schemes/registry';
export { partyNameFieldWidth } from './nameVariants';
