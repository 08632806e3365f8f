import { describe, expect, it } from 'vitest';
import { isValidContainerNumber } from '../../shared/domain/containerNumber';
import { isValidVesselImo } from '../../shared/domain/imoNumber';
import { generatedManifestFields } from '../../shared/generator/billOfLading';
import { findCountry } from '../../shared/reference/countries';
import { findHsCode } from '../../shared/reference/hsCodes';
import { findSeaport } from '../../shared/reference/seaports';
import { partyNameFieldWidth } from '../../shared/generator/nameVariants';
import { placeholderNames } from '../../shared/generator/parties';
import { world } from './worldFixture';

const sizes = [[7, 3_000], [11, 20_000]] as const;

describe.each(sizes)('manifests of seed %i, %i lines', (seed, lines) => {
  const generated = world(seed, lines);

  it('writes the canonical headers and exactly the requested number of rows, all of one width', () => {
    expect(generated.header).toEqual(generatedManifestFields.map((field) => field.header));
    expect(generated.rows).toHaveLength(lines);
    expect(generated.summary.lines).toBe(lines);
    expect(new Set(generated.rawRows.map((row) => row.length))).toEqual(new Set([generatedManifestFields.length]));
    expect(generated.manifestsCsv.endsWith('\r\n')).toBe(true);
    for (const chunk of generated.manifestChunks) expect(chunk.endsWith('\r\n')).toBe(true);
  });

  it('writes only valid container numbers and ship IMO numbers', () => {
    for (const row of generated.rows) {
      expect(isValidContainerNumber(row.containerNumber), row.containerNumber).toBe(true);
      expect(isValidVesselImo(row.vesselImo), row.vesselImo).toBe(true);
      expect(row.vesselImo).toMatch(/^\d{7}$/);
    }
  });

  it('uses only ports, countries and HS codes of the reference data', () => {
    const checked = new Set<string>();
    for (const row of generated.rows) {
      for (const code of [row.placeOfReceipt, row.portOfLoading, row.portOfDischarge]) {
        if (checked.has(code)) continue;
        checked.add(code);
        expect(findSeaport(code), code).toBeDefined();
      }
      expect(findCountry(row.countryOfOrigin)?.alpha2).toBe(row.countryOfOrigin);
      expect(row.portOfDischarge.startsWith('GB')).toBe(true);
      if (row.hsCode !== '') {
        expect(row.hsCode).toMatch(/^(\d{4}|\d{6})$/);
        expect(findHsCode(row.hsCode), row.hsCode).toBeDefined();
      }
    }
  });

  it('writes mostly six-digit HS codes, some four-digit and some missing', () => {
    const lengths = new Map<number, number>();
    for (const row of generated.rows) lengths.set(row.hsCode.length, (lengths.get(row.hsCode.length) ?? 0) + 1);
    expect((lengths.get(6) ?? 0) / lines).toBeGreaterThan(0.7);
    expect((lengths.get(4) ?? 0) / lines).toBeGreaterThan(0.01);
    expect((lengths.get(0) ?? 0) / lines).toBeGreaterThan(0.03);
  });

  it('has one arrival date per vessel call (vessel, voyage, port of discharge)', () => {
    const arrival = new Map<string, string>();
    const voyagesOfImo = new Map<string, string>();
    for (const row of generated.rows) {
      const call = `${row.vesselImo}|${row.voyageNumber}|${row.portOfDischarge}`;
      expect(arrival.get(call) ?? row.arrivalDate).toBe(row.arrivalDate);
      arrival.set(call, row.arrivalDate);
      expect(voyagesOfImo.get(row.vesselImo) ?? row.vesselName).toBe(row.vesselName);
      voyagesOfImo.set(row.vesselImo, row.vesselName);
    }
  });

  it('numbers the lines of each bill from 1 and keeps a bill on one call', () => {
    const bills = new Map<string, { call: string; lines: number[] }>();
    for (const row of generated.rows) {
      const call = `${row.vesselImo}|${row.voyageNumber}|${row.portOfDischarge}`;
      const bill = bills.get(row.billOfLadingNumber) ?? { call, lines: [] };
      expect(bill.call).toBe(call);
      bill.lines.push(Number(row.lineNumber));
      bills.set(row.billOfLadingNumber, bill);
    }
    for (const { lines: numbers } of bills.values()) expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    expect(bills.size).toBe(generated.summary.billsOfLading);
  });

  it('issues house bills under masters for groupage, several houses per master sharing containers', () => {
    const housesOfMaster = new Map<string, Set<string>>();
    for (const row of generated.rows) {
      if (row.masterBillOfLadingNumber === '') continue;
      const houses = housesOfMaster.get(row.masterBillOfLadingNumber) ?? new Set<string>();
      houses.add(row.billOfLadingNumber);
      housesOfMaster.set(row.masterBillOfLadingNumber, houses);
    }
    expect(housesOfMaster.size).toBeGreaterThan(3);
    expect([...housesOfMaster.values()].some((houses) => houses.size >= 3)).toBe(true);
  });

  it('loads a container on one bill per call, except groupage houses and split shipments', () => {
    const split = new Set(generated.truth.schemes['split-shipments']?.billsOfLading);
    const billsOfBox = new Map<string, Map<string, string>>();
    for (const row of generated.rows) {
      const box = `${row.vesselImo}|${row.voyageNumber}|${row.portOfDischarge}|${row.containerNumber}`;
      const bills = billsOfBox.get(box) ?? new Map<string, string>();
      bills.set(row.billOfLadingNumber, row.masterBillOfLadingNumber);
      billsOfBox.set(box, bills);
    }
    let shared = 0;
    for (const bills of billsOfBox.values()) {
      if (bills.size === 1) continue;
      shared += 1;
      const masters = new Set(bills.values());
      const groupage = masters.size === 1 && !masters.has('');
      const splitting = [...bills.keys()].every((bill) => split.has(bill));
      expect(groupage || splitting).toBe(true);
    }
    expect(shared).toBeGreaterThan(0);
  });

  it('writes plausible weights, packages and values', () => {
    for (const row of generated.rows) {
      expect(Number(row.packages)).toBeGreaterThanOrEqual(1);
      expect(Number(row.grossWeightKg)).toBeGreaterThan(0);
      expect(Number(row.grossWeightKg)).toBeLessThanOrEqual(30_000);
      expect(Number(row.declaredValueUsd)).toBeGreaterThan(0);
      expect(row.grossWeightUnit).toBe('KG');
    }
  });

  it('keeps stable trade lanes: the same shipper sends the same goods to the same consignee on several calls', () => {
    const callsOfLane = new Map<string, Set<string>>();
    for (const row of generated.rows) {
      const lane = `${row.shipperName}|${row.consigneeName}|${row.goodsDescription.replace(/\d+/g, '')}`;
      const calls = callsOfLane.get(lane) ?? new Set<string>();
      calls.add(`${row.vesselImo}|${row.voyageNumber}`);
      callsOfLane.set(lane, calls);
    }
    const repeated = [...callsOfLane.values()].filter((calls) => calls.size >= 3).length;
    expect(repeated).toBeGreaterThan(lines / 200);
  });

  it('has legitimate transshipment: received in one country, loaded in another, declared as the country of receipt', () => {
    const transshipped = generated.rows.filter((row) => row.placeOfReceipt.slice(0, 2) !== row.portOfLoading.slice(0, 2) && row.countryOfOrigin === row.placeOfReceipt.slice(0, 2));
    expect(transshipped.length).toBeGreaterThan(0);
  });

  it('writes placeholder parties and party names truncated at the EDI field width', () => {
    const names = new Set(generated.rows.flatMap((row) => [row.consigneeName, row.notifyPartyName]));
    const placeholders = placeholderNames().filter((name) => names.has(name));
    expect(placeholders.length).toBeGreaterThanOrEqual(2);
    expect(names.has('TO ORDER') || names.has('TO ORDER OF SHIPPER') || names.has('TO THE ORDER OF SHIPPER')).toBe(true);
    const allNames = generated.rows.flatMap((row) => [row.shipperName, row.consigneeName, row.notifyPartyName]);
    expect(allNames.some((name) => name.length === partyNameFieldWidth)).toBe(true);
  });

  it('has forwarders as notify party for many unrelated consignees', () => {
    const consigneesOfForwarder = new Map<string, Set<string>>();
    const forwarderNames = new Set(Object.values(generated.truth.companies).filter((company) => company.role === 'forwarder').flatMap((company) => company.rawNames));
    for (const row of generated.rows) {
      if (!forwarderNames.has(row.notifyPartyName) || forwarderNames.has(row.consigneeName)) continue;
      const consignees = consigneesOfForwarder.get(row.notifyPartyName) ?? new Set<string>();
      consignees.add(row.consigneeName);
      consigneesOfForwarder.set(row.notifyPartyName, consignees);
    }
    expect(Math.max(...[...consigneesOfForwarder.values()].map((set) => set.size))).toBeGreaterThanOrEqual(5);
  });
});
