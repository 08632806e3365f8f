import { join } from 'node:path';
import type { Benchmark, BenchmarkFigure } from '../benchmark';
import { measureInChild } from '../childMeasurement';
import { generatedWorld } from '../generatedManifests';

/**
 * Issue 4's shipments-table benchmark: N generated manifest lines imported by the product, then
 * the table paged as the app pages it (100 rows): the median time of the first page, of a jump to a
 * deep page (the middle of the table) and of the page after it, for every sort column both ways, the first sort by a column
 * (which builds its index), and text filters (a new filter, then pages and sorts within it, and
 * typing one character at a time).
 */
export const queryBenchmark: Benchmark = {
  id: 'query',
  title: 'Shipments table: pages, sorts and filters',
  defaultLines: 1_000_000,
  async run(options, log) {
    const world = await generatedWorld(options.workDir, options.seed, options.lines, log);
    log('import, then query …');
    const measured = await measureInChild('./query/shipmentQueries.ts', [join(world, 'manifests.csv')]);
    const details = measured.details ?? {};
    const value = (key: string): number => Number(details[key] ?? Number.NaN);
    const keys = Object.keys(details);
    const max = (prefix: string): number => Math.max(...keys.filter((key) => key.startsWith(prefix) && !key.endsWith('.matches')).map(value));
    const median = (prefix: string): number => {
      const values = keys.filter((key) => key.startsWith(prefix) && !key.endsWith('.matches')).map(value).sort((left, right) => left - right);
      return values[Math.floor(values.length / 2)] ?? Number.NaN;
    };
    for (const key of keys) log(`${key.padEnd(44)} ${value(key).toFixed(1)}`);
    const figures: BenchmarkFigure[] = [
      { name: 'lines', value: measured.rows, unit: 'lines' },
      { name: 'first page, median', value: median('first.'), unit: 'ms' },
      { name: 'first page, slowest sort', value: max('first.'), unit: 'ms' },
      { name: 'deep page jump, median', value: median('deep.'), unit: 'ms' },
      { name: 'deep page jump, slowest sort', value: max('deep.'), unit: 'ms' },
      { name: 'page after deep page, slowest', value: max('deepNext.'), unit: 'ms' },
      { name: 'first sort by column, slowest', value: max('firstUse.'), unit: 'ms' },
      { name: 'new text filter, slowest', value: Math.max(...keys.filter((key) => /^filter\.[^.]+\.new$/.test(key)).map(value)), unit: 'ms' },
      { name: 'page within filter, slowest', value: Math.max(...keys.filter((key) => /^filter\.[^.]+\.(?:page2|byShipper|byWeightDesc)$/.test(key)).map(value)), unit: 'ms' },
      { name: 'typing filter, slowest key', value: value('filter.typing.slowest'), unit: 'ms' },
      { name: 'peak RSS', value: measured.peakRssMiB, unit: 'MiB' },
    ];
    return figures;
  },
};
