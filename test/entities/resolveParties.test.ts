import { describe, expect, it } from 'vitest';
import { resolveParties } from '../../shared/entities/resolveParties';
import type { Resolution, TraderEntity } from '../../shared/entities/traderEntity';
import { allParties, front, huaxin, huaxinNamesake, importer, placeholders } from './partyFixtures';

const entityOf = (resolution: Resolution, occurrenceId: string): TraderEntity | undefined =>
  resolution.entities.find((entity) => entity.members.some((member) => member.occurrenceId === occurrenceId));
const membersOf = (resolution: Resolution, occurrenceId: string): string[] => (entityOf(resolution, occurrenceId)?.members ?? []).map((member) => member.occurrenceId);

describe('resolving party occurrences into traders', () => {
  const resolution = resolveParties(allParties);

  it('puts every spelling of one exporter in one entity: legal forms, abbreviations, a typo, truncation, spilled address', () => {
    expect(membersOf(resolution, 'A1')).toEqual(huaxin.map((party) => party.occurrenceId));
    expect(entityOf(resolution, 'A1')).toMatchObject({ entityId: 'T:A1', displayName: 'SHENZHEN HUAXIN ELECTRONICS CO LTD', roles: ['notify party', 'shipper'], countries: ['CN'] });
  });

  it('keeps the namesake at other premises apart, and the front company at the same premises', () => {
    expect(membersOf(resolution, 'B1')).toEqual(huaxinNamesake.map((party) => party.occurrenceId));
    expect(membersOf(resolution, 'F1')).toEqual(front.map((party) => party.occurrenceId));
    expect(membersOf(resolution, 'C1')).toEqual(['C1', 'C2', 'C3']);
    expect(membersOf(resolution, 'D1')).toEqual(['D1']);
    expect(resolution.entities).toHaveLength(5);
  });

  it('names an entity after its smallest store occurrence id by value (9 before 10), members in that order', () => {
    const storeIds = huaxin.slice(0, 3).map((party, index) => ({ ...party, occurrenceId: String([10, 9, 100][index]) }));
    const entity = resolveParties(storeIds).entities[0];
    expect(entity?.entityId).toBe('T:9');
    expect(entity?.members.map((member) => member.occurrenceId)).toEqual(['9', '10', '100']);
  });

  it('sets placeholders aside and never resolves them into a trader', () => {
    expect(resolution.placeholders.map((placeholder) => [placeholder.occurrenceId, placeholder.kind])).toEqual([
      ['P1', 'to order'],
      ['P2', 'same as another party'],
      ['P3', 'to order'],
    ]);
    expect(resolution.placeholders[2]?.orderOf).toBe('STANDARD MERCANTILE BANK PLC');
    for (const placeholder of placeholders) expect(entityOf(resolution, placeholder.occurrenceId)).toBeUndefined();
    expect(resolution.statistics).toMatchObject({ occurrences: allParties.length, placeholders: 3, entities: 5 });
  });

  it('holds each entity together with a spanning tree of explained links', () => {
    for (const entity of resolution.entities) {
      expect(entity.links).toHaveLength(entity.members.length - 1);
      for (const link of entity.links) {
        expect(link.basis).toBe('matched');
        if (link.basis !== 'matched') continue;
        const { features, total, verdict, summary } = link.explanation;
        expect(total).toBeCloseTo(features.reduce((sum, feature) => sum + feature.points, 0), 9);
        expect(total).toBeGreaterThan(0);
        expect(features.map((feature) => feature.feature)).toEqual(expect.arrayContaining(['name', 'address', 'phone']));
        for (const feature of features) expect(feature.detail).not.toBe('');
        expect(summary).toMatch(verdict === 'same trader' ? /^Same trader: \+/ : /^Uncertain: \+/);
      }
    }
  });

  it('explains in plain words why a typo and a cut name still match', () => {
    const links = entityOf(resolution, 'A4')?.links ?? [];
    const details = links.flatMap((link) => (link.basis === 'matched' ? link.explanation.features.map((feature) => feature.detail) : [])).join('\n');
    expect(details).toMatch(/likely misspelt HUAIXN ≈ HUAXIN|likely misspelt HUAXIN ≈ HUAIXN/);
  });

  it('queues the closest calls for review, closest to the threshold first', () => {
    const queue = resolution.reviewQueue;
    for (let index = 1; index < queue.length; index += 1) expect(queue[index]!.uncertainty).toBeGreaterThanOrEqual(queue[index - 1]!.uncertainty);
    for (const item of queue) {
      expect(item.explanation.verdict).toBe('uncertain');
      expect(item.uncertainty).toBeCloseTo(Math.abs(item.explanation.total), 9);
    }
  });

  it('gives the same entities whatever the input order', () => {
    const reversed = resolveParties([...allParties].reverse());
    const partition = (result: Resolution): string[] => result.entities.map((entity) => entity.members.map((member) => member.occurrenceId).sort().join(' ')).sort();
    expect(partition(reversed)).toEqual(partition(resolution));
    expect(reversed.entities.map((entity) => entity.entityId).sort()).toEqual(resolution.entities.map((entity) => entity.entityId).sort());
  });

  it('lets a shared identifier decide and a conflicting one forbid', () => {
    const [first, second] = importer;
    const withIds = resolveParties([
      { ...first!, identifiers: [{ scheme: 'EORI', value: 'GB123456789000' }] },
      { ...importer[3]!, identifiers: [{ scheme: 'eori', value: 'gb 123 456 789 000' }] },
      { ...second!, identifiers: [{ scheme: 'EORI', value: 'GB999999999000' }] },
    ]);
    expect(membersOf(withIds, 'C1')).toEqual(['C1', 'D1']);
    expect(membersOf(withIds, 'C2')).toEqual(['C2']);
  });
});

describe('the check against chaining', () => {
  it('does not let a record without an address join two namesakes it resembles equally', () => {
    const resolution = resolveParties([
      { occurrenceId: 'N1', role: 'consignee', rawName: 'ATLAS WINES LTD', rawAddress: '248 VICTORIA STREET, DARTFORD DA4 0JG', rawPhone: '' },
      { occurrenceId: 'N2', role: 'consignee', rawName: 'ATLAS WINES LIMITED', rawAddress: '17 PARK LANE, LEEDS LS1 2AB', rawPhone: '' },
      { occurrenceId: 'N3', role: 'notify party', rawName: 'ATLAS WINES LTD', rawAddress: '', rawPhone: '' },
    ]);
    expect(membersOf(resolution, 'N1')).not.toContain('N2');
    expect(resolution.reviewQueue.length).toBeGreaterThan(0);
  });
});
