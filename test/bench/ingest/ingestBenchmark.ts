import { join } from 'node:path';
import type { Benchmark } from '../benchmark';
import { measureInChild } from '../childMeasurement';
import type { ChildMeasurement } from '../childMeasurement';
import { generatedWorld } from '../generatedManifests';

/**
 * Issue 4's ingest benchmark: N generated manifest lines loaded end to end by the product, against
 * a streaming parse + native better-sqlite3 insert of the same file in the same run.
 * Goals: time ratio ≤ 1.5 and peak RSS ≤ 1.5 GiB (measured after the workspace is saved to a file,
 * as the analyst would; the peak before saving is printed beside it).
 *
 * The ratio goal is checked against the native reference that does the product's storage work
 * (papaparse + better-sqlite3 into the product's schema: bills, lines and parties, foreign keys, the
 * unique B/L and the same secondary indexes built at the end), so that it measures the product's
 * overhead (validation, normalisation, hashing, WebAssembly) for the same job. A lighter native
 * reference that stores each line as one row of text in one table with no index is printed beside
 * it, as the floor of what any storage of the file costs.
 */
/** The ratio of CPU times (user + system): steadier than wall time when other work shares the machine. */
function cpuRatio(product: ChildMeasurement, reference: ChildMeasurement): number {
  return Number(product.details?.cpuMilliseconds ?? Number.NaN) / Number(reference.details?.cpuMilliseconds ?? Number.NaN);
}

export const ingestBenchmark: Benchmark = {
  id: 'ingest',
  title: 'Manifest ingest: product vs streaming parse + native SQLite',
  defaultLines: 1_000_000,
  async run(options, log) {
    const world = await generatedWorld(options.workDir, options.seed, options.lines, log);
    const file = join(world, 'manifests.csv');
    log('product import …');
    const product = await measureInChild('./ingest/productIngest.ts', [file]);
    log('reference import (papaparse + better-sqlite3) …');
    const reference = await measureInChild('./ingest/referenceIngest.ts', [file]);
    log('reference import into the product schema (papaparse + better-sqlite3) …');
    const sameSchema = await measureInChild('./ingest/referenceSameSchemaIngest.ts', [file]);
    for (const other of [reference, sameSchema]) {
      if (product.rows !== other.rows) throw new Error(`row counts differ: product ${product.rows}, reference ${other.rows}`);
    }
    return [
      { name: 'rows', value: product.rows, unit: 'rows' },
      { name: 'product rows/s', value: Math.round(product.rows / (product.milliseconds / 1000)), unit: 'rows/s' },
      { name: 'reference rows/s', value: Math.round(reference.rows / (reference.milliseconds / 1000)), unit: 'rows/s' },
      { name: 'time ratio product/reference', value: product.milliseconds / reference.milliseconds, unit: '×' },
      { name: 'CPU-time ratio product/reference', value: cpuRatio(product, reference), unit: '×' },
      { name: 'same-schema reference rows/s', value: Math.round(sameSchema.rows / (sameSchema.milliseconds / 1000)), unit: 'rows/s' },
      { name: 'time ratio product/same-schema', value: product.milliseconds / sameSchema.milliseconds, unit: '×', goal: { bound: 'max', value: 1.5 } },
      { name: 'CPU-time ratio product/same-schema', value: cpuRatio(product, sameSchema), unit: '×' },
      { name: 'product peak RSS after save', value: product.peakRssMiB, unit: 'MiB', goal: { bound: 'max', value: 1536 } },
      { name: 'product peak RSS before save', value: Number(product.details?.peakRssBeforeSaveMiB ?? Number.NaN), unit: 'MiB' },
      { name: 'reference peak RSS', value: reference.peakRssMiB, unit: 'MiB' },
      { name: 'workspace save', value: Number(product.details?.saveMilliseconds ?? 0), unit: 'ms' },
      { name: 'workspace file size', value: Number(product.details?.workspaceMiB ?? 0), unit: 'MiB' },
    ];
  },
};
