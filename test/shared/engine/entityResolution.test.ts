/**
 * Entity resolution and watchlist screening through the engine: resolution stored and listed,
 * analyst decisions audited and respected on re-runs, watchlists read and accounted for, hits on
 * entities and vessels, and all of it kept in the workspace file.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { EngineApi } from '../../../shared/engine/engineApi';
import type { EntityRow } from '../../../shared/engine/entityApi';
import { EntityService } from '../../../shared/engine/entityService';
import { loadDemoWorkspace } from '../../../shared/engine/demoWorkspace';
import { resolveParties } from '../../../shared/entities/resolveParties';
import { importManifest } from '../../../shared/ingest/manifestImporter';
import { readDecisionLog } from '../../../shared/store/entityDecisionStore';
import { readPartyOccurrences } from '../../../shared/store/resolutionInputs';
import { WorkspaceStore } from '../../../shared/store/workspaceStore';
import { joinWorkspaceFileParts } from '../../../shared/workspace/workspaceFile';
import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import { generateParsedWorld } from '../../generator/worldFixture';
import { newEngine, textSource } from '../../support/engineHarness';

const header =
  'B/L No.,Arrival Date,Vessel,IMO No.,Voyage,Port of Loading,Port of Discharge,Shipper Name,Shipper Address,Shipper Phone,Consignee Name,Consignee Address,Consignee Phone,Notify Party Name,HS Code,Goods Description';

const huaxinAddress = '"NO. 12 KEJI ROAD, NANSHAN, SHENZHEN 518057, CHINA"';
const harbourlineFelixstowe = '"HARBOURLINE IMPORTS LTD","4 DOCK STREET, FELIXSTOWE IP11 3AA, UNITED KINGDOM",+44 1394 600 100';

/** One shipper written three ways, a consignee and its namesake in another town, a listed consignee, placeholders. */
const marchManifest = [
  header,
  `HLB0001,2026-03-02,NORDIC TERN,9314507,114W,CNYTN,GBFXT,"SHENZHEN HUAXIN ELECTRONICS CO., LTD.",${huaxinAddress},+86 755 8833 1200,${harbourlineFelixstowe},SAME AS CONSIGNEE,851762,NETWORK SWITCHES`,
  `HLB0002,2026-03-02,NORDIC TERN,9314507,114W,CNYTN,GBFXT,Shenzhen Huaxin Electronics Co Ltd,"No 12 Keji Rd, Nanshan, Shenzhen 518057, China",+86 755 88331200,"Harbourline Imports Limited","4 Dock St, Felixstowe IP11 3AA, UK",+44 1394 600100,TO ORDER,851762,ROUTERS`,
  `HLB0003,2026-03-09,STAR VOYAGER,9209324,201E,CNYTN,GBFXT,SHENZHEN HUAXIN ELECTRONICS COMPANY LIMITED,"12 KEJI ROAD NANSHAN SHENZHEN 518057 CN",0755 8833 1200,"HARBOURLINE IMPORT LTD","88 QUAY ROAD, HULL HU1 2AB, UNITED KINGDOM",+44 1482 220 330,,851762,CABLES`,
  `HLB0004,2026-03-09,STAR VOYAGER,9209324,201E,CNYTN,GBFXT,"SHENZHEN HUAXIN ELECTRONICS CO., LTD.",${huaxinAddress},+86 755 8833 1200,"MERIDIAN FREIGHT FORWARDING LTD","10 CRANE WAY, TILBURY RM18 7EH, UNITED KINGDOM",+44 1375 123 456,,851762,SWITCHES`,
].join('\n');

const watchlistCsv = [
  'name,aliases,address,country,imo,reason,list',
  'MERIDIAN FREIGHT FORWARDING LTD,MERIDIAN FREIGHT,,GB,,Front company for diverted electronics,PARTNER AGENCY ALERT',
  'STAR VOYAGER,,,MH,9209324,Sanctioned vessel: ship-to-ship transfers,VESSELS OF INTEREST',
  ',NO NAME GIVEN,,GB,,a row without a name,LOCAL TARGETING',
].join('\n');

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function loadedEngine(): Promise<EngineApi> {
  const engine = await newEngine();
  const report = await engine.importManifest(textSource('march.csv', marchManifest));
  expect(report).toMatchObject({ status: 'completed', rowsStored: 4 });
  return engine;
}

