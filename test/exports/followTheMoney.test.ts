/**
 * The FollowTheMoney export of the demo workspace, validated against FtM's own model
 * (../shared/reference/followthemoney_model.json, as exported by the followthemoney package):
 * every schema exists and is concrete, every property exists on the schema or one it extends,
 * required properties are present, values are lists of strings of their type's shape (countries,
 * dates, numbers), and every entity reference resolves to an entity of the file whose schema is
 * the property's range or extends it. Then the file is read back by the product's own FtM reader
 * (Aleph and OpenSanctions use the same format) and the traders come back as listed parties.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../shared/engine/demoWorkspace';
import type { ManifestEngineApi } from '../../shared/engine/engineApi';
import type { ExportFile } from '../../shared/engine/exportApi';
import { createManifestEngine } from '../../shared/engine/manifestEngine';
import type { FtmEntity } from '../../shared/exports/followTheMoney/followTheMoneyEntities';
import { parseMarkingLine } from '../../shared/markings/markingLine';
import { parseFollowTheMoney } from '../../shared/watchlist/followTheMoney';
import { loadSqlJsForNode } from '../../electron/node/sqlJsNode';

interface ModelProperty {
  readonly type: string;
  readonly range?: string;
}
interface ModelSchema {
  readonly abstract?: boolean;
  readonly required?: readonly string[];
  /** The schema and every schema it extends. */
  readonly schemata: readonly string[];
  readonly properties: Readonly<Record<string, ModelProperty>>;
}
const model = JSON.parse(readFileSync(new URL('../../../shared/reference/followthemoney_model.json', import.meta.url), 'utf8')) as { schemata: Record<string, ModelSchema> };

/** Every property a schema has: its own and those of every schema it extends. */
function propertiesOf(schemaName: string): Map<string, ModelProperty> {
  const schema = model.schemata[schemaName];
  const properties = new Map<string, ModelProperty>();
  for (const name of schema?.schemata ?? []) for (const [property, definition] of Object.entries(model.schemata[name]?.properties ?? {})) properties.set(property, definition);
  return properties;
}

