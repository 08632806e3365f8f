/**
 * The header styles of intelligence reports met in practice, as data: each style is a pattern
 * that matches one whole header segment (a line, or a part of a line set apart by ";", a tab,
 * two spaces or a table cell) and names the fields it gives through its named groups.
 *
 * Named groups: reference, date, source (reliability A–F), credibility (information 1–6),
 * handling (handling code), handlingNote, marking (protective marking), originator, subject.
 * Group values are checked and normalised by shared/reports/reportHeader.ts; a style that matches
 * with a value that does not check out (31/02/2026, "Grading: Z9") makes a flag, never a value.
 *
 * Add a style by appending an entry with examples: the header corpus test
 * (test/shared/reports/reportHeader.test.ts) checks every example parses with its style.
 */

export type ReportHeaderFieldId =
  | 'reference'
  | 'date'
  | 'sourceReliability'
  | 'informationCredibility'
  | 'handlingCode'
  | 'marking'
  | 'originator'
  | 'subject';

export interface ReportHeaderStyle {
  readonly id: string;
  readonly description: string;
  /** Anchored at both ends; matched against one header segment. */
  readonly pattern: RegExp;
  /** Segments the style parses, as written in reports. */
  readonly examples: readonly string[];
}

/** A reference: letters, digits and / - . _, with one space before a part that starts with a digit ("NIR 0413/26"). */
const referenceCode = String.raw`[A-Z0-9](?:[A-Z0-9/_.-]*[A-Z0-9])?(?: [0-9](?:[A-Z0-9/_.-]*[A-Z0-9])?)?`;
const markingWords = String.raw`(?:TOP\s+SECRET|SECRET|OFFICIAL(?:\s*[-\u2010-\u2015_ ]\s*SENSITIVE)?)`;

