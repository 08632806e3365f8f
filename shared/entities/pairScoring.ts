/**
 * Scoring candidate pairs of party records with the points table (matchPoints): the fast path
 * run on every pair. Each record's features are compiled once (interned name and address ids,
 * phone tail as a number, legal-form family); records with one normalised name compare as
 * identical without comparing words. The explanation of a pair (pairExplanation) uses the
 * same comparisons and the same points.
 */
import { compileAddress, compiledAddressSimilarity, numbersDisagree, type CompiledAddress } from './addressSimilarity';
import { compareEmailAddresses } from './emailAddresses';
import type { LegalFormFamily } from './legalForms';
import { addressPoints, matchPoints, namePoints } from './matchPoints';
import { nameSimilarity } from './nameSimilarity';
import type { PartyRecord } from './partyRecord';
import { phoneComparisonDigits, phoneMinimumDigits } from './phoneNumbers';
import type { TokenWeights } from './tokenWeights';

export const compatibleFamilies = (a: LegalFormFamily, b: LegalFormFamily): boolean => a === b || a === 'company' || b === 'company';

/** The legal form that closes or opens a name, if complete. */
export function legalFormFamily(record: PartyRecord): LegalFormFamily | undefined {
  for (const match of record.name.legalForms) if (!match.partial) return match.form.family;
  return undefined;
}

const powersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

/** The features of the records being scored, compiled once. */
interface CompiledRecords {
  readonly nameIds: Int32Array;
  readonly addressIds: Int32Array;
  /** Last nine phone digits as a number, NaN without a phone. */
  readonly phoneTails: Float64Array;
  readonly phoneLengths: Uint8Array;
}

export class PairScorer {
  private readonly nameIds = new Map<string, number>();
  private readonly addressIds = new Map<string, number>();
  private readonly compiledAddresses: CompiledAddress[] = [];
  private readonly addressWordIds = new Map<string, number>();

  constructor(
    readonly nameWeights: TokenWeights,
    readonly addressWeights: TokenWeights,
  ) {}

  private compile(records: readonly PartyRecord[]): CompiledRecords {
    const count = records.length;
    const nameIds = new Int32Array(count);
    const addressIds = new Int32Array(count).fill(-1);
    const phoneTails = new Float64Array(count).fill(Number.NaN);
    const phoneLengths = new Uint8Array(count);
    records.forEach((record, index) => {
      const nameKey = `${record.name.mayBeTruncated ? '1' : '0'}${record.name.base}`;
      let nameId = this.nameIds.get(nameKey);
      if (nameId === undefined) {
        nameId = this.nameIds.size;
        this.nameIds.set(nameKey, nameId);
      }
      nameIds[index] = nameId;
      if (record.address) {
        const addressKey = record.address.key;
        let addressId = this.addressIds.get(addressKey);
        if (addressId === undefined) {
          addressId = this.addressIds.size;
          this.addressIds.set(addressKey, addressId);
          this.compiledAddresses.push(compileAddress(record.address, this.addressWeights, this.addressWordIds));
        }
        addressIds[index] = addressId;
      }
      if (record.phone) {
        const digits = record.phone.digits;
        phoneTails[index] = Number(digits.slice(-phoneComparisonDigits));
        phoneLengths[index] = Math.min(phoneComparisonDigits, digits.length);
      }
    });
    return { nameIds, addressIds, phoneTails, phoneLengths };
  }

  /** Points of every pair (left and right record indexes, two per pair). */
  scorePairs(records: readonly PartyRecord[], pairs: Uint32Array): Float64Array {
    const compiled = this.compile(records);
    const families = records.map(legalFormFamily);
    const points = new Float64Array(pairs.length / 2);
    for (let index = 0; index < points.length; index += 1) {
      const left = pairs[2 * index] as number;
      const right = pairs[2 * index + 1] as number;
      points[index] = this.pairPoints(records, compiled, families, left, right);
    }
    return points;
  }

  /** The points of one pair: the same computation as `scorePairs`. */
  total(left: PartyRecord, right: PartyRecord): number {
    return this.scorePairs([left, right], Uint32Array.of(0, 1))[0] as number;
  }

  private pairPoints(records: readonly PartyRecord[], compiled: CompiledRecords, families: readonly (LegalFormFamily | undefined)[], left: number, right: number): number {
    const a = records[left] as PartyRecord;
    const b = records[right] as PartyRecord;
    const leftName = compiled.nameIds[left] as number;
    const rightName = compiled.nameIds[right] as number;
    const name = leftName === rightName ? matchPoints.name.identical : namePoints(nameSimilarity(a.name, b.name, this.nameWeights));
    let total = matchPoints.startingPoint + name;
    const leftAddress = compiled.addressIds[left] as number;
    const rightAddress = compiled.addressIds[right] as number;
    if (leftAddress >= 0 && rightAddress >= 0) {
      const similarity = compiledAddressSimilarity(this.compiledAddresses[leftAddress] as CompiledAddress, this.compiledAddresses[rightAddress] as CompiledAddress);
      total += addressPoints(similarity, numbersDisagree(a.address as NonNullable<PartyRecord['address']>, b.address as NonNullable<PartyRecord['address']>));
    }
    const leftPhone = compiled.phoneTails[left] as number;
    const rightPhone = compiled.phoneTails[right] as number;
    if (!Number.isNaN(leftPhone) && !Number.isNaN(rightPhone)) {
      const length = Math.min(compiled.phoneLengths[left] as number, compiled.phoneLengths[right] as number);
      const modulus = powersOfTen[length] as number;
      total += length >= phoneMinimumDigits && leftPhone % modulus === rightPhone % modulus ? matchPoints.phone.same : matchPoints.phone.different;
    }
    if (a.email && b.email) {
      const agreement = compareEmailAddresses(a.email, b.email);
      total += agreement === 'same address' ? matchPoints.email.sameAddress : agreement === 'same company domain' ? matchPoints.email.sameCompanyDomain : matchPoints.email.different;
    }
    if (a.country && b.country && a.country !== b.country) total += matchPoints.country.different;
    if (a.identifiers.size > 0 && b.identifiers.size > 0) {
      for (const [scheme, value] of a.identifiers) {
        const other = b.identifiers.get(scheme);
        if (other !== undefined) total += other === value ? matchPoints.identifier.same : matchPoints.identifier.different;
      }
    }
    const leftFamily = families[left];
    const rightFamily = families[right];
    if (leftFamily && rightFamily) total += compatibleFamilies(leftFamily, rightFamily) ? matchPoints.legalForm.compatible : matchPoints.legalForm.incompatible;
    return total;
  }
}
