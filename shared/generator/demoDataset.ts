/**
 * The demo workspace: a small generated world held in memory as file contents, for the app's
 * "open demo" and the CLI's analyze --demo.
 */
import { generateManifestWorldSync, type WorldSummary } from './generateManifestWorld';
import type { WorldTruth } from './truth';

export interface DemoReportFile {
  readonly fileName: string;
  readonly text: string;
}

export interface DemoDataset {
  /** manifests.csv */
  readonly manifestsCsv: string;
  /** reports/*.txt */
  readonly reports: readonly DemoReportFile[];
  /** watchlist.csv */
  readonly watchlistCsv: string;
  /** outcomes.csv */
  readonly outcomesCsv: string;
  /** truth.json, parsed. */
  readonly truth: WorldTruth;
  readonly summary: WorldSummary;
}

export const demoSeed = 20_240_101;
export const demoLines = 3_000;

export function generateDemoDataset(options: { readonly seed?: number; readonly lines?: number } = {}): DemoDataset {
  const manifests: string[] = [];
  const outcomes: string[] = [];
  const reports: DemoReportFile[] = [];
  let watchlistCsv = '';
  let truth: WorldTruth | undefined;
  const summary = generateManifestWorldSync(
    { seed: options.seed ?? demoSeed, lines: options.lines ?? demoLines },
    {
      manifests: (chunk) => void manifests.push(chunk),
      report: (fileName, text) => void reports.push({ fileName, text }),
      watchlist: (text) => void (watchlistCsv = text),
      outcomes: (chunk) => void outcomes.push(chunk),
      truth: (value) => void (truth = value),
    },
  );
  if (!truth) throw new Error('internal error: the generator produced no truth');
  return { manifestsCsv: manifests.join(''), reports, watchlistCsv, outcomesCsv: outcomes.join(''), truth, summary };
}
