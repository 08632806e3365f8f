import { describe, expect, it } from 'vitest';
import { compactContainerNumber } from '../../shared/domain/containerNumber';
import { plantedSchemes } from '../../shared/generator/schemes/registry';
import { lineBudget } from '../../shared/generator/schemes/types';
import { commodities } from '../../shared/generator/goodsCatalog';
import { world, type ManifestRow } from './worldFixture';

const seed = 11;
const lines = 20_000;
const generated = world(seed, lines);
const rowsOfBill = new Map<string, ManifestRow[]>();
for (const row of generated.rows) rowsOfBill.set(row.billOfLadingNumber, [...(rowsOfBill.get(row.billOfLadingNumber) ?? []), row]);
const entries = { ...generated.truth.schemes, ...generated.truth.decoys };

function billRows(bill: string): ManifestRow[] {
  const rows = rowsOfBill.get(bill);
  if (!rows) throw new Error(`bill ${bill} of the truth is not in the manifests`);
  return rows;
}

describe('truth.json of a generated world', () => {
  it('lists every scheme and decoy of the registry, each with bills or watchlist names', () => {
    expect(Object.keys(generated.truth.schemes).sort()).toEqual(plantedSchemes.filter((scheme) => scheme.kind === 'scheme').map((scheme) => scheme.id).sort());
    expect(Object.keys(generated.truth.decoys).sort()).toEqual(plantedSchemes.filter((scheme) => scheme.kind === 'decoy').map((scheme) => scheme.id).sort());
    for (const [id, entry] of Object.entries(entries)) {
      expect(entry.billsOfLading.length, id).toBeGreaterThan(0);
      expect(entry.companies.length, id).toBeGreaterThan(0);
    }
  });

  it('gives every planted scheme a small, plausible share of the cargo lines', () => {
    for (const scheme of plantedSchemes) {
      const entry = entries[scheme.id];
      if (!entry) throw new Error(`no truth for ${scheme.id}`);
      const schemeLines = entry.billsOfLading.reduce((total, bill) => total + billRows(bill).length, 0);
      const budget = lineBudget(scheme, lines);
      if (scheme.share === 0) continue;
      expect(schemeLines, scheme.id).toBeGreaterThanOrEqual(Math.min(budget, scheme.minimumLines) * 0.5);
      expect(schemeLines, scheme.id).toBeLessThanOrEqual(Math.max(budget * 3, budget + 20));
      expect(schemeLines / lines, scheme.id).toBeLessThan(0.05);
    }
  });

  it('lists only bills that are in the manifests, each once', () => {
    for (const entry of Object.values(entries)) {
      expect(new Set(entry.billsOfLading).size).toBe(entry.billsOfLading.length);
      for (const bill of entry.billsOfLading) expect(rowsOfBill.has(bill), bill).toBe(true);
      for (const bill of Object.keys(entry.notes)) expect(entry.billsOfLading).toContain(bill);
    }
  });

  it('lists for each company only raw names written in the manifests, in its own party fields', () => {
    const written = new Set(generated.rows.flatMap((row) => [row.shipperName, row.consigneeName, row.notifyPartyName]));
    const companies = Object.values(generated.truth.companies);
    expect(companies.length).toBeGreaterThan(100);
    for (const company of companies) {
      expect(company.rawNames.length).toBeGreaterThan(0);
      for (const name of company.rawNames) expect(written.has(name), name).toBe(true);
    }
    for (const entry of Object.values(entries)) for (const id of entry.companies) expect(generated.truth.companies[id] ?? id).toBeDefined();
  });

  it('varies party names: several spellings per company, legal-form variants, truncation at 35 characters', () => {
    const companies = Object.values(generated.truth.companies);
    expect(companies.filter((company) => company.rawNames.length >= 3).length).toBeGreaterThan(20);
    expect(companies.some((company) => company.rawNames.some((name) => name.length === 35) && company.canonicalName.length > 35)).toBe(true);
    expect(companies.some((company) => company.rawNames.some((name) => /\bLIMITED\b/.test(name)) && company.rawNames.some((name) => /\bLTD\b/.test(name)))).toBe(true);
    expect(companies.some((company) => company.rawNames.some((name) => /\b(INTL|TRDG)\b/.test(name)))).toBe(true);
    expect(companies.some((company) => company.rawNames.some((name) => /[a-z]/.test(name)))).toBe(true);
  });

  it('keeps distinct companies with confusingly similar names apart, at different addresses', () => {
    expect(generated.truth.confusableCompanies.length).toBeGreaterThan(3);
    for (const [first, second] of generated.truth.confusableCompanies) {
      const a = generated.truth.companies[first];
      const b = generated.truth.companies[second];
      expect(a && b).toBeTruthy();
      expect(a?.canonicalName).not.toBe(b?.canonicalName);
      expect(a?.address).not.toBe(b?.address);
      const firstWord = (name: string | undefined) => name?.split(' ')[0];
      expect(firstWord(a?.canonicalName)).toBe(firstWord(b?.canonicalName));
    }
  });

  it('plants origin laundering: received in one country, loaded at a hub, declared as of the hub', () => {
    for (const bill of generated.truth.schemes['origin-laundering']?.billsOfLading ?? []) {
      for (const row of billRows(bill)) {
        expect(row.placeOfReceipt.slice(0, 2)).not.toBe(row.countryOfOrigin);
        expect(row.portOfLoading.slice(0, 2)).toBe(row.countryOfOrigin);
      }
    }
  });

  it('plants undervaluation: value per kg far below the same goods on other bills', () => {
    const usdPerKg = (row: ManifestRow) => Number(row.declaredValueUsd) / Number(row.grossWeightKg);
    const hsOfCommodity = new Set(commodities.map((commodity) => commodity.hsCode));
    const scheme = new Set(generated.truth.schemes.undervaluation?.billsOfLading);
    for (const bill of scheme) {
      for (const row of billRows(bill)) {
        if (!hsOfCommodity.has(row.hsCode)) continue;
        const others = generated.rows.filter((other) => other.hsCode === row.hsCode && !scheme.has(other.billOfLadingNumber)).map(usdPerKg).sort((a, b) => a - b);
        if (others.length < 5) continue;
        expect(usdPerKg(row)).toBeLessThan((others[Math.floor(others.length / 2)] as number) * 0.5);
      }
    }
  });

  it('plants split shipments: one container, several bills, related consignees, one call', () => {
    const bills = generated.truth.schemes['split-shipments']?.billsOfLading ?? [];
    const billsOfContainer = new Map<string, Set<string>>();
    for (const bill of bills) {
      for (const row of billRows(bill)) {
        const key = `${row.containerNumber}|${row.vesselImo}|${row.voyageNumber}`;
        billsOfContainer.set(key, (billsOfContainer.get(key) ?? new Set<string>()).add(bill));
      }
    }
    for (const group of billsOfContainer.values()) expect(group.size).toBeGreaterThanOrEqual(3);
  });

  it('plants a watch-listed notify party behind unrelated consignees', () => {
    const entry = generated.truth.schemes['watchlisted-notify-party'];
    const watchlisted = new Set(generated.watchlist.map((row) => row.name));
    for (const name of entry?.watchlistNames ?? []) expect(watchlisted.has(name)).toBe(true);
    const facilitators = (entry?.companies ?? []).map((id) => generated.truth.companies[id]).filter((company) => company?.role === 'facilitator');
    expect(facilitators.length).toBeGreaterThan(0);
    const notifyNames = new Set(facilitators.flatMap((company) => company?.rawNames ?? []));
    const consignees = new Set<string>();
    for (const bill of entry?.billsOfLading ?? []) {
      for (const row of billRows(bill)) {
        expect(notifyNames.has(row.notifyPartyName)).toBe(true);
        consignees.add(row.consigneeName);
      }
    }
    expect(consignees.size).toBeGreaterThanOrEqual(3);
  });

  it('plants front companies that share premises or phone with a watch-listed offender', () => {
    const entry = generated.truth.schemes['front-company-network'];
    const members = (entry?.companies ?? []).map((id) => generated.truth.companies[id]).filter((company) => company !== undefined);
    const offenders = members.filter((company) => company.role === 'offender');
    const fronts = members.filter((company) => company.role === 'front');
    expect(offenders.length).toBeGreaterThan(0);
    expect(fronts.length).toBeGreaterThan(0);
    for (const front of fronts) expect(offenders.some((offender) => offender.address === front.address || offender.phone === front.phone)).toBe(true);
    const watchlisted = new Set(generated.watchlist.map((row) => row.name));
    for (const offender of offenders) expect(watchlisted.has(offender.canonicalName)).toBe(true);
  });

  it('names the container, vessel and consignee of each intelligence-named consignment in a credible report', () => {
    const entry = generated.truth.schemes['intelligence-named-consignment'];
    expect(entry?.reports.length).toBeGreaterThan(0);
    for (const fileName of entry?.reports ?? []) {
      const report = generated.reports.find((candidate) => candidate.fileName === fileName);
      const reportTruth = generated.truth.reports[fileName];
      expect(reportTruth?.credible).toBe(true);
      const compactText = compactContainerNumber(report?.text ?? '');
      for (const bill of reportTruth?.billsOfLading ?? []) {
        const rows = billRows(bill);
        for (const row of rows) expect(compactText).toContain(row.containerNumber);
        expect(report?.text.toUpperCase()).toContain((rows[0] as ManifestRow).vesselName);
      }
    }
  });

  it('keeps decoys lawful: low-credibility reports about established consignees, no seizures', () => {
    const seized = new Set(generated.outcomes.filter((outcome) => outcome.result === 'seizure').map((outcome) => outcome.bill_of_lading_number));
    for (const entry of Object.values(generated.truth.decoys)) for (const bill of entry.billsOfLading) expect(seized.has(bill)).toBe(false);
    for (const fileName of generated.truth.decoys['low-credibility-report']?.reports ?? []) expect(generated.truth.reports[fileName]?.credible).toBe(false);
    const highRisk = generated.truth.decoys['high-volume-high-risk-origin']?.billsOfLading ?? [];
    for (const bill of highRisk) for (const row of billRows(bill)) expect(['EC', 'CO', 'PK']).toContain(row.countryOfOrigin);
  });
});
