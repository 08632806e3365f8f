/**
 * A planted scheme (or decoy) is a module that, given the world and a budget of cargo lines,
 * plants its consignments (complete bills on chosen port calls), and files what the analyst's
 * other sources hold about it: watchlist entries, intelligence reports, past examination results.
 */
import type { BillOfLading } from '../billOfLading';
import type { ExaminationOutcome } from '../outcomes';
import type { Rng } from '../random';
import type { IntelligenceReport, ReportDesk } from '../reports/reportWriter';
import type { Company } from '../traders';
import type { TradeLane } from '../tradeLanes';
import type { WatchlistEntry } from '../watchlist';
import type { WorldModel } from '../world';

export type SchemeKind = 'scheme' | 'decoy';

export interface PlantedBill {
  readonly bill: BillOfLading;
  /** Set when the consignment was examined on arrival (before the cut-off). */
  readonly examination?: ExaminationOutcome;
  /** What makes this bill part of the scheme, for the truth file. */
  readonly note: string;
}

export interface PlantingContext {
  readonly rng: Rng;
  /** Cargo lines the scheme should plant (its share of the world, at least its minimum). */
  readonly budget: number;
  readonly world: WorldModel;
  readonly reports: ReportDesk;
}

export interface SchemePlanting {
  readonly bills: readonly PlantedBill[];
  readonly watchlist: readonly WatchlistEntry[];
  readonly reports: readonly IntelligenceReport[];
  /** The companies that carry the scheme (fronts, offenders, facilitators, decoy traders). */
  readonly companies: readonly Company[];
  /** Decoy lanes: ordinary trade whose bills are recorded as the decoy's when written. */
  readonly lanes: readonly TradeLane[];
}

export interface PlantedScheme {
  readonly id: string;
  readonly kind: SchemeKind;
  readonly title: string;
  /** What the analyst should be able to find, in the domain's words. */
  readonly description: string;
  /** Share of the world's cargo lines. */
  readonly share: number;
  /** Cargo lines planted even in the smallest world. */
  readonly minimumLines: number;
  plant(context: PlantingContext): SchemePlanting;
}

export function lineBudget(scheme: Pick<PlantedScheme, 'share' | 'minimumLines'>, lines: number): number {
  return Math.max(scheme.minimumLines, Math.round(scheme.share * lines));
}

export function countLines(bills: readonly PlantedBill[]): number {
  return bills.reduce((total, planted) => total + planted.bill.lines.length, 0);
}
