/**
 * The briefing pack on the demo workspace, end to end: reports read, risks scored, shipments and
 * traders with reports and watchlist hits put on the target list, a network snapshot given, the
 * PDF made by the engine; then checked as a reader sees it, with Debian's poppler-utils: every page
 * rendered by `pdftoppm -png`, every page's text (`pdftotext -layout`) opening and closing with the
 * full marking and "Page N of M" above the bottom banner, the banners drawn in the marking's colour
 * at the top and bottom of every page, the fonts embedded, and the sections holding the evidence.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../shared/engine/demoWorkspace';
import type { ManifestEngineApi } from '../../shared/engine/engineApi';
import type { ExportFile } from '../../shared/engine/exportApi';
import { createManifestEngine } from '../../shared/engine/manifestEngine';
import { parseMarkingLine } from '../../shared/markings/markingLine';
import { loadSqlJsForNode } from '../../electron/node/sqlJsNode';

const run = promisify(execFile);
const markingText = 'OFFICIAL-SENSITIVE [COMMERCIAL] | RELEASABLE TO: POLICE, BORDER FORCE';

async function pageCount(pdfPath: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdfPath]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
}

async function pageText(pdfPath: string, page: number): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdfPath, '-']);
  return stdout.split('\n').map((line) => line.trim()).filter((line) => line !== '' && line !== '\f');
}

/** The page as raw RGB (pdftoppm's PPM: a text header, then width × height × 3 bytes). */
async function pagePixels(pdfPath: string, page: number, directory: string): Promise<{ width: number; height: number; rgb: Uint8Array }> {
  const prefix = join(directory, `pixels-${page}`);
  await run('pdftoppm', ['-r', '36', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, prefix]);
  const bytes = new Uint8Array(await readFile(`${prefix}.ppm`));
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 40)));
  if (header === null) throw new Error('pdftoppm did not write a PPM');
  return { width: Number(header[1]), height: Number(header[2]), rgb: bytes.subarray(header[0].length) };
}

/** Rows (as fractions of the page's height) where at least half the row is the colour. */
function rowsOfColour(image: { width: number; height: number; rgb: Uint8Array }, [r, g, b]: readonly [number, number, number]): number[] {
  const rows: number[] = [];
  for (let y = 0; y < image.height; y += 1) {
    let matching = 0;
    for (let x = 0; x < image.width; x += 1) {
      const at = (y * image.width + x) * 3;
      if (Math.abs((image.rgb[at] ?? 0) - r) < 12 && Math.abs((image.rgb[at + 1] ?? 0) - g) < 12 && Math.abs((image.rgb[at + 2] ?? 0) - b) < 12) matching += 1;
    }
    if (matching > image.width / 2) rows.push(y / image.height);
  }
  return rows;
}

