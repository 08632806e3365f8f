import type { OutcomeRuleStats } from '../engine/riskApi';

/**
 * The rules' hit rates on the examination outcomes as lines of plain text (the CLI prints them):
 * the seizure rate of all examined bills, then per rule its hit rate (seizures among the examined
 * bills it found something on) and lift (that hit rate over the seizure rate).
 */
export function outcomeRateLines(stats: OutcomeRuleStats): string[] {
  const percent = (value: number | null): string => (value === null ? 'n/a' : `${(value * 100).toFixed(1)} %`);
  const lines = [
    `outcomes: ${stats.examinedBills} examined bills of the workspace, ${stats.seizures} seizures (seizure rate ${percent(stats.seizureRate)}); ` +
      `${stats.targetsExamined} of them at or above the target threshold, ${stats.targetSeizures} seizures among those`,
  ];
  for (const rule of stats.rules) {
    lines.push(
      rule.examinedFound === 0
        ? `  ${rule.ruleId}: found no examined bill`
        : `  ${rule.ruleId}: hit rate ${percent(rule.hitRate)} (${rule.seizuresFound} seizures of ${rule.examinedFound} examined bills found), lift ${rule.lift === null ? 'n/a' : rule.lift.toFixed(2)}`,
    );
  }
  return lines;
}
