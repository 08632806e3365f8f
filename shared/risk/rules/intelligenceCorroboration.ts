import type { RiskFinding, RiskReportMention, RiskRule } from '../riskModel';

const reliabilities = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
const credibilities = [1, 2, 3, 4, 5, 6] as const;

/** Default weight of each grade (Admiralty system). E (unreliable) and 5 (improbable) weigh least; F and 6 ("cannot be judged") little more. */
const reliabilityDefaults: Readonly<Record<(typeof reliabilities)[number], number>> = { A: 1, B: 0.8, C: 0.45, D: 0.2, E: 0.05, F: 0.15 };
const credibilityDefaults: Readonly<Record<(typeof credibilities)[number], number>> = { 1: 1, 2: 0.8, 3: 0.45, 4: 0.2, 5: 0.05, 6: 0.15 };
const reliabilityWords: Readonly<Record<string, string>> = {
  A: 'completely reliable', B: 'usually reliable', C: 'fairly reliable', D: 'not usually reliable', E: 'unreliable', F: 'reliability cannot be judged',
};
const credibilityWords: Readonly<Record<number, string>> = {
  1: 'confirmed', 2: 'probably true', 3: 'possibly true', 4: 'doubtful', 5: 'improbable', 6: 'truth cannot be judged',
};

/** Reports listed by name in a reason; the facts keep them all. */
const reportsNamed = 4;

/**
 * Intelligence corroboration, on traders (their findings also score their bills): a trader named
 * in intelligence reports by mentions not rejected (accepted, re-linked to it, or found and not yet
 * reviewed). Each report counts once, by its strongest mention of the trader:
 * reliability weight × credibility weight of the report's grading (an ungraded half counts as F or
 * 6, "cannot be judged") × how sure the link is (1 when the analyst accepted or re-linked it, else
 * the extractor's confidence). Reports of one reference count once (a report filed twice is not
 * two sources). The strength is the sum over the trader's reports, so independent reports add up:
 * with the default weights one A1 report gives 6 points and one B2 3.8 (a clear signal alone),
 * one C3 1.2, three C3 3.6, and an E5 report 0.015: low-graded tips about a lawful trader never
 * reach the 3-point threshold alone.
 */
export const intelligenceCorroborationRule: RiskRule = {
  id: 'intelligence-corroboration',
  title: 'Named in graded intelligence',
  description: 'A trader named in intelligence reports (mentions not rejected), each report weighted by its source reliability (A–F) and information credibility (1–6).',
  subject: 'trader',
  parameters: [
    ...reliabilities.map((grade) => ({ id: `reliability${grade}`, title: `Weight of source reliability ${grade} (${reliabilityWords[grade]})`, defaultValue: reliabilityDefaults[grade] })),
    ...credibilities.map((grade) => ({ id: `credibility${grade}`, title: `Weight of information credibility ${grade} (${credibilityWords[grade]})`, defaultValue: credibilityDefaults[grade] })),
  ],
  weight: 6,
  detect(data, parameters) {
    // Per trader, per report reference: the strongest mention.
    const byTrader = new Map<string, Map<string, { mention: RiskReportMention; strength: number }>>();
    for (const mention of data.reportMentions ?? []) {
      if (!data.traders.has(mention.entityId)) continue;
      const strength = gradeWeight(mention, parameters) * (mention.status === 'proposed' ? Math.min(1, Math.max(0, mention.confidence)) : 1);
      if (!(strength > 0)) continue;
      let reports = byTrader.get(mention.entityId);
      if (!reports) byTrader.set(mention.entityId, (reports = new Map()));
      const key = mention.reference.trim().toUpperCase();
      const current = reports.get(key);
      if (current === undefined || strength > current.strength) reports.set(key, { mention, strength });
    }
    const findings: RiskFinding[] = [];
    for (const [entityId, reports] of byTrader) {
      const ranked = [...reports.values()].sort((a, b) => b.strength - a.strength || a.mention.reference.localeCompare(b.mention.reference));
      const strength = ranked.reduce((sum, report) => sum + report.strength, 0);
      const named = ranked.slice(0, reportsNamed).map(({ mention }) => `${mention.reference} (${gradingText(mention)}, ${mention.date ?? 'undated'}; ${howLinked(mention)})`);
      const more = ranked.length - named.length;
      findings.push({
        ruleId: 'intelligence-corroboration', subject: 'trader', entityId, strength,
        reason: `named in ${ranked.length} intelligence report${ranked.length === 1 ? '' : 's'}: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
        facts: {
          reports: ranked.length,
          references: ranked.map(({ mention }) => mention.reference).join('; '),
          gradings: ranked.map(({ mention }) => gradingText(mention)).join('; '),
          dates: ranked.map(({ mention }) => mention.date ?? 'undated').join('; '),
          strongestGrading: gradingText((ranked[0] as { mention: RiskReportMention }).mention),
        },
      });
    }
    return findings.sort((a, b) => (a.entityId as string).localeCompare(b.entityId as string));
  },
};

/** Reliability weight × credibility weight; a missing half weighs as F or 6. */
function gradeWeight(mention: RiskReportMention, parameters: Readonly<Record<string, number>>): number {
  const reliability = reliabilities.includes(mention.sourceReliability as never) ? (mention.sourceReliability as string) : 'F';
  const credibility = credibilities.includes(mention.informationCredibility as never) ? (mention.informationCredibility as number) : 6;
  return (parameters[`reliability${reliability}`] ?? 0) * (parameters[`credibility${credibility}`] ?? 0);
}

/** "B2"; "ungraded, as F6"; "B, credibility not given, as B6". */
function gradingText(mention: RiskReportMention): string {
  const source = mention.sourceReliability;
  const credibility = mention.informationCredibility;
  if (source !== null && credibility !== null) return `${source}${credibility}`;
  if (source === null && credibility === null) return 'ungraded, taken as F6';
  return `${source ?? '?'}${credibility ?? '?'}, taken as ${source ?? 'F'}${credibility ?? 6}`;
}

function howLinked(mention: RiskReportMention): string {
  if (mention.status === 'accepted') return `"${mention.text}", accepted`;
  if (mention.status === 'relinked') return `"${mention.text}", re-linked by the analyst`;
  return `"${mention.text}", ${mention.kind === 'trader' ? 'name' : mention.kind} match ${mention.confidence.toFixed(2)}`;
}
