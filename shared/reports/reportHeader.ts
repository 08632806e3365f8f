import { markingRank, parseProtectiveMarking } from '../markings/protectiveMarking';
import type { ProtectiveMarking } from '../markings/protectiveMarking';
import { reportHeaderLabels, reportHeaderStyles } from './reportHeaderStyles';
import type { ReportHeaderFieldId } from './reportHeaderStyles';

/**
 * Reads the header of an intelligence report (its first lines, and the marking that closes it):
 * reference, date, grading (source reliability A–F, information credibility 1–6, the Admiralty
 * system), handling code, protective marking, originator and subject, in the styles of
 * reportHeaderStyles. What names a field but cannot be read is kept verbatim in a flag with the
 * reason; a field the header lacks is flagged too. Nothing is dropped: the report's text is kept
 * whole beside the parse.
 */

export const sourceReliabilities = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type SourceReliability = (typeof sourceReliabilities)[number];
export const informationCredibilities = [1, 2, 3, 4, 5, 6] as const;
export type InformationCredibility = (typeof informationCredibilities)[number];

export interface ReportHeaderField {
  readonly field: ReportHeaderFieldId;
  /** The normalised value: ISO date, upper-case reliability, credibility digit, canonical marking. */
  readonly value: string;
  /** The segment of the header it was read from, as written. */
  readonly asWritten: string;
  /** Id of the header style that read it (reportHeaderStyles). */
  readonly style: string;
  /** 1-based line of the report's text. */
  readonly line: number;
}

export type ReportFlagField = 'reference' | 'date' | 'grading' | 'handlingCode' | 'marking' | 'text' | 'attachment';

export interface ReportFlag {
  readonly field: ReportFlagField;
  /** The text concerned, verbatim; null when the flag is about something absent. */
  readonly text: string | null;
  readonly reason: string;
  /** 1-based line of the report's text, when the flag is about one. */
  readonly line: number | null;
}

export interface ParsedReportHeader {
  readonly reference: string | null;
  /** ISO date (yyyy-mm-dd). */
  readonly date: string | null;
  readonly sourceReliability: SourceReliability | null;
  readonly informationCredibility: InformationCredibility | null;
  readonly handlingCode: string | null;
  /** The highest marking the report carries. */
  readonly marking: ProtectiveMarking | null;
  readonly originator: string | null;
  readonly subject: string | null;
  /** A title for lists: the subject, else the first line of the body. */
  readonly title: string | null;
  readonly fields: readonly ReportHeaderField[];
  readonly flags: readonly ReportFlag[];
}

/** Lines read for the header at most; the closing marking is looked for in the last few lines. */
const maxHeaderLines = 60;
const trailingMarkingLines = 6;
const maxTitleLength = 160;

