/**
 * The companies of the world (shippers, importers, forwarders, and the planted schemes' parties):
 * registered name, premises, phone, and the pool of raw name spellings manifests use for them.
 * The register remembers which spellings were actually written, for the truth file.
 */
import { makePhoneNumber, makePremises, renderPremises, type PhoneNumber, type Premises } from './addresses';
import { makeCompanyStem } from './companyNames';
import { countryProfile, type CountryProfile, type TradingCity } from './countryProfiles';
import { canonicalCompanyName, type CompanyName, type LegalFormId } from './legalForms';
import { makeNameVariantPool } from './nameVariants';
import type { Rng } from './random';

export type CompanyRole = 'shipper' | 'importer' | 'forwarder' | 'front' | 'offender' | 'facilitator' | 'bank';

export interface Company {
  readonly id: string;
  readonly role: CompanyRole;
  readonly name: CompanyName;
  readonly canonicalName: string;
  readonly country: string;
  readonly city: TradingCity;
  readonly premises: Premises;
  readonly phone: PhoneNumber;
  /** Raw spellings; [0] is the registered name. */
  readonly nameVariants: readonly string[];
  /** Bit i set when nameVariants[i] has been written to the manifests. */
  usedVariants: number;
}

export interface NewCompany {
  readonly role: CompanyRole;
  readonly country: string;
  readonly tradeWords: readonly string[];
  /** Defaults to a city of the country drawn at random. */
  readonly city?: TradingCity;
  /** Share premises or phone with another company (front companies). */
  readonly premises?: Premises;
  readonly phone?: PhoneNumber;
  /** A fixed stem instead of one drawn from the country's naming style. */
  readonly stem?: string;
  readonly legalForm?: LegalFormId;
  /** How many raw spellings manifests use for it. */
  readonly variantCount?: number;
}

export class CompanyRegister {
  readonly companies: Company[] = [];
  /** Distinct companies with confusingly similar names: [original id, namesake id]. */
  readonly confusablePairs: (readonly [string, string])[] = [];
  private readonly canonicalNames = new Set<string>();

  constructor(private readonly rng: Rng) {}

  register(spec: NewCompany): Company {
    const profile: CountryProfile = countryProfile(spec.country);
    const city = spec.city ?? this.rng.pick(profile.cities);
    let name: CompanyName | undefined;
    for (let attempt = 0; attempt < 50 && name === undefined; attempt += 1) {
      const stem = attempt === 0 && spec.stem ? spec.stem : spec.stem ? `${spec.stem} ${this.rng.pick(['GROUP', 'UK', 'INTERNATIONAL', 'NO. 2', 'TWO'])}` : makeCompanyStem(profile.nameStyle, this.rng, spec.tradeWords, city.city);
      const candidate: CompanyName = { stem, legalForm: spec.legalForm ?? this.rng.weighted(profile.legalForms) };
      if (!this.canonicalNames.has(canonicalCompanyName(candidate))) name = candidate;
    }
    if (name === undefined) {
      name = { stem: `${makeCompanyStem(profile.nameStyle, this.rng, spec.tradeWords, city.city)} ${this.companies.length}`, legalForm: spec.legalForm ?? 'NONE' };
    }
    const canonicalName = canonicalCompanyName(name);
    this.canonicalNames.add(canonicalName);
    const premises = spec.premises ?? makePremises(profile, city, this.rng);
    const variantCount = spec.variantCount ?? (spec.role === 'forwarder' ? this.rng.int(5, 9) : spec.role === 'shipper' ? this.rng.int(1, 3) : this.rng.int(2, 5));
    const company: Company = {
      id: `C${String(this.companies.length + 1).padStart(6, '0')}`,
      role: spec.role,
      name,
      canonicalName,
      country: spec.country,
      city,
      premises,
      phone: spec.phone ?? makePhoneNumber(profile, city, this.rng),
      nameVariants: makeNameVariantPool(name, canonicalName, this.rng, variantCount, {
        addressText: renderPremises(premises, 2),
        truncation: 0.5,
      }),
      usedVariants: 0,
    };
    this.companies.push(company);
    return company;
  }

  /**
   * A different company, elsewhere, whose name differs from `original` by a word, a plural or a
   * qualifier: "NORTHGATE HOME LTD" and "NORTHGATE HOMES LTD" in another town.
   */
  registerNamesake(original: Company, tradeWords: readonly string[]): Company | undefined {
    const words = original.name.stem.split(' ');
    const last = words[words.length - 1] as string;
    const candidates = [
      [...words.slice(0, -1), last.endsWith('S') ? last.slice(0, -1) : `${last}S`].join(' '),
      `${original.name.stem} (UK)`,
      `${original.name.stem} INTERNATIONAL`,
      original.name.stem.includes('&') ? original.name.stem.replace(' & ', ' AND ') : `${original.name.stem} & CO`,
      words.length > 2 ? words.slice(0, -1).join(' ') : `${original.name.stem} GROUP`,
    ];
    for (const stem of this.rng.shuffle(candidates)) {
      if (stem === original.name.stem || this.isTaken(canonicalCompanyName({ stem, legalForm: original.name.legalForm }))) continue;
      const profile = countryProfile(original.country);
      const city = profile.cities.length > 1 ? this.rng.pick(profile.cities.filter((entry) => entry !== original.city)) : original.city;
      const namesake = this.register({ role: original.role, country: original.country, tradeWords, stem, legalForm: original.name.legalForm, city });
      this.confusablePairs.push([original.id, namesake.id]);
      return namesake;
    }
    return undefined;
  }

  /** Whether a registered name is taken (for confusable-name companies). */
  isTaken(canonicalName: string): boolean {
    return this.canonicalNames.has(canonicalName);
  }
}

/** The raw spelling at `index`, remembered as written. */
export function writeCompanyName(company: Company, index: number): string {
  const bounded = Math.min(index, company.nameVariants.length - 1);
  company.usedVariants |= 1 << bounded;
  return company.nameVariants[bounded] as string;
}

/** Raw spellings written so far. */
export function writtenCompanyNames(company: Company): string[] {
  return company.nameVariants.filter((_, index) => (company.usedVariants & (1 << index)) !== 0);
}
