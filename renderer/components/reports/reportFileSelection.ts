import { maxSourceDocumentBytes, sourceDocumentKinds } from '../../../shared/documents/sourceDocumentKinds';
import { formatBytes } from '../../format/format';
import type { PickedFile, PickedFiles, UnreadEntry } from '../../files/droppedFiles';

/** The extensions the Reports view takes: those of the intelligence-report kind of source document. */
export const reportExtensions: readonly string[] = sourceDocumentKinds.find((kind) => kind.id === 'intelligence-report')?.extensions ?? [];

export interface ReportFileSelection {
  readonly accepted: readonly PickedFile[];
  /** Every file not taken, with its path and why; and every entry of the drop that could not be read. */
  readonly skipped: readonly UnreadEntry[];
}

/**
 * Splits the files of a drop or a chosen folder into the report files to import and the others,
 * each of those with its reason: not a report format (its extension named), or above the size a
 * source document may have. Nothing is passed over without a line saying so.
 */
export function selectReportFiles(picked: PickedFiles): ReportFileSelection {
  const accepted: PickedFile[] = [];
  const skipped: UnreadEntry[] = [...picked.unread];
  const listed = reportExtensions.map((extension) => `.${extension}`).join(', ');
  for (const entry of picked.files) {
    const extension = extensionOf(entry.file.name);
    if (!reportExtensions.includes(extension)) {
      skipped.push({ path: entry.path, reason: `${extension === '' ? 'no extension' : `.${extension}`}: not a report format (${listed})` });
    } else if (entry.file.size > maxSourceDocumentBytes) {
      skipped.push({ path: entry.path, reason: `${formatBytes(entry.file.size)}, above the ${formatBytes(maxSourceDocumentBytes)} limit for a source document` });
    } else accepted.push(entry);
  }
  return { accepted, skipped };
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}
