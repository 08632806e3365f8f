import { describe, expect, it } from 'vitest';
import type { TargetRow } from '../../shared/engine/riskApi';
import { generateDemoDataset } from '../../shared/generator/demoDataset';
import { areaUnderCurve, fitPenalisedLogistic, logLoss, precisionAtTop, predictLogistic, stratifiedFolds } from '../../shared/risk/outcomeLearning';
import type { OutcomeExample } from '../../shared/risk/outcomeLearning';
import { proposeWeights } from '../../shared/risk/outcomeReweighting';
import { defaultRiskProfile } from '../../shared/risk/riskProfile';
import type { RiskRule } from '../../shared/risk/riskModel';
import { newEngine, textSource } from '../support/engineHarness';

const logit = (p: number) => Math.log(p / (1 - p));

describe('penalised logistic regression (IRLS)', () => {
  it('recovers the closed-form maximum likelihood of one binary feature when the penalty is negligible', () => {
    // x = 0: 2 seizures of 10; x = 1: 6 of 8. The MLE: intercept logit(0.2), coefficient logit(0.75) − logit(0.2).
    const rows = [...Array.from({ length: 10 }, () => [0]), ...Array.from({ length: 8 }, () => [1])];
    const labels = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0];
    const fit = fitPenalisedLogistic(rows, labels, 1e-9);
    expect(fit.converged).toBe(true);
    expect(fit.intercept).toBeCloseTo(logit(0.2), 6);
    expect(fit.coefficients[0]).toBeCloseTo(logit(0.75) - logit(0.2), 6);
    expect(predictLogistic(fit, [1])).toBeCloseTo(0.75, 6);
  });

  it('reaches the penalised optimum: the gradient of the penalised log-likelihood is zero, and the penalty shrinks', () => {
    const rows = [[1, 0], [1, 1], [0, 1], [0, 0], [1, 0.5], [0, 0], [2, 0], [0, 2], [1, 1], [0, 0], [0, 1], [1, 0]];
    const labels = [1, 1, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0];
    const l2 = 1;
    const fit = fitPenalisedLogistic(rows, labels, l2);
    const gradient: [number, number, number] = [0, 0, 0];
    rows.forEach((row, index) => {
      const residual = (labels[index] as number) - predictLogistic(fit, row);
      gradient[0] += residual;
      gradient[1] += residual * (row[0] as number);
      gradient[2] += residual * (row[1] as number);
    });
    expect(gradient[0]).toBeCloseTo(0, 8);
    expect((gradient[1] as number) - l2 * (fit.coefficients[0] as number)).toBeCloseTo(0, 8);
    expect((gradient[2] as number) - l2 * (fit.coefficients[1] as number)).toBeCloseTo(0, 8);
    const stronger = fitPenalisedLogistic(rows, labels, 10);
    expect(Math.abs(stronger.coefficients[0] as number)).toBeLessThan(Math.abs(fit.coefficients[0] as number));
    // A perfectly separating feature stays finite under the penalty.
    const separated = fitPenalisedLogistic([[0], [0], [0], [1], [1], [1]], [0, 0, 0, 1, 1, 1], 1);
    expect(separated.converged).toBe(true);
    expect(Number.isFinite(separated.coefficients[0] as number)).toBe(true);
    expect(() => fitPenalisedLogistic([[1]], [1], 0)).toThrow('the L2 penalty must be above 0');
  });

  it('measures rankings: AUC with ties, precision at the top, log-loss, stratified folds', () => {
    expect(areaUnderCurve([1, 2, 3, 4], [0, 1, 0, 1])).toBe(0.75);
    expect(areaUnderCurve([1, 1, 1, 1], [0, 1, 0, 1])).toBe(0.5);
    expect(areaUnderCurve([1, 2], [1, 1])).toBeNull();
    expect(precisionAtTop([0.9, 0.1, 0.8, 0.2], [1, 0, 0, 1], 2)).toBe(0.5);
    expect(logLoss([0.5, 0.5], [1, 0])).toBeCloseTo(Math.log(2), 12);
    expect(stratifiedFolds([1, 0, 1, 0, 0, 1, 0], 2)).toEqual([0, 0, 1, 1, 0, 0, 1]);
  });
});

const rule = (id: string, weight: number): RiskRule => ({ id, title: id, description: id, subject: 'shipment', parameters: [], weight, detect: () => [] });

