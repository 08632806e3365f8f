import { describe, expect, it } from 'vitest';
import { decisionConstraints } from '../../shared/entities/decisionConstraints';
import { resolveParties } from '../../shared/entities/resolveParties';
import { decisionProblem, decisionsInForce, emptyDecisionLog, recordDecision, redoLatest, undoLatest, type DecisionLog, type ResolutionDecision } from '../../shared/entities/resolutionDecisions';
import type { Resolution } from '../../shared/entities/traderEntity';
import { allParties } from './partyFixtures';

const membersOf = (resolution: Resolution, occurrenceId: string): string[] =>
  (resolution.entities.find((entity) => entity.members.some((member) => member.occurrenceId === occurrenceId))?.members ?? []).map((member) => member.occurrenceId);
const partition = (resolution: Resolution): string[] => resolution.entities.map((entity) => entity.members.map((member) => member.occurrenceId).join(' ')).sort();
const logOf = (...decisions: ResolutionDecision[]): DecisionLog => decisions.reduce(recordDecision, emptyDecisionLog);

const automatic = resolveParties(allParties);

describe('analyst decisions, respected on every run', () => {
  it('merges what the analyst says is one trader, with the decision as the link', () => {
    const resolution = resolveParties(allParties, logOf({ kind: 'merge', decisionId: 'd1', occurrenceIds: ['A1', 'B1'], analyst: 'jk', note: 'same director' }));
    expect(membersOf(resolution, 'A1')).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'B1']);
    const links = resolution.entities.find((entity) => entity.entityId === 'T:A1')?.links ?? [];
    expect(links.filter((link) => link.basis === 'analyst')).toEqual([{ basis: 'analyst', left: 'A1', right: 'B1', decisionId: 'd1' }]);
    expect(links).toHaveLength(7);
    // B2 was not named: its premises speak against the exporter, so it stays with nobody.
    expect(membersOf(resolution, 'B2')).toEqual(['B2']);
    expect(resolution.decisions.inForce).toEqual(['d1']);
  });

  it('keeps apart what the analyst says is not the same, even against strong evidence', () => {
    const resolution = resolveParties(allParties, logOf({ kind: 'not the same', decisionId: 'd1', left: ['A1', 'A3'], right: ['A7'] }));
    expect(membersOf(resolution, 'A1')).not.toContain('A7');
    expect(membersOf(resolution, 'A3')).toContain('A1');
    expect(resolution.decisions.refusedJoins.some(([, , decisionId]) => decisionId === 'd1')).toBe(true);
  });

  it('splits occurrences out as one trader of their own', () => {
    const resolution = resolveParties(allParties, logOf({ kind: 'split', decisionId: 'd1', occurrenceIds: ['A5', 'A6'], apartFrom: ['A1', 'A2', 'A3', 'A4', 'A7'] }));
    expect(membersOf(resolution, 'A5')).toEqual(['A5', 'A6']);
    expect(membersOf(resolution, 'A1')).toEqual(['A1', 'A2', 'A3', 'A4', 'A7']);
  });

  it('undoes and redoes, and an undone decision leaves the automatic result', () => {
    const merged = logOf({ kind: 'merge', decisionId: 'd1', occurrenceIds: ['C1', 'D1'] }, { kind: 'not the same', decisionId: 'd2', left: ['A1'], right: ['A2'] });
    const undone = undoLatest(merged, { decisionId: 'u1', analyst: 'jk' });
    expect(decisionsInForce(undone!).map((decision) => decision.decisionId)).toEqual(['d1']);
    const undoneTwice = undoLatest(undone!, { decisionId: 'u2' });
    expect(decisionsInForce(undoneTwice!)).toEqual([]);
    expect(partition(resolveParties(allParties, undoneTwice))).toEqual(partition(automatic));
    const redone = redoLatest(undoneTwice!, { decisionId: 'r1' });
    expect(decisionsInForce(redone!).map((decision) => decision.decisionId)).toEqual(['d1']);
    expect(membersOf(resolveParties(allParties, redone), 'C1')).toContain('D1');
    // The log keeps every step for the audit trail.
    expect(redone!.entries.map((entry) => entry.decisionId)).toEqual(['d1', 'd2', 'u1', 'u2', 'r1']);
    expect(undoLatest(emptyDecisionLog, { decisionId: 'x' })).toBeUndefined();
  });

  it('lets a later decision win over an earlier one it contradicts, and says so', () => {
    const mergeAfter = decisionConstraints(decisionsInForce(logOf({ kind: 'not the same', decisionId: 'd1', left: ['C1'], right: ['D1'] }, { kind: 'merge', decisionId: 'd2', occurrenceIds: ['C1', 'D1'] })));
    expect(mergeAfter.cannotLinks).toEqual([]);
    expect(mergeAfter.superseded).toEqual([{ decisionId: 'd1', supersededBy: 'd2', what: 'cannot-link lifted' }]);

    const cutAfter = decisionConstraints(
      decisionsInForce(logOf({ kind: 'merge', decisionId: 'd1', occurrenceIds: ['C1', 'D1'] }, { kind: 'merge', decisionId: 'd2', occurrenceIds: ['D1', 'B1'] }, { kind: 'not the same', decisionId: 'd3', left: ['C1'], right: ['B1'] })),
    );
    expect(cutAfter.mustLinks).toEqual([{ left: 'C1', right: 'D1', decisionId: 'd1' }]);
    expect(cutAfter.superseded).toEqual([{ decisionId: 'd2', supersededBy: 'd3', what: 'must-link D1–B1 cut' }]);
    const resolution = resolveParties(allParties, logOf({ kind: 'merge', decisionId: 'd1', occurrenceIds: ['C1', 'D1'] }, { kind: 'merge', decisionId: 'd2', occurrenceIds: ['D1', 'B1'] }, { kind: 'not the same', decisionId: 'd3', left: ['C1'], right: ['B1'] }));
    expect(membersOf(resolution, 'C1')).toContain('D1');
    expect(membersOf(resolution, 'C1')).not.toContain('B1');
  });

  it('refuses malformed decisions with a reason', () => {
    expect(decisionProblem(emptyDecisionLog, { kind: 'merge', decisionId: 'd1', occurrenceIds: ['A1'] })).toBe('a merge names at least two occurrences');
    expect(decisionProblem(emptyDecisionLog, { kind: 'not the same', decisionId: 'd1', left: ['A1'], right: ['A1'] })).toBe('occurrence A1 cannot be on both sides of "not the same"');
    expect(decisionProblem(emptyDecisionLog, { kind: 'undo', decisionId: 'u1', undoes: 'd9' })).toBe('there is no decision d9 to undo');
    const log = logOf({ kind: 'merge', decisionId: 'd1', occurrenceIds: ['A1', 'B1'] });
    expect(() => recordDecision(log, { kind: 'merge', decisionId: 'd1', occurrenceIds: ['A2', 'B2'] })).toThrow('decision d1 is already in the log');
  });

  it('reports decisions about occurrences absent from this run, and keeps the rest working', () => {
    const resolution = resolveParties(allParties, logOf({ kind: 'merge', decisionId: 'd1', occurrenceIds: ['C1', 'D1', 'Z9'] }));
    expect(resolution.decisions.unknownOccurrences).toEqual(['Z9']);
    expect(membersOf(resolution, 'C1')).toContain('D1');
  });

  it('takes decided pairs out of the review queue', () => {
    const item = automatic.reviewQueue[0];
    if (!item) return;
    const decided = resolveParties(allParties, logOf({ kind: 'not the same', decisionId: 'd1', left: [item.left], right: [item.right] }));
    expect(decided.reviewQueue.some((queued) => queued.left === item.left && queued.right === item.right)).toBe(false);
  });
});
