import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compactContainerNumber,
  containerCheckDigit,
  formatContainerNumber,
  isValidContainerNumber,
  makeContainerNumber,
  parseContainerNumber,
} from '../../shared/domain/containerNumber';
import {
  companyImoCheckDigit,
  formatImoNumber,
  isValidCompanyImo,
  isValidImoNumber,
  isValidVesselImo,
  makeCompanyImo,
  makeVesselImo,
  parseImoNumber,
  vesselImoCheckDigit,
} from '../../shared/domain/imoNumber';

interface Vector {
  kind: 'iso6346' | 'imo' | 'imo_scheme_note';
  input: string;
  expected_valid: boolean | null;
  note: string;
  agrees: boolean | null;
  vessel_scheme_valid?: boolean;
  company_scheme_valid?: boolean;
}

const vectors = JSON.parse(
  readFileSync(new URL('../../../shared/vectors/container_imo_test_vectors.json', import.meta.url), 'utf8'),
) as Vector[];

/**
 * Where the source validators disagree (agrees: false), the product's policy decides:
 * the check digit is required, and spaces inside a container number are ignored.
 */
const containerPolicy: Record<string, boolean> = {
  QJRZ123456: false,
  'MS KU 601 1672': true,
};

describe('ISO 6346 container numbers against the shared test vectors', () => {
  const containerVectors = vectors.filter((vector) => vector.kind === 'iso6346');

  it('covers every container vector, valid and invalid', () => {
    expect(containerVectors.length).toBe(48);
    expect(containerVectors.some((vector) => vector.expected_valid === false)).toBe(true);
  });

  for (const vector of containerVectors) {
    const expected = containerPolicy[vector.input] ?? vector.expected_valid;
    it(`${JSON.stringify(vector.input)} is ${expected ? 'valid' : 'invalid'}${vector.note ? ` (${vector.note})` : ''}`, () => {
      expect(isValidContainerNumber(vector.input)).toBe(expected);
    });
  }

  it('overrides the source only where the sources disagree', () => {
    for (const input of Object.keys(containerPolicy)) {
      expect(containerVectors.find((vector) => vector.input === input)?.agrees).toBe(false);
    }
  });
});

describe('container number functions', () => {
  it('computes check digit 0 when the weighted sum leaves remainder 10', () => {
    expect(containerCheckDigit('APZU378987')).toBe(0);
    expect(containerCheckDigit('CSQU305438')).toBe(3);
  });

  it('parses the parts and formats with spaces', () => {
    expect(parseContainerNumber('tasu117 000 0')).toEqual({
      ownerCode: 'TAS', equipmentCategory: 'U', serialNumber: '117000', checkDigit: 0, compact: 'TASU1170000',
    });
    expect(formatContainerNumber('MSKU6011672')).toBe('MSKU 601167 2');
    expect(formatContainerNumber('MSKU6011673')).toBeUndefined();
    expect(compactContainerNumber('msku-601167 2')).toBe('MSKU6011672');
  });

  it('rejects equipment categories other than U, J and Z', () => {
    const prefix = 'TBJA717644';
    expect(() => containerCheckDigit(prefix)).toThrow(RangeError);
    expect(isValidContainerNumber(`${prefix}5`)).toBe(false);
  });

  it('makes valid numbers for any owner, category and serial, and every other check digit fails', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z]{3}$/),
        fc.constantFrom('U' as const, 'J' as const, 'Z' as const),
        fc.integer({ min: 0, max: 999_999 }),
        (owner, category, serial) => {
          const number = makeContainerNumber(owner, category, serial);
          expect(number).toHaveLength(11);
          expect(isValidContainerNumber(number)).toBe(true);
          const check = Number(number[10]);
          for (let digit = 0; digit <= 9; digit += 1) {
            if (digit !== check) expect(isValidContainerNumber(`${number.slice(0, 10)}${digit}`)).toBe(false);
          }
        },
      ),
    );
  });
});

describe('IMO numbers against the shared test vectors', () => {
  const imoVectors = vectors.filter((vector) => vector.kind === 'imo');

  it('covers every IMO vector, valid and invalid, ship and company', () => {
    expect(imoVectors.length).toBe(22);
    expect(imoVectors.some((vector) => vector.company_scheme_valid)).toBe(true);
    expect(imoVectors.some((vector) => vector.expected_valid === false)).toBe(true);
  });

  for (const vector of imoVectors) {
    it(`${JSON.stringify(vector.input)}: valid=${vector.expected_valid}, ship=${vector.vessel_scheme_valid}, company=${vector.company_scheme_valid}`, () => {
      expect(isValidImoNumber(vector.input)).toBe(vector.expected_valid);
      expect(isValidVesselImo(vector.input)).toBe(vector.vessel_scheme_valid);
      expect(isValidCompanyImo(vector.input)).toBe(vector.company_scheme_valid);
    });
  }
});

describe('IMO number functions', () => {
  it('applies the two weightings', () => {
    expect(vesselImoCheckDigit('912681')).toBe(9);
    expect(companyImoCheckDigit('645929')).toBe(7);
    expect(vesselImoCheckDigit('645929')).not.toBe(7);
  });

  it('restores dropped leading zeros and formats with the prefix', () => {
    expect(parseImoNumber('912681')).toEqual({ digits: '0912681', schemes: ['vessel'] });
    expect(formatImoNumber('imo: 9126819')).toBe('IMO 9126819');
    expect(formatImoNumber('9126818')).toBeUndefined();
  });

  it('makes valid ship and company numbers from any six digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (body) => {
        expect(isValidVesselImo(makeVesselImo(body))).toBe(true);
        expect(isValidCompanyImo(makeCompanyImo(body))).toBe(true);
      }),
    );
  });
});
