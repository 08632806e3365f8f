import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { isValidContainerNumber, isValidVesselImo } from '../../../shared/domain';
import { containerNumberNormaliserKind } from '../../../shared/ingest/normalisation/containerNumberNormaliser';
import { countryNormaliserKind } from '../../../shared/ingest/normalisation/countryNormaliser';
import type { NormalisedFieldKind } from '../../../shared/ingest/normalisation/fieldNormaliser';
import { fieldNormaliserKinds, NormalisationSession, normalisedManifestFields } from '../../../shared/ingest/normalisation/fieldNormalisers';
import { hsCodeNormaliserKind } from '../../../shared/ingest/normalisation/hsCodeNormaliser';
import { placeOfReceiptNormaliserKind, seaportNormaliserKind, SeaportIndex } from '../../../shared/ingest/normalisation/seaportNormaliser';
import { vesselImoNormaliserKind } from '../../../shared/ingest/normalisation/vesselImoNormaliser';

const seaport = seaportNormaliserKind.create();
const place = placeOfReceiptNormaliserKind.create();
const country = countryNormaliserKind.create();
const hsCode = hsCodeNormaliserKind.create();
const container = containerNumberNormaliserKind.create();
const imo = vesselImoNormaliserKind.create();

interface Vector {
  readonly kind: string;
  readonly input: string;
  readonly expected_valid: boolean | null;
  readonly vessel_scheme_valid?: boolean;
  readonly company_scheme_valid?: boolean;
}
const vectors = JSON.parse(readFileSync('/work/shared/vectors/container_imo_test_vectors.json', 'utf8')) as Vector[];

describe('the normaliser registry', () => {
  it('has one typed normaliser per field kind, and every normalised manifest field names one', () => {
    for (const [kind, definition] of Object.entries(fieldNormaliserKinds)) {
      expect(definition.kind).toBe(kind);
      expect(definition.create().kind).toBe(kind);
    }
    for (const kind of Object.values(normalisedManifestFields)) expect(fieldNormaliserKinds[kind as NormalisedFieldKind]).toBeDefined();
  });

  it('builds each kind once per session and reads each distinct value once (containers: only a repeat of the last value)', () => {
    const create = vi.spyOn(seaportNormaliserKind, 'create');
    const session = new NormalisationSession();
    const first = session.normalise('seaport', 'Shanghai');
    for (let repeat = 0; repeat < 1000; repeat++) {
      expect(session.normalise('seaport', 'Shanghai')).toBe(first);
      session.normalise('seaport', 'Felixstowe');
    }
    expect(create).toHaveBeenCalledTimes(1);
    create.mockRestore();
    expect(session.normalise('containerNumber', 'MSKU6011672')).toBe(session.normalise('containerNumber', 'MSKU6011672'));
  });
});

