/**
 * Intelligence reports as text files: reference, date, grading, handling code and protective
 * marking in one of several header layouts used by different originating units, then the free-text
 * body naming containers, vessels, consignees and phones. The marking heads and closes the report.
 */
import type { ProtectiveMarking } from '../../markings/protectiveMarking';
import { formatIsoDate, formatReportDate, yearOf } from '../calendar';
import type { Rng } from '../random';
import { writeGrading, type Grading } from './grading';

export interface IntelligenceReport {
  readonly fileName: string;
  readonly reference: string;
  readonly day: number;
  readonly grading: Grading;
  readonly credible: boolean;
  readonly marking: ProtectiveMarking;
  readonly text: string;
  /** The bills the report is about (truth): planted or decoy consignments. */
  readonly billsOfLading: readonly string[];
  /** The scheme or decoy the report belongs to. */
  readonly subjectOf: string;
}

export interface ReportDraft {
  readonly day: number;
  readonly grading: Grading;
  readonly credible: boolean;
  readonly marking: ProtectiveMarking;
  readonly subject: string;
  readonly paragraphs: readonly string[];
  readonly billsOfLading: readonly string[];
  readonly subjectOf: string;
}

const originators = ['NCIU', 'BFIU', 'RIU SOUTH EAST', 'RIU NORTH', 'MARITIME INT CELL', 'PORT INT TEAM FXT', 'PARTNER AGENCY LIAISON'];
const handlingCodes = ['Handling code: 1', 'Handling code: 2', 'HANDLING: P', 'Handling: C - no onward dissemination without originator consent', 'H3', 'Handling code 4 - originating agency only'];

/** Numbers and names intelligence reports, as a registry would. */
export class ReportDesk {
  private count = 0;
  private readonly firstSerial: number;
  readonly reports: IntelligenceReport[] = [];

  constructor(private readonly rng: Rng) {
    this.firstSerial = rng.int(100, 900);
  }

  file(draft: ReportDraft): IntelligenceReport {
    this.count += 1;
    const year = yearOf(draft.day);
    const serial = String(this.firstSerial + this.count).padStart(4, '0');
    const reference = this.rng.pick([
      `IR/${year}/${serial}`, `INT-${String(year % 100).padStart(2, '0')}-${serial}`, `NIR ${serial}/${String(year % 100).padStart(2, '0')}`, `CIU-${year}-${serial}`,
    ]);
    const fileName = `${reference.replace(/[^A-Za-z0-9]+/g, '-')}.txt`;
    const report: IntelligenceReport = {
      fileName,
      reference,
      day: draft.day,
      grading: draft.grading,
      credible: draft.credible,
      marking: draft.marking,
      text: this.write(reference, draft),
      billsOfLading: draft.billsOfLading,
      subjectOf: draft.subjectOf,
    };
    this.reports.push(report);
    return report;
  }

  private write(reference: string, draft: ReportDraft): string {
    const rng = this.rng;
    const marking = draft.marking === 'OFFICIAL-SENSITIVE' && rng.chance(0.3) ? 'OFFICIAL - SENSITIVE' : draft.marking;
    const grading = writeGrading(draft.grading, rng);
    const handling = rng.pick(handlingCodes);
    const originator = rng.pick(originators);
    const body = draft.paragraphs.join('\n\n');
    let header: string;
    switch (rng.int(0, 2)) {
      case 0:
        header = [
          `INTELLIGENCE REPORT`,
          `Reference: ${reference}`,
          `Date: ${formatReportDate(draft.day)}`,
          `Originator: ${originator}`,
          grading,
          handling,
          '',
          `Subject: ${draft.subject}`,
        ].join('\n');
        break;
      case 1:
        header = [
          `REF ${reference}    DATE ${formatIsoDate(draft.day)}`,
          `FROM: ${originator}`,
          `${grading}    ${handling}`,
          '',
          `SUBJECT: ${draft.subject.toUpperCase()}`,
        ].join('\n');
        break;
      default:
        header = [
          `Report ${reference} dated ${formatReportDate(draft.day)}`,
          `${handling}; ${grading}`,
          '',
          draft.subject,
        ].join('\n');
    }
    return `${marking}\n\n${header}\n\n${body}\n\n${marking}\n`;
  }
}
