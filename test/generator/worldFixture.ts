/** Generated worlds shared by the generator tests, parsed back from their CSV text. */
import { parseCsv, parseCsvObjects } from '../reference/csvText';
import { generatedManifestFields } from '../../shared/generator/billOfLading';
import { generateManifestWorldSync, type WorldSummary } from '../../shared/generator/generateManifestWorld';
import type { WorldTruth } from '../../shared/generator/truth';

export type ManifestRow = Record<(typeof generatedManifestFields)[number]['id'], string>;

export interface ParsedWorld {
  readonly manifestsCsv: string;
  readonly manifestChunks: readonly string[];
  readonly header: readonly string[];
  readonly rows: readonly ManifestRow[];
  readonly rawRows: readonly string[][];
  readonly reports: readonly { fileName: string; text: string }[];
  readonly watchlist: readonly Record<string, string>[];
  readonly watchlistHeader: readonly string[];
  readonly outcomes: readonly Record<string, string>[];
  readonly outcomesCsv: string;
  readonly watchlistCsv: string;
  readonly truth: WorldTruth;
  readonly summary: WorldSummary;
}

export function generateParsedWorld(seed: number, lines: number): ParsedWorld {
  const manifestChunks: string[] = [];
  const outcomeChunks: string[] = [];
  const reports: { fileName: string; text: string }[] = [];
  let watchlistCsv = '';
  let truth: WorldTruth | undefined;
  const summary = generateManifestWorldSync({ seed, lines }, {
    manifests: (chunk) => void manifestChunks.push(chunk),
    outcomes: (chunk) => void outcomeChunks.push(chunk),
    report: (fileName, text) => void reports.push({ fileName, text }),
    watchlist: (text) => void (watchlistCsv = text),
    truth: (value) => void (truth = value),
  });
  const manifestsCsv = manifestChunks.join('');
  const [header = [], ...rawRows] = parseCsv(manifestsCsv);
  const rows = rawRows.map((values) => Object.fromEntries(generatedManifestFields.map((field, index) => [field.id, values[index] ?? ''])) as ManifestRow);
  const watchlistParsed = parseCsvObjects(watchlistCsv);
  const outcomesCsv = outcomeChunks.join('');
  const outcomesParsed = parseCsvObjects(outcomesCsv);
  if (!truth) throw new Error('no truth');
  return {
    manifestsCsv,
    manifestChunks,
    header,
    rows,
    rawRows,
    reports,
    watchlist: watchlistParsed.rows,
    watchlistHeader: watchlistParsed.header,
    outcomes: outcomesParsed.rows,
    outcomesCsv,
    watchlistCsv,
    truth,
    summary,
  };
}

const cache = new Map<string, ParsedWorld>();

export function world(seed: number, lines: number): ParsedWorld {
  const key = `${seed}/${lines}`;
  let found = cache.get(key);
  if (!found) {
    found = generateParsedWorld(seed, lines);
    cache.set(key, found);
  }
  return found;
}