describe('ports to UN/LOCODE', () => {
  it.each([
    ['CNSHA', 'CNSHA', null],
    ['CN SHA', 'CNSHA', 'CN SHA'],
    ['cn-sha', 'CNSHA', 'cn-sha'],
    ['Shanghai', 'CNSHA', 'Shanghai'],
    ['SHANGHAI, CN', 'CNSHA', 'SHANGHAI, CN'],
    ['Shanghai (China)', 'CNSHA', 'Shanghai (China)'],
    ['SHANGHAI CHINA', 'CNSHA', 'SHANGHAI CHINA'],
    ['Shanghai (CNSHA)', 'CNSHA', 'Shanghai (CNSHA)'],
    ['Yantian,China (Mainland)', 'CNYTN', 'Yantian,China (Mainland)'],
    ['London Gateway, GB', 'GBLGP', 'London Gateway, GB'],
    ['Madras', 'INMAA', 'Madras'],
    ['Nhava Sheva', 'INNSA', 'Nhava Sheva'],
    ['Long Beach, California', 'USLGB', 'Long Beach, California'],
    ['Kaohsiung,China (Taiwan)', 'TWKHH', 'Kaohsiung,China (Taiwan)'],
    ['Southampton, UK', 'GBSOU', 'Southampton, UK'],
  ])('%j is stored as %s, the text as written kept when it differs', (text, value, asWritten) => {
    expect(seaport.normalise(text)).toEqual({ value, asWritten, problem: null });
  });

  it('reads a port with two UN/LOCODEs as the one in use: CNSGH is CNSHA, CNNBO is CNNGB', () => {
    expect(seaport.normalise('CNSGH')).toEqual({ value: 'CNSHA', asWritten: 'CNSGH', problem: null });
    expect(seaport.normalise('Ningbo').value).toBe('CNNGB');
    expect(seaport.normalise('CNNBO').value).toBe('CNNGB');
  });

  it("prefers a port's own name over another port's alias", () => {
    expect(seaport.normalise('Los Angeles').value).toBe('USLAX');
    expect(seaport.normalise('Long Beach').value).toBe('USLGB');
  });

  it('keeps an ambiguous name as written with a warning naming the candidates, unless the country settles it', () => {
    expect(seaport.normalise('Southampton')).toEqual({ value: 'Southampton', asWritten: null, problem: expect.stringMatching(/matches several seaports \(BMSOU, GBSOU\)/) });
    expect(seaport.normalise('Portland, US').problem).toMatch(/USPDX, USPWM/);
    expect(seaport.normalise('Southampton, GB').value).toBe('GBSOU');
  });

  it('keeps an unknown port as written with a warning', () => {
    for (const text of ['Atlantis', 'XXABC', 'Atlantis, FR']) {
      expect(seaport.normalise(text)).toEqual({ value: text, asWritten: null, problem: expect.stringMatching(/^not a known seaport/) });
    }
  });

  it('warns when a country qualifier is not the port country', () => {
    expect(seaport.normalise('Shanghai, US')).toEqual({ value: 'CNSHA', asWritten: 'Shanghai, US', problem: expect.stringMatching(/qualifier reads as country US/) });
  });

  it('resolves a place of receipt the same way, but keeps an unknown (inland) place without a warning', () => {
    expect(place.normalise('Ningbo')).toEqual({ value: 'CNNGB', asWritten: 'Ningbo', problem: null });
    expect(place.normalise('Tiruppur')).toEqual({ value: 'Tiruppur', asWritten: null, problem: null });
  });

  it('indexes every seaport by its code', () => {
    const index = new SeaportIndex();
    expect(index.code('GBFXT')).toBe('GBFXT');
    expect(index.code('XXXXX')).toBeUndefined();
  });
});

describe('countries to ISO 3166-1 alpha-2', () => {
  it.each([
    ['CN', 'CN', null],
    ['cn', 'CN', 'cn'],
    ['CHN', 'CN', 'CHN'],
    ['156', 'CN', '156'],
    ['4', 'AF', '4'],
    ['China', 'CN', 'China'],
    ['Viet Nam', 'VN', 'Viet Nam'],
    ['UK', 'GB', 'UK'],
  ])('%j is stored as %s', (text, value, asWritten) => {
    expect(country.normalise(text)).toEqual({ value, asWritten, problem: null });
  });

  it('keeps an unknown or withdrawn country as written with a warning', () => {
    expect(country.normalise('Narnia')).toEqual({ value: 'Narnia', asWritten: null, problem: 'not an ISO 3166 country code or name: "Narnia"; kept as written' });
    expect(country.normalise('AN').problem).toMatch(/not an ISO 3166 country/);
  });
});

describe('HS codes against the nomenclature', () => {
  it.each([
    ['850440', '850440', null],
    ['8504.40', '850440', '8504.40'],
    ['8504 40', '850440', '8504 40'],
    ['85', '85', null],
    ['8504', '8504', null],
  ])('%j is stored as %s', (text, value, asWritten) => {
    expect(hsCode.normalise(text)).toEqual({ value, asWritten, problem: null });
  });

  it('stores a national code (8 or 10 digits) as its HS6 part, keeping the full code as written', () => {
    expect(hsCode.normalise('8471.30.0000')).toEqual({ value: '847130', asWritten: '8471.30.0000', problem: null });
    expect(hsCode.normalise('85044095')).toEqual({ value: '850440', asWritten: '85044095', problem: null });
  });

  it('warns on a code the nomenclature does not have, storing its digits', () => {
    expect(hsCode.normalise('8599.99')).toEqual({ value: '859999', asWritten: '8599.99', problem: 'HS code "8599.99": 859999 is not in the HS nomenclature' });
    expect(hsCode.normalise('8599999999').problem).toMatch(/its HS6 part 859999 is not in the HS nomenclature/);
  });

  it('restores a leading zero a spreadsheet dropped, with a warning', () => {
    expect(hsCode.normalise('10121')).toEqual({ value: '010121', asWritten: '10121', problem: 'HS code "10121": leading zero restored: read as 010121' });
  });

  it('keeps text that is not an HS code as written, with a warning', () => {
    expect(hsCode.normalise('TBA')).toEqual({ value: 'TBA', asWritten: null, problem: 'not an HS code (digits expected): "TBA"; kept as written' });
    expect(hsCode.normalise('123456789012').problem).toMatch(/12 digits \(at most 10\)/);
  });
});