export function parseReportHeader(text: string): ParsedReportHeader {
  const lines = text.split('\n');
  const fields: ReportHeaderField[] = [];
  const flags: ReportFlag[] = [];
  const values = new Map<ReportHeaderFieldId, ReportHeaderField>();
  const markings: ReportHeaderField[] = [];

  const record = (field: ReportHeaderFieldId, value: string, asWritten: string, style: string, line: number): void => {
    const entry: ReportHeaderField = { field, value, asWritten, style, line };
    fields.push(entry);
    if (field === 'marking') {
      markings.push(entry);
      return;
    }
    const first = values.get(field);
    if (first === undefined) {
      values.set(field, entry);
    } else if (first.value !== value) {
      flags.push({ field: flagFieldOf(field), text: asWritten, reason: `a second ${fieldNoun(field)} (${value}) in the header; the first (${first.value}, line ${first.line}) is used`, line });
    }
  };

  // Returns whether the segment was recognised (read by a style, or flagged by its label).
  const readSegment = (segment: string, line: number, onlyMarkings: boolean): { recognised: boolean; gaveField: boolean } => {
    for (const style of reportHeaderStyles) {
      if (onlyMarkings && style.id !== 'marking-line') continue;
      const match = style.pattern.exec(segment);
      if (!match?.groups) continue;
      const groups = match.groups;
      let gaveField = false;
      let flagged = false;
      if (groups.reference !== undefined) {
        record('reference', groups.reference.replace(/\s+/g, ' ').trim(), segment, style.id, line);
        gaveField = true;
      }
      if (groups.date !== undefined) {
        const date = parseReportDate(groups.date);
        if (date === null) {
          flags.push({ field: 'date', text: segment, reason: reasonOf('date'), line });
          flagged = true;
        } else {
          record('date', date, segment, style.id, line);
          gaveField = true;
        }
      }
      if (groups.source !== undefined) {
        record('sourceReliability', groups.source.toUpperCase(), segment, style.id, line);
        gaveField = true;
      }
      if (groups.credibility !== undefined) {
        record('informationCredibility', groups.credibility, segment, style.id, line);
        gaveField = true;
      }
      if (groups.handling !== undefined) {
        record('handlingCode', groups.handling.toUpperCase(), segment, style.id, line);
        gaveField = true;
      }
      if (groups.marking !== undefined) {
        const marking = parseProtectiveMarking(groups.marking);
        if (marking === undefined) {
          flags.push({ field: 'marking', text: segment, reason: reasonOf('marking'), line });
          flagged = true;
        } else {
          record('marking', marking, segment, style.id, line);
        }
      }
      if (groups.originator !== undefined) {
        record('originator', groups.originator.trim(), segment, style.id, line);
        gaveField = true;
      }
      if (groups.subject !== undefined) {
        record('subject', groups.subject.trim(), segment, style.id, line);
        gaveField = true;
      }
      if (gaveField || flagged || groups.marking !== undefined) return { recognised: true, gaveField };
    }
    if (onlyMarkings) return { recognised: false, gaveField: false };
    const label = reportHeaderLabels.find((candidate) => candidate.pattern.test(segment));
    if (label !== undefined) {
      flags.push({ field: label.field, text: segment, reason: label.reason, line });
      return { recognised: true, gaveField: false };
    }
    return { recognised: false, gaveField: false };
  };

  // The header: from the top, up to the first line no style or label recognises once a field
  // other than the marking has been read (a title line such as "INTELLIGENCE REPORT" before the
  // fields is passed over).
  let bodyStart = Math.min(lines.length, maxHeaderLines);
  let readAField = false;
  let afterLastRecognised = 0;
  for (let index = 0; index < Math.min(lines.length, maxHeaderLines); index += 1) {
    const segments = headerSegments(lines[index] as string);
    if (segments.length === 0) continue;
    let recognisedAll = true;
    for (const segment of segments) {
      const { recognised, gaveField } = readSegment(segment, index + 1, false);
      if (!recognised) recognisedAll = false;
      if (gaveField) readAField = true;
    }
    if (recognisedAll) afterLastRecognised = index + 1;
    if (!recognisedAll && readAField) {
      bodyStart = index;
      break;
    }
  }
  // No header field at all: the body starts after the markings and flagged lines at the top.
  if (!readAField) bodyStart = afterLastRecognised;

  // The marking that closes the report.
  let seen = 0;
  for (let index = lines.length - 1; index >= bodyStart && seen < trailingMarkingLines; index -= 1) {
    const segments = headerSegments(lines[index] as string);
    if (segments.length === 0) continue;
    seen += 1;
    for (const segment of segments) readSegment(segment, index + 1, true);
  }

  let marking: ProtectiveMarking | null = null;
  for (const entry of markings) {
    const value = entry.value as ProtectiveMarking;
    if (marking !== null && value !== marking) {
      flags.push({
        field: 'marking',
        text: entry.asWritten,
        reason: `the report carries two markings (${marking} and ${value}); the higher is used`,
        line: entry.line,
      });
    }
    if (marking === null || markingRank(value) > markingRank(marking)) marking = value;
  }

  const value = (field: ReportHeaderFieldId): string | null => values.get(field)?.value ?? null;
  const source = value('sourceReliability') as SourceReliability | null;
  const credibilityText = value('informationCredibility');
  const credibility = credibilityText === null ? null : (Number(credibilityText) as InformationCredibility);

  const flaggedFields = new Set(flags.map((flag) => flag.field));
  const missing = (field: ReportFlagField, reason: string): void => {
    if (!flaggedFields.has(field)) flags.push({ field, text: null, reason, line: null });
  };
  if (value('reference') === null) missing('reference', 'no reference found in the header');
  if (value('date') === null) missing('date', 'no date found in the header');
  if (source === null && credibility === null) missing('grading', 'no grading (source reliability and information credibility) found in the header');
  else if (source === null) missing('grading', 'the grading gives no source reliability (A–F)');
  else if (credibility === null) missing('grading', 'the grading gives no information credibility (1–6)');
  if (value('handlingCode') === null) missing('handlingCode', 'no handling code found in the header');
  if (marking === null) missing('marking', 'no protective marking found in the report');

  const subject = value('subject');
  return {
    reference: value('reference'),
    date: value('date'),
    sourceReliability: source,
    informationCredibility: credibility,
    handlingCode: value('handlingCode'),
    marking,
    originator: value('originator'),
    subject,
    title: subject ?? firstBodyLine(lines, bodyStart),
    fields,
    flags: flags.sort((left, right) => (left.line ?? Infinity) - (right.line ?? Infinity)),
  };
}

