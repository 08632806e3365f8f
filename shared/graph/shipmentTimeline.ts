import type { WorkspaceStore } from '../store/workspaceStore';
import { billFilterSql } from './billFilters';
import type { NetworkFilters } from './networkGraph';

/** Buckets of the time bar: a day, or a week starting on Monday (ISO 8601). */
export type TimelineBucket = 'day' | 'week';

export interface ShipmentTimeline {
  readonly bucket: TimelineBucket;
  /** Every bucket from the first arrival to the last, empty ones too; `start` is ISO yyyy-mm-dd. */
  readonly buckets: readonly { readonly start: string; readonly bills: number }[];
  /** First and last arrival dates of the bills counted; null when none has a date. */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** Bills counted, and bills matching the filters without a readable arrival date (never in a window). */
  readonly bills: number;
  readonly undated: number;
}

/** Ranges of at most this many days are counted per day, longer ones per week. */
export const dailyTimelineDays = 120;
const dayMs = 86_400_000;

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** The Monday starting the ISO week of a date. */
export function weekStart(iso: string): string {
  const ms = dayOf(iso);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  return isoDay(ms - weekday * dayMs);
}

/**
 * Bills of lading per day or week over the workspace's arrival dates, for the time bar: the
 * bills the other filters keep (HS chapter, port, country, risk), the date window left out so the
 * bar shows where the window lies in the whole range. Bucket 'day' for ranges of up to
 * dailyTimelineDays days unless asked otherwise.
 */
export function readShipmentTimeline(store: WorkspaceStore, filters: NetworkFilters, bucket?: TimelineBucket): ShipmentTimeline {
  const where = billFilterSql(filters, 'b', { dates: false });
  const rows = store.all<{ day: string | null; bills: number }>(
    `SELECT CASE WHEN b.arrival_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN b.arrival_date END AS day, count(*) AS bills
       FROM bill_of_lading AS b
      WHERE ${where.sql}
      GROUP BY day
      ORDER BY day`,
    where.params,
  );
  let undated = 0;
  const perDay = new Map<string, number>();
  for (const row of rows) {
    if (row.day === null || Number.isNaN(dayOf(row.day))) undated += Number(row.bills);
    else perDay.set(row.day, (perDay.get(row.day) ?? 0) + Number(row.bills));
  }
  const days = [...perDay.keys()].sort();
  const firstDate = days[0] ?? null;
  const lastDate = days[days.length - 1] ?? null;
  const span = firstDate && lastDate ? (dayOf(lastDate) - dayOf(firstDate)) / dayMs + 1 : 0;
  const chosen: TimelineBucket = bucket ?? (span <= dailyTimelineDays ? 'day' : 'week');
  const buckets: { start: string; bills: number }[] = [];
  let bills = 0;
  if (firstDate && lastDate) {
    const keyOf = (day: string): string => (chosen === 'day' ? day : weekStart(day));
    const counts = new Map<string, number>();
    for (const [day, count] of perDay) {
      counts.set(keyOf(day), (counts.get(keyOf(day)) ?? 0) + count);
      bills += count;
    }
    const step = chosen === 'day' ? dayMs : 7 * dayMs;
    for (let ms = dayOf(keyOf(firstDate)); ms <= dayOf(lastDate); ms += step) {
      const start = isoDay(ms);
      buckets.push({ start, bills: counts.get(start) ?? 0 });
    }
  }
  return { bucket: chosen, buckets, firstDate, lastDate, bills, undated };
}
