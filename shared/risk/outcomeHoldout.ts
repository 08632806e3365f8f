import { riskColumns } from './riskColumns';
import type { RiskDataset, RiskProfile } from './riskModel';
import type { RiskScoring, ScoredTarget } from './riskScoring';

/**
 * Outcomes never score the shipments they came from: under a profile whose weights were learned
 * from examination outcomes, the bills whose outcomes trained it are scored with the weights before
 * the learning (`learning.baseWeights`); every other shipment, and every trader, with the learned
 * weights. `score` runs the scoring under a profile (scoreRiskData over the same data).
 */
export function holdOutTrainingBills(data: RiskDataset, profile: RiskProfile, scoring: RiskScoring, score: (profile: RiskProfile) => RiskScoring): { scoring: RiskScoring; heldOutBills: number } {
  const learning = profile.learning;
  if (!learning || learning.trainingBills.length === 0) return { scoring, heldOutBills: 0 };
  const training = new Set(learning.trainingBills);
  // By the columns: the bills as objects are not made for this.
  const present = riskColumns(data).billNumber.filter((number) => training.has(number)).length;
  if (present === 0) return { scoring, heldOutBills: 0 };
  const { learning: _learning, ...rest } = profile;
  const base = score({ ...rest, weights: learning.baseWeights });
  const shipments: ScoredTarget[] = [...scoring.shipments.filter((target) => !training.has(target.ref)), ...base.shipments.filter((target) => training.has(target.ref))];
  shipments.sort((a, b) => b.score - a.score || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  return { scoring: { ...scoring, shipments }, heldOutBills: present };
}
