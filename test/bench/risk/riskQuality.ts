/**
 * Scoring a ranked shipment list against a generated world's truth: precision at K (the share of
 * the top K shipments that belong to a planted scheme), and per scheme and decoy the recall: the
 * share of its bills at or above the target threshold, and the best rank one of them reached.
 */
import type { WorldTruth } from '../../../shared/generator/truth';

export interface RankedShipment {
  readonly ref: string;
  readonly score: number;
}

export interface SchemeRecall {
  readonly id: string;
  readonly kind: 'scheme' | 'decoy';
  readonly bills: number;
  /** Bills at or above the threshold. */
  readonly found: number;
  readonly recall: number;
  /** Median score of its bills (0 for unscored bills). */
  readonly medianScore: number;
  readonly bestRank: number | null;
}

export interface RankingQuality {
  readonly precisionAt: Readonly<Record<number, number>>;
  readonly schemes: readonly SchemeRecall[];
}

export function rankingQuality(ranked: readonly RankedShipment[], truth: WorldTruth, threshold: number, ks: readonly number[] = [25, 50, 100]): RankingQuality {
  const planted = new Set(Object.values(truth.schemes).flatMap((scheme) => scheme.billsOfLading));
  const precisionAt: Record<number, number> = {};
  for (const k of ks) {
    const top = ranked.slice(0, k);
    precisionAt[k] = top.length === 0 ? 0 : top.filter((target) => planted.has(target.ref)).length / k;
  }
  const position = new Map(ranked.map((target, index) => [target.ref, { rank: index + 1, score: target.score }]));
  const schemes: SchemeRecall[] = [];
  for (const [kind, entries] of [['scheme', truth.schemes], ['decoy', truth.decoys]] as const) {
    for (const [id, scheme] of Object.entries(entries)) {
      const bills = [...new Set(scheme.billsOfLading)];
      const scores = bills.map((bill) => position.get(bill)?.score ?? 0).sort((a, b) => a - b);
      const found = scores.filter((score) => score >= threshold).length;
      const ranks = bills.flatMap((bill) => (position.has(bill) ? [(position.get(bill) as { rank: number }).rank] : []));
      schemes.push({
        id, kind, bills: bills.length, found, recall: bills.length === 0 ? 0 : found / bills.length,
        medianScore: scores.length === 0 ? 0 : (scores[Math.floor(scores.length / 2)] as number),
        bestRank: ranks.length === 0 ? null : Math.min(...ranks),
      });
    }
  }
  return { precisionAt, schemes };
}
