/**
 * Child process of the ingest benchmark: the native reference on the same file — a streaming
 * papaparse read of the CSV and inserts into SQLite through better-sqlite3 (native code), one
 * prepared statement, one transaction per 10,000 rows, every column stored as text.
 */
import { createReadStream } from 'node:fs';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { cpuMillisecondsSince, peakRssMiB } from '../childMeasurement';

const file = process.argv[2];
if (!file) throw new Error('usage: referenceIngest.ts FILE');
const database = new Database(':memory:');
const started = performance.now();
const cpuAtStart = process.cpuUsage();
let insert: Database.Statement | null = null;
let batch: string[][] = [];
let rows = 0;
const flush = database.transaction((records: string[][]) => {
  for (const record of records) (insert as Database.Statement).run(record);
});
await new Promise<void>((resolve, reject) => {
  let header: string[] | null = null;
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: true });
  parser.on('data', (record: string[]) => {
    if (header === null) {
      header = record;
      database.exec(`CREATE TABLE manifest_line (${header.map((_, index) => `c${index} TEXT`).join(', ')})`);
      insert = database.prepare(`INSERT INTO manifest_line VALUES (${header.map(() => '?').join(', ')})`);
      return;
    }
    const padded = header.map((_, index) => record[index] ?? null) as string[];
    batch.push(padded);
    rows++;
    if (batch.length === 10_000) {
      flush(batch);
      batch = [];
    }
  });
  parser.on('end', () => resolve());
  parser.on('error', reject);
  createReadStream(file, { highWaterMark: 1024 * 1024 }).on('error', reject).pipe(parser as unknown as NodeJS.WritableStream);
});
flush(batch);
const milliseconds = performance.now() - started;
process.stdout.write(`${JSON.stringify({ rows, milliseconds, peakRssMiB: peakRssMiB(), details: { cpuMilliseconds: cpuMillisecondsSince(cpuAtStart) } })}\n`);
