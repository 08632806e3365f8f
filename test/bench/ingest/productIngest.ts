/**
 * Child process of the ingest benchmark: the product's path end to end — streaming read, decode,
 * CSV parse, mapping, validation and insert into the sql.js store — for one manifest file.
 */
import { createManifestEngine } from '../../../shared/engine/manifestEngine';
import { fileImportSource } from '../../../electron/node/fileChunks';
import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import { peakRssMiB } from '../childMeasurement';

const file = process.argv[2];
if (!file) throw new Error('usage: productIngest.ts FILE');
const engine = await createManifestEngine(await loadSqlJsForNode());
const started = performance.now();
const report = await engine.importManifest(await fileImportSource(file));
const milliseconds = performance.now() - started;
if (report.status !== 'completed') throw new Error(`import ${report.status}: ${report.failure ?? ''}`);
const peakRssBeforeSaveMiB = peakRssMiB();
const savedAt = performance.now();
const image = await engine.saveWorkspace();
const saveMilliseconds = performance.now() - savedAt;
process.stdout.write(`${JSON.stringify({
  rows: report.rowsRead,
  milliseconds,
  peakRssMiB: peakRssMiB(),
  details: { rowsStored: report.rowsStored, rowsRejected: report.rowsRejected, saveMilliseconds, workspaceMiB: image.length / 1024 / 1024, peakRssBeforeSaveMiB },
})}\n`);
