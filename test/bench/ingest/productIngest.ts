/**
 * Child process of the ingest benchmark: the product's path end to end — streaming read, decode,
 * CSV parse, mapping, validation and insert into the sql.js store — for one manifest file, then
 * the workspace saved to a file (peak RSS is measured after the save).
 */
import { rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createManifestEngine } from '../../../shared/engine/manifestEngine';
import { writeFileAtomic } from '../../../electron/node/atomicFile';
import { fileImportSource } from '../../../electron/node/fileChunks';
import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import { nodeSha256 } from '../../../electron/node/nodeSha256';
import { cpuMillisecondsSince, peakRssMiB } from '../childMeasurement';

const file = process.argv[2];
if (!file) throw new Error('usage: productIngest.ts FILE');
// Hashing with node:crypto, as the CLI does (the app's Web Worker hashes with the default, hash-wasm).
const engine = await createManifestEngine(await loadSqlJsForNode(), { sha256: nodeSha256 });
const started = performance.now();
const cpuAtStart = process.cpuUsage();
const report = await engine.importManifest(await fileImportSource(file));
const milliseconds = performance.now() - started;
const cpuMilliseconds = cpuMillisecondsSince(cpuAtStart);
if (report.status !== 'completed') throw new Error(`import ${report.status}: ${report.failure ?? ''}`);
const peakRssBeforeSaveMiB = peakRssMiB();
// Saved as the analyst (or the CLI) would: the file's parts written to disk, atomically.
const savedAt = performance.now();
const parts = await engine.saveWorkspace();
const workspacePath = join(tmpdir(), `manifest-lens-bench-${process.pid}.mlens`);
await writeFileAtomic(workspacePath, parts);
const saveMilliseconds = performance.now() - savedAt;
const workspaceBytes = (await stat(workspacePath)).size;
await rm(workspacePath, { force: true });
process.stdout.write(`${JSON.stringify({
  rows: report.rowsRead,
  milliseconds,
  peakRssMiB: peakRssMiB(),
  details: { cpuMilliseconds, rowsStored: report.rowsStored, rowsRejected: report.rowsRejected, saveMilliseconds, workspaceMiB: workspaceBytes / 1024 / 1024, peakRssBeforeSaveMiB },
})}\n`);
