import { generateDemoDataset } from '../generator/demoDataset';
import type { DemoDataset } from '../generator/demoDataset';
import type { ImportProgress, ImportReport } from '../ingest/importReport';
import type { EngineApi, WorkspaceSummary } from './engineApi';

/**
 * The demo workspace the app opens on first start and from the menu, and that
 * `npm run analyze -- --demo` analyses: a small generated world (a few thousand manifest lines
 * with planted schemes) loaded through the same import path as an analyst's files.
 */
export const demoWorkspaceName = 'Demo workspace (synthetic data)';
export const demoManifestFileName = 'demo-manifests.csv';

export interface DemoWorkspace {
  readonly summary: WorkspaceSummary;
  readonly manifestReport: ImportReport;
  readonly dataset: DemoDataset;
}

export async function loadDemoWorkspace(engine: Pick<EngineApi, 'newWorkspace' | 'importManifest' | 'summary'>, onProgress?: (progress: ImportProgress) => void): Promise<DemoWorkspace> {
  const dataset = generateDemoDataset();
  await engine.newWorkspace(demoWorkspaceName, 'OFFICIAL-SENSITIVE');
  const bytes = new TextEncoder().encode(dataset.manifestsCsv);
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const chunkSize = 256 * 1024;
    for (let offset = 0; offset < bytes.length; offset += chunkSize) yield bytes.subarray(offset, offset + chunkSize);
  }
  const manifestReport = await engine.importManifest({ fileName: demoManifestFileName, byteLength: bytes.length, chunks: chunks() }, onProgress);
  if (manifestReport.status !== 'completed') {
    throw new Error(`the demo manifests did not import: ${manifestReport.failure ?? manifestReport.status}`);
  }
  return { summary: await engine.summary(), manifestReport, dataset };
}
