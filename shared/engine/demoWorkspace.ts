import { generateDemoDataset } from '../generator/demoDataset';
import type { DemoDataset } from '../generator/demoDataset';
import type { ImportProgress, ImportReport } from '../ingest/importReport';
import type { EngineApi, SourceDocumentInput, SourceDocumentReceipt, WorkspaceSummary } from './engineApi';
import type { WatchlistImportReport } from './entityApi';

/**
 * The demo workspace the app opens on first start and from the menu, and that
 * `npm run analyze -- --demo` analyses: a small generated world (a few thousand manifest lines
 * with planted schemes) loaded through the same import path as an analyst's files, with its
 * intelligence reports, watchlist and examination outcomes kept as source documents. Its watchlist
 * is then read and its traders resolved and screened, so the demo opens with entities and hits.
 */
export const demoWorkspaceName = 'Demo workspace (synthetic data)';
export const demoManifestFileName = 'demo-manifests.csv';
export const demoWatchlistFileName = 'demo-watchlist.csv';
export const demoOutcomesFileName = 'demo-examination-outcomes.csv';

export interface DemoWorkspace {
  readonly summary: WorkspaceSummary;
  readonly manifestReport: ImportReport;
  readonly documentReceipts: readonly SourceDocumentReceipt[];
  /** The demo watchlist read into the workspace, with the resolution and screening after it. */
  readonly watchlistReport: WatchlistImportReport;
  readonly dataset: DemoDataset;
}

type DemoEngine = Pick<EngineApi, 'newWorkspace' | 'importManifest' | 'summary' | 'addSourceDocuments' | 'importWatchlist'>;

export async function loadDemoWorkspace(engine: DemoEngine, onProgress?: (progress: ImportProgress) => void): Promise<DemoWorkspace> {
  const dataset = generateDemoDataset();
  await engine.newWorkspace(demoWorkspaceName, 'OFFICIAL-SENSITIVE');
  const encoder = new TextEncoder();
  const bytes = encoder.encode(dataset.manifestsCsv);
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const chunkSize = 256 * 1024;
    for (let offset = 0; offset < bytes.length; offset += chunkSize) yield bytes.subarray(offset, offset + chunkSize);
  }
  const manifestReport = await engine.importManifest({ fileName: demoManifestFileName, byteLength: bytes.length, chunks: chunks() }, onProgress);
  if (manifestReport.status !== 'completed') {
    throw new Error(`the demo manifests did not import: ${manifestReport.failure ?? manifestReport.status}`);
  }
  const documents: SourceDocumentInput[] = [
    ...dataset.reports.map((report) => ({ kind: 'intelligence-report' as const, fileName: report.fileName, bytes: encoder.encode(report.text) })),
    { kind: 'watchlist', fileName: demoWatchlistFileName, bytes: encoder.encode(dataset.watchlistCsv) },
    { kind: 'examination-outcomes', fileName: demoOutcomesFileName, bytes: encoder.encode(dataset.outcomesCsv) },
  ];
  const documentReceipts = await engine.addSourceDocuments(documents);
  // The list kept above is the same document: reading it adds its entries, then resolves and screens.
  const watchlistReport = await engine.importWatchlist({ fileName: demoWatchlistFileName, bytes: encoder.encode(dataset.watchlistCsv) });
  return { summary: await engine.summary(), manifestReport, documentReceipts, watchlistReport, dataset };
}
