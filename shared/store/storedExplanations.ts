import { explainMatch, type FeatureComparison, type MatchExplanation } from '../entities/matchExplanation';
import type { WorkspaceStore } from './workspaceStore';

/**
 * Match explanations as the store keeps them: only the features compared (the total, probability,
 * verdict and summary follow from them: explainMatch), as compact JSON rows
 * [feature, outcome, similarity, points, detail], each distinct explanation once
 * (match_explanation). A large workspace has hundreds of thousands of links but far fewer distinct
 * explanations: members written alike are linked for the same reasons.
 */

type StoredFeature = [FeatureComparison['feature'], FeatureComparison['outcome'], number, number, string];

export function encodeExplanation(explanation: MatchExplanation): string {
  return JSON.stringify(explanation.features.map((feature): StoredFeature => [feature.feature, feature.outcome, feature.similarity, feature.points, feature.detail]));
}

export function decodeExplanation(text: string): MatchExplanation {
  const features = (JSON.parse(text) as StoredFeature[]).map(([feature, outcome, similarity, points, detail]) => ({ feature, outcome, similarity, points, detail }));
  return explainMatch(features);
}

/** Gives each distinct explanation one match_explanation row, within a run's transaction. */
export class ExplanationWriter {
  private readonly ids = new Map<string, number>();
  /** Explanations met before, by object: links of one profile share theirs, encoded once. */
  private readonly idsOfObjects = new Map<MatchExplanation, number>();
  private readonly statement;

  constructor(private readonly store: WorkspaceStore) {
    this.statement = store.database.prepare('INSERT INTO match_explanation (features) VALUES (?)');
  }

  idOf(explanation: MatchExplanation): number {
    const known = this.idsOfObjects.get(explanation);
    if (known !== undefined) return known;
    const encoded = encodeExplanation(explanation);
    let id = this.ids.get(encoded);
    if (id === undefined) {
      this.statement.run([encoded]);
      id = this.store.lastInsertRowId();
      this.ids.set(encoded, id);
    }
    this.idsOfObjects.set(explanation, id);
    return id;
  }

  close(): void {
    this.statement.free();
  }
}
