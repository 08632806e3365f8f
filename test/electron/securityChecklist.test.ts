import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const checklist = readFileSync(join(root, 'build/SECURITY-CHECKLIST.md'), 'utf8');

/** The checklist's items as Electron's security page numbers them. */
const electronChecklist = [
  'Only load secure content',
  'Do not enable Node.js integration for remote content',
  'Enable context isolation',
  'Enable process sandboxing',
  'Handle session permission requests from remote content',
  'Do not disable webSecurity',
  'Define a Content Security Policy',
  'Do not enable allowRunningInsecureContent',
  'Do not enable experimental features',
  'Do not use enableBlinkFeatures',
  '`<webview>`: do not use allowpopups',
  '`<webview>`: verify options and params',
  'Disable or limit navigation',
  'Disable or limit creation of new windows',
  'Do not use shell.openExternal with untrusted content',
  'Use a current version of Electron',
  'Validate the sender of all IPC messages',
  'Avoid usage of the file:// protocol and prefer custom protocols',
  'Check which fuses you can change',
  'Do not expose Electron APIs to untrusted web content',
];

interface ChecklistRow {
  readonly number: number;
  readonly item: string;
  readonly how: string;
  readonly proof: string;
}

function checklistRows(): ChecklistRow[] {
  return checklist
    .split('\n')
    .filter((line) => /^\| \d+ \|/.test(line))
    .map((line) => {
      const cells = line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim());
      return { number: Number(cells[0]), item: cells[1] ?? '', how: cells[2] ?? '', proof: cells[3] ?? '' };
    });
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|cjs|mjs|js)$/.test(name) ? [path] : [];
  });
}

describe('build/SECURITY-CHECKLIST.md', () => {
  it('covers the 20 items of the Electron security checklist, in order, each with how it is met', () => {
    const rows = checklistRows();
    expect(rows.map((row) => row.number)).toEqual(electronChecklist.map((_, index) => index + 1));
    expect(rows.map((row) => row.item)).toEqual(electronChecklist);
    for (const row of rows) expect(row.how.length, `item ${row.number}`).toBeGreaterThan(40);
  });

  it('proves each item by tests that exist and contain the titles quoted, or gives a written reason', () => {
    for (const row of checklistRows()) {
      const tests = [...row.proof.matchAll(/`(test\/[^`]+\.test\.tsx?)`(?: \("([^"]+)"\))?/g)];
      const reason = /^Reason: .{40,}/.test(row.how);
      expect(tests.length > 0 || reason, `item ${row.number} has neither a test nor a reason`).toBe(true);
      for (const [, file, title] of tests) {
        expect(existsSync(join(root, file as string)), `item ${row.number}: ${file}`).toBe(true);
        if (title !== undefined) {
          const source = readFileSync(join(root, file as string), 'utf8');
          expect(source.includes(`'${title}'`) || source.includes(`"${title}"`) || source.includes(`\`${title}\``), `item ${row.number}: "${title}" in ${file}`).toBe(true);
        }
      }
    }
  });

  it('no source file calls shell.openExternal, openPath or showItemInFolder', () => {
    const files = ['electron', 'renderer', 'shared'].flatMap((folder) => sourceFiles(join(root, folder)));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((file) => /\b(openExternal|openPath|showItemInFolder)\s*\(/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
