/**
 * Issue 7's graph bench: in Debian's Chromium, for 1k, 5k and 20k nodes (three edges per node), the
 * time to first render and the median and 95th-percentile frame time of a scripted pan and zoom,
 * for the product's network canvas (its own Cytoscape options, style and elements, level of detail
 * included) and for a plain default Cytoscape instance on the same graph, in the same run and the
 * same browser, each in a fresh page. Goals at 20k nodes: first render ≤ 1/4 of the plain
 * instance's and median frame ≤ 50 ms.
 *
 * The page (test/bench/graph/page) is built by Vite into a temporary folder, apart from the
 * product's bundle, and served by Vite's preview server.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import type { Benchmark, BenchmarkFigure } from '../benchmark';
import type { GraphBenchRun, GraphBenchVariant } from './page/main';

const pageRoot = fileURLToPath(new URL('./page/', import.meta.url));
const chromiumPath = '/usr/bin/chromium';
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const graphBenchSizes = [1_000, 5_000, 20_000] as const;
/** Mouse events of the pan and zoom sequence. */
const steps = 120;
/** Runs per side and size, alternating product and plain; the medians are reported. */
const runsPerSide = 1;

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank]!;
}

async function measure(browser: Browser, url: string, variant: GraphBenchVariant, nodes: number, seed: number): Promise<GraphBenchRun & { frameMs: number[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    page.setDefaultTimeout(300_000);
    await page.goto(url);
    await page.waitForFunction(() => typeof window.runGraphBench === 'function');
    const mounted = await page.evaluate(([v, n, s]) => window.runGraphBench(v, n, s), [variant, nodes, seed] as const);
    // The scripted sequence, with the mouse: drag to pan, wheel in, wheel out (steps/3 events each).
    await page.evaluate(() => window.recordFrames());
    const third = Math.round(steps / 3);
    await page.mouse.move(720, 450);
    await page.mouse.down();
    for (let step = 1; step <= third; step++) await page.mouse.move(720 + 9 * step, 450 + 6 * step);
    await page.mouse.up();
    for (let step = 0; step < third; step++) await page.mouse.wheel(0, -40);
    for (let step = 0; step < third; step++) await page.mouse.wheel(0, 40);
    const frameMs = await page.evaluate(() => window.finishFrames());
    return { ...mounted, frameMs };
  } finally {
    await page.close();
  }
}

const round = (value: number) => Math.round(value * 10) / 10;

export const graphBenchmark: Benchmark = {
  id: 'graph',
  title: 'Network canvas in Chromium: first render and pan/zoom frame times vs a plain default Cytoscape instance',
  defaultLines: 0,
  async run(options, log) {
    const outDir = await mkdtemp(path.join(tmpdir(), 'manifest-lens-graph-bench-'));
    const config = { configFile: false as const, root: pageRoot, base: './', logLevel: 'warn' as const, build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false } };
    await build(config);
    const server = await preview({ ...config, preview: { port: 0, host: '127.0.0.1', strictPort: true, open: false } });
    const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
    try {
      const url = server.resolvedUrls?.local[0];
      if (!url) throw new Error('the preview server did not report its URL');
      log(`Chromium ${browser.version()}, viewport 1440×900, ${steps} mouse steps of pan (drag) and zoom (wheel), ${runsPerSide} runs per side (medians)`);
      const figures: BenchmarkFigure[] = [];
      // GRAPH_BENCH_SIZES=5000,20000 measures other sizes (the goals stay those of 20k nodes).
      const sizes = process.env.GRAPH_BENCH_SIZES ? process.env.GRAPH_BENCH_SIZES.split(',').map(Number) : graphBenchSizes;
      for (const nodes of sizes) {
        const runs: Record<GraphBenchVariant, (GraphBenchRun & { frameMs: number[] })[]> = { product: [], plain: [] };
        for (let run = 0; run < runsPerSide; run++) {
          for (const variant of ['product', 'plain'] as const) {
            const result = await measure(browser, url, variant, nodes, options.seed);
            runs[variant].push(result);
            const drawn = result.drawnNodes === nodes ? '' : `, drawn as ${result.drawnNodes.toLocaleString('en-GB')} nodes and ${result.drawnEdges.toLocaleString('en-GB')} edges (communities) after ${Math.round(result.engineMs)} ms of engine work`;
            log(`${nodes.toLocaleString('en-GB')} nodes, ${variant}: first render ${Math.round(result.firstRenderMs)} ms (${Math.round(result.mountMs)} ms of it making the instance)${drawn}, ${result.frameMs.length} frames, median ${percentile(result.frameMs, 0.5).toFixed(1)} ms, p95 ${percentile(result.frameMs, 0.95).toFixed(1)} ms`);
          }
        }
        const summary = (variant: GraphBenchVariant) => {
          const list = runs[variant];
          return {
            first: percentile(list.map((run) => run.firstRenderMs), 0.5),
            engine: percentile(list.map((run) => run.engineMs), 0.5),
            median: percentile(list.map((run) => percentile(run.frameMs, 0.5)), 0.5),
            p95: percentile(list.map((run) => percentile(run.frameMs, 0.95)), 0.5),
            firsts: list.map((run) => Math.round(run.firstRenderMs)),
          };
        };
        const product = summary('product');
        const plain = summary('plain');
        const edges = runs.product[0]!.edges;
        const label = `${nodes / 1000}k`;
        log(`${nodes.toLocaleString('en-GB')} nodes, ${edges.toLocaleString('en-GB')} edges: first render product ${product.firsts.join(', ')} ms, plain ${plain.firsts.join(', ')} ms; fitted zoom ${runs.product[0]!.zoomAfterFit.toFixed(3)}`);
        const atGoal = nodes === 20_000;
        figures.push(
          { name: `${label} first render, product`, value: round(product.first), unit: 'ms' },
          { name: `${label} first render, plain`, value: round(plain.first), unit: 'ms' },
          { name: `${label} first render product/plain`, value: product.first / plain.first, unit: '×', ...(atGoal ? { goal: { bound: 'max' as const, value: 0.25 } } : {}) },
          ...(product.engine > 0
            ? [
                // The engine's part (Louvain, aggregation, layout of the communities) runs in the app's Web Worker, off the UI thread: shown, not in the goal.
                { name: `${label} engine work before the canvas (worker), product`, value: round(product.engine), unit: 'ms' },
                { name: `${label} engine work + first render product/plain`, value: (product.engine + product.first) / plain.first, unit: '×' },
              ]
            : []),
          { name: `${label} median frame, product`, value: round(product.median), unit: 'ms', ...(atGoal ? { goal: { bound: 'max' as const, value: 50 } } : {}) },
          { name: `${label} median frame, plain`, value: round(plain.median), unit: 'ms' },
          { name: `${label} p95 frame, product`, value: round(product.p95), unit: 'ms' },
          { name: `${label} p95 frame, plain`, value: round(plain.p95), unit: 'ms' },
        );
      }
      return figures;
    } finally {
      await browser.close();
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    }
  },
};
