import { describe, expect, it } from 'vitest';
import { generateDemoDataset, demoLines } from '../../shared/generator/demoDataset';
import { generateManifestWorld, manifestWorldOutputs, validateGenerateOptions } from '../../shared/generator/generateManifestWorld';
import { generateParsedWorld } from './worldFixture';

describe('determinism', () => {
  it('gives byte-identical files for the same seed', () => {
    const first = generateParsedWorld(42, 5_000);
    const second = generateParsedWorld(42, 5_000);
    expect(second.manifestsCsv).toBe(first.manifestsCsv);
    expect(second.watchlistCsv).toBe(first.watchlistCsv);
    expect(second.outcomesCsv).toBe(first.outcomesCsv);
    expect(second.reports).toEqual(first.reports);
    expect(JSON.stringify(second.truth)).toBe(JSON.stringify(first.truth));
  });

  it('gives a different world for another seed', () => {
    const first = generateParsedWorld(42, 5_000);
    const other = generateParsedWorld(43, 5_000);
    expect(other.manifestsCsv).not.toBe(first.manifestsCsv);
    expect(other.rows).toHaveLength(5_000);
  });

  it('streams the same bytes to an asynchronous sink that applies backpressure', async () => {
    const synchronous = generateParsedWorld(9, 4_000);
    const chunks: string[] = [];
    let truthJson = '';
    const summary = await generateManifestWorld({ seed: 9, lines: 4_000 }, {
      manifests: async (chunk) => {
        await new Promise((resolve) => setTimeout(resolve, 0));
        chunks.push(chunk);
      },
      outcomes: () => undefined,
      report: async () => undefined,
      watchlist: () => undefined,
      truth: (truth) => void (truthJson = JSON.stringify(truth)),
    });
    expect(chunks.join('')).toBe(synchronous.manifestsCsv);
    expect(truthJson).toBe(JSON.stringify(synchronous.truth));
    expect(summary).toEqual(synchronous.summary);
  });

  it('is lazy: nothing past the first outputs is built until asked for', () => {
    const outputs = manifestWorldOutputs({ seed: 5, lines: 200_000 });
    const first = outputs.next();
    expect(first.done).toBe(false);
    expect(first.value).toMatchObject({ kind: 'watchlist' });
    outputs.return(undefined as never);
  });

  it('makes the demo dataset in memory', () => {
    const demo = generateDemoDataset();
    expect(demo.summary.lines).toBe(demoLines);
    expect(demo.manifestsCsv.split('\r\n').length - 2).toBe(demoLines);
    expect(demo.reports.length).toBeGreaterThan(2);
    expect(demo.watchlistCsv.startsWith('name,aliases,address,country,imo,reason,list\r\n')).toBe(true);
    expect(demo.outcomesCsv.startsWith('bill_of_lading_number,examination_date,result\r\n')).toBe(true);
    expect(Object.keys(demo.truth.schemes).length).toBeGreaterThan(5);
    expect(generateDemoDataset().manifestsCsv).toBe(demo.manifestsCsv);
  });
});

describe('options', () => {
  it('rejects bad seeds, line counts and dates with a message naming the option', () => {
    expect(() => validateGenerateOptions({ seed: -1, lines: 5_000 })).toThrow(/^seed must be/);
    expect(() => validateGenerateOptions({ seed: 1.5, lines: 5_000 })).toThrow(/^seed must be/);
    expect(() => validateGenerateOptions({ seed: 1, lines: 999 })).toThrow(/^lines must be/);
    expect(() => validateGenerateOptions({ seed: 1, lines: Number.NaN })).toThrow(/^lines must be/);
    expect(() => validateGenerateOptions({ seed: 1, lines: 5_000, startDate: '2024-02-30' })).toThrow(/^startDate must be/);
    expect(validateGenerateOptions({ seed: 1, lines: 1_000, startDate: '2023-06-01' })).toEqual({ seed: 1, lines: 1_000, firstDay: 19_509 });
  });

  it('starts arrivals on the start date', () => {
    const outputs = [...manifestWorldOutputs({ seed: 3, lines: 1_000, startDate: '2023-06-01' })];
    const truth = outputs.find((output) => output.kind === 'truth');
    expect(truth?.kind === 'truth' && truth.truth.generator.firstArrivalDate).toBe('2023-06-01');
    const manifests = outputs.filter((output) => output.kind === 'manifests').map((output) => (output.kind === 'manifests' ? output.text : '')).join('');
    const dates = manifests.split('\r\n').slice(1, -1).map((row) => /,(\d{4}-\d{2}-\d{2}),/.exec(row)?.[1] ?? '');
    expect(dates.every((date) => date >= '2023-06-01')).toBe(true);
    expect(dates).toHaveLength(1_000);
  });
});
