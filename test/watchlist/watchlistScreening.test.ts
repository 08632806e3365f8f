import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveParties } from '../../shared/entities/resolveParties';
import { WatchlistIndex } from '../../shared/watchlist/watchlistIndex';
import { parseWatchlist } from '../../shared/watchlist/watchlistFormats';
import { screenTraders, screenVessels } from '../../shared/watchlist/watchlistScreening';
import { RawPartyCollector } from '../bench/er/resolutionQuality';
import { generateParsedWorld } from '../generator/worldFixture';

describe('screening against the OFAC SDN list', () => {
  const index = new WatchlistIndex(parseWatchlist(new Uint8Array(readFileSync('/work/shared/watchlists/ofac_sdn_2024-05-03.csv'))).entries);

  it('finds a vessel by its IMO number, even under another name, and says so', () => {
    const [screening] = screenVessels(index, [{ vesselKey: 'V1', name: 'GLORIA', imo: 'IMO 7406784' }]);
    expect(screening?.hits).toHaveLength(1);
    expect(screening?.hits[0]).toMatchObject({ entryId: 'SDN-4243', basis: 'IMO number', score: 1, imoNumber: '7406784' });
    expect(screening?.hits[0]?.explanation).toBe('IMO 7406784 of "GLORIA" is listed for SDN-4243 "EBANO" (listed under another name: the ship may have been renamed)');
    expect(screenVessels(index, [{ vesselKey: 'V2', name: 'M/V EBANO', imo: '7406784' }])[0]?.hits[0]?.basis).toBe('IMO number and name');
  });

  it('finds a vessel by a former name when no IMO number contradicts it, and not when one does', () => {
    expect(screenVessels(index, [{ vesselKey: 'V3', name: 'SAND SWAN' }])[0]?.hits[0]).toMatchObject({ entryId: 'SDN-4243', basis: 'name' });
    expect(screenVessels(index, [{ vesselKey: 'V4', name: 'SAND SWAN', imo: '9126819' }])).toEqual([]);
  });

  it('finds a company written as a variant of a listed alias, explaining which alias matched', () => {
    const [screening] = screenTraders(index, [{ entityId: 'T:1', names: ['Kimia Co., Limited', 'KIMIA COMPANY LTD'] }]);
    const hit = screening?.hits.find((candidate) => candidate.entryId === 'SDN-26581');
    expect(hit).toMatchObject({ basis: 'name', score: 1, listedParty: 'KIMIYA PAKHSH SHARGH', nameMatch: { listedAs: 'alias' } });
    expect(hit?.explanation).toMatch(/^"(Kimia Co\., Limited|KIMIA COMPANY LTD)" matches alias "KIMIA( CO\., LTD\.)?" of SDN-26581 "KIMIYA PAKHSH SHARGH" \(100%\)/);
  });

  it('tolerates a misspelling of a listed name', () => {
    const [screening] = screenTraders(index, [{ entityId: 'T:2', names: ['CHONGCHONGANG SHIPING CO LTD'] }]);
    expect(screening?.hits[0]).toMatchObject({ entryId: 'SDN-17067', basis: 'name' });
    expect(screening?.hits[0]?.nameMatch?.detail).toContain('likely misspelt SHIPING ≈ SHIPPING');
  });

  it('does not take another company sharing a word for the listed one', () => {
    expect(screenTraders(index, [{ entityId: 'T:3', names: ['KIMIA TEXTILES LTD', 'BANCO NACIONAL DE MEXICO'] }])).toEqual([]);
  });
});

describe('screening the traders of a generated world against its watchlist', () => {
  const world = generateParsedWorld(3, 60_000);
  const collector = new RawPartyCollector();
  for (const row of world.rows) {
    collector.add({ role: 'shipper', name: row.shipperName, address: row.shipperAddress, phone: row.shipperPhone });
    collector.add({ role: 'consignee', name: row.consigneeName, address: row.consigneeAddress, phone: row.consigneePhone });
    collector.add({ role: 'notify party', name: row.notifyPartyName, address: row.notifyPartyAddress, phone: row.notifyPartyPhone });
  }
  const resolution = resolveParties(collector.occurrences);
  const index = new WatchlistIndex(parseWatchlist(new TextEncoder().encode(world.watchlistCsv)).entries);
  const screenings = screenTraders(
    index,
    resolution.entities.map((entity) => ({ entityId: entity.entityId, names: entity.names, countries: entity.countries, addresses: [...new Set(entity.members.map((member) => member.rawAddress))] })),
  );
  const hitNames = new Set(screenings.flatMap((screening) => screening.hits.map((hit) => hit.listedParty)));

  it('hits every listed party that the schemes planted in the manifests', () => {
    const planted = Object.values(world.truth.schemes).flatMap((scheme) => scheme.watchlistNames);
    expect(planted.length).toBeGreaterThan(0);
    for (const name of planted) expect(hitNames, name).toContain(name);
  });

  it('dismisses the listed namesake abroad of a lawful importer, with its reasons', () => {
    const decoys = Object.values(world.truth.decoys).flatMap((decoy) => decoy.watchlistNames);
    expect(decoys.length).toBeGreaterThan(0);
    for (const name of decoys) {
      expect(hitNames).not.toContain(name);
      const dismissed = screenings.flatMap((screening) => screening.dismissed).find((candidate) => candidate.listedParty === name);
      expect(dismissed?.reasons.join('; ')).toMatch(/listed in [A-Z]{2}, the trader is in GB|listed at other premises/);
    }
  });

  it('hits nobody else: the filler entries never trade', () => {
    const planted = new Set(Object.values(world.truth.schemes).flatMap((scheme) => scheme.watchlistNames));
    const others = screenings.flatMap((screening) => screening.hits.filter((hit) => !planted.has(hit.listedParty)).map((hit) => `${screening.subjectKey}: ${hit.explanation}`));
    expect(others).toEqual([]);
  });
});
