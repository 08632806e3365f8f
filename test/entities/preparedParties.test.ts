/**
 * Re-resolution over occurrences prepared once (what the engine keeps between decisions): after
 * every decision, undo and redo it gives exactly the resolution a run from scratch gives, and it
 * scores only the pairs it has not met before.
 */
import { describe, expect, it } from 'vitest';
import type { PartyOccurrence } from '../../shared/entities/partyOccurrence';
import { prepareParties } from '../../shared/entities/preparedParties';
import { emptyDecisionLog, recordDecision, redoLatest, undoLatest, type DecisionLog, type EntityDecision } from '../../shared/entities/resolutionDecisions';
import { resolveParties, resolvePreparedParties } from '../../shared/entities/resolveParties';
import type { Resolution, TraderEntity } from '../../shared/entities/traderEntity';
import { generateParsedWorld } from '../generator/worldFixture';

/** Every party of every line, as the store keeps them: one occurrence per bill, written alike many times. */
function occurrencesOf(lines: number): PartyOccurrence[] {
  const occurrences: PartyOccurrence[] = [];
  const add = (role: PartyOccurrence['role'], rawName: string, rawAddress: string, rawPhone: string) => {
    if (rawName.trim() !== '') occurrences.push({ occurrenceId: String(occurrences.length + 1), role, rawName, rawAddress, rawPhone });
  };
  for (const row of generateParsedWorld(5, lines).rows) {
    add('shipper', row.shipperName, row.shipperAddress, row.shipperPhone);
    add('consignee', row.consigneeName, row.consigneeAddress, row.consigneePhone);
    add('notify party', row.notifyPartyName, row.notifyPartyAddress, row.notifyPartyPhone);
  }
  return occurrences;
}

const occurrences = occurrencesOf(1500);
const scratch = resolveParties(occurrences);
const byMembers = [...scratch.entities].sort((a, b) => b.members.length - a.members.length || (a.entityId < b.entityId ? -1 : 1));
const ids = (entity: TraderEntity | undefined): string[] => (entity?.members ?? []).map((member) => member.occurrenceId);

/** A link of the largest trader between members written differently (not twins of one profile). */
function differentlyWrittenLink(resolution: Resolution) {
  for (const entity of [...resolution.entities].sort((a, b) => b.members.length - a.members.length)) {
    const nameOf = new Map(entity.members.map((member) => [member.occurrenceId, `${member.rawName}|${member.rawAddress}|${member.rawPhone}`]));
    const link = entity.links.find((candidate) => nameOf.get(candidate.left) !== nameOf.get(candidate.right));
    if (link) return link;
  }
  throw new Error('no trader with differently written members');
}

describe('resolution over prepared parties', () => {
  it('gives exactly the from-scratch resolution after each decision, undo and redo', () => {
    expect(byMembers[0]?.members.length).toBeGreaterThan(10);
    const link = differentlyWrittenLink(scratch);
    const [largest, second, third] = byMembers;
    const decisions: EntityDecision[] = [
      { kind: 'not the same', decisionId: 'd-1', left: [link.left], right: [link.right] },
      { kind: 'merge', decisionId: 'd-2', occurrenceIds: [ids(second)[0] as string, ids(third)[0] as string] },
      { kind: 'split', decisionId: 'd-3', occurrenceIds: ids(largest).slice(-3), apartFrom: ids(largest).slice(0, -3) },
    ];
    const prepared = prepareParties(occurrences);
    expect(resolvePreparedParties(prepared, emptyDecisionLog)).toEqual(scratch);
    let log: DecisionLog = emptyDecisionLog;
    const steps: ((current: DecisionLog) => DecisionLog | undefined)[] = [
      ...decisions.map((decision) => (current: DecisionLog) => recordDecision(current, decision)),
      (current) => undoLatest(current, { decisionId: 'd-4' }),
      (current) => undoLatest(current, { decisionId: 'd-5' }),
      (current) => redoLatest(current, { decisionId: 'd-6' }),
    ];
    const partitions = new Set<string>([JSON.stringify(scratch.entities.map(ids))]);
    for (const step of steps) {
      log = step(log) as DecisionLog;
      const kept = resolvePreparedParties(prepared, log);
      expect(kept).toEqual(resolveParties(occurrences, log));
      partitions.add(JSON.stringify(kept.entities.map(ids)));
    }
    // Each decision changed the traders (undo and redo went back to earlier ones): no two runs compared were alike by chance.
    expect(partitions.size).toBe(4);
  });

  it('scores only pairs it has not met: none when nothing was decided since', () => {
    const prepared = prepareParties(occurrences);
    const scored: number[] = [];
    const scorePairs = prepared.scorer.scorePairs.bind(prepared.scorer);
    prepared.scorer.scorePairs = (records, pairs) => {
      scored.push(pairs.length / 2);
      return scorePairs(records, pairs);
    };
    const first = resolvePreparedParties(prepared);
    expect(scored).toEqual([first.statistics.candidatePairs]);
    expect(prepared.pointsOf.size).toBe(first.statistics.candidatePairs);
    expect(resolvePreparedParties(prepared)).toEqual(first);
    expect(scored).toHaveLength(1);
    // A decision gives its records profiles of their own: only their pairs are new.
    const link = differentlyWrittenLink(first);
    const decided = resolvePreparedParties(prepared, recordDecision(emptyDecisionLog, { kind: 'not the same', decisionId: 'd-1', left: [link.left], right: [link.right] }));
    expect(scored).toHaveLength(2);
    expect(scored[1]).toBeGreaterThan(0);
    expect(scored[1]).toBeLessThan(decided.statistics.candidatePairs / 10);
  });
});
