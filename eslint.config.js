// Layer rules, as VS Code enforces common/browser/node/electron-main:
//   shared/            pure, platform-neutral engine: no DOM, Node, Electron, React or Cytoscape
//   renderer/          React UI and the engine's Web Worker: no Node, no Electron
//   electron/main      Electron main process: no React, no renderer code
//   electron/preload   the sandboxed bridge: only 'electron' and shared/ contracts
//   electron/node      Node host code shared by main and the CLI: no Electron
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises',
  'http', 'https', 'http2', 'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream',
  'stream/promises', 'tls', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];
const nodePatterns = [{ group: ['node:*'], message: 'Node built-ins are not available in this layer.' }];
const nodePaths = nodeBuiltins.map((name) => ({ name, message: 'Node built-ins are not available in this layer.' }));
const electronPath = { name: 'electron', message: 'Only electron/main and electron/preload may import Electron.' };
const uiPaths = ['react', 'react-dom', 'react-dom/client', 'cytoscape'].map((name) => ({
  name,
  message: 'UI libraries belong to renderer/, not this layer.',
}));
const layerDirs = (dirs, message) => ({
  group: dirs.flatMap((dir) => [`**/${dir}/**`, `**/${dir}`]),
  message,
});

/** Every rule that enforces the layers, keyed by folder glob; exported for the architecture test. */
export const layerRules = {
  'shared/**/*.ts': {
    paths: [...nodePaths, electronPath, ...uiPaths],
    patterns: [...nodePatterns, layerDirs(['renderer', 'electron'], 'shared/ must not depend on a host layer.')],
  },
  'renderer/**/*.{ts,tsx}': {
    paths: [...nodePaths, electronPath],
    patterns: [...nodePatterns, layerDirs(['electron'], 'renderer/ reaches the host only through the HostApi bridge.')],
  },
  'electron/main/**/*.ts': {
    paths: [...uiPaths],
    patterns: [layerDirs(['renderer'], 'The main process must not import renderer code.')],
  },
  'electron/preload/**/*.ts': {
    paths: [...nodePaths, ...uiPaths],
    patterns: [...nodePatterns, layerDirs(['renderer', 'main', 'node'], 'The preload exposes intents; it imports only electron and shared contracts.')],
  },
  'electron/node/**/*.ts': {
    paths: [electronPath, ...uiPaths],
    patterns: [layerDirs(['renderer', 'main', 'preload'], 'electron/node is plain Node: no Electron, no UI.')],
  },
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'release/**', 'artifacts/**', '.tsbuild/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: { ...globals.node } } },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  ...Object.entries(layerRules).map(([glob, restricted]) => ({
    files: [glob],
    rules: { 'no-restricted-imports': ['error', restricted] },
  })),
);
