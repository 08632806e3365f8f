/**
 * Premises and telephone numbers of the world's companies, and the ways manifests write them:
 * one address text field, abbreviations (RD/ROAD), with or without the country; phone numbers in
 * international, national and run-together forms.
 */
import type { CountryProfile, TradingCity } from './countryProfiles';
import type { Rng } from './random';

export interface Premises {
  /** Street part: "UNIT 4, RIVERSIDE INDUSTRIAL ESTATE, MILL ROAD". */
  readonly street: string;
  readonly city: string;
  readonly region: string;
  readonly postcode: string;
  readonly country: string;
  /** As written at the end of an address: "UNITED KINGDOM". */
  readonly countryName: string;
}

export interface PhoneNumber {
  readonly countryCode: string;
  readonly areaCode: string;
  readonly subscriber: string;
}

/** Letters of the inward part of UK postcodes (never C, I, K, M, O, V). */
const postcodeLetters = 'ABDEFGHJLNPQRSTUWXYZ';

/** `#` a digit (never a leading zero right after letters), `@` a letter. */
function fillPattern(pattern: string, rng: Rng): string {
  let text = '';
  for (const character of pattern) {
    if (character === '#') text += String(/[A-Z]$/.test(text) ? rng.int(1, 9) : rng.int(0, 9));
    else if (character === '@') text += postcodeLetters[rng.int(0, postcodeLetters.length - 1)];
    else text += character;
  }
  return text;
}

const britishEstates = ['INDUSTRIAL ESTATE', 'TRADING ESTATE', 'BUSINESS PARK', 'DISTRIBUTION PARK', 'ENTERPRISE PARK'];
const britishStreetKinds = ['ROAD', 'STREET', 'LANE', 'WAY', 'AVENUE', 'DRIVE'];

export function makePremises(profile: CountryProfile, city: TradingCity, rng: Rng): Premises {
  const streetName = rng.pick(profile.streets);
  let street: string;
  switch (profile.addressStyle) {
    case 'asian': {
      const building = rng.chance(0.5) ? `ROOM ${rng.int(1, 30)}${String(rng.int(1, 20)).padStart(2, '0')}, BLDG ${rng.int(1, 12)}, ` : '';
      const district = rng.chance(0.4) ? `, ${rng.pick(['INDUSTRIAL ZONE', 'HI-TECH PARK', 'DEVELOPMENT ZONE', 'SCIENCE PARK'])}` : '';
      street = `${building}NO. ${rng.int(1, 999)} ${streetName} ROAD${district}`;
      break;
    }
    case 'british': {
      const unit = rng.chance(0.55) ? `UNIT ${rng.int(1, 40)}${rng.chance(0.15) ? rng.pick(['A', 'B', 'C']) : ''}, ${rng.pick(britishPlacesForEstates)} ${rng.pick(britishEstates)}, ` : '';
      street = `${unit}${rng.int(1, 320)} ${streetName} ${rng.pick(britishStreetKinds)}`;
      break;
    }
    case 'gulf':
      street = `${rng.chance(0.5) ? `WAREHOUSE NO. ${rng.int(1, 90)}, ` : `OFFICE ${rng.int(101, 1905)}, `}${streetName} ${rng.pick(['ROAD', 'STREET'])}`;
      break;
    case 'latin':
      street = `${streetName} ${rng.chance(0.5) ? `NO. ${rng.int(1, 4000)}` : `${rng.int(10, 99)}-${rng.int(10, 99)}`}`;
      break;
    case 'numbered':
      street = `${rng.chance(0.3) ? `PLOT NO. ${rng.int(1, 300)}, ` : ''}${rng.int(1, 999)} ${streetName} ${rng.pick(['ROAD', 'STREET', 'AVENUE'])}`;
      break;
  }
  return {
    street,
    city: city.city,
    region: city.region,
    postcode: fillPattern(city.postcode, rng),
    country: profile.alpha2,
    countryName: profile.addressCountry,
  };
}

const britishPlacesForEstates = ['RIVERSIDE', 'MILLBROOK', 'PARKSIDE', 'CANAL', 'STATION', 'MEADOW', 'ABBEY', 'GATEWAY', 'WATERSIDE', 'HIGHFIELD', 'ORBITAL', 'CENTRAL'];

const abbreviations: readonly (readonly [RegExp, string])[] = [
  [/\bROAD\b/g, 'RD'], [/\bSTREET\b/g, 'ST'], [/\bAVENUE\b/g, 'AVE'], [/\bINDUSTRIAL ESTATE\b/g, 'IND EST'],
  [/\bBUILDING\b/g, 'BLDG'], [/\bNO\. /g, 'NO.'], [/\bTRADING ESTATE\b/g, 'TRAD EST'], [/\bBUSINESS PARK\b/g, 'BUS PK'],
];

/** The ways one set of premises is written: index 0 is the full form. */
export function renderPremises(premises: Premises, variant: number): string {
  const region = premises.region ? `${premises.region} ` : '';
  const cityLine = premises.postcode.startsWith('P.O. BOX')
    ? `${premises.postcode}, ${premises.city}`
    : `${premises.city}${premises.postcode ? ` ${premises.postcode}` : ''}`;
  switch (variant % 4) {
    case 0:
      return `${premises.street}, ${cityLine}, ${region}${premises.countryName}`.replace(', ,', ',');
    case 1: {
      let street = premises.street;
      for (const [pattern, replacement] of abbreviations) street = street.replace(pattern, replacement);
      return `${street} ${cityLine} ${premises.countryName}`;
    }
    case 2:
      return `${premises.street}, ${cityLine}`;
    default:
      return `${premises.street.replace(/,/g, '')} ${region}${cityLine} ${premises.country}`;
  }
}

export function makePhoneNumber(profile: CountryProfile, city: TradingCity, rng: Rng): PhoneNumber {
  const digits = profile.nationalDigits === undefined ? profile.subscriberDigits : profile.nationalDigits - city.areaCode.length;
  return { countryCode: profile.phoneCountryCode, areaCode: city.areaCode, subscriber: `${rng.int(2, 9)}${rng.digits(digits - 1)}` };
}

/** The ways one number is written: index 0 is the international form. */
export function renderPhoneNumber(phone: PhoneNumber, variant: number): string {
  const { countryCode, areaCode, subscriber } = phone;
  const half = Math.ceil(subscriber.length / 2);
  const spaced = `${subscriber.slice(0, half)} ${subscriber.slice(half)}`;
  const area = areaCode ? `${areaCode} ` : '';
  const trunk = countryCode === '1' || areaCode === '' ? '' : '0';
  switch (variant % 5) {
    case 0:
      return `+${countryCode} ${area}${spaced}`;
    case 1:
      return `00${countryCode}-${areaCode}${areaCode ? '-' : ''}${subscriber}`;
    case 2:
      return `TEL: ${countryCode}${areaCode}${subscriber}`;
    case 3:
      return `${trunk}${area}${spaced}`;
    default:
      return `+${countryCode}${areaCode ? ` (0)${areaCode}` : ''} ${subscriber}`;
  }
}

/** Digits only with the country code: how the engine should compare numbers. */
export function phoneDigits(phone: PhoneNumber): string {
  return `${phone.countryCode}${phone.areaCode}${phone.subscriber}`;
}