describe('briefing pack PDF on the demo workspace', () => {
  let engine: ManifestEngineApi;
  let directory: string;
  let pack: ExportFile;
  let pdfPath: string;
  let pages: number;
  let chosen: { kind: 'shipment' | 'trader'; ref: string }[];

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'mlens-briefing-'));
    engine = await createManifestEngine(await loadSqlJsForNode());
    const demo = await loadDemoWorkspace(engine);
    await engine.importReports(demo.dataset.reports.map((report) => ({ fileName: report.fileName, bytes: new TextEncoder().encode(report.text) })));
    await engine.scoreRisks();
    await engine.setMarking(parseMarkingLine(markingText));
    const shipments = (await engine.listTargets({ kind: 'shipment', offset: 0, limit: 3 })).rows;
    const traders = (await engine.listTargets({ kind: 'trader', offset: 0, limit: 40 })).rows;
    const hits = new Set((await engine.listWatchlistHits()).filter((hit) => hit.subjectKind === 'trader').map((hit) => hit.subjectKey));
    const withReports: string[] = [];
    for (const trader of traders) if ((await engine.mentionsOfEntity(trader.ref)).length > 0) withReports.push(trader.ref);
    const traderRefs = [...new Set([withReports[0], traders.find((trader) => hits.has(trader.ref))?.ref ?? [...hits][0], traders[0]?.ref].filter((ref): ref is string => ref !== undefined))];
    chosen = [...shipments.map((row) => ({ kind: 'shipment' as const, ref: row.ref })), ...traderRefs.map((ref) => ({ kind: 'trader' as const, ref }))];
    for (const target of chosen) await engine.addTarget({ kind: target.kind, ref: target.ref, notes: '=HYPERLINK("x") stays text', agency: 'Border Force' });
    // One more on the list, left out of the pack.
    const extra = (await engine.listTargets({ kind: 'shipment', offset: 10, limit: 1 })).rows[0];
    if (extra) await engine.addTarget({ kind: 'shipment', ref: extra.ref });

    pack = await engine.exportBriefingPack({
      operationName: 'Operation Harbour Light',
      author: 'J. Analyst',
      date: '2026-03-02',
      distribution: ['Border Force Intelligence, Felixstowe', 'NCA Maritime Desk'],
      summary: 'Planted undervaluation and front-company schemes through Felixstowe.\n\nRecommend examination of the listed bills.',
      targets: chosen,
      graph: { png: new Uint8Array(await readFile(new URL('../fixtures/exports/network-snapshot.png', import.meta.url))), caption: 'Trader network around the first target' },
    });
    pdfPath = join(directory, 'pack.pdf');
    await writeFile(pdfPath, pack.bytes);
    pages = await pageCount(pdfPath);
  }, 240_000);

  afterAll(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('is a marked PDF named for the operation, with the audit detail', () => {
    expect(new TextDecoder().decode(pack.bytes.subarray(0, 5))).toBe('%PDF-');
    expect(pack.format).toBe('pdf');
    expect(pack.marking).toBe(markingText);
    expect(pack.suggestedName).toBe('OFFICIAL-SENSITIVE COMMERCIAL - Operation Harbour Light - briefing pack.pdf');
    expect(pack.what).toBe('briefing-pack');
    expect(pack.detail).toMatchObject({ operation: 'Operation Harbour Light', targets: chosen.length, graph: true, marking: markingText });
    expect(Number(pack.detail.reports)).toBeGreaterThan(0);
    expect(pages).toBeGreaterThanOrEqual(chosen.length + 4);
  });

  it('renders every page with pdftoppm -png', async () => {
    await run('pdftoppm', ['-png', '-r', '40', pdfPath, join(directory, 'page')]);
    const files = (await readdir(directory)).filter((name) => /^page-\d+\.png$/.test(name)).sort();
    expect(files).toHaveLength(pages);
    for (const file of files) {
      const png = new Uint8Array(await readFile(join(directory, file)));
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const view = new DataView(png.buffer, png.byteOffset);
      // IHDR: an A4 page at 40 dpi is about 331 × 468 pixels.
      expect(view.getUint32(16)).toBeGreaterThan(300);
      expect(view.getUint32(20)).toBeGreaterThan(400);
    }
  });

  it('has the marking at the top and the bottom of every page, and its page number', async () => {
    for (let page = 1; page <= pages; page += 1) {
      const lines = await pageText(pdfPath, page);
      expect(lines[0], `top of page ${page}`).toBe(markingText);
      expect(lines.at(-1), `bottom of page ${page}`).toBe(markingText);
      expect(lines.at(-2), `page number of page ${page}`).toMatch(new RegExp(`^Operation Harbour Light\\s+Page ${page} of ${pages}$`));
    }
  });

  it('draws the banners in the classification\'s colour at the top and the bottom of every page', async () => {
    for (let page = 1; page <= pages; page += 1) {
      const rows = rowsOfColour(await pagePixels(pdfPath, page, directory), [0x1c, 0x4f, 0x94]);
      expect(rows.some((row) => row < 0.06), `top banner of page ${page}`).toBe(true);
      expect(rows.some((row) => row > 0.94), `bottom banner of page ${page}`).toBe(true);
    }
  });

  it('embeds its fonts', async () => {
    const { stdout } = await run('pdffonts', [pdfPath]);
    const fonts = stdout.split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/Roboto.*\byes\b/);
  });

  it('holds the cover sheet, summary, targets with scores and reasons, the network, the evidence and the sources', async () => {
    const { stdout } = await run('pdftotext', ['-layout', pdfPath, '-']);
    const text = stdout.replace(/[ \t]+/g, ' ');
    const cover = (await pageText(pdfPath, 1)).join('\n');
    for (const expected of ['BRIEFING PACK', 'Operation Harbour Light', '2026-03-02', 'J. Analyst', 'Border Force Intelligence, Felixstowe', 'NCA Maritime Desk', 'Handling']) expect(cover).toContain(expected);
    expect(text).toContain('Planted undervaluation and front-company schemes');
    expect(text).toContain('Trader network around the first target');
    const list = await engine.targetList();
    for (const target of chosen) {
      const entry = list.find((candidate) => candidate.kind === target.kind && candidate.ref === target.ref);
      expect(text).toContain(target.ref);
      expect(text).toContain((entry?.currentScore ?? 0).toFixed(2));
    }
    // The target left out of the pack is not in it.
    const left = list.find((entry) => !chosen.some((target) => target.kind === entry.kind && target.ref === entry.ref));
    if (left) expect(text).not.toContain(left.ref);
    expect(text).toMatch(/\[\+\d+\.\d\d\] /);
    expect(text).toContain('=HYPERLINK("x") stays text');
    // Linked reports with their references and gradings, and watchlist hits.
    const withReports = chosen.find((target) => target.kind === 'trader');
    const mentions = withReports ? await engine.mentionsOfEntity(withReports.ref) : [];
    for (const mention of mentions.slice(0, 3)) {
      if (mention.reference) expect(text).toContain(mention.reference);
      if (mention.grading) expect(text).toContain(mention.grading);
    }
    expect(text).toContain('Watchlist hits');
    expect(text).toMatch(/demo-watchlist|watchlist/i);
    // Sources with their SHA-256.
    expect(text).toContain('demo-manifests.csv');
    const documents = await engine.listSourceDocuments();
    expect(documents.length).toBeGreaterThan(3);
    for (const document of documents) expect(text).toContain(document.contentSha256);
  });

  it('raises the pack\'s marking to the highest report it includes', async () => {
    await engine.setMarking(parseMarkingLine('OFFICIAL | RELEASABLE TO: POLICE, BORDER FORCE'));
    const raised = await engine.exportBriefingPack({ operationName: 'Op Raise', author: 'J. Analyst', date: '2026-03-02', distribution: [], summary: '', targets: chosen });
    expect(raised.marking).toBe('OFFICIAL-SENSITIVE | RELEASABLE TO: POLICE, BORDER FORCE');
    await engine.setMarking(parseMarkingLine(markingText));
  }, 60_000);

  it('refuses a request it cannot honour, with the reason', async () => {
    const base = { operationName: 'Op', author: 'A', date: '2026-03-02', distribution: [], summary: '' };
    await expect(engine.exportBriefingPack({ ...base, operationName: ' ' })).rejects.toThrow('needs an operation name');
    await expect(engine.exportBriefingPack({ ...base, date: '2026-02-30' })).rejects.toThrow('calendar date written yyyy-mm-dd');
    await expect(engine.exportBriefingPack({ ...base, targets: [{ kind: 'shipment', ref: 'NOT-A-BILL' }] })).rejects.toThrow('not on the target list: shipment NOT-A-BILL');
    await expect(engine.exportBriefingPack({ ...base, graph: { png: new TextEncoder().encode('GIF89a'), caption: '' } })).rejects.toThrow('not a PNG image');
  });
});
