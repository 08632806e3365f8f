/**
 * The explanation of one pair of party records: every feature compared, its outcome, its points
 * (the same as the scorer's) and a sentence in plain words. Records that agree on every compared
 * feature (one comparison profile) get a short explanation built without comparing.
 */
import { compareAddresses, type AddressComparison } from './addressSimilarity';
import { compareEmailAddresses } from './emailAddresses';
import { explainMatch, type FeatureComparison, type MatchExplanation } from './matchExplanation';
import { addressPoints, matchPoints, namePoints } from './matchPoints';
import { compareNames, type NameComparison } from './nameSimilarity';
import type { PartyAddress } from './partyAddress';
import type { PartyName } from './partyName';
import type { PartyRecord } from './partyRecord';
import { compatibleFamilies } from './pairScoring';
import { samePhoneNumber } from './phoneNumbers';
import type { TokenWeights } from './tokenWeights';

const addressMissing: FeatureComparison = { feature: 'address', outcome: 'not compared', similarity: 0, points: 0, detail: 'an address is missing' };
const phoneMissing: FeatureComparison = { feature: 'phone', outcome: 'not compared', similarity: 0, points: 0, detail: 'a phone number is missing' };

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A name comparison in words: shared, misspelt and cut words, and words in only one name. */
export function describeNameComparison(comparison: NameComparison, left: string, right: string): string {
  const parts: string[] = [];
  const misspelt = comparison.pairs.filter((pair) => pair.agreement === 'misspelt').map((pair) => `${pair.left} ≈ ${pair.right}`);
  const cut = comparison.pairs.filter((pair) => pair.agreement === 'cut short').map((pair) => `${pair.left}/${pair.right}`);
  const same = comparison.pairs.filter((pair) => pair.agreement === 'same').map((pair) => pair.left);
  if (same.length > 0) parts.push(`shared words ${same.join(' ')}`);
  if (misspelt.length > 0) parts.push(`likely misspelt ${misspelt.join(', ')}`);
  if (cut.length > 0) parts.push(`a word cut short at the field width ${cut.join(', ')}`);
  if (comparison.cutOff.length > 0) parts.push(`not counted, cut off by the field width: ${comparison.cutOff.join(' ')}`);
  const unmatched = [...comparison.unmatchedLeft, ...comparison.unmatchedRight];
  if (unmatched.length > 0) parts.push(`words in only one name: ${unmatched.join(' ')}`);
  return `"${left}" and "${right}" are ${Math.round(comparison.similarity * 100)}% alike: ${parts.join('; ')}`;
}

function describeName(comparison: NameComparison, left: PartyName, right: PartyName, identical: boolean): string {
  if (identical) return `names agree once legal forms, abbreviations and punctuation are set aside: ${left.base}`;
  return describeNameComparison(comparison, left.base, right.base);
}

function describeAddress(comparison: AddressComparison, left: PartyAddress, right: PartyAddress): string {
  if (comparison.numbersDisagree) return `different premises: numbers ${left.numbers.join(' ')} against ${right.numbers.join(' ')}`;
  const numbers = comparison.sharedNumbers.length > 0 ? ` with the same numbers ${comparison.sharedNumbers.join(' ')}` : '';
  return `addresses ${Math.round(comparison.similarity * 100)}% alike${numbers} (shared words: ${comparison.sharedWords.join(' ') || 'none'})`;
}

function firstFamily(record: PartyRecord) {
  return record.name.legalForms.find((match) => !match.partial)?.form;
}

const startingPoint: FeatureComparison = {
  feature: 'starting point',
  outcome: 'not compared',
  similarity: 0,
  points: matchPoints.startingPoint,
  detail: `most pairs of parties compared are different traders: every comparison starts at ${matchPoints.startingPoint} points`,
};

