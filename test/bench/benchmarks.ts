import type { Benchmark } from './benchmark';
import { erBenchmark } from './er/erBenchmark';
import { graphBenchmark } from './graph/graphBenchmark';
import { graphEngineBenchmark } from './graph/graphEngineBenchmark';
import { ingestBenchmark } from './ingest/ingestBenchmark';
import { queryBenchmark } from './query/queryBenchmark';
import { riskBenchmark } from './risk/riskBenchmark';

/** Every benchmark of `npm run bench`, as data: adding one is one file and one line. */
export const benchmarks: readonly Benchmark[] = [ingestBenchmark, queryBenchmark, erBenchmark, riskBenchmark, graphBenchmark, graphEngineBenchmark];