export const reportHeaderStyles: readonly ReportHeaderStyle[] = [
  {
    id: 'report-dated',
    description: 'reference and date in one sentence: "Report IR/2026/0412 dated 15 MAY 2026"',
    pattern: new RegExp(String.raw`^(?:intelligence\s+)?report\s+(?:no\.?\s*|number\s+)?(?<reference>${referenceCode})\s+(?:dated|of)\s+(?<date>.+)$`, 'i'),
    examples: ['Report IR/2026/0412 dated 15 MAY 2026', 'Intelligence report NIR 0412/26 dated 2026-05-15'],
  },
  {
    id: 'reference-then-date',
    description: 'reference and date on one line with single spaces, as text layers of PDFs give them: "REF CIU-2026-0077 DATE 03/04/2026"',
    pattern: new RegExp(String.raw`^(?:reference|ref)\s*[:.#]?\s*(?<reference>${referenceCode})\s+date\s*[:.]?\s*(?<date>.+)$`, 'i'),
    examples: ['REF CIU-2026-0077 DATE 03/04/2026', 'Reference: IR/2026/0412 Date: 15 May 2026'],
  },
  {
    id: 'labelled-reference',
    description: '"Reference: IR/2026/0412", "REF IR/2026/0412", "Our ref: CIU-2026-0412", "Report no. 0412"',
    pattern: new RegExp(String.raw`^(?:reference|ref|our\s+ref(?:erence)?|report\s+(?:ref(?:erence)?|no\.?|number)|serial(?:\s+no\.?)?|URN)\s*[:.#]?\s*(?<reference>${referenceCode})$`, 'i'),
    examples: ['Reference: IR/2026/0412', 'REF IR/2026/0412', 'Our ref: CIU-2026-0412', 'Report no. 0412', 'URN: 01/2026/77'],
  },
  {
    id: 'labelled-date',
    description: '"Date: 15 May 2026", "DATE 2026-05-15", "Date of report: 15/05/2026", "Dated 15th May 2026"',
    pattern: /^(?:dated|date(?:\s+of\s+(?:report|information))?|report\s+date)\b\s*[:.]?\s*(?<date>.+)$/i,
    examples: ['Date: 15 May 2026', 'DATE 2026-05-15', 'Date of report: 15/05/2026', 'Dated 15th May 2026'],
  },
  {
    id: 'source-and-intelligence-evaluation',
    description: '"Source evaluation: B / Intelligence evaluation: 2" on one line',
    pattern: /^source\s+(?:evaluation|reliability|grading)\s*[:.]?\s*(?<source>[A-F])\s*[/,;]?\s*(?:intelligence|information)\s+(?:evaluation|credibility|grading|assessment)\s*[:.]?\s*(?<credibility>[1-6])$/i,
    examples: ['Source evaluation: B / Intelligence evaluation: 2', 'Source grading B, information grading 2', 'Source reliability: A, information credibility: 1'],
  },
  {
    id: 'source-evaluation',
    description: 'source reliability on its own: "Source evaluation: B", "Source reliability - C"',
    pattern: /^source\s+(?:evaluation|reliability|grading)\s*[:.-]?\s*(?<source>[A-F])$/i,
    examples: ['Source evaluation: B', 'Source reliability - C', 'SOURCE GRADING: E'],
  },
  {
    id: 'intelligence-evaluation',
    description: 'information credibility on its own: "Intelligence evaluation: 2", "Information credibility: 3"',
    pattern: /^(?:intelligence|information)\s+(?:evaluation|credibility|grading|assessment)\s*[:.-]?\s*(?<credibility>[1-6])$/i,
    examples: ['Intelligence evaluation: 2', 'Information credibility: 3', 'INTELLIGENCE EVALUATION 6'],
  },
  {
    id: 'labelled-grading',
    description: 'a labelled code: "Grading: A1", "EVALUATION: B2", "Admiralty grading: B/2", "Evaluation B-2", "Grade: b2"',
    pattern: /^(?:grading|grade|evaluation|eval|admiralty\s+(?:grading|code|rating)|source\s*\/\s*information)\s*[:.]?\s*(?<source>[A-F])\s*[/\-\u2013 ]?\s*(?<credibility>[1-6])$/i,
    examples: ['Grading: A1', 'EVALUATION: B2', 'Admiralty grading: B/2', 'Evaluation B-2', 'Grade: b2'],
  },
  {
    id: 'grading-then-h-code',
    description: 'a grading and an "H" handling code on one line with single spaces: "Grading: A1 H3", "B2 H1"',
    pattern: /^(?:(?:grading|grade|evaluation|eval)\s*[:.]?\s*)?(?<source>[A-F])\s*[/-]?\s*(?<credibility>[1-6])\s+H(?<handling>[1-5])$/i,
    examples: ['Grading: A1 H3', 'B2 H1'],
  },
  {
    id: 'bare-grading',
    description: 'the code alone in its segment: "B2", "B/2", "C-3"',
    pattern: /^(?<source>[A-F])\s*[/-]?\s*(?<credibility>[1-6])$/,
    examples: ['B2', 'B/2', 'C-3'],
  },
  {
    id: 'labelled-handling-code',
    description: '"Handling code: 1", "HANDLING: P", "Handling: C - no onward dissemination without originator consent", "Handling code 4 - originating agency only"',
    pattern: /^handling(?:\s+(?:code|instructions?))?\s*[:.]?\s*(?<handling>[A-Z0-9]{1,3})(?:\s*[-\u2013\u2014:,]\s*(?<handlingNote>.+))?$/i,
    examples: ['Handling code: 1', 'HANDLING: P', 'Handling: C - no onward dissemination without originator consent', 'Handling code 4 - originating agency only'],
  },
  {
    id: 'h-handling-code',
    description: 'the UK 3x5x2 handling code written as "H3"',
    pattern: /^H(?<handling>[1-5])$/,
    examples: ['H3', 'H1'],
  },
  {
    id: 'marking-line',
    description: 'the protective marking alone on its line: "OFFICIAL - SENSITIVE", "SECRET"',
    pattern: new RegExp(`^(?<marking>${markingWords})$`, 'i'),
    examples: ['OFFICIAL - SENSITIVE', 'OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET', 'OFFICIAL'],
  },
  {
    id: 'labelled-marking',
    description: '"Classification: SECRET", "Protective marking: OFFICIAL-SENSITIVE"',
    pattern: /^(?:classification|security\s+classification|protective\s+marking|marking|GSC)\s*[:.]?\s*(?<marking>.+)$/i,
    examples: ['Classification: SECRET', 'Protective marking: OFFICIAL-SENSITIVE', 'GSC: OFFICIAL'],
  },
  {
    id: 'labelled-originator',
    description: '"Originator: NCIU", "FROM: RIU NORTH" (with the colon), "Originating unit: Maritime Int Cell"',
    pattern: /^(?:originator\s*[:.]?|originating\s+(?:unit|agency|officer)\s*[:.]?|from\s*:)\s*(?<originator>\S.*)$/i,
    examples: ['Originator: NCIU', 'FROM: RIU NORTH', 'Originating unit: Maritime Int Cell'],
  },
  {
    id: 'labelled-subject',
    description: '"Subject: ...", "SUBJECT: ...", "Subj: ..." (with the colon: "Subject to..." is prose)',
    pattern: /^(?:subject|subj|title)\s*[:.]\s*(?<subject>\S.*)$/i,
    examples: ['Subject: Cigarettes concealed in furniture', 'SUBJ: TOBACCO', 'SUBJECT: CONCEALMENT IN REEFERS'],
  },
];

/**
 * Segments that name a header field but that no style could read: recognised by their label, kept
 * verbatim and flagged with the reason, never dropped.
 */
export interface ReportHeaderLabel {
  readonly field: 'reference' | 'date' | 'grading' | 'handlingCode' | 'marking';
  readonly pattern: RegExp;
  readonly reason: string;
}

export const reportHeaderLabels: readonly ReportHeaderLabel[] = [
  {
    field: 'date',
    pattern: /^(?:date(?:\s+of\s+report)?|report\s+date|dated)\b/i,
    reason: 'the date is not in a recognised form (2026-05-15, 15/05/2026, 15 May 2026) or is not a calendar date',
  },
  {
    field: 'reference',
    pattern: /^(?:reference|ref|our\s+ref|report\s+(?:ref|no|number)|serial|URN)\b/i,
    reason: 'the reference is not a code of letters, digits and / - . _',
  },
  {
    field: 'grading',
    pattern: /^(?:grading|grade|evaluation|eval|admiralty|source\s+(?:evaluation|reliability|grading)|(?:intelligence|information)\s+(?:evaluation|credibility|grading|assessment))\b/i,
    reason: 'the grading is not a source reliability A–F with an information credibility 1–6',
  },
  {
    field: 'handlingCode',
    pattern: /^handling\b/i,
    reason: 'the handling code is not a code of up to three letters or digits',
  },
  {
    field: 'marking',
    pattern: /^(?:classification|security\s+classification|protective\s+marking|marking|GSC)\b/i,
    reason: 'not a protective marking (OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET)',
  },
];
