import { render } from '@testing-library/react';
import { TargetsView } from '../../../renderer/components/TargetsView';
import type { MarkingLine } from '../../../shared/markings/markingLine';
import type { WorkspaceStore } from '../../../shared/store/workspaceStore';
import type { FakeEngine } from './fakeEngine';
import { FakeHost } from './fakeHost';
import { insertRiskTarget } from '../../risk/support/storedRiskTargets';

/**
 * What the Targets view's tests share: a scoring written into the fake engine's store (a risk run
 * with its ranked targets, as the engine's risk scoring leaves them) and the view rendered over it,
 * its notices collected.
 */
export interface ScoredTarget {
  readonly kind: 'shipment' | 'trader';
  readonly rank: number;
  readonly ref: string;
  readonly name: string;
  readonly score: number;
  /** The findings, as the engine stores them (JSON of rule id, reason, points, facts). */
  readonly evidence: readonly object[];
}

/** Writes risk run 1 (target threshold 3) with its ranked targets. */
export function writeScoring(store: WorkspaceStore, targets: readonly ScoredTarget[]): void {
  const count = (kind: ScoredTarget['kind']) => targets.filter((target) => target.kind === kind).length;
  store.run("INSERT INTO risk_run (id, scored_at, duration_ms, profile, summary) VALUES (1, '2026-06-01T10:00:00Z', 5, '{}', ?)", [
    JSON.stringify({ scoredAt: '2026-06-01T10:00:00Z', shipmentsWithScore: count('shipment'), tradersWithScore: count('trader'), profile: { thresholds: { target: 3 } } }),
  ]);
  for (const target of targets) {
    insertRiskTarget(store, target);
  }
}

/** Renders the Targets view of the workspace "Op Tile" (OFFICIAL-SENSITIVE) over the engine. */
export function renderTargetsView(engine: FakeEngine, options: { readonly host?: FakeHost; readonly notices?: string[]; readonly markingLine?: MarkingLine } = {}) {
  const host = options.host ?? new FakeHost();
  const notices = options.notices ?? [];
  render(
    <TargetsView
      engine={engine}
      host={host}
      workspaceName="Op Tile"
      marking="OFFICIAL-SENSITIVE"
      markingLine={options.markingLine}
      dataKey="0"
      showNotice={(tone, message) => notices.push(`${tone}: ${message}`)}
      onChanged={() => undefined}
      commandsDisabled={false}
    />,
  );
  return { host, notices };
}