async function allEntities(engine: EngineApi): Promise<EntityRow[]> {
  const rows: EntityRow[] = [];
  for (let offset = 0; ; offset += 2) {
    const page = await engine.listEntities({ sortBy: 'displayName', offset, limit: 2 });
    rows.push(...page.rows);
    if (offset + 2 >= page.total) return rows;
  }
}

async function entityNamed(engine: EngineApi, text: string): Promise<EntityRow> {
  const { rows } = await engine.listEntities({ text });
  expect(rows).toHaveLength(1);
  return rows[0] as EntityRow;
}

describe('entity resolution in the workspace', () => {
  it('says it is stale before the first run and after an import, and not after a run', async () => {
    const engine = await loadedEngine();
    expect(await engine.entitySummary()).toMatchObject({ resolvedAt: null, entities: 0, stale: true });
    const summary = await engine.resolveEntities();
    expect(summary).toMatchObject({ occurrences: 10, placeholders: 2, entities: 4, entitiesWithVariants: 2, decisionsInForce: 0, watchlistHits: 0, stale: false });
    expect(Date.parse(summary.resolvedAt as string)).not.toBeNaN();
    await engine.importManifest(textSource('april.csv', `${header}\nHLB0005,2026-04-01,NORDIC TERN,9314507,115W,CNYTN,GBFXT,ACME TRADING LTD,,,,,,,851762,SWITCHES`));
    expect((await engine.entitySummary()).stale).toBe(true);
  });

  it('stores the traders: variants grouped, a namesake in another town kept apart, placeholders set aside, every link explained', async () => {
    const engine = await loadedEngine();
    await engine.resolveEntities();
    const huaxin = await entityNamed(engine, 'huaxin');
    expect(huaxin).toMatchObject({ displayName: 'SHENZHEN HUAXIN ELECTRONICS CO LTD', variants: 3, occurrences: 4, roles: ['shipper'], countries: ['CN'], watchlistHits: 0 });
    const detail = await engine.entityDetail(huaxin.entityId);
    expect(detail.names).toEqual([
      { text: 'SHENZHEN HUAXIN ELECTRONICS CO., LTD.', occurrences: 2 },
      { text: 'SHENZHEN HUAXIN ELECTRONICS COMPANY LIMITED', occurrences: 1 },
      { text: 'Shenzhen Huaxin Electronics Co Ltd', occurrences: 1 },
    ]);
    expect(detail.members.map((member) => member.billOfLadingNumber)).toEqual(['HLB0001', 'HLB0002', 'HLB0003', 'HLB0004']);
    expect(detail.members[1]).toMatchObject({ role: 'shipper', rawPhone: '+86 755 88331200', sourceFile: 'march.csv', sourceRow: 3 });
    expect(huaxin.entityId).toBe(`T:${detail.members[0]?.occurrenceId}`);
    expect(detail.links).toHaveLength(3);
    for (const link of detail.links) {
      expect(link.basis).toBe('matched');
      if (link.basis !== 'matched') continue;
      expect(link.explanation.verdict).toBe('same trader');
      expect(link.explanation.features.map((feature) => feature.feature)).toContain('name');
      expect(link.explanation.total).toBeCloseTo(link.explanation.features.reduce((sum, feature) => sum + feature.points, 0));
    }
    const consignees = await engine.listEntities({ role: 'consignee', sortBy: 'displayName' });
    expect(consignees.rows.map((row) => [row.displayName, row.occurrences])).toEqual([
      ['HARBOURLINE IMPORT LTD', 1],
      ['HARBOURLINE IMPORTS LTD', 2],
      ['MERIDIAN FREIGHT FORWARDING LTD', 1],
    ]);
    expect((await engine.listEntities({ onlyWithVariants: true })).rows.map((row) => row.displayName)).toEqual(['SHENZHEN HUAXIN ELECTRONICS CO LTD', 'HARBOURLINE IMPORTS LTD']);
    const paged = await allEntities(engine);
    expect(paged.map((row) => row.displayName)).toEqual([...paged.map((row) => row.displayName)].sort());
    expect(new Set(paged.map((row) => row.entityId)).size).toBe(4);
  });

  it('refuses unknown entities, sort columns and roles with the reason', async () => {
    const engine = await loadedEngine();
    await engine.resolveEntities();
    await expect(engine.entityDetail('T:999')).rejects.toThrow(new RangeError('no trader entity T:999 in the latest resolution'));
    await expect(engine.listEntities({ sortBy: 'raw_name; DROP TABLE trader_entity' as never })).rejects.toThrow(/cannot be sorted on/);
    await expect(engine.listEntities({ role: 'agent' as never })).rejects.toThrow('unknown party role: agent');
  });
});

