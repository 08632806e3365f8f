/** ISO calendar dates (YYYY-MM-DD) as whole days since 1970-01-01, in UTC. */

const millisecondsPerDay = 86_400_000;

export function parseIsoDate(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`not an ISO date: "${text}"`);
  const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / millisecondsPerDay;
  if (formatIsoDate(day) !== text) throw new RangeError(`not a calendar date: "${text}"`);
  return day;
}

const isoDates = new Map<number, string>();

export function formatIsoDate(day: number): string {
  let text = isoDates.get(day);
  if (text === undefined) {
    text = new Date(day * millisecondsPerDay).toISOString().slice(0, 10);
    isoDates.set(day, text);
  }
  return text;
}

/** "12 MAR 2024", as intelligence reports write dates. */
export function formatReportDate(day: number): string {
  const date = new Date(day * millisecondsPerDay);
  const month = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][date.getUTCMonth()] as string;
  return `${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
}

export function yearOf(day: number): number {
  return new Date(day * millisecondsPerDay).getUTCFullYear();
}

/** ISO week number (1–53). */
export function isoWeek(day: number): number {
  const date = new Date(day * millisecondsPerDay);
  const weekday = (date.getUTCDay() + 6) % 7;
  const thursday = day - weekday + 3;
  const yearStart = Date.UTC(new Date(thursday * millisecondsPerDay).getUTCFullYear(), 0, 1) / millisecondsPerDay;
  return Math.floor((thursday - yearStart) / 7) + 1;
}
