import type { ManifestEngineApi } from '../../../shared/engine/engineApi';
import type { ReportImportResult, ReportImportSummary } from '../../../shared/engine/reportApi';
import { mentionKinds, type MentionKind } from '../../../shared/reports/extraction/mention';

/** Mentions of one kind: found in the text, and how many of them link to something the workspace holds (a trader, bill, container, vessel, port, HS code or watchlist entry). */
export interface MentionCount {
  readonly found: number;
  readonly linked: number;
}

export interface ReportMentionCounts {
  readonly found: number;
  readonly linked: number;
  /** Every mention kind, in the registry's order, zeros included. */
  readonly byKind: Readonly<Record<MentionKind, MentionCount>>;
}

export type CountedReportImport = ReportImportResult & { readonly mentions: ReportMentionCounts | null };

/** The import summary with the mentions of every report read: per file (null for a file not read) and in total. */
export type CountedReportImportSummary = Omit<ReportImportSummary, 'files'> & { readonly files: readonly CountedReportImport[]; readonly mentions: ReportMentionCounts };

/**
 * Counts the mentions of each report of an import as the engine holds them at the end of the run
 * (read again after the traders were resolved, so trader names link): per kind, found and linked.
 * A file read twice in one run (already present) counts once in the total.
 */
export async function countReportMentions(engine: ManifestEngineApi, summary: ReportImportSummary): Promise<CountedReportImportSummary> {
  const perReport = new Map<number, ReportMentionCounts>();
  const files: CountedReportImport[] = [];
  for (const file of summary.files) {
    if (file.reportId === null) {
      files.push({ ...file, mentions: null });
      continue;
    }
    let counts = perReport.get(file.reportId);
    if (counts === undefined) {
      const tally = emptyTally();
      for (const mention of (await engine.readReport(file.reportId)).mentions) {
        const kind = tally[mention.kind];
        kind.found += 1;
        if (mention.target !== null && mention.status !== 'rejected') kind.linked += 1;
      }
      counts = summed([tally]);
      perReport.set(file.reportId, counts);
    }
    files.push({ ...file, mentions: counts });
  }
  return { ...summary, files, mentions: summed([...perReport.values()].map((counts) => counts.byKind)) };
}

function emptyTally(): Record<MentionKind, { found: number; linked: number }> {
  return Object.fromEntries(mentionKinds.map((kind) => [kind, { found: 0, linked: 0 }])) as Record<MentionKind, { found: number; linked: number }>;
}

function summed(tallies: readonly Readonly<Record<MentionKind, MentionCount>>[]): ReportMentionCounts {
  const byKind = emptyTally();
  for (const tally of tallies) {
    for (const kind of mentionKinds) {
      byKind[kind].found += tally[kind].found;
      byKind[kind].linked += tally[kind].linked;
    }
  }
  const counts = Object.values(byKind);
  return { found: counts.reduce((sum, count) => sum + count.found, 0), linked: counts.reduce((sum, count) => sum + count.linked, 0), byKind };
}
