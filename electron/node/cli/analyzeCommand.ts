import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { demoOutcomesFileName, loadDemoWorkspace } from '../../../shared/engine/demoWorkspace';
import type { OutcomesFileInput, OutcomesImportReport, RiskScoreSummary, TargetRow } from '../../../shared/engine/riskApi';
import { targetsCsv } from '../../../shared/exports/targetsCsv';
import type { ReportFileInput } from '../../../shared/engine/reportApi';
import { reportFileExtensions, reportFormatOf } from '../../../shared/reports/reportText';
import type { ManifestEngineApi, SourceDocumentReceipt } from '../../../shared/engine/engineApi';
import type { EntityResolutionSummary, WatchlistFileInput, WatchlistImportReport } from '../../../shared/engine/entityApi';
import { entitiesCsv, watchlistHitsCsv } from '../../../shared/exports/entityTables';
import { WatchlistFileError } from '../../../shared/watchlist/watchlistFileError';
import { createManifestEngine } from '../../../shared/engine/manifestEngine';
import { headerFromHead, identifyAmsTable } from '../../../shared/ingest/ams/amsTableIdentification';
import { sniffLength } from '../../../shared/ingest/formats/importFormat';
import type { ImportReport } from '../../../shared/ingest/importReport';
import { parseImportProfile } from '../../../shared/ingest/importProfile';
import type { ImportProfile } from '../../../shared/ingest/importProfile';
import { writeFileAtomic } from '../atomicFile';
import { fileImportSource, readFileHead } from '../fileChunks';
import { loadSqlJsForNode } from '../sqlJsNode';
import { nodeSha256 } from '../nodeSha256';
import { countReportMentions, type CountedReportImportSummary } from './reportMentionCounts';

/**
 * `npm run analyze -- --manifest FILE [--manifest FILE ...] --out DIR`
 * `npm run analyze -- --demo --out DIR`
 * `--watchlist FILE` (repeatable): a watchlist (simple CSV, OFAC SDN, FollowTheMoney JSON lines)
 * kept in the workspace; traders and vessels are screened against it.
 * `--profile FILE`: an import profile JSON file; every --manifest (not AMS release tables) is
 * mapped by it, and a file lacking a header the profile maps fails with the header named.
 *
 * Loads manifests into a new workspace on the same engine the app uses and writes into DIR:
 * workspace.mlens, import-report.json (with the watchlists read and the resolution's counts),
 * entities.csv (one row per distinct raw party name of each trader entity, and per placeholder
 * text) and watchlist-hits.csv (spreadsheet-safe CSV). Any format the engine reads is accepted (CSV/TSV, XLSX,
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
  /** An import profile JSON file (see shared/ingest/importProfile.ts) every --manifest is mapped by. */
  readonly profile?: string;
  /** Watchlist files (simple CSV, OFAC SDN, FollowTheMoney JSON lines) traders and vessels are screened against. */
  readonly watchlists?: readonly string[];
  /** A folder of intelligence reports: every .txt, .md, .eml, .docx and .pdf file in it is read. */
  readonly reportsDir?: string;
  /** An examination outcomes file (bill_of_lading_number, examination_date, result), kept and read. */
  readonly outcomes?: string;
  /**
   * The passphrase workspace.mlens is encrypted with (AES-256-GCM, key from Argon2id; see
   * shared/workspace/encryptedWorkspaceFile.ts). Never an argument (arguments show in process lists):
   * analyze.ts takes it from the MANIFEST_LENS_PASSPHRASE environment variable. Without it the
   * workspace is written in the plain format, which the app opens and encrypts on its first save.
   */
  readonly passphrase?: string;
}

export function parseAnalyzeArguments(argv: readonly string[]): AnalyzeOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { manifest: { type: 'string', multiple: true }, demo: { type: 'boolean' }, out: { type: 'string' }, profile: { type: 'string' }, watchlist: { type: 'string', multiple: true }, reports: { type: 'string' }, outcomes: { type: 'string' } },
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
  if (demo && parsed.values.profile !== undefined) throw new UsageError('--profile maps --manifest files; it cannot be combined with --demo');
  return {
    manifests,
    demo,
    outDir: parsed.values.out,
    ...(parsed.values.profile === undefined ? {} : { profile: parsed.values.profile }),
    ...(parsed.values.watchlist === undefined ? {} : { watchlists: parsed.values.watchlist }),
    ...(parsed.values.reports === undefined ? {} : { reportsDir: parsed.values.reports }),
    ...(parsed.values.outcomes === undefined ? {} : { outcomes: parsed.values.outcomes }),
  };
}

