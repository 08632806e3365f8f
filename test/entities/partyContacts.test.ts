import { describe, expect, it } from 'vitest';
import { compareAddresses, numbersDisagree } from '../../shared/entities/addressSimilarity';
import { compareEmailAddresses, normalizeEmailAddress } from '../../shared/entities/emailAddresses';
import { normalizePartyAddress } from '../../shared/entities/partyAddress';
import { normalizePhoneNumber, samePhoneNumber } from '../../shared/entities/phoneNumbers';
import { TokenWeights } from '../../shared/entities/tokenWeights';

describe('phone numbers', () => {
  const forms = ['+44 20 7946 0958', '0044-20-79460958', 'TEL: 442079460958', '020 7946 0958', '+44 (0)20 79460958'];

  it('reads every way a manifest writes one number as the same line', () => {
    const phones = forms.map((form) => normalizePhoneNumber(form));
    for (const phone of phones) for (const other of phones) expect(samePhoneNumber(phone!, other!)).toBe(true);
  });

  it('tells two lines apart and refuses text that is no number', () => {
    expect(samePhoneNumber(normalizePhoneNumber('+44 20 7946 0958')!, normalizePhoneNumber('+44 20 7946 0959')!)).toBe(false);
    expect(normalizePhoneNumber('TEL: N/A')).toBeUndefined();
    expect(normalizePhoneNumber('12 34')).toBeUndefined();
  });

  it('matches a number written without its area or country code on the last digits', () => {
    expect(samePhoneNumber(normalizePhoneNumber('+852 2345 6789')!, normalizePhoneNumber('2345 6789')!)).toBe(true);
  });
});

describe('addresses', () => {
  it('spells out abbreviations and takes out the country written at the end', () => {
    const full = normalizePartyAddress('UNIT 34, MILLBROOK BUSINESS PARK, 319 WHARF STREET, CROYDON CR9 5TB, SURREY UNITED KINGDOM');
    const short = normalizePartyAddress('UNIT 34, MILLBROOK BUS PK, 319 WHARF ST CROYDON CR9 5TB GB');
    expect(full.country).toBe('GB');
    expect(short.country).toBe('GB');
    expect(short.words).toEqual(['UNIT', '34', 'MILLBROOK', 'BUSINESS', 'PARK', '319', 'WHARF', 'STREET', 'CROYDON', 'CR9', '5TB']);
    expect(full.numbers).toEqual(['34', '319', 'CR9', '5TB']);
  });

  it('does not take a trailing house number for a numeric country code', () => {
    expect(normalizePartyAddress('12 HIGH STREET 4').country).toBeUndefined();
  });

  it('finds two renderings of one premises alike and two premises on one street apart', () => {
    const weights = TokenWeights.from([
      ['UNIT', '6', 'ABBEY', 'DISTRIBUTION', 'PARK', '60', 'QUEEN', 'AVENUE', 'MANCHESTER', 'M83', '1NW'],
      ['UNIT', '6', 'CENTRAL', 'BUSINESS', 'PARK', '258', 'BRIDGE', 'AVENUE', 'COVENTRY', 'CV7', '3HZ'],
      ['12', 'QUEEN', 'AVENUE', 'MANCHESTER', 'M1', '2AB'],
    ]);
    const a = normalizePartyAddress('UNIT 6, ABBEY DISTRIBUTION PARK, 60 QUEEN AVENUE, MANCHESTER M83 1NW, UNITED KINGDOM');
    const b = normalizePartyAddress('UNIT 6 ABBEY DISTRIBUTION PARK 60 QUEEN AVE MANCHESTER M83 1NW GB');
    const c = normalizePartyAddress('UNIT 6 CENTRAL BUSINESS PARK 258 BRIDGE AVENUE WEST MIDLANDS COVENTRY CV7 3HZ GB');
    const d = normalizePartyAddress('12 QUEEN AVENUE, MANCHESTER M1 2AB');
    expect(compareAddresses(a, b, weights).similarity).toBeCloseTo(1, 12);
    expect(numbersDisagree(a, b)).toBe(false);
    expect(numbersDisagree(a, c)).toBe(true);
    expect(numbersDisagree(a, d)).toBe(true);
    expect(compareAddresses(a, d, weights).similarity).toBeLessThan(0.6);
  });
});

describe('e-mail addresses', () => {
  it('agrees on the address, on a company domain, and not on a free-mail domain', () => {
    const a = normalizeEmailAddress(' Sales@Huaxin-Elec.com ')!;
    expect(a.address).toBe('sales@huaxin-elec.com');
    expect(compareEmailAddresses(a, normalizeEmailAddress('sales@huaxin-elec.com')!)).toBe('same address');
    expect(compareEmailAddresses(a, normalizeEmailAddress('export@huaxin-elec.com')!)).toBe('same company domain');
    expect(compareEmailAddresses(normalizeEmailAddress('a@gmail.com')!, normalizeEmailAddress('b@gmail.com')!)).toBe('different');
    expect(normalizeEmailAddress('no mail')).toBeUndefined();
  });
});