describe('container numbers (ISO 6346)', () => {
  const containerVectors = vectors.filter((vector) => vector.kind === 'iso6346');
  it('agrees with the domain check on every shared test vector: a valid number has no problem', () => {
    expect(containerVectors.length).toBeGreaterThan(40);
    for (const vector of containerVectors) {
      expect(container.normalise(vector.input).problem === null, vector.input).toBe(isValidContainerNumber(vector.input));
    }
  });

  it('stores the compact form, keeping the text as written', () => {
    expect(container.normalise('MSKU 601167-2')).toEqual({ value: 'MSKU6011672', asWritten: 'MSKU 601167-2', problem: null });
    expect(container.normalise('MSKU6011672')).toEqual({ value: 'MSKU6011672', asWritten: null, problem: null });
  });

  it('keeps a number whose check digit is wrong, with a warning giving the expected digit', () => {
    expect(container.normalise('MSKU6011673')).toEqual({ value: 'MSKU6011673', asWritten: null, problem: 'container number "MSKU6011673": check digit 3 does not match (ISO 6346 gives 2); number kept' });
  });

  it('keeps a malformed number as written, saying what is wrong', () => {
    expect(container.normalise('MSKU601167').problem).toMatch(/no check digit/);
    expect(container.normalise('MSKA6011672').problem).toMatch(/category letter A is not U, J or Z/);
    expect(container.normalise('MSKU6011672 / TGHU7599330')).toEqual({ value: 'MSKU6011672 / TGHU7599330', asWritten: null, problem: expect.stringMatching(/several numbers in one field/) });
    expect(container.normalise('TBA').value).toBe('TBA');
  });
});

describe('vessel IMO numbers (ship scheme)', () => {
  it('agrees with the domain ship-scheme check on every shared IMO vector', () => {
    const imoVectors = vectors.filter((vector) => vector.kind === 'imo');
    expect(imoVectors.length).toBeGreaterThan(10);
    for (const vector of imoVectors) expect(imo.normalise(vector.input).problem === null, vector.input).toBe(isValidVesselImo(vector.input));
  });

  it('accepts the "IMO 9839430" form and restores leading zeros, keeping the text as written', () => {
    expect(imo.normalise('IMO 9839430')).toEqual({ value: '9839430', asWritten: 'IMO 9839430', problem: null });
    expect(imo.normalise('9839430')).toEqual({ value: '9839430', asWritten: null, problem: null });
    expect(imo.normalise('912681')).toEqual({ value: '0912681', asWritten: '912681', problem: null });
  });

  it('keeps a number with a bad check digit, with a warning (naming the company scheme when it passes that)', () => {
    expect(imo.normalise('9839431')).toEqual({ value: '9839431', asWritten: null, problem: 'IMO number "9839431": check digit 1 does not match the ship scheme (expected 0); number kept' });
    const companyOnly = vectors.find((vector) => vector.kind === 'imo' && vector.company_scheme_valid === true && vector.vessel_scheme_valid === false);
    if (companyOnly) expect(imo.normalise(companyOnly.input).problem).toMatch(/valid as a company or registered-owner number/);
  });

  it('keeps a placeholder or malformed number as written, with a warning', () => {
    expect(imo.normalise('0000000').problem).toMatch(/placeholder/);
    expect(imo.normalise('N/A')).toEqual({ value: 'N/A', asWritten: null, problem: expect.stringMatching(/^not an IMO number/) });
  });
});
