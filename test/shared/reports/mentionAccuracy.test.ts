import { describe, expect, it } from 'vitest';
import { compactContainerNumber } from '../../../shared/domain/containerNumber';
import type { EngineApi } from '../../../shared/engine/engineApi';
import type { ReportMention } from '../../../shared/engine/reportApi';
import { findSeaport } from '../../../shared/reference/seaports';
import { normalizePhoneNumber, samePhoneNumber } from '../../../shared/entities/phoneNumbers';
import { newEngine, textSource } from '../../support/engineHarness';
import { generateParsedWorld, type ParsedWorld } from '../../generator/worldFixture';

/**
 * Extraction measured on generated worlds against the generator's truth (truth.json): each report
 * is about some bills; what the text names of those bills (their containers, vessel, ports and
 * parties) and of the scheme's companies (their written names and phones) is what it should find.
 * A mention is right when its target is one of those; a thing the text names is found when a
 * mention links to it. Floors are below the measured figures, printed by the test.
 */

interface Tally { found: number; expected: number; right: number; mentions: number }

const fold = (text: string): string => text.toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();

async function measure(world: ParsedWorld, tallies: Map<string, Tally>, misses: string[]): Promise<void> {
  const engine: EngineApi = await newEngine();
  await engine.newWorkspace('accuracy');
  const report = await engine.importManifest(textSource('manifests.csv', world.manifestsCsv));
  expect(report.status).toBe('completed');
  await engine.importWatchlist({ fileName: 'watchlist.csv', bytes: new TextEncoder().encode(world.watchlistCsv) });
  await engine.resolveEntities();
  const imported = await engine.importReports(world.reports.map(({ fileName, text }) => ({ fileName, bytes: new TextEncoder().encode(text) })));
  expect(imported.imported).toBe(world.reports.length);
  const entityNames = new Map<string, Set<string>>();
  const namesOf = async (entityId: string): Promise<Set<string>> => {
    let names = entityNames.get(entityId);
    if (!names) {
      names = new Set((await engine.entityDetail(entityId)).names.map((name) => name.text));
      entityNames.set(entityId, names);
    }
    return names;
  };
  const tally = (kind: string): Tally => {
    let entry = tallies.get(kind);
    if (!entry) tallies.set(kind, (entry = { found: 0, expected: 0, right: 0, mentions: 0 }));
    return entry;
  };
  for (const file of imported.files) {
    const truth = world.truth.reports[file.fileName];
    if (!truth || file.reportId === null) continue;
    const detail = await engine.readReport(file.reportId);
    const text = detail.text;
    const subject = world.truth.schemes[truth.subjectOf] ?? world.truth.decoys[truth.subjectOf];
    const bills = new Set(truth.billsOfLading);
    const rows = world.rows.filter((row) => bills.has(row.billOfLadingNumber));
    const containers = new Set(rows.map((row) => compactContainerNumber(row.containerNumber)).filter((number) => number !== ''));
    const vessels = new Set(rows.flatMap((row) => [row.vesselImo, row.vesselName]).filter((value) => value !== ''));
    const ports = new Set(rows.flatMap((row) => [row.portOfDischarge, row.portOfLoading, row.placeOfReceipt]).filter((value) => value !== ''));
    const companies = (subject?.companies ?? []).map((id) => world.truth.companies[id]).filter((company) => company !== undefined);
    const partyNames = new Set([...rows.flatMap((row) => [row.shipperName, row.consigneeName, row.notifyPartyName]), ...companies.flatMap((company) => company.rawNames)]);
    const phones = companies.map((company) => normalizePhoneNumber(company.phone)).filter((phone) => phone !== undefined);
    const listed = new Set((subject?.watchlistNames ?? []).map(fold));
    const isRight = async (mention: ReportMention): Promise<boolean> => {
      const target = mention.target;
      if (target === null) {
        const phone = mention.kind === 'phone' ? normalizePhoneNumber(mention.text) : undefined;
        return phone !== undefined && phones.some((other) => samePhoneNumber(phone, other));
      }
      switch (target.kind) {
        case 'container': return containers.has(target.key);
        case 'vessel': return vessels.has(target.key);
        case 'port': return ports.has(target.key);
        case 'trader': return [...(await namesOf(target.key))].some((name) => partyNames.has(name));
        case 'watchlist-entry': return listed.has(fold(target.label.replace(/ \([^)]*\)$/, '')));
        default: return false;
      }
    };
    for (const mention of detail.mentions) {
      const kind = mention.kind === 'imo-number' ? 'vessel' : mention.kind === 'phone' ? 'trader' : mention.kind;
      const entry = tally(kind);
      entry.mentions += 1;
      if (await isRight(mention)) entry.right += 1;
      else misses.push(`${file.fileName}: wrong ${mention.kind} "${mention.text}" → ${mention.target?.label ?? 'nothing'} (${mention.reason})`);
    }
    // What the text names, as the truth knows it.
    const compactText = text.toUpperCase().replace(/[\s-]+/g, '');
    const foldedText = ` ${fold(text)} `;
    const linked = (predicate: (mention: ReportMention) => boolean | Promise<boolean>) => (async () => {
      for (const mention of detail.mentions) if (await predicate(mention)) return true;
      return false;
    })();
    const expect_ = async (kind: string, what: string, predicate: (mention: ReportMention) => boolean | Promise<boolean>): Promise<void> => {
      const entry = tally(kind);
      entry.expected += 1;
      if (await linked(predicate)) entry.found += 1;
      else misses.push(`${file.fileName}: missed ${kind} ${what}`);
    };
    for (const container of containers) if (compactText.includes(container)) await expect_('container', container, (m) => m.target?.kind === 'container' && m.target.key === container);
    for (const row of rows.slice(0, 1)) {
      if (row.vesselName !== '' && foldedText.includes(` ${fold(row.vesselName)} `)) await expect_('vessel', row.vesselName, (m) => m.target?.kind === 'vessel' && vessels.has(m.target.key));
      const port = findSeaport(row.portOfDischarge);
      if (port && foldedText.includes(` ${fold(port.name)} `)) await expect_('port', port.name, (m) => m.target?.kind === 'port' && m.target.key === port.unlocode);
    }
    for (const company of companies) {
      const written = [company.canonicalName, ...company.rawNames].filter((name) => foldedText.includes(` ${fold(name)} `));
      if (written.length === 0) continue;
      const names = new Set(company.rawNames);
      await expect_('trader', company.canonicalName, async (m) => m.target?.kind === 'trader' && [...(await namesOf(m.target.key))].some((name) => names.has(name)));
    }
    for (const name of new Set(rows.map((row) => row.consigneeName))) {
      if (name === '' || !foldedText.includes(` ${fold(name)} `) || companies.some((company) => company.rawNames.includes(name))) continue;
      await expect_('trader', name, async (m) => m.target?.kind === 'trader' && (await namesOf(m.target.key)).has(name));
    }
  }
}

