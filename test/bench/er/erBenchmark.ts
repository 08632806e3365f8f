/**
 * Issue 5's entity-resolution benchmark: the distinct raw parties of a generated world (about
 * 100,000 distinct raw names at the default size) resolved into traders, scored pairwise against
 * the world's truth (pairs of distinct raw parties, placeholders left out). Goals: resolution ≤ 10 s,
 * F1 ≥ 0.95, no confusable (namesake) pair merged. The default size gives 100,527 distinct raw names.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { WorldTruth } from '../../../shared/generator/truth';
import { resolveParties } from '../../../shared/entities/resolveParties';
import type { Benchmark } from '../benchmark';
import { generatedWorld } from '../generatedManifests';
import { labelOccurrences, pairwiseQuality, RawPartyCollector } from './resolutionQuality';

const roles = [
  ['Shipper', 'shipper'],
  ['Consignee', 'consignee'],
  ['Notify Party', 'notify party'],
] as const;

async function collectParties(file: string): Promise<RawPartyCollector> {
  const collector = new RawPartyCollector();
  await new Promise<void>((resolve, reject) => {
    let columns: { role: (typeof roles)[number][1]; name: number; address: number; phone: number }[] | undefined;
    const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: true });
    parser.on('data', (record: string[]) => {
      if (!columns) {
        columns = roles.map(([header, role]) => ({ role, name: record.indexOf(`${header} Name`), address: record.indexOf(`${header} Address`), phone: record.indexOf(`${header} Phone`) }));
        return;
      }
      for (const column of columns) collector.add({ role: column.role, name: record[column.name] ?? '', address: record[column.address] ?? '', phone: record[column.phone] ?? '' });
    });
    parser.on('end', () => resolve());
    parser.on('error', reject);
    createReadStream(file, { highWaterMark: 1024 * 1024 }).on('error', reject).pipe(parser as unknown as NodeJS.WritableStream);
  });
  return collector;
}

export const erBenchmark: Benchmark = {
  id: 'er',
  title: 'Trader entity resolution: time and pairwise quality against the generator truth',
  defaultLines: 1_850_000,
  async run(options, log) {
    const world = await generatedWorld(options.workDir, options.seed, options.lines, log);
    log('reading parties …');
    const collector = await collectParties(join(world, 'manifests.csv'));
    const truth = JSON.parse(await readFile(join(world, 'truth.json'), 'utf8')) as WorldTruth;
    const occurrences = collector.occurrences;
    log(`${occurrences.length.toLocaleString('en-GB')} distinct raw parties, ${collector.distinctNames.toLocaleString('en-GB')} distinct raw names; resolving …`);
    const started = performance.now();
    const resolution = resolveParties(occurrences);
    const seconds = (performance.now() - started) / 1000;
    const quality = pairwiseQuality(resolution.entities, labelOccurrences(occurrences, truth), truth);
    log(`${resolution.statistics.profiles.toLocaleString('en-GB')} comparison profiles, ${resolution.statistics.candidatePairs.toLocaleString('en-GB')} candidate pairs in ${resolution.statistics.blocks.toLocaleString('en-GB')} blocks (${resolution.statistics.oversizedBlocks.toLocaleString('en-GB')} over the cap), ${resolution.reviewQueue.length} review items`);
    log(`pairwise over ${quality.labelled.toLocaleString('en-GB')} labelled occurrences: precision ${quality.precision.toFixed(4)}, recall ${quality.recall.toFixed(4)}, F1 ${quality.f1.toFixed(4)} (${quality.correctPairs.toLocaleString('en-GB')} of ${quality.predictedPairs.toLocaleString('en-GB')} predicted pairs right, ${quality.truePairs.toLocaleString('en-GB')} true pairs)`);
    return [
      { name: 'distinct raw names', value: collector.distinctNames, unit: 'names' },
      { name: 'party occurrences', value: occurrences.length, unit: 'occurrences' },
      { name: 'placeholders set aside', value: resolution.statistics.placeholders, unit: 'occurrences' },
      { name: 'trader entities', value: resolution.statistics.entities, unit: 'entities' },
      { name: 'truth companies', value: Object.keys(truth.companies).length, unit: 'companies' },
      { name: 'resolution time', value: seconds, unit: 's', goal: { bound: 'max', value: 10 } },
      { name: 'pairwise precision', value: quality.precision, unit: '' },
      { name: 'pairwise recall', value: quality.recall, unit: '' },
      { name: 'pairwise F1', value: quality.f1, unit: '', goal: { bound: 'min', value: 0.95 } },
      { name: 'confusable pairs merged', value: quality.confusablesMerged, unit: `of ${quality.confusablePairs}`, goal: { bound: 'max', value: 0 } },
    ];
  },
};