/** The canonical grading code, "B2"; a partial one keeps a "?" for what is missing. */
export function gradingCode(source: string | null, credibility: number | null): string | null {
  if (source === null && credibility === null) return null;
  return `${source ?? '?'}${credibility ?? '?'}`;
}

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const weekday = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
const trailingTime = /(?:,?\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|GMT|BST|[+-]\d{2}:?\d{2})?$/i;

/**
 * A report date as ISO yyyy-mm-dd, from ISO (2026-05-15), day first (15/05/2026, 15.05.2026,
 * 15-05-2026: the UK order), or a month name (15 May 2026, 15th MAY 2026, 15-May-2026,
 * May 15, 2026), an optional weekday before and time after; null when it is none of these or
 * not a calendar date.
 */
export function parseReportDate(text: string): string | null {
  const cleaned = text.trim().replace(weekday, '').replace(trailingTime, '').replace(/\.$/, '').trim();
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cleaned);
  if (match) return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cleaned);
  if (match) return calendarDate(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)([A-Za-z]+)\.?,?(?:\s+|-)(\d{4})$/.exec(cleaned);
  if (match) return calendarDate(Number(match[3]), monthNumber(match[2] as string), Number(match[1]));
  match = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(cleaned);
  if (match) return calendarDate(Number(match[3]), monthNumber(match[1] as string), Number(match[2]));
  return null;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  // The full name, its first three letters, or "sept".
  const index = monthNames.findIndex((full) => lower === full || lower === full.slice(0, 3) || (full === 'september' && lower === 'sept'));
  return index + 1;
}

function calendarDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A header line as segments: markdown decoration removed (headings, bullets, quotes, emphasis),
 * a two-cell table row read as "label: value", then split at ";", tabs, runs of two or more
 * spaces and table cell borders.
 */
export function headerSegments(line: string): string[] {
  let text = line.trim();
  if (text === '') return [];
  if (/^\|?\s*:?-{3,}/.test(text)) return [];
  text = text.replace(/^#{1,6}\s+/, '').replace(/^>\s*/, '').replace(/^[-*+]\s+/, '').replace(/\*\*|__|`/g, '');
  if (text.startsWith('|')) {
    const cells = text.replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim()).filter((cell) => cell !== '');
    text = cells.length === 2 ? `${(cells[0] as string).replace(/:$/, '')}: ${cells[1] as string}` : cells.join('  ');
  }
  text = text.replace(/:\s+/g, ': ');
  return text.split(/\s*;\s*|\t+| {2,}/).map((segment) => segment.trim()).filter((segment) => segment !== '');
}

function firstBodyLine(lines: readonly string[], bodyStart: number): string | null {
  for (let index = bodyStart; index < lines.length; index += 1) {
    const line = (lines[index] as string).trim().replace(/^#{1,6}\s+/, '');
    if (line === '') continue;
    if (headerSegments(line).some((segment) => reportHeaderStyles.some((style) => style.id === 'marking-line' && style.pattern.test(segment)))) continue;
    return line.length > maxTitleLength ? `${line.slice(0, maxTitleLength - 1)}…` : line;
  }
  return null;
}

function flagFieldOf(field: ReportHeaderFieldId): ReportFlagField {
  switch (field) {
    case 'sourceReliability':
    case 'informationCredibility':
      return 'grading';
    case 'reference':
    case 'date':
    case 'handlingCode':
    case 'marking':
      return field;
    default:
      return 'text';
  }
}

function fieldNoun(field: ReportHeaderFieldId): string {
  return {
    reference: 'reference',
    date: 'date',
    sourceReliability: 'source reliability',
    informationCredibility: 'information credibility',
    handlingCode: 'handling code',
    marking: 'marking',
    originator: 'originator',
    subject: 'subject',
  }[field];
}

function reasonOf(field: 'date' | 'marking'): string {
  return (reportHeaderLabels.find((label) => label.field === field) as { reason: string }).reason;
}
