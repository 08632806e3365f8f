import { combineMarkingLines, plainMarkingLine, renderMarkingLine } from './markingLine';
import type { MarkingLine } from './markingLine';
import type { ProtectiveMarking } from './protectiveMarking';

/** An intelligence report as an export includes it: its reference, marking and handling code as read. */
export interface MarkedReport {
  readonly reference: string | null;
  readonly marking: ProtectiveMarking | null;
  readonly handlingCode: string | null;
}

export interface ExportMarking {
  /** The marking the export carries on every page, sheet and first line. */
  readonly line: MarkingLine;
  /** Its canonical text. */
  readonly text: string;
  /** The handling codes of the reports included, distinct, in the order first met. */
  readonly handlingCodes: readonly string[];
  /** The reports included that carry a marking above the workspace's classification. */
  readonly raisedBy: readonly string[];
}

/**
 * The marking of an export: the workspace's marking combined with that of every report it
 * includes (combineMarkingLines: the highest classification, every descriptor and caveat, the
 * releasability intersected). A report read without a marking adds nothing above the workspace's.
 */
export function exportMarking(workspace: MarkingLine, reports: readonly MarkedReport[] = []): ExportMarking {
  const line = combineMarkingLines([workspace, ...reports.map((report) => plainMarkingLine(report.marking ?? 'OFFICIAL'))]);
  const handlingCodes = [...new Set(reports.flatMap((report) => (report.handlingCode === null ? [] : [report.handlingCode])))];
  const raisedBy = reports
    .filter((report) => report.marking !== null && combineMarkingLines([plainMarkingLine(report.marking), workspace]).classification !== workspace.classification)
    .map((report) => report.reference ?? '(no reference)');
  return { line, text: renderMarkingLine(line), handlingCodes, raisedBy };
}