describe('proposing weights from outcomes', () => {
  const rules = [rule('telling', 1), rule('noise', 2), rule('rare', 1.5), rule('off', 1)];
  const profile = { name: 'Team', weights: { telling: 1, noise: 2, rare: 1.5, off: 0 }, parameters: {}, thresholds: { target: 3 } };
  // 60 examined bills: "telling" found 20, 16 of them seizures; "noise" found every other bill, half the seizures and half the no finds; "rare" found 2.
  const examples: OutcomeExample[] = Array.from({ length: 60 }, (_unused, index) => {
    const telling = index < 20;
    const seized = telling ? index < 16 : [21, 24, 33, 46].includes(index);
    const strengths: Record<string, number> = {};
    if (telling) strengths.telling = 1;
    if (index % 2 === 0) strengths.noise = 1;
    if (index === 30 || index === 31) strengths.rare = 1;
    return { bill: `BL${String(index).padStart(3, '0')}`, seized, strengths, currentScore: 0 };
  });

  it('weights the rule that finds seizures up and the one that does not down, keeps the rest, and evaluates held out', () => {
    const proposal = proposeWeights(examples, profile, rules, { now: new Date('2026-06-01T10:00:00Z') });
    const byId = Object.fromEntries(proposal.rules.map((item) => [item.ruleId, item]));
    expect(proposal).toMatchObject({ examinedBills: 60, seizures: 20, seizureRate: 0.333, l2: 1, learnedAt: '2026-06-01T10:00:00.000Z' });
    expect(byId.telling).toMatchObject({ learned: true, examinedFound: 20, seizuresFound: 16, hitRate: 0.8, lift: 2.4, note: 'learned' });
    expect(byId.telling?.proposedWeight).toBeGreaterThan(2);
    expect(byId.noise?.learned).toBe(true);
    expect(byId.noise?.proposedWeight).toBeLessThan(0.5);
    expect(byId.rare).toMatchObject({ learned: false, coefficient: null, proposedWeight: 1.5, note: 'found 2 examined bills, fewer than 5: kept' });
    expect(byId.off).toMatchObject({ learned: false, proposedWeight: 0, note: 'switched off in the profile: kept' });
    // Held out, the learned weights rank better than the current ones (noise weighted above the telling rule).
    expect(proposal.evaluation.proposed.auc as number).toBeGreaterThan(proposal.evaluation.current.auc as number);
    expect(proposal.evaluation.proposed.logLoss).toBeLessThan(proposal.evaluation.baseRateLogLoss);
    expect(proposal.summary).toMatch(/^20 of 60 examined bills were seizures; held out \(5 folds\), the proposed weights rank them with AUC 0\.\d\d vs 0\.\d\d/);
    expect(proposal.proposedProfile).toMatchObject({ name: 'Team', thresholds: { target: 3 }, learning: { baseWeights: { telling: 1, noise: 2, rare: 1.5, off: 0 }, evaluation: proposal.summary } });
    expect(proposal.proposedProfile.learning?.trainingBills).toEqual(examples.map((example) => example.bill));
    // Learning again from a learned profile keeps the weights no outcome touched, and every bill that trained either.
    const again = proposeWeights(examples.slice(0, 50).map((example) => ({ ...example, bill: `${example.bill}-2` })), proposal.proposedProfile, rules);
    expect(again.proposedProfile.learning?.baseWeights).toEqual(proposal.proposedProfile.learning?.baseWeights);
    expect(again.proposedProfile.learning?.trainingBills).toHaveLength(110);
  });

  it('refuses to learn from too few seizures or no finds, saying how many there are', () => {
    expect(() => proposeWeights(examples.slice(20, 40), profile, rules)).toThrow('20 examined bills of this workspace with 3 seizures and 17 no finds: learning needs at least 5 of each (one per fold of the held-out evaluation)');
    expect(() => proposeWeights(examples, profile, rules, { folds: 1 })).toThrow('at least 2 folds');
  });
});

