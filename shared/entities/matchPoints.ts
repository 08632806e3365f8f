/**
 * The points table of the pair scorer, as data, and the two sliding scales (names, addresses).
 * Points are log-odds: positive says "same trader", negative "different traders". Names must be
 * alike for a match (a different name at the same address is another company: front companies
 * share premises); a like name at other premises or on another phone line is another company too
 * (namesakes in another town), so different premises weigh more than a same name. Every pair
 * starts below the threshold, so a name alone, with nothing else compared, stays uncertain.
 */

export const matchPoints = {
  /** Where every pair starts: most pairs that share a block are different traders. */
  startingPoint: -3,
  name: { identical: 5, alikeFrom: 0.75, alikeMaximum: 5, unlikeMinimum: -8, unlikeSpan: 0.25 },
  address: { neutralSimilarity: 0.5, slope: 12, maximum: 5, minimum: -5, differentPremises: -9 },
  phone: { same: 4, different: -2.5 },
  email: { sameAddress: 5, sameCompanyDomain: 2, different: -1 },
  country: { different: -3 },
  identifier: { same: 12, different: -12 },
  legalForm: { compatible: 0.3, incompatible: -2 },
} as const;

/** Points for a name similarity: 0 at `alikeFrom`, the maximum at 1, falling fast below. */
export function namePoints(similarity: number): number {
  const { alikeFrom, alikeMaximum, unlikeMinimum, unlikeSpan } = matchPoints.name;
  if (similarity >= alikeFrom) return (alikeMaximum * (similarity - alikeFrom)) / (1 - alikeFrom);
  return Math.max(unlikeMinimum, (unlikeMinimum * (alikeFrom - similarity)) / unlikeSpan);
}

/** Points for an address comparison: different premises outright, else by word similarity. */
export function addressPoints(similarity: number, numbersDisagree: boolean): number {
  const { neutralSimilarity, slope, maximum, minimum, differentPremises } = matchPoints.address;
  if (numbersDisagree) return differentPremises;
  return Math.min(maximum, Math.max(minimum, slope * (similarity - neutralSimilarity)));
}