export interface AnalyzeResult {
  readonly reports: readonly ImportReport[];
  readonly sourceDocuments: readonly SourceDocumentReceipt[];
  readonly workspacePath: string;
  readonly reportPath: string;
  /** Each --watchlist as read (its resolution summary left out: see entityResolution). */
  readonly watchlists: readonly Omit<WatchlistImportReport, 'summary'>[];
  /** The trader resolution and screening the outputs come from. */
  readonly entityResolution: EntityResolutionSummary;
  readonly entitiesPath: string;
  readonly watchlistHitsPath: string;
  /** The intelligence reports read (--reports DIR, and the demo's), in import-report.json as intelligenceReports; null when none. */
  readonly intelligenceReports: CountedReportImportSummary | null;
  /** The examination outcomes read (--outcomes FILE, and the demo's); null when none. */
  readonly outcomes: OutcomesImportReport | null;
  /** The risk scoring targets.csv comes from (with the rules' hit rates on the outcomes). */
  readonly risk: RiskScoreSummary;
  readonly targetsPath: string;
}

export async function analyze(options: AnalyzeOptions): Promise<AnalyzeResult> {
  for (const manifest of options.manifests) {
    const info = await stat(manifest).catch(() => null);
    if (info === null) throw new UsageError(`${manifest}: manifest file not found`);
    if (!info.isFile()) throw new UsageError(`${manifest}: not a file`);
  }
  const watchlistFiles = await readWatchlistFiles(options.watchlists ?? []);
  const reportFiles = options.reportsDir === undefined ? [] : await readReportFolder(options.reportsDir);
  const profile = options.profile === undefined ? undefined : await readProfileFile(options.profile);
  const outcomesFile = options.outcomes === undefined ? undefined : await readOutcomesFile(options.outcomes);
  const engine = await createManifestEngine(await loadSqlJsForNode(), { sha256: nodeSha256 });
  let reports: readonly ImportReport[];
  let sourceDocuments: readonly SourceDocumentReceipt[] = [];
  let demoReports: ReportFileInput[] = [];
  let demoOutcomes: OutcomesFileInput | undefined;
  if (options.demo) {
    const demo = await loadDemoWorkspace(engine);
    reports = [demo.manifestReport];
    sourceDocuments = demo.documentReceipts;
    // The demo's reports are kept with its documents; reading them gives their accounting.
    demoReports = demo.dataset.reports.map((report) => ({ fileName: report.fileName, bytes: new TextEncoder().encode(report.text) }));
    demoOutcomes = { fileName: demoOutcomesFileName, bytes: new TextEncoder().encode(demo.dataset.outcomesCsv) };
  } else {
    await engine.newWorkspace('Analysis workspace');
    // Kept in the workspace too, so the app maps the next file of this layout by it.
    if (profile !== undefined) await engine.saveImportProfile(profile);
    reports = await importManifestFiles(engine, options.manifests, profile);
  }
  const reportsRead = demoReports.length + reportFiles.length > 0 ? await engine.importReports([...demoReports, ...reportFiles]) : null;
  const { watchlists, entityResolution } = await resolveAndScreen(engine, watchlistFiles);
  let outcomes: OutcomesImportReport | null = null;
  for (const file of [demoOutcomes, outcomesFile]) {
    if (file === undefined) continue;
    try {
      outcomes = await engine.importOutcomes(file);
    } catch (error) {
      if (error instanceof RangeError) throw new UsageError(error.message);
      throw error;
    }
  }
  const risk = await engine.scoreRisks();
  // Counted once the traders are resolved and the reports read for mentions again (scoring does that).
  const intelligenceReports = reportsRead === null ? null : await countReportMentions(engine, reportsRead);
  await mkdir(options.outDir, { recursive: true });
  const workspacePath = join(options.outDir, 'workspace.mlens');
  const reportPath = join(options.outDir, 'import-report.json');
  const entitiesPath = join(options.outDir, 'entities.csv');
  const watchlistHitsPath = join(options.outDir, 'watchlist-hits.csv');
  const targetsPath = join(options.outDir, 'targets.csv');
  if (options.passphrase !== undefined) await engine.setWorkspacePassphrase(options.passphrase);
  await writeFileAtomic(entitiesPath, new TextEncoder().encode(entitiesCsv(await engine.listEntityNames())));
  await writeFileAtomic(watchlistHitsPath, new TextEncoder().encode(watchlistHitsCsv(await engine.listWatchlistHits())));
  await writeFileAtomic(targetsPath, new TextEncoder().encode(targetsCsv(await listTargetsAbove(engine, risk.profile.thresholds.target))));
  // The exports are recorded in the workspace's audit trail, so the workspace is written after them.
  for (const [what, path] of [['entities', entitiesPath], ['watchlist-hits', watchlistHitsPath], ['targets', targetsPath]] as const) {
    await engine.recordExport({ what, format: 'csv', fileName: basename(path), outcome: 'done', detail: { by: 'analyze command' } });
  }
  await writeFileAtomic(workspacePath, await engine.saveWorkspace());
  const totals = reports.reduce(
    (sum, report) => ({ rowsRead: sum.rowsRead + report.rowsRead, rowsStored: sum.rowsStored + report.rowsStored, rowsRejected: sum.rowsRejected + report.rowsRejected }),
    { rowsRead: 0, rowsStored: 0, rowsRejected: 0 },
  );
  await writeFile(reportPath, `${JSON.stringify({ generatedAt: new Date().toISOString(), totals, files: reports, sourceDocuments, intelligenceReports, watchlists, entityResolution, outcomes, risk }, null, 2)}\n`);
  const failed = reports.find((report) => report.status === 'failed');
  if (failed) throw new UsageError(failed.failure ?? `${failed.fileName}: import failed`);
  return { reports, sourceDocuments, workspacePath, reportPath, watchlists, entityResolution, entitiesPath, watchlistHitsPath, intelligenceReports, outcomes, risk, targetsPath };
}

