// Bundles the Electron main process and the preload into single CommonJS files:
//   electron/main/main.ts       -> dist/electron/main.cjs     (Node 22 inside Electron 45)
//   electron/preload/preload.ts -> dist/electron/preload.cjs  (sandboxed renderer, Chromium 140)
// `electron` stays external: the running Electron provides it. The build then reads esbuild's
// metafile and fails if either bundle would load anything else at run time: the main bundle
// may also load Node built-ins, the sandboxed preload nothing but `electron`.
import { rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outputDirectory = path.join(projectRoot, 'dist/electron');
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

const bundles = [
  {
    entry: 'electron/main/main.ts',
    output: 'main.cjs',
    platform: 'node',
    target: 'node22',
    mayLoad: (specifier) => specifier === 'electron' || nodeBuiltins.has(specifier),
  },
  {
    // platform 'browser' turns an accidental Node built-in import into a build error: a sandboxed
    // preload can require only 'electron'.
    entry: 'electron/preload/preload.ts',
    output: 'preload.cjs',
    platform: 'browser',
    target: 'chrome140',
    mayLoad: (specifier) => specifier === 'electron',
  },
];

async function buildBundle(bundle) {
  const outfile = path.join(outputDirectory, bundle.output);
  const result = await esbuild.build({
    absWorkingDir: projectRoot,
    entryPoints: [bundle.entry],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: bundle.platform,
    target: bundle.target,
    external: ['electron'],
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
  });
  const outputKey = path.relative(projectRoot, outfile).split(path.sep).join('/');
  const externalImports = result.metafile.outputs[outputKey]?.imports.filter((item) => item.external) ?? [];
  const forbidden = externalImports.map((item) => item.path).filter((specifier) => !bundle.mayLoad(specifier));
  if (forbidden.length > 0) {
    throw new Error(`${outputKey} would load ${[...new Set(forbidden)].join(', ')} at run time.`);
  }
  const loaded = [...new Set(externalImports.map((item) => item.path))].sort().join(', ') || 'nothing';
  console.log(`built ${outputKey} (loads: ${loaded})`);
}

await rm(outputDirectory, { recursive: true, force: true });
for (const bundle of bundles) {
  await buildBundle(bundle);
}