describe('analyst decisions', () => {
  it('keeps a "not the same" decision across a new import, undoes and redoes it, and audits every entry', async () => {
    const engine = await loadedEngine();
    await engine.resolveEntities();
    const harbourline = await engine.entityDetail((await entityNamed(engine, 'harbourline imports')).entityId);
    const [first, second] = harbourline.members.map((member) => member.occurrenceId);
    const decided = await engine.recordEntityDecision({ kind: 'not the same', left: [first as string], right: [second as string], note: 'different EORI on the declarations', analyst: 'J. Okafor' });
    expect(decided).toMatchObject({ entities: 5, decisionsInForce: 1, stale: false });
    const apart = await engine.listEntities({ text: 'harbourline imports' });
    expect(apart.rows.map((row) => row.occurrences)).toEqual([1, 1]);

    // A new import re-runs the resolution with the log: the decision holds.
    await engine.importManifest(textSource('april.csv', `${header}\nHLB0005,2026-04-01,NORDIC TERN,9314507,115W,CNYTN,GBFXT,ACME TRADING LTD,,,${harbourlineFelixstowe},,851762,SWITCHES`));
    expect((await engine.resolveEntities()).decisionsInForce).toBe(1);
    const afterImport = await engine.listEntities({ text: 'harbourline imports', sortBy: 'occurrences' });
    expect(afterImport.rows.map((row) => row.occurrences)).toEqual([2, 1]);
    const kept = await engine.entityDetail(afterImport.rows[1]?.entityId as string);
    expect(kept.members.map((member) => member.occurrenceId)).toEqual([second]);
    expect(kept.decisions.map((decision) => [decision.decisionId, decision.kind, decision.inForce])).toEqual([['d-1', 'not the same', true]]);

    const undone = await engine.undoEntityDecision();
    expect(undone).toMatchObject({ decisionsInForce: 0 });
    expect((await engine.listEntities({ text: 'harbourline imports' })).rows.map((row) => row.occurrences)).toEqual([3]);
    expect(await engine.redoEntityDecision()).toMatchObject({ decisionsInForce: 1 });
    expect((await engine.listEntities({ text: 'harbourline imports' })).rows).toHaveLength(2);
    expect(await engine.redoEntityDecision()).toBeNull();

    const log = await engine.listEntityDecisions();
    expect(log.map(({ decisionId, kind, analyst, note, description, inForce }) => ({ decisionId, kind, analyst, note, description, inForce }))).toEqual([
      { decisionId: 'd-1', kind: 'not the same', analyst: 'J. Okafor', note: 'different EORI on the declarations', description: 'marked 1 occurrence (HARBOURLINE IMPORTS LTD) not the same as 1 occurrence (Harbourline Imports Limited)', inForce: true },
      { decisionId: 'd-2', kind: 'undo', analyst: 'analyst', note: '', description: 'undid d-1', inForce: false },
      { decisionId: 'd-3', kind: 'undo', analyst: 'analyst', note: '', description: 'redid d-1 (undid d-2)', inForce: true },
    ]);
    const times = log.map((entry) => Date.parse(entry.recordedAt));
    expect(times.every((time, index) => !Number.isNaN(time) && (index === 0 || time >= (times[index - 1] as number)))).toBe(true);
  });

  it('merges what the matcher kept apart, with the analyst as the link', async () => {
    const engine = await loadedEngine();
    await engine.resolveEntities();
    const [imports, importsHull] = await Promise.all([entityNamed(engine, 'harbourline imports'), entityNamed(engine, 'harbourline import ltd')]);
    const hull = (await engine.entityDetail(importsHull.entityId)).members[0]?.occurrenceId as string;
    const felixstowe = (await engine.entityDetail(imports.entityId)).members[0]?.occurrenceId as string;
    await engine.recordEntityDecision({ kind: 'merge', occurrenceIds: [felixstowe, hull] });
    const merged = await engine.entityDetail(imports.entityId);
    expect(merged.occurrences).toBe(3);
    expect(merged.links.filter((link) => link.basis === 'analyst')).toEqual([{ basis: 'analyst', left: felixstowe, right: hull, decisionId: 'd-1' }]);
    expect(merged.decisions[0]?.description).toBe('merged 2 occurrences (HARBOURLINE IMPORTS LTD, HARBOURLINE IMPORT LTD)');
    // The Hull trader's id is gone (its smallest member is now in a trader with a smaller one): it is followed through that member.
    expect(Number(felixstowe)).toBeLessThan(Number(hull));
    await expect(engine.entityDetail(importsHull.entityId)).rejects.toThrow(RangeError);
    expect(await engine.entityIdOfOccurrence(hull)).toBe(imports.entityId);
    await engine.undoEntityDecision();
    expect(await engine.entityIdOfOccurrence(hull)).toBe(importsHull.entityId);
  });

  it('answers which trader holds an occurrence: none for a placeholder, an unknown or a malformed id', async () => {
    const engine = await loadedEngine();
    expect(await engine.entityIdOfOccurrence('1')).toBeNull();
    await engine.resolveEntities();
    const huaxin = await engine.entityDetail((await entityNamed(engine, 'huaxin')).entityId);
    for (const member of huaxin.members) expect(await engine.entityIdOfOccurrence(member.occurrenceId)).toBe(huaxin.entityId);
    const placeholders = await engine.listEntityNames?.();
    const toOrder = (await Promise.all(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].map(async (id) => [id, await engine.entityIdOfOccurrence(id)] as const))).filter(([, owner]) => owner === null);
    expect(toOrder).toHaveLength(placeholders?.filter((row) => row.kind === 'placeholder').reduce((sum, row) => sum + row.occurrences, 0) ?? -1);
    expect(toOrder).toHaveLength(2);
    for (const id of ['999', 'T:1', '', '1 OR 1=1']) expect(await engine.entityIdOfOccurrence(id)).toBeNull();
  });

  it('says in the summary what undo and redo would do, following the log\'s rules', async () => {
    const engine = await loadedEngine();
    expect(await engine.entitySummary()).toMatchObject({ nextUndo: null, nextRedo: null });
    await engine.resolveEntities();
    const [left, right] = (await engine.entityDetail((await entityNamed(engine, 'harbourline imports')).entityId)).members.map((member) => member.occurrenceId) as [string, string];
    expect(await engine.recordEntityDecision({ kind: 'not the same', left: [left], right: [right] })).toMatchObject({ nextUndo: 'd-1', nextRedo: null });
    const huaxin = (await engine.entityDetail((await entityNamed(engine, 'huaxin')).entityId)).members.map((member) => member.occurrenceId);
    expect(await engine.recordEntityDecision({ kind: 'split', occurrenceIds: [huaxin[2] as string], apartFrom: huaxin.filter((_, index) => index !== 2) })).toMatchObject({ nextUndo: 'd-2', nextRedo: null });
    expect(await engine.undoEntityDecision()).toMatchObject({ nextUndo: 'd-1', nextRedo: 'd-2' });
    expect(await engine.undoEntityDecision()).toMatchObject({ nextUndo: null, nextRedo: 'd-1' });
    // Redo restores the latest undone first; the summary, read again, agrees with the answers.
    expect(await engine.redoEntityDecision()).toMatchObject({ nextUndo: 'd-1', nextRedo: 'd-2', decisionsInForce: 1 });
    expect(await engine.entitySummary()).toMatchObject({ nextUndo: 'd-1', nextRedo: 'd-2' });
    expect(await engine.redoEntityDecision()).toMatchObject({ nextUndo: 'd-2', nextRedo: null, decisionsInForce: 2 });
    expect(await engine.redoEntityDecision()).toBeNull();
  });

  it('marks the two occurrences of a link not the same: the trader splits between them, and undo joins it again', async () => {
    const engine = await loadedEngine();
    await engine.resolveEntities();
    const huaxin = await engine.entityDetail((await entityNamed(engine, 'huaxin')).entityId);
    const memberIds = huaxin.members.map((member) => member.occurrenceId);
    // Not the link between two members written identically (HLB0001 and HLB0004 compare as one profile).
    const twins = new Set([huaxin.members[0]?.occurrenceId, huaxin.members[3]?.occurrenceId]);
    const link = huaxin.links.find((candidate) => !(twins.has(candidate.left) && twins.has(candidate.right)));
    if (!link) throw new Error('no link between two different spellings');
    await engine.recordEntityDecision({ kind: 'not the same', left: [link.left], right: [link.right] });
    const [leftTrader, rightTrader] = await Promise.all([engine.entityIdOfOccurrence(link.left), engine.entityIdOfOccurrence(link.right)]);
    expect(leftTrader).not.toBeNull();
    expect(rightTrader).not.toBeNull();
    expect(leftTrader).not.toBe(rightTrader);
    const parts = (await engine.listEntities({ text: 'huaxin' })).rows;
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts.reduce((sum, row) => sum + row.occurrences, 0)).toBe(4);
    // Every former member is in one of the parts, and the detail of each part names the decision.
    const owners = await Promise.all(memberIds.map((id) => engine.entityIdOfOccurrence(id)));
    expect(new Set(owners)).toEqual(new Set(parts.map((row) => row.entityId)));
    for (const part of parts) {
      const detail = await engine.entityDetail(part.entityId);
      expect(detail.links.some((candidate) => (candidate.left === link.left && candidate.right === link.right) || (candidate.left === link.right && candidate.right === link.left))).toBe(false);
      if (detail.members.some((member) => member.occurrenceId === link.left || member.occurrenceId === link.right)) expect(detail.decisions.map((decision) => decision.kind)).toEqual(['not the same']);
    }
    await engine.undoEntityDecision();
    expect(await engine.entityIdOfOccurrence(link.right)).toBe(huaxin.entityId);
    expect((await engine.entityDetail(huaxin.entityId)).occurrences).toBe(4);
  });

  it('refuses a decision with a specific reason, records nothing and leaves the log append-only', async () => {
    const engine = await loadedEngine();
    await engine.resolveEntities();
    await expect(engine.recordEntityDecision({ kind: 'merge', occurrenceIds: ['1'] })).rejects.toThrow(new RangeError('a merge names at least two occurrences'));
    await expect(engine.recordEntityDecision({ kind: 'merge', occurrenceIds: ['1', '999'] })).rejects.toThrow(new RangeError('there is no party occurrence 999 in the workspace'));
    await expect(engine.recordEntityDecision({ kind: 'not the same', left: ['1'], right: ['1'] })).rejects.toThrow('occurrence 1 cannot be on both sides of "not the same"');
    await expect(engine.recordEntityDecision({ kind: 'split', occurrenceIds: ['T:1'], apartFrom: ['2'] })).rejects.toThrow('"T:1" is not a party occurrence id');
    await expect(engine.recordEntityDecision({ kind: 'rename' } as never)).rejects.toThrow('unknown kind of entity decision: rename');
    expect(await engine.listEntityDecisions()).toEqual([]);
    expect(await engine.undoEntityDecision()).toBeNull();
    expect(await engine.redoEntityDecision()).toBeNull();
  });
});

