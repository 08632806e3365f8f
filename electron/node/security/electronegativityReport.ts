import Papa from 'papaparse';
import { decisiveElectronegativityChecks, electronegativityWaivers } from './electronegativityPolicy';
import type { ElectronegativityWaiver } from './electronegativityPolicy';

/** One row of Electronegativity's CSV output (`-o report.csv`). */
export interface ElectronegativityFinding {
  readonly check: string;
  readonly severity: 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';
  readonly confidence: string;
  readonly file: string;
  readonly location: string;
  readonly sample: string;
  readonly description: string;
}

const expectedHeader = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url'];
const severities: ReadonlySet<string> = new Set(['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']);

/**
 * Parses Electronegativity's CSV report (RFC 4180 quoting, a header row). Electronegativity exits 0
 * whatever it finds, so the report is the only result: a report that is not of this shape throws,
 * never reads as "no findings".
 */
export function parseElectronegativityCsv(text: string): ElectronegativityFinding[] {
  const parsed = Papa.parse(text.trim(), { skipEmptyLines: true, delimitersToGuess: [','] });
  // With one row (a header alone) papaparse cannot confirm the delimiter and says so; it is a comma.
  const errors = parsed.errors.filter((error) => error.code !== 'UndetectableDelimiter');
  if (errors.length > 0) {
    const first = errors[0];
    throw new Error(`Electronegativity report: ${first?.message ?? 'unreadable'} (row ${(first?.row ?? 0) + 1})`);
  }
  const [header, ...rows] = parsed.data;
  const headerNames = (header ?? []).map((name) => name.trim().toLowerCase());
  if (expectedHeader.some((name, index) => headerNames[index] !== name)) {
    throw new Error(`Electronegativity report: unexpected header "${(header ?? []).join(',')}"`);
  }
  return rows.map((row, index) => {
    if (row.length !== expectedHeader.length) {
      throw new Error(`Electronegativity report: row ${index + 2} has ${row.length} fields, expected ${expectedHeader.length}`);
    }
    const [check, severity, confidence, file, location, sample, description] = row.map((field) => field.trim()) as [string, string, string, string, string, string, string];
    if (!/^[A-Z0-9_]+$/.test(check)) throw new Error(`Electronegativity report: row ${index + 2} has no check id ("${check}")`);
    if (!severities.has(severity)) throw new Error(`Electronegativity report: row ${index + 2} has an unknown severity "${severity}"`);
    return { check, severity: severity as ElectronegativityFinding['severity'], confidence, file, location, sample, description };
  });
}

export interface ElectronegativityVerdict {
  /** Findings that fail the check: HIGH or of a decisive check, and not waived. */
  readonly failing: readonly ElectronegativityFinding[];
  readonly waived: readonly { readonly finding: ElectronegativityFinding; readonly waiver: ElectronegativityWaiver }[];
  /** Lower findings of other checks: printed, not failing. */
  readonly noted: readonly ElectronegativityFinding[];
  /** Waivers no finding used any more (printed, so they can be removed). */
  readonly unusedWaivers: readonly ElectronegativityWaiver[];
}

/** Sorts the findings by the team's policy (electronegativityPolicy.ts). */
export function judgeElectronegativityFindings(
  findings: readonly ElectronegativityFinding[],
  waivers: readonly ElectronegativityWaiver[] = electronegativityWaivers,
  decisiveChecks: readonly string[] = decisiveElectronegativityChecks,
): ElectronegativityVerdict {
  const failing: ElectronegativityFinding[] = [];
  const waived: { finding: ElectronegativityFinding; waiver: ElectronegativityWaiver }[] = [];
  const noted: ElectronegativityFinding[] = [];
  const used = new Set<ElectronegativityWaiver>();
  for (const finding of findings) {
    const waiver = waivers.find((candidate) => candidate.check === finding.check && candidate.file === finding.file);
    if (waiver !== undefined) {
      waived.push({ finding, waiver });
      used.add(waiver);
    } else if (finding.severity === 'HIGH' || decisiveChecks.includes(finding.check)) {
      failing.push(finding);
    } else {
      noted.push(finding);
    }
  }
  return { failing, waived, noted, unusedWaivers: waivers.filter((waiver) => !used.has(waiver)) };
}
