import type { RiskProfile } from './riskModel';
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

/** A profile as given (e.g. a JSON file), checked: known rules and parameters, finite non-negative numbers. */
export function checkRiskProfile(profile: RiskProfile): RiskProfile {
  const problems: string[] = [];
  for (const [ruleId, weight] of Object.entries(profile.weights ?? {})) {
    if (!riskRules.some((rule) => rule.id === ruleId)) problems.push(`unknown rule ${ruleId}`);
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) problems.push(`weight of ${ruleId} must be a number ≥ 0`);
  }
  for (const [ruleId, values] of Object.entries(profile.parameters ?? {})) {
    const rule = riskRules.find((candidate) => candidate.id === ruleId);
    if (!rule) {
      problems.push(`unknown rule ${ruleId}`);
      continue;
    }
    for (const [id, value] of Object.entries(values)) {
      if (!rule.parameters.some((parameter) => parameter.id === id)) problems.push(`unknown parameter ${ruleId}.${id}`);
      if (typeof value !== 'number' || !Number.isFinite(value)) problems.push(`parameter ${ruleId}.${id} must be a number`);
    }
  }
  if (typeof profile.thresholds?.target !== 'number' || !Number.isFinite(profile.thresholds.target)) problems.push('thresholds.target must be a number');
  if (problems.length > 0) throw new RangeError(`risk profile '${String(profile.name)}': ${problems.join('; ')}`);
  return { name: profile.name, weights: profile.weights ?? {}, parameters: profile.parameters ?? {}, thresholds: profile.thresholds };
}