describe('watchlists', () => {
  it('reads a list as a source document, accounts for every row and shows the hits on traders and vessels', async () => {
    const engine = await loadedEngine();
    const report = await engine.importWatchlist({ fileName: 'partner-alerts.csv', bytes: encode(watchlistCsv) });
    expect(report).toMatchObject({ fileName: 'partner-alerts.csv', format: 'watchlist csv', rowsRead: 3, entries: 2, rejected: 1 });
    expect(report.rowsRead).toBe(report.entries + report.rejected);
    expect(report.rejections).toEqual([expect.objectContaining({ row: 4 })]);
    expect(report.summary).toMatchObject({ entities: 4, watchlistHits: 2, stale: false });
    const documents = await engine.listSourceDocuments();
    expect(documents).toEqual([expect.objectContaining({ documentId: report.documentId, kind: 'watchlist', fileName: 'partner-alerts.csv', byteLength: encode(watchlistCsv).length })]);

    const meridian = await entityNamed(engine, 'meridian');
    expect(meridian.watchlistHits).toBe(1);
    expect((await engine.listEntities({ onlyWithWatchlistHits: true })).rows.map((row) => row.entityId)).toEqual([meridian.entityId]);
    const [hit] = (await engine.entityDetail(meridian.entityId)).hits;
    expect(hit).toMatchObject({ listName: 'PARTNER AGENCY ALERT', listedParty: 'MERIDIAN FREIGHT FORWARDING LTD', basis: 'name', score: 1, reason: 'Front company for diverted electronics' });
    expect(hit?.explanation).toMatch(/^"MERIDIAN FREIGHT FORWARDING LTD" matches CSV-\d+ "MERIDIAN FREIGHT FORWARDING LTD" \(100%\)/);
    const hits = await engine.listWatchlistHits();
    expect(hits.map((view) => [view.subjectKind, view.subjectKey, view.subjectName, view.hit.basis])).toEqual([
      ['trader', meridian.entityId, 'MERIDIAN FREIGHT FORWARDING LTD', 'name'],
      ['vessel', '9209324', 'STAR VOYAGER', 'IMO number and name'],
    ]);

    // The same file again adds neither a document nor entries.
    const again = await engine.importWatchlist({ fileName: 'copy.csv', bytes: encode(watchlistCsv) });
    expect(again).toMatchObject({ documentId: report.documentId, entries: 2, rejected: 1 });
    expect(await engine.listSourceDocuments()).toHaveLength(1);
    expect(await engine.listWatchlistHits()).toHaveLength(2);
  });

  it('screens an up-to-date resolution again when a list is added, finding what a full run finds', async () => {
    const engine = await loadedEngine();
    const resolved = await engine.resolveEntities();
    const report = await engine.importWatchlist({ fileName: 'partner-alerts.csv', bytes: encode(watchlistCsv) });
    expect(report.summary).toMatchObject({ resolvedAt: resolved.resolvedAt, entities: resolved.entities, watchlistHits: 2, stale: false });
    const screened = { hits: await engine.listWatchlistHits(), listed: await engine.listEntities({ onlyWithWatchlistHits: true }) };
    const rerun = await engine.resolveEntities();
    expect(rerun.watchlistHits).toBe(2);
    expect({ hits: await engine.listWatchlistHits(), listed: await engine.listEntities({ onlyWithWatchlistHits: true }) }).toEqual(screened);
  });

  it('detects the OFAC SDN file (Latin-1, no header) and FollowTheMoney lines, conserving rows', async () => {
    const engine = await loadedEngine();
    const sdn = await engine.importWatchlist({ fileName: 'sdn.csv', bytes: new Uint8Array(await readFile('/work/shared/watchlists/ofac_sdn_2024-05-03.csv')) });
    expect(sdn).toMatchObject({ format: 'OFAC SDN', rowsRead: 14_965 });
    expect(sdn.entries + sdn.rejected).toBe(sdn.rowsRead);
    const ftm = await engine.importWatchlist({ fileName: 'zala.ftm.jsonl', bytes: new Uint8Array(await readFile('/work/shared/watchlists/opensanctions_zala_cluster.ftm.jsonl')) });
    expect(ftm.format).toBe('FollowTheMoney');
    expect(ftm.rowsRead).toBe(91);
    expect(ftm.entries + ftm.rejected).toBe(91);
    expect((await engine.listSourceDocuments()).map((document) => document.kind)).toEqual(['watchlist', 'watchlist']);
  });

  it('refuses an unreadable list naming the file and the reason, keeping nothing', async () => {
    const engine = await loadedEngine();
    await expect(engine.importWatchlist({ fileName: 'notes.txt', bytes: encode('just some notes\nabout traders\n') })).rejects.toThrow(
      'notes.txt: not a known watchlist format: expected the simple CSV (a header with "name"), the OFAC SDN CSV, or FollowTheMoney JSON lines',
    );
    await expect(engine.importWatchlist({ fileName: 'latin.csv', bytes: Uint8Array.from([...encode('name\nSOCI'), 0xc9, 0x54, 0xc9]) })).rejects.toThrow(/^latin\.csv: not UTF-8/);
    await expect(engine.importWatchlist({ fileName: ' ', bytes: encode(watchlistCsv) })).rejects.toThrow('a watchlist needs a file name');
    expect(await engine.listSourceDocuments()).toEqual([]);
  });
});