export function explainPair(left: PartyRecord, right: PartyRecord, nameWeights: TokenWeights, addressWeights: TokenWeights): MatchExplanation {
  const features: FeatureComparison[] = [startingPoint];
  const sameName = left.name.base === right.name.base && left.name.mayBeTruncated === right.name.mayBeTruncated;
  const name = compareNames(left.name, right.name, nameWeights);
  features.push({
    feature: 'name',
    outcome: sameName ? 'agree' : name.similarity >= matchPoints.name.alikeFrom ? 'similar' : 'disagree',
    similarity: round(name.similarity),
    points: sameName ? matchPoints.name.identical : namePoints(name.similarity),
    detail: describeName(name, left.name, right.name, sameName),
  });
  if (left.address && right.address) {
    const address = compareAddresses(left.address, right.address, addressWeights);
    const points = addressPoints(address.similarity, address.numbersDisagree);
    features.push({
      feature: 'address',
      outcome: points >= matchPoints.address.maximum / 2 ? 'agree' : points > 0 ? 'similar' : 'disagree',
      similarity: round(address.similarity),
      points,
      detail: describeAddress(address, left.address, right.address),
    });
  } else {
    features.push(addressMissing);
  }
  if (left.phone && right.phone) {
    const same = samePhoneNumber(left.phone, right.phone);
    features.push({
      feature: 'phone',
      outcome: same ? 'agree' : 'disagree',
      similarity: same ? 1 : 0,
      points: same ? matchPoints.phone.same : matchPoints.phone.different,
      detail: `${same ? 'the same line' : 'different lines'}: ${left.phone.digits} / ${right.phone.digits}`,
    });
  } else {
    features.push(phoneMissing);
  }
  if (left.email && right.email) {
    const agreement = compareEmailAddresses(left.email, right.email);
    features.push({
      feature: 'e-mail',
      outcome: agreement === 'same address' ? 'agree' : agreement === 'same company domain' ? 'similar' : 'disagree',
      similarity: agreement === 'different' ? 0 : 1,
      points: agreement === 'same address' ? matchPoints.email.sameAddress : agreement === 'same company domain' ? matchPoints.email.sameCompanyDomain : matchPoints.email.different,
      detail: `${agreement}: ${left.email.address} / ${right.email.address}`,
    });
  }
  if (left.country && right.country) {
    const same = left.country === right.country;
    features.push({
      feature: 'country',
      outcome: same ? 'agree' : 'disagree',
      similarity: same ? 1 : 0,
      points: same ? 0 : matchPoints.country.different,
      detail: same ? `both in ${left.country}` : `${left.country} against ${right.country}`,
    });
  }
  for (const [scheme, value] of left.identifiers) {
    const other = right.identifiers.get(scheme);
    if (other === undefined) continue;
    const same = other === value;
    features.push({
      feature: 'identifier',
      outcome: same ? 'agree' : 'disagree',
      similarity: same ? 1 : 0,
      points: same ? matchPoints.identifier.same : matchPoints.identifier.different,
      detail: `${scheme} ${value}${same ? ' on both' : ` against ${other}`}`,
    });
  }
  const leftForm = firstFamily(left);
  const rightForm = firstFamily(right);
  if (leftForm && rightForm) {
    const compatible = compatibleFamilies(leftForm.family, rightForm.family);
    features.push({
      feature: 'legal form',
      outcome: compatible ? 'agree' : 'disagree',
      similarity: compatible ? 1 : 0,
      points: compatible ? matchPoints.legalForm.compatible : matchPoints.legalForm.incompatible,
      detail: `${leftForm.id} (${leftForm.family}) / ${rightForm.id} (${rightForm.family})`,
    });
  }
  return explainMatch(features);
}

/**
 * Two records that agree on every compared feature (the same normalised name, address words,
 * phone digits, e-mail, country, identifiers and legal-form family): the same points as
 * `explainPair` gives them, in words, without comparing again.
 */
export function explainTwins(record: PartyRecord): MatchExplanation {
  const features: FeatureComparison[] = [
    startingPoint,
    { feature: 'name', outcome: 'agree', similarity: 1, points: matchPoints.name.identical, detail: `names agree once legal forms, abbreviations and punctuation are set aside: ${record.name.base}` },
  ];
  if (record.address) {
    const points = addressPoints(1, false);
    features.push({ feature: 'address', outcome: 'agree', similarity: 1, points, detail: `the same address once abbreviations and punctuation are set aside: ${record.address.words.join(' ')}` });
  } else {
    features.push(addressMissing);
  }
  if (record.phone) features.push({ feature: 'phone', outcome: 'agree', similarity: 1, points: matchPoints.phone.same, detail: `the same line: ${record.phone.digits}` });
  else features.push(phoneMissing);
  if (record.email) features.push({ feature: 'e-mail', outcome: 'agree', similarity: 1, points: matchPoints.email.sameAddress, detail: `same address: ${record.email.address}` });
  if (record.country) features.push({ feature: 'country', outcome: 'agree', similarity: 1, points: 0, detail: `both in ${record.country}` });
  for (const [scheme, value] of record.identifiers) {
    features.push({ feature: 'identifier', outcome: 'agree', similarity: 1, points: matchPoints.identifier.same, detail: `${scheme} ${value} on both` });
  }
  const form = firstFamily(record);
  if (form) features.push({ feature: 'legal form', outcome: 'agree', similarity: 1, points: matchPoints.legalForm.compatible, detail: `${form.family} on both` });
  return explainMatch(features);
}
