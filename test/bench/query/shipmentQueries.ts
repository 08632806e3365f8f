/**
 * Child process of the query benchmark: imports a generated manifest file into the product's
 * engine, then times the shipments table the way the app pages it (listShipments, 100 rows a
 * page): every sort column, ascending and descending, the first page, a jump to a deep page (the
 * middle of the table) and the page after it, and text filters (a new filter, then pages and sorts within it). Prints one JSON line.
 */
import { createManifestEngine } from '../../../shared/engine/manifestEngine';
import type { ShipmentQuery } from '../../../shared/engine/engineApi';
import { shipmentSortColumns } from '../../../shared/engine/engineApi';
import { fileImportSource } from '../../../electron/node/fileChunks';
import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import { peakRssMiB } from '../childMeasurement';

const file = process.argv[2];
const repeats = Number(process.argv[3] ?? 5);
if (!file) throw new Error('usage: shipmentQueries.ts FILE [REPEATS]');
const engine = await createManifestEngine(await loadSqlJsForNode());
const importStarted = performance.now();
const report = await engine.importManifest(await fileImportSource(file));
const importMilliseconds = performance.now() - importStarted;
if (report.status !== 'completed') throw new Error(`import ${report.status}: ${report.failure ?? ''}`);

async function timed(query: ShipmentQuery): Promise<{ milliseconds: number; total: number }> {
  const started = performance.now();
  const page = await engine.listShipments({ limit: 100, ...query });
  return { milliseconds: performance.now() - started, total: page.total };
}

function middle(times: number[]): number {
  const sorted = [...times].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function median(query: ShipmentQuery): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < repeats; run++) times.push((await timed(query)).milliseconds);
  return middle(times);
}

const details: Record<string, number> = { importMilliseconds };
const total = (await timed({})).total;
const deep = Math.floor(total / 200) * 100;
for (const sortBy of shipmentSortColumns) {
  details[`firstUse.${sortBy}`] = (await timed({ sortBy })).milliseconds;
  for (const sortDirection of ['asc', 'desc'] as const) {
    details[`first.${sortBy}.${sortDirection}`] = await median({ sortBy, sortDirection });
    // A jump into the middle of the table (a different offset each time, so nothing is reused), then the next page from there.
    const jumps: number[] = [];
    const nexts: number[] = [];
    for (let run = 0; run < repeats; run++) {
      const offset = deep + run * 1009;
      jumps.push((await timed({ sortBy, sortDirection, offset })).milliseconds);
      nexts.push((await timed({ sortBy, sortDirection, offset: offset + 100 })).milliseconds);
    }
    details[`deep.${sortBy}.${sortDirection}`] = middle(jumps);
    details[`deepNext.${sortBy}.${sortDirection}`] = middle(nexts);
  }
}
const sample = (await engine.listShipments({ offset: Math.floor(total / 3), limit: 1 })).rows[0];
const filters: Record<string, string> = {
  goodsWord: 'COTTON', containerPrefix: 'MSKU', commonWord: 'LTD', placeWord: 'SHENZHEN', oneBill: sample?.billOfLadingNumber ?? 'none', hsPrefix: '6109',
};
for (const [label, text] of Object.entries(filters)) {
  const first = await timed({ text });
  details[`filter.${label}.new`] = first.milliseconds;
  details[`filter.${label}.matches`] = first.total;
  details[`filter.${label}.page2`] = await median({ text, offset: 100 });
  details[`filter.${label}.byShipper`] = await median({ text, sortBy: 'shipperName' });
  details[`filter.${label}.byWeightDesc`] = await median({ text, sortBy: 'grossWeightKg', sortDirection: 'desc' });
}
// Typing: each keystroke a new filter extending the last.
let typed = '';
let typing = 0;
for (const character of 'SHENZHEN') {
  typed += character;
  typing = Math.max(typing, (await timed({ text: typed })).milliseconds);
}
details['filter.typing.slowest'] = typing;
process.stdout.write(`${JSON.stringify({ rows: total, milliseconds: importMilliseconds, peakRssMiB: peakRssMiB(), details })}\n`);
