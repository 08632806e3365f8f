import type { RiskProfile, RiskProfileLearning } from './riskModel';
import { riskRules } from './rules/riskRules';

/**
 * The default rule profile: every rule at its own weight and parameters. A target needs 3 points:
 * more than one weak signal (a missing HS code, a new trader), about one clear finding.
 */
export const defaultRiskProfile: RiskProfile = {
  name: 'Default',
  weights: Object.fromEntries(riskRules.map((rule) => [rule.id, rule.weight])),
  parameters: Object.fromEntries(riskRules.map((rule) => [rule.id, Object.fromEntries(rule.parameters.map((parameter) => [parameter.id, parameter.defaultValue]))])),
  thresholds: { target: 3 },
};

/**
 * A profile as given (e.g. a JSON file), checked: a name, known rules and parameters, finite
 * non-negative weights, a target threshold, and the learning record when there is one. Every
 * problem is named in the one error.
 */
export function checkRiskProfile(profile: RiskProfile): RiskProfile {
  const problems: string[] = [];
  const given = (typeof profile === 'object' && profile !== null ? profile : {}) as Partial<Record<keyof RiskProfile, unknown>>;
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (typeof given.name !== 'string' || given.name.trim() === '') problems.push('a profile needs a name');
  else if (given.name.length > 100) problems.push('the name is longer than 100 characters');
  if (given.weights !== undefined && !isRecord(given.weights)) problems.push('weights must be an object of rule id to number');
  if (given.parameters !== undefined && !isRecord(given.parameters)) problems.push('parameters must be an object of rule id to parameters');
  for (const [ruleId, weight] of Object.entries(isRecord(given.weights) ? given.weights : {})) {
    if (!riskRules.some((rule) => rule.id === ruleId)) problems.push(`unknown rule ${ruleId}`);
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) problems.push(`weight of ${ruleId} must be a number ≥ 0`);
  }
  for (const [ruleId, values] of Object.entries(isRecord(given.parameters) ? given.parameters : {})) {
    const rule = riskRules.find((candidate) => candidate.id === ruleId);
    if (!rule) {
      problems.push(`unknown rule ${ruleId}`);
      continue;
    }
    if (!isRecord(values)) {
      problems.push(`parameters of ${ruleId} must be an object of parameter id to number`);
      continue;
    }
    for (const [id, value] of Object.entries(values)) {
      if (!rule.parameters.some((parameter) => parameter.id === id)) problems.push(`unknown parameter ${ruleId}.${id}`);
      if (typeof value !== 'number' || !Number.isFinite(value)) problems.push(`parameter ${ruleId}.${id} must be a number`);
    }
  }
  const thresholds = isRecord(given.thresholds) ? given.thresholds : {};
  if (typeof thresholds.target !== 'number' || !Number.isFinite(thresholds.target) || thresholds.target < 0) problems.push('thresholds.target must be a number ≥ 0');
  if (given.description !== undefined && typeof given.description !== 'string') problems.push('description must be text');
  const learning = given.learning;
  if (learning !== undefined) {
    if (!isRecord(learning)) problems.push('learning must be an object');
    else {
      if (typeof learning.learnedAt !== 'string') problems.push('learning.learnedAt must be text');
      if (typeof learning.evaluation !== 'string') problems.push('learning.evaluation must be text');
      if (!Array.isArray(learning.trainingBills) || !learning.trainingBills.every((bill) => typeof bill === 'string')) problems.push('learning.trainingBills must be a list of B/L numbers');
      if (!isRecord(learning.baseWeights) || !Object.values(learning.baseWeights).every((weight) => typeof weight === 'number' && Number.isFinite(weight) && weight >= 0)) problems.push('learning.baseWeights must be an object of rule id to number ≥ 0');
    }
  }
  if (problems.length > 0) throw new RangeError(`risk profile '${typeof given.name === 'string' ? given.name : ''}': ${problems.join('; ')}`);
  return {
    name: (given.name as string).trim(),
    weights: (given.weights ?? {}) as RiskProfile['weights'],
    parameters: (given.parameters ?? {}) as RiskProfile['parameters'],
    thresholds: { target: thresholds.target as number },
    ...(typeof given.description === 'string' && given.description !== '' ? { description: given.description } : {}),
    ...(learning !== undefined ? { learning: learning as unknown as RiskProfileLearning } : {}),
  };
}
