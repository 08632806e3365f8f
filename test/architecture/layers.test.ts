import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers (shared / renderer / electron main / preload / node) are enforced twice, and a
 * crossing fails `npm test` either way: by ESLint's import rules and by each folder's tsconfig
 * (restricted lib and types). These tests feed probe files through the repository's real
 * configurations and check that crossings are caught and clean code is not.
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: repoRoot });

async function importViolations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

function typeErrors(project: string, probePath: string, code: string): string[] {
  const configPath = join(repoRoot, project, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error(`cannot read ${configPath}`);
  const options: ts.CompilerOptions = { ...config.options, composite: false, declaration: false, emitDeclarationOnly: false, noEmit: true, incremental: false };
  const probe = join(repoRoot, probePath);
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (fileName) => (resolve(fileName) === probe ? code : readFile(fileName));
  host.fileExists = (fileName) => resolve(fileName) === probe || fileExists(fileName);
  // The probe plus the project's own ambient declarations (e.g. shared/platform/runtimeGlobals.d.ts).
  const ambient = config.fileNames.filter((fileName) => fileName.endsWith('.d.ts'));
  const program = ts.createProgram({ rootNames: [probe, ...ambient], options, host });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && resolve(diagnostic.file.fileName) === probe)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('layer rules (ESLint import restrictions)', () => {
  it.each([
    ['shared/engine/probe.ts', "import { readFile } from 'node:fs';"],
    ['shared/engine/probe.ts', "import fs from 'fs';"],
    ['shared/engine/probe.ts', "import React from 'react';"],
    ['shared/engine/probe.ts', "import cytoscape from 'cytoscape';"],
    ['shared/engine/probe.ts', "import { app } from 'electron';"],
    ['shared/engine/probe.ts', "import { getHost } from '../../renderer/host/getHost';"],
    ['renderer/components/probe.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/components/probe.ts', "import { spawn } from 'node:child_process';"],
    ['renderer/components/probe.ts', "import { writeFileAtomic } from '../../electron/node/atomicFile';"],
    ['electron/node/probe.ts', "import { app } from 'electron';"],
    ['electron/main/probe.ts', "import { App } from '../../renderer/components/App';"],
    ['electron/preload/probe.ts', "import { readFileSync } from 'fs';"],
  ])('%s may not %s', async (filePath, code) => {
    expect(await importViolations(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['shared/engine/probe.ts', "import { defaultMarking } from '../markings/protectiveMarking';"],
    ['renderer/components/probe.ts', "import { defaultMarking } from '../../shared/markings/protectiveMarking';"],
    ['electron/main/probe.ts', "import { app } from 'electron';"],
    ['electron/node/probe.ts', "import { readFile } from 'node:fs/promises';"],
  ])('%s may %s', async (filePath, code) => {
    expect(await importViolations(filePath, code)).toEqual([]);
  });
});

describe('layer rules (per-folder tsconfig lib and types)', () => {
  it('shared/ has neither DOM nor Node globals', () => {
    const errors = typeErrors('shared', 'shared/engine/probe.ts', 'export const a = document.title;\nexport const b = process.env.HOME;\nexport const c = Buffer.from("x");\nexport const d = window.localStorage;\n');
    expect(errors).toEqual([
      expect.stringMatching(/Cannot find name 'document'/),
      expect.stringMatching(/Cannot find name 'process'/),
      expect.stringMatching(/Cannot find name 'Buffer'/),
      expect.stringMatching(/Cannot find name 'window'/),
    ]);
  });

  it('shared/ can resolve no Node module even when lint is bypassed', () => {
    expect(typeErrors('shared', 'shared/engine/probe.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n")).toEqual([
      expect.stringMatching(/Cannot find module 'node:fs'/),
    ]);
  });

  it('shared/ compiles the cross-runtime globals it declares', () => {
    expect(typeErrors('shared', 'shared/engine/probe.ts', 'export const text = new TextDecoder("utf-8").decode(new Uint8Array(1));\nconsole.log(text);\n')).toEqual([]);
  });

  it('renderer/ has the DOM but no Node', () => {
    expect(typeErrors('renderer', 'renderer/components/probe.ts', 'export const a = document.title;\nexport const b = process.env.HOME;\n')).toEqual([
      expect.stringMatching(/Cannot find name 'process'/),
    ]);
  });

  it('electron/node has Node but no DOM', () => {
    expect(typeErrors('electron/node', 'electron/node/probe.ts', 'export const a = process.env.HOME;\nexport const b = document.title;\n')).toEqual([
      expect.stringMatching(/Cannot find name 'document'/),
    ]);
  });
});
