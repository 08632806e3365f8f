import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDemoWorkspace } from '../../../shared/engine/demoWorkspace';
import type { ManifestEngineApi, SourceDocumentReceipt } from '../../../shared/engine/engineApi';
import { createManifestEngine } from '../../../shared/engine/manifestEngine';
import { headerFromHead, identifyAmsTable } from '../../../shared/ingest/ams/amsTableIdentification';
import { sniffLength } from '../../../shared/ingest/formats/importFormat';
import type { ImportReport } from '../../../shared/ingest/importReport';
import { writeFileAtomic } from '../atomicFile';
import { fileImportSource, readFileHead } from '../fileChunks';
import { loadSqlJsForNode } from '../sqlJsNode';

/**
 * `npm run analyze -- --manifest FILE [--manifest FILE ...] --out DIR`
 * `npm run analyze -- --demo --out DIR`
 *
 * Loads manifests into a new workspace on the same engine the app uses and writes into DIR:
 * workspace.mlens and import-report.json. Any format the engine reads is accepted (CSV/TSV, XLSX,
 * JSON, JSON Lines). Files that are tables of the US AMS release (by their header, or their
 * ams__{table}_... name) are grouped and imported together as one release, joined on
 * `identifier`. --demo analyses the app's demo workspace (generated data, with its reports,
 * watchlist and outcomes kept as source documents). Exits non-zero with a one-line reason naming the file when an input is unusable.
 */
export class UsageError extends Error {}

export interface AnalyzeOptions {
  readonly manifests: readonly string[];
  readonly demo?: boolean;
  readonly outDir: string;
}

export function parseAnalyzeArguments(argv: readonly string[]): AnalyzeOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { manifest: { type: 'string', multiple: true }, demo: { type: 'boolean' }, out: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const manifests = parsed.values.manifest ?? [];
  const demo = parsed.values.demo === true;
  if (demo && manifests.length > 0) throw new UsageError('--demo analyses the demo workspace; it cannot be combined with --manifest');
  if (!demo && manifests.length === 0) throw new UsageError('give at least one --manifest FILE, or --demo');
  if (!parsed.values.out) throw new UsageError('give --out DIR for the workspace and the import report');
  return { manifests, demo, outDir: parsed.values.out };
}

export interface AnalyzeResult {
  readonly reports: readonly ImportReport[];
  readonly sourceDocuments: readonly SourceDocumentReceipt[];
  readonly workspacePath: string;
  readonly reportPath: string;
}

export async function analyze(options: AnalyzeOptions): Promise<AnalyzeResult> {
  for (const manifest of options.manifests) {
    const info = await stat(manifest).catch(() => null);
    if (info === null) throw new UsageError(`${manifest}: manifest file not found`);
    if (!info.isFile()) throw new UsageError(`${manifest}: not a file`);
  }
  const engine = await createManifestEngine(await loadSqlJsForNode());
  let reports: readonly ImportReport[];
  let sourceDocuments: readonly SourceDocumentReceipt[] = [];
  if (options.demo) {
    const demo = await loadDemoWorkspace(engine);
    reports = [demo.manifestReport];
    sourceDocuments = demo.documentReceipts;
  } else {
    await engine.newWorkspace('Analysis workspace');
    reports = await importManifestFiles(engine, options.manifests);
  }
  await mkdir(options.outDir, { recursive: true });
  const workspacePath = join(options.outDir, 'workspace.mlens');
  const reportPath = join(options.outDir, 'import-report.json');
  await writeFileAtomic(workspacePath, await engine.saveWorkspace());
  const totals = reports.reduce(
    (sum, report) => ({ rowsRead: sum.rowsRead + report.rowsRead, rowsStored: sum.rowsStored + report.rowsStored, rowsRejected: sum.rowsRejected + report.rowsRejected }),
    { rowsRead: 0, rowsStored: 0, rowsRejected: 0 },
  );
  await writeFile(reportPath, `${JSON.stringify({ generatedAt: new Date().toISOString(), totals, files: reports, sourceDocuments }, null, 2)}\n`);
  const failed = reports.find((report) => report.status === 'failed');
  if (failed) throw new UsageError(failed.failure ?? `${failed.fileName}: import failed`);
  return { reports, sourceDocuments, workspacePath, reportPath };
}

/** Imports each file; files that are AMS release tables are grouped and imported as one release. */
async function importManifestFiles(engine: ManifestEngineApi, manifests: readonly string[]): Promise<ImportReport[]> {
  const isAmsTable: boolean[] = [];
  for (const manifest of manifests) {
    isAmsTable.push(identifyAmsTable(basename(manifest), headerFromHead(await readFileHead(manifest, sniffLength))) !== null);
  }
  const reports: ImportReport[] = [];
  for (const [index, manifest] of manifests.entries()) {
    if (!isAmsTable[index]) {
      reports[index] = await engine.importManifest(await fileImportSource(manifest));
    } else if (reports[index] === undefined) {
      const release = manifests.flatMap((_path, position) => (isAmsTable[position] ? [position] : []));
      const releaseReports = await engine.importAmsRelease(await Promise.all(release.map((position) => fileImportSource(manifests[position] as string))));
      release.forEach((position, order) => {
        reports[position] = releaseReports[order] as ImportReport;
      });
    }
  }
  return reports;
}