/** Small worlds, and a larger one whose many traders and vessels give the names more to be confused with. */
const worlds: readonly (readonly [number, number])[] = [[1, 3000], [2, 3000], [3, 3000], [4, 3000], [5, 25000]];

describe('mention extraction on generated reports, against the truth', () => {
  it('finds what the reports name with measured precision and recall', async () => {
    const tallies = new Map<string, Tally>();
    const misses: string[] = [];
    for (const [seed, lines] of worlds) await measure(generateParsedWorld(seed, lines), tallies, misses);
    const total = { found: 0, expected: 0, right: 0, mentions: 0 };
    const lines = [...tallies.entries()].sort().map(([kind, entry]) => {
      for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += entry[key];
      return `${kind.padEnd(16)} precision ${entry.right}/${entry.mentions} = ${(entry.right / Math.max(entry.mentions, 1)).toFixed(3)}  recall ${entry.found}/${entry.expected} = ${(entry.found / Math.max(entry.expected, 1)).toFixed(3)}`;
    });
    const precision = total.right / total.mentions;
    const recall = total.found / total.expected;
    console.log([`mention extraction, generated worlds ${worlds.map(([seed, lines]) => `seed ${seed} (${lines} lines)`).join(', ')}:`, ...lines, `all              precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}`, ...misses.slice(0, 40)].join('\n'));
    expect(total.expected).toBeGreaterThan(50);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    for (const kind of ['container', 'vessel', 'trader', 'port']) {
      const entry = tallies.get(kind) as Tally;
      expect(entry.expected, kind).toBeGreaterThan(0);
      expect(entry.found / entry.expected, `${kind} recall`).toBeGreaterThanOrEqual(0.85);
      expect(entry.right / entry.mentions, `${kind} precision`).toBeGreaterThanOrEqual(0.85);
    }
  }, 300_000);
});