describe('the workspace file', () => {
  it('keeps the resolution, the decision log, the watchlists and the hits across save and open', async () => {
    const engine = await loadedEngine();
    await engine.importWatchlist({ fileName: 'partner-alerts.csv', bytes: encode(watchlistCsv) });
    const harbourline = await engine.entityDetail((await entityNamed(engine, 'harbourline imports')).entityId);
    await engine.recordEntityDecision({ kind: 'not the same', left: [harbourline.members[0]?.occurrenceId as string], right: [harbourline.members[1]?.occurrenceId as string] });
    const before = { summary: await engine.entitySummary(), entities: await allEntities(engine), decisions: await engine.listEntityDecisions(), hits: await engine.listWatchlistHits(), queue: await engine.reviewQueue() };
    const details = await Promise.all(before.entities.map((row) => engine.entityDetail(row.entityId)));

    const reopened = await newEngine();
    await reopened.openWorkspace('w.mlens', joinWorkspaceFileParts(await engine.saveWorkspace()));
    expect(await reopened.entitySummary()).toEqual(before.summary);
    expect(await allEntities(reopened)).toEqual(before.entities);
    expect(await Promise.all(before.entities.map((row) => reopened.entityDetail(row.entityId)))).toEqual(details);
    expect(await reopened.listEntityDecisions()).toEqual(before.decisions);
    expect(await reopened.listWatchlistHits()).toEqual(before.hits);
    expect(await reopened.reviewQueue()).toEqual(before.queue);
    // The reopened log goes on: undo is the next entry, and the entities follow.
    await reopened.undoEntityDecision();
    expect((await reopened.listEntityDecisions()).map((decision) => decision.decisionId)).toEqual(['d-1', 'd-2']);
    expect((await reopened.listEntities({ text: 'harbourline imports' })).rows.map((row) => row.occurrences)).toEqual([2]);
  });
});