/** Every shipment and trader at or above the target threshold, page by page. */
async function listTargetsAbove(engine: ManifestEngineApi, threshold: number): Promise<TargetRow[]> {
  const rows: TargetRow[] = [];
  for (const kind of ['shipment', 'trader'] as const) {
    for (let offset = 0; ; offset += 500) {
      const page = await engine.listTargets({ kind, offset, limit: 500 });
      const above = page.rows.filter((row) => row.score >= threshold);
      rows.push(...above);
      if (above.length < page.rows.length || page.rows.length < 500) break;
    }
  }
  return rows;
}

/** Reads the --outcomes file before any work is done; a missing file is a usage error naming it. */
async function readOutcomesFile(path: string): Promise<OutcomesFileInput> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`${path}: ${error.code === 'ENOENT' ? 'outcomes file not found' : error.code === 'EISDIR' ? 'not a file' : error.message}`);
  });
  return { fileName: basename(path), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/** Every report file (by extension) of the --reports folder, by name; a missing or empty folder is a usage error naming it. */
async function readReportFolder(folder: string): Promise<ReportFileInput[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`${folder}: ${error.code === 'ENOENT' ? 'reports folder not found' : error.code === 'ENOTDIR' ? 'not a folder' : error.message}`);
  });
  const names = entries.filter((entry) => entry.isFile() && reportFormatOf(entry.name) !== null).map((entry) => entry.name).sort();
  if (names.length === 0) throw new UsageError(`${folder}: no report files (${reportFileExtensions.map((extension) => `.${extension}`).join(', ')}) in the folder`);
  const files: ReportFileInput[] = [];
  for (const name of names) {
    const bytes = await readFile(join(folder, name));
    files.push({ fileName: name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  }
  return files;
}

/** Reads every --watchlist before any work is done; a missing file is a usage error naming it. */
async function readWatchlistFiles(paths: readonly string[]): Promise<WatchlistFileInput[]> {
  const files: WatchlistFileInput[] = [];
  for (const path of paths) {
    const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`${path}: ${error.code === 'ENOENT' ? 'watchlist file not found' : error.code === 'EISDIR' ? 'not a file' : error.message}`);
    });
    files.push({ fileName: basename(path), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  }
  return files;
}

/** Reads the watchlists into the workspace, then resolves the traders and screens them (and the vessels). */
async function resolveAndScreen(engine: ManifestEngineApi, files: readonly WatchlistFileInput[]): Promise<{ watchlists: Omit<WatchlistImportReport, 'summary'>[]; entityResolution: EntityResolutionSummary }> {
  const watchlists: Omit<WatchlistImportReport, 'summary'>[] = [];
  for (const file of files) {
    try {
      const { summary: _summary, ...report } = await engine.importWatchlist(file);
      watchlists.push(report);
    } catch (error) {
      if (error instanceof WatchlistFileError) throw new UsageError(error.message);
      throw error;
    }
  }
  const current = await engine.entitySummary();
  return { watchlists, entityResolution: current.resolvedAt !== null && !current.stale ? current : await engine.resolveEntities() };
}

/** Reads and checks an import profile file; an unreadable or invalid one is a usage error naming the file. */
async function readProfileFile(path: string): Promise<ImportProfile> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`${path}: ${error.code === 'ENOENT' ? 'profile file not found' : error.message}`);
  });
  try {
    return parseImportProfile(text, path);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Imports each file (mapped by the profile, when one is given); files that are AMS release tables are grouped and imported as one release. */
async function importManifestFiles(engine: ManifestEngineApi, manifests: readonly string[], profile?: ImportProfile): Promise<ImportReport[]> {
  const isAmsTable: boolean[] = [];
  for (const manifest of manifests) {
    isAmsTable.push(identifyAmsTable(basename(manifest), headerFromHead(await readFileHead(manifest, sniffLength))) !== null);
  }
  const reports: ImportReport[] = [];
  for (const [index, manifest] of manifests.entries()) {
    if (!isAmsTable[index]) {
      reports[index] = await engine.importManifest(await fileImportSource(manifest), undefined, profile === undefined ? {} : { profile });
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
