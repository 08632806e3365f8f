/**
 * The prepared parties the entity service keeps for re-runs are let go when risk scoring reads the
 * whole workspace (manifestEngine.scoreRisks), and prepared again by the next run, with the same result.
 */
import { describe, expect, it, vi } from 'vitest';
import { readPartyOccurrences } from '../../../shared/store/resolutionInputs';
import type * as ResolutionInputs from '../../../shared/store/resolutionInputs';
import { generateParsedWorld } from '../../generator/worldFixture';
import { newEngine, textSource } from '../../support/engineHarness';

vi.mock('../../../shared/store/resolutionInputs', async (importOriginal) => {
  const original = await importOriginal<typeof ResolutionInputs>();
  return { ...original, readPartyOccurrences: vi.fn(original.readPartyOccurrences) };
});

describe('prepared parties and risk scoring', () => {
  it('keeps the prepared parties across re-runs, lets them go when the workspace is scored, and prepares them again with the same result', async () => {
    const reads = vi.mocked(readPartyOccurrences);
    const engine = await newEngine();
    await engine.newWorkspace('Release');
    await engine.importManifest(textSource('manifests.csv', generateParsedWorld(31, 1000).manifestsCsv));
    const first = await engine.resolveEntities();
    const readsAfterFirstRun = reads.mock.calls.length;
    expect(readsAfterFirstRun).toBeGreaterThan(0);

    // A re-run with the manifests unchanged uses the kept parties: nothing is read again.
    const kept = await engine.resolveEntities();
    expect(reads.mock.calls.length).toBe(readsAfterFirstRun);

    await engine.scoreRisks();
    const afterScoring = await engine.resolveEntities();
    expect(reads.mock.calls.length).toBe(readsAfterFirstRun + 1);
    const counts = (summary: typeof first) => [summary.occurrences, summary.entities, summary.placeholders, summary.reviewItems];
    expect(counts(kept)).toEqual(counts(first));
    expect(counts(afterScoring)).toEqual(counts(first));
  });
});