describe('a generated world', () => {
  it('stores exactly the resolver\'s entities, members and explained links, and reads them back page by page', async () => {
    const world = generateParsedWorld(21, 1500);
    const store = WorkspaceStore.create(await loadSqlJsForNode());
    await importManifest(store, textSource('manifests.csv', world.manifestsCsv));
    const service = new EntityService(() => store, () => new Date('2026-03-02T09:30:00.000Z'));
    const summary = await service.resolveEntities();
    const expected = resolveParties(readPartyOccurrences(store));
    expect(summary).toMatchObject({ resolvedAt: '2026-03-02T09:30:00.000Z', entities: expected.entities.length, placeholders: expected.placeholders.length, reviewItems: expected.reviewQueue.length });
    const stored: EntityRow[] = [];
    for (let offset = 0; offset < summary.entities; offset += 500) stored.push(...(await service.listEntities({ sortBy: 'occurrences', sortDirection: 'asc', offset, limit: 500 })).rows);
    const byId = new Map(expected.entities.map((entity) => [entity.entityId, entity]));
    expect(stored.map((row) => row.entityId).sort()).toEqual([...byId.keys()].sort());
    for (const row of stored) {
      const entity = byId.get(row.entityId);
      expect(row).toEqual({ entityId: entity?.entityId, displayName: entity?.displayName, variants: entity?.names.length, occurrences: entity?.members.length, roles: entity?.roles, countries: entity?.countries, watchlistHits: 0 });
    }
    const largest = [...expected.entities].sort((a, b) => b.members.length - a.members.length)[0];
    const detail = await service.entityDetail(largest?.entityId as string);
    expect(detail.links).toEqual(largest?.links);
    expect(detail.names.map((name) => name.text)).toEqual(largest?.names);
    const queue = await service.reviewQueue(500);
    expect(queue.map(({ leftMember: _l, rightMember: _r, leftEntityName: _ln, rightEntityName: _rn, ...item }) => item)).toEqual(expected.reviewQueue);
    expect(queue.map((item) => item.uncertainty)).toEqual([...queue.map((item) => item.uncertainty)].sort((a, b) => a - b));
  });

  it('re-resolves with the parties kept between runs exactly as a run from scratch does, after a decision and after new manifests', async () => {
    const world = generateParsedWorld(23, 1200);
    const store = WorkspaceStore.create(await loadSqlJsForNode());
    await importManifest(store, textSource('manifests.csv', world.manifestsCsv));
    const service = new EntityService(() => store, () => new Date('2026-03-02T09:30:00.000Z'));
    const storedPartition = async (): Promise<string[]> => {
      const rows: EntityRow[] = [];
      for (let offset = 0, total = 1; offset < total; offset += 500) {
        const page = await service.listEntities({ sortBy: 'occurrences', offset, limit: 500 });
        rows.push(...page.rows);
        total = page.total;
      }
      const partition: string[] = [];
      for (const row of rows.filter((candidate) => candidate.occurrences > 1)) partition.push(`${row.entityId}:${(await service.entityDetail(row.entityId)).members.map((member) => member.occurrenceId).join(' ')}`);
      return partition.sort();
    };
    const scratchPartition = (): string[] =>
      resolveParties(readPartyOccurrences(store), readDecisionLog(store))
        .entities.filter((entity) => entity.members.length > 1)
        .map((entity) => `${entity.entityId}:${entity.members.map((member) => member.occurrenceId).join(' ')}`)
        .sort();
    await service.resolveEntities();
    const before = await storedPartition();
    expect(before).toEqual(scratchPartition());
    const largest = await service.entityDetail((await service.listEntities({ sortBy: 'occurrences', limit: 1 })).rows[0]?.entityId as string);
    const link = largest.links[largest.links.length - 1];
    if (!link) throw new Error('the largest trader has no link');
    await service.recordEntityDecision({ kind: 'not the same', left: [link.left], right: [link.right] });
    const decided = await storedPartition();
    expect(decided).not.toEqual(before);
    expect(decided).toEqual(scratchPartition());
    // New manifests: the parties are prepared again, the new ones resolved with the rest.
    const extra = generateParsedWorld(29, 1000);
    await importManifest(store, textSource('more.csv', extra.manifestsCsv));
    const summary = await service.undoEntityDecision();
    expect(summary?.occurrences).toBe(readPartyOccurrences(store).length);
    expect(await storedPartition()).toEqual(scratchPartition());
  });

  it('opens the demo with its traders resolved and its watchlist read and screened', async () => {
    const engine = await newEngine();
    const demo = await loadDemoWorkspace(engine);
    expect(demo.watchlistReport).toMatchObject({ fileName: 'demo-watchlist.csv', format: 'watchlist csv', rowsRead: demo.dataset.summary.watchlistEntries, entries: demo.dataset.summary.watchlistEntries, rejected: 0 });
    expect(demo.documentReceipts.find((receipt) => receipt.fileName === 'demo-watchlist.csv')?.documentId).toBe(demo.watchlistReport.documentId);
    const summary = await engine.entitySummary();
    expect(summary).toMatchObject({ stale: false, occurrences: demo.summary.counts.partyOccurrences });
    expect(summary.entities).toBeGreaterThan(100);
    expect(summary.watchlistHits).toBeGreaterThan(0);
    const listedNames = new Set(Object.values(demo.dataset.truth.schemes).flatMap((scheme) => scheme.watchlistNames));
    const hits = await engine.listWatchlistHits();
    expect(hits.some((view) => listedNames.has(view.hit.listedParty))).toBe(true);
  });
});
