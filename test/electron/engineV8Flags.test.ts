import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { engineV8Flags } from '../../electron/main/engineV8Flags';

describe('the engine\'s V8 flags', () => {
  it('are the ones npm run bench starts Node with, so the figures are measured as the product runs', async () => {
    const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    const bench = manifest.scripts.bench ?? '';
    expect(bench).toMatch(/^node .*--import tsx test\/bench\/run\.ts$/);
    expect(bench.split(' ').filter((word) => word.startsWith('--max-') || word.startsWith('--js-'))).toEqual([...engineV8Flags]);
  });
});