/** Every way the entities break the model, in words; empty when they conform. */
function modelViolations(entities: readonly FtmEntity[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, FtmEntity>();
  for (const entity of entities) {
    if (byId.has(entity.id)) problems.push(`${entity.id}: id used twice`);
    byId.set(entity.id, entity);
  }
  for (const entity of entities) {
    const schema = model.schemata[entity.schema];
    if (typeof entity.id !== 'string' || entity.id === '') problems.push(`an entity of ${entity.schema} has no id`);
    if (schema === undefined) {
      problems.push(`${entity.id}: no schema ${entity.schema} in the model`);
      continue;
    }
    if (schema.abstract) problems.push(`${entity.id}: ${entity.schema} is abstract`);
    const properties = propertiesOf(entity.schema);
    for (const required of schema.required ?? []) if (!(entity.properties[required]?.length ?? 0)) problems.push(`${entity.id}: ${entity.schema} requires ${required}`);
    for (const [name, values] of Object.entries(entity.properties)) {
      const property = properties.get(name);
      if (property === undefined) {
        problems.push(`${entity.id}: ${entity.schema} has no property ${name}`);
        continue;
      }
      if (!Array.isArray(values) || values.length === 0 || values.some((value) => typeof value !== 'string' || value === '')) problems.push(`${entity.id}: ${name} is not a list of non-empty strings`);
      for (const value of values) {
        if (property.type === 'country' && !/^[a-z]{2}$/.test(value)) problems.push(`${entity.id}: ${name} ${value} is not an ISO country code`);
        if (property.type === 'date' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) problems.push(`${entity.id}: ${name} ${value} is not an ISO date`);
        if (property.type === 'number' && !Number.isFinite(Number(value))) problems.push(`${entity.id}: ${name} ${value} is not a number`);
        if (property.type === 'entity') {
          const target = byId.get(value);
          if (target === undefined) problems.push(`${entity.id}: ${name} refers to ${value}, not in the file`);
          else if (property.range !== undefined && !model.schemata[target.schema]?.schemata.includes(property.range)) problems.push(`${entity.id}: ${name} refers to a ${target.schema}, not a ${property.range}`);
        }
      }
    }
  }
  return problems;
}

describe('FollowTheMoney export of the demo workspace', () => {
  let engine: ManifestEngineApi;
  let file: ExportFile;
  let entities: FtmEntity[];
  const marking = 'OFFICIAL-SENSITIVE | RELEASABLE TO: POLICE, BORDER FORCE';

  beforeAll(async () => {
    engine = await createManifestEngine(await loadSqlJsForNode());
    await loadDemoWorkspace(engine);
    await engine.setMarking(parseMarkingLine(marking));
    file = await engine.exportFollowTheMoney();
    const text = new TextDecoder().decode(file.bytes);
    expect(text.endsWith('\n')).toBe(true);
    entities = text.trimEnd().split('\n').map((line) => JSON.parse(line) as FtmEntity);
  }, 120_000);

  it('conforms to the FollowTheMoney model', () => {
    expect(modelViolations(entities)).toEqual([]);
    expect(new Set(entities.map((entity) => entity.schema))).toEqual(new Set(['Company', 'LegalEntity', 'Address', 'Vessel', 'EconomicActivity', 'UnknownLink']));
  });

  it('the validator finds what breaks the model', () => {
    const broken: FtmEntity[] = [
      { id: 'a', schema: 'Company', properties: { name: ['A LTD'], imoNumber: ['IMO1'], country: ['GB'] } },
      { id: 'b', schema: 'Thing', properties: { name: ['abstract'] } },
      { id: 'c', schema: 'UnknownLink', properties: { subject: ['a'], role: ['x'] } },
      { id: 'd', schema: 'EconomicActivity', properties: { sender: ['nowhere'], transport: ['a'], date: ['08/02/2024'], nonsense: ['x'] } },
      { id: 'e', schema: 'Spaceship', properties: {} },
    ];
    expect(modelViolations(broken)).toEqual([
      'a: country GB is not an ISO country code',
      'b: Thing is abstract',
      'c: UnknownLink requires object',
      'd: sender refers to nowhere, not in the file',
      'd: transport refers to a Company, not a Vehicle',
      'd: date 08/02/2024 is not an ISO date',
      'd: EconomicActivity has no property nonsense',
      'e: no schema Spaceship in the model',
    ]);
  });

  it('holds every resolved trader, bill and vessel of the workspace, with their relations', async () => {
    const traders = await engine.entitySummary();
    const summary = await engine.summary();
    const count = (schema: string) => entities.filter((entity) => entity.schema === schema).length;
    expect(count('Company') + count('LegalEntity')).toBe(traders.entities);
    expect(count('EconomicActivity')).toBe(summary.counts.billsOfLading);
    expect(count('Vessel')).toBeGreaterThan(5);
    expect(count('UnknownLink')).toBeGreaterThan(100);
    expect(file.detail).toMatchObject({ entities: entities.length, bills: summary.counts.billsOfLading, marking });
    // A bill: its B/L number, vessel, parties, goods and countries.
    const bill = entities.find((entity) => entity.schema === 'EconomicActivity' && entity.properties.sender !== undefined && entity.properties.receiver !== undefined && entity.properties.sender[0] !== entity.properties.receiver[0]);
    const number = bill?.properties.recordId?.[0] ?? '';
    const row = (await engine.listShipments({ text: number, limit: 50 })).rows.find((candidate) => candidate.billOfLadingNumber === number);
    expect(row).toBeDefined();
    expect(bill?.properties.date).toEqual([row?.arrivalDate]);
    const sender = entities.find((entity) => entity.id === bill?.properties.sender?.[0]);
    expect([sender?.properties.name?.[0], ...(sender?.properties.alias ?? [])]).toContain(row?.shipperName);
    expect(entities.find((entity) => entity.id === bill?.properties.transport?.[0])?.properties.name).toEqual([row?.vesselName]);
    expect(bill?.properties.departureCountry?.[0]).toBe(row?.portOfLoading?.slice(0, 2).toLowerCase());
    // Trade relations are intervals between the two traders.
    const link = entities.find((entity) => entity.schema === 'UnknownLink' && entity.properties.subject?.[0] === bill?.properties.sender?.[0] && entity.properties.object?.[0] === bill?.properties.receiver?.[0]);
    expect(link?.properties.role).toEqual(['shipper to consignee']);
    expect(link?.properties.description?.[0]).toContain(row?.billOfLadingNumber);
    // Watchlist hits are noted on the trader; shared premises are one Address entity.
    expect(entities.some((entity) => entity.properties.notes?.some((note) => note.startsWith('Watchlist hit: ')))).toBe(true);
    const addressUse = new Map<string, number>();
    for (const entity of entities) for (const id of entity.properties.addressEntity ?? []) addressUse.set(id, (addressUse.get(id) ?? 0) + 1);
    expect([...addressUse.values()].some((uses) => uses > 1)).toBe(true);
  });

  it('carries the marking in every entity and at the front of the file name', () => {
    expect(file.suggestedName).toBe('OFFICIAL-SENSITIVE - Demo workspace (synthetic data) - entities.ftm.jsonl');
    expect(file.format).toBe('ftm-jsonl');
    for (const entity of entities) expect(entity.properties.publisher?.[0]).toBe(`${marking} | Manifest Lens workspace "Demo workspace (synthetic data)"`);
  });

  it('reads back through the FollowTheMoney reader as listed parties with their addresses and IMO numbers', () => {
    const parsed = parseFollowTheMoney(file.bytes);
    const parties = entities.filter((entity) => ['Company', 'LegalEntity', 'Vessel'].includes(entity.schema));
    expect(parsed.entries).toHaveLength(parties.length);
    const company = entities.find((entity) => entity.schema === 'Company' && (entity.properties.addressEntity?.length ?? 0) > 0);
    const entry = parsed.entries.find((candidate) => candidate.name === company?.properties.name?.[0]);
    expect(entry?.addresses.length).toBeGreaterThan(0);
    expect(parsed.entries.some((candidate) => candidate.imoNumbers.length > 0)).toBe(true);
  });
});
