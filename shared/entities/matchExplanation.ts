/**
 * Why two party occurrences are, or are not, taken for one trader: each feature compared (name,
 * address, phone, e-mail, country, identifiers, legal form), how it came out, the points it adds
 * or takes away, and a sentence an analyst can read; then the total and the verdict. Points are
 * log-odds: positive says "same trader", negative "different traders", and 0 is the threshold.
 */

export type MatchFeature = 'starting point' | 'name' | 'address' | 'phone' | 'e-mail' | 'country' | 'identifier' | 'legal form';

export type FeatureOutcome = 'agree' | 'similar' | 'disagree' | 'not compared';

export interface FeatureComparison {
  readonly feature: MatchFeature;
  readonly outcome: FeatureOutcome;
  /** Similarity in [0, 1] where the feature has one (name, address); 1 or 0 otherwise. */
  readonly similarity: number;
  /** Points added to (or, negative, taken from) the total. */
  readonly points: number;
  /** Plain words: "names agree once legal forms are set aside: HUAXIN ELECTRONICS". */
  readonly detail: string;
}

export type MatchVerdict = 'same trader' | 'uncertain' | 'different traders';

export interface MatchExplanation {
  readonly features: readonly FeatureComparison[];
  /** Sum of the points. */
  readonly total: number;
  /** logistic(total): the chance the two are one trader under the model. */
  readonly probability: number;
  readonly verdict: MatchVerdict;
  /** One sentence: the verdict and the features that decided it. */
  readonly summary: string;
}

/** Totals within this many points of the threshold are uncertain and go to the review queue. */
export const uncertainMargin = 3;

function verdictOf(total: number): MatchVerdict {
  if (total >= uncertainMargin) return 'same trader';
  if (total <= -uncertainMargin) return 'different traders';
  return 'uncertain';
}

function signed(points: number): string {
  return `${points >= 0 ? '+' : '−'}${Math.abs(points).toFixed(1)}`;
}

export function explainMatch(features: readonly FeatureComparison[]): MatchExplanation {
  const total = features.reduce((sum, feature) => sum + feature.points, 0);
  const verdict = verdictOf(total);
  const decisive = features
    .filter((feature) => feature.feature !== 'starting point' && feature.outcome !== 'not compared' && feature.points !== 0)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    .slice(0, 3)
    .map((feature) => `${feature.feature} ${feature.outcome} (${signed(feature.points)})`);
  const lead = verdict === 'same trader' ? 'Same trader' : verdict === 'different traders' ? 'Different traders' : 'Uncertain';
  return {
    features,
    total,
    probability: 1 / (1 + Math.exp(-total)),
    verdict,
    summary: `${lead}: ${signed(total)} points${decisive.length > 0 ? `, mostly ${decisive.join(', ')}` : ''}.`,
  };
}
