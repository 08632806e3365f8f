import type { Benchmark } from './benchmark';
import { ingestBenchmark } from './ingest/ingestBenchmark';

/** Every benchmark of `npm run bench`, as data: adding one is one file and one line. */
export const benchmarks: readonly Benchmark[] = [ingestBenchmark];