describe('learning from outcomes on a generated world', () => {
  it('proposes weights without changing anything, applies them as a new active profile, and never scores an examined bill by its own outcome', async () => {
    const world = generateDemoDataset({ seed: 1, lines: 8_000 });
    const engine = await newEngine();
    await engine.newWorkspace('learning');
    await engine.importManifest(textSource('manifests.csv', world.manifestsCsv));
    await engine.importWatchlist({ fileName: 'watchlist.csv', bytes: new TextEncoder().encode(world.watchlistCsv) });
    await engine.resolveEntities();
    await expect(engine.learnRiskWeights()).rejects.toThrow('risks have not been scored in this workspace');
    await engine.scoreRisks();
    await expect(engine.learnRiskWeights()).rejects.toThrow('no examination outcomes in this workspace');
    await engine.importOutcomes({ fileName: 'outcomes.csv', bytes: new TextEncoder().encode(world.outcomesCsv) });
    const before = await engine.scoreRisks();
    const scoresBefore = await allShipmentScores(engine);

    const proposal = await engine.learnRiskWeights({ minimumFound: 3 });
    const stats = await engine.outcomeRuleStats();
    expect(proposal.examinedBills).toBe(stats.examinedBills);
    expect(proposal.seizures).toBe(stats.seizures);
    for (const item of proposal.rules) {
      const rate = stats.rules.find((candidate) => candidate.ruleId === item.ruleId);
      expect([item.examinedFound, item.seizuresFound], item.ruleId).toEqual([rate?.examinedFound, rate?.seizuresFound]);
    }
    expect(proposal.rules.filter((item) => item.learned).length).toBeGreaterThanOrEqual(2);
    expect(proposal.evaluation.folds).toBe(5);
    expect(proposal.evaluation.proposed.auc).toBeGreaterThan(0.5);
    expect(proposal.baseProfile).toEqual(defaultRiskProfile);
    // Proposing changes nothing.
    expect((await engine.listRiskProfiles()).profiles).toEqual([]);
    expect((await engine.riskSummary())?.scoredAt).toBe(before.scoredAt);

    const applied = await engine.applyLearnedWeights(proposal, { analyst: 'jo' });
    expect(applied).toMatchObject({ version: 1, active: true, profile: { name: 'Learned from outcomes' } });
    expect(applied.profile.weights).toEqual(Object.fromEntries(proposal.rules.map((item) => [item.ruleId, item.proposedWeight])));
    const [learnEntry] = await engine.riskProfileHistory('Learned from outcomes');
    expect(learnEntry).toMatchObject({ action: 'learn', version: 1, analyst: 'jo', note: proposal.summary });

    const after = await engine.scoreRisks();
    const examined = proposal.proposedProfile.learning?.trainingBills ?? [];
    expect(after.profile.name).toBe('Learned from outcomes');
    expect(after.heldOutBills).toBe(examined.length);
    const scoresAfter = await allShipmentScores(engine);
    // Every examined bill keeps the score it had before the learning: its outcome does not score it.
    for (const bill of examined) expect(scoresAfter.get(bill) ?? 0, bill).toBe(scoresBefore.get(bill) ?? 0);
    // The other bills are scored with the learned weights.
    const changed = [...scoresAfter].filter(([bill, score]) => !examined.includes(bill) && score !== (scoresBefore.get(bill) ?? 0));
    expect(changed.length).toBeGreaterThan(0);

    // Whatever the outcomes say, they do not move their own bills: read every result the other way round, learn and apply again.
    const flipped = world.outcomesCsv.replace(/,(seizure|no find)(\r?)$/gm, (_match, result: string, end: string) => `${result === 'seizure' ? ',no find' : ',seizure'}${end}`);
    await engine.importOutcomes({ fileName: 'outcomes-flipped.csv', bytes: new TextEncoder().encode(flipped) });
    await engine.scoreRisks();
    const relearned = await engine.learnRiskWeights({ minimumFound: 3 });
    expect(relearned.seizures).toBe(proposal.examinedBills - proposal.seizures);
    expect(relearned.proposedProfile.learning?.baseWeights).toEqual(defaultRiskProfile.weights);
    await engine.applyLearnedWeights(relearned);
    expect((await engine.riskProfileHistory('Learned from outcomes')).map((entry) => [entry.action, entry.version])).toEqual([['learn', 1], ['activate', 1], ['learn', 2]]);
    await engine.scoreRisks();
    const scoresFlipped = await allShipmentScores(engine);
    for (const bill of examined) expect(scoresFlipped.get(bill) ?? 0, bill).toBe(scoresBefore.get(bill) ?? 0);
  }, 120_000);
});

async function allShipmentScores(engine: Awaited<ReturnType<typeof newEngine>>): Promise<Map<string, number>> {
  const scores = new Map<string, number>();
  for (let offset = 0; ; offset += 500) {
    const page = await engine.listTargets({ kind: 'shipment', offset, limit: 500 });
    for (const row of page.rows as TargetRow[]) scores.set(row.ref, row.score);
    if (page.rows.length < 500) break;
  }
  return scores;
}
