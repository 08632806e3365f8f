/**
 * Every kind of file the app may write through the host's save dialog, as data: adding a format is
 * one entry. The Electron main process accepts a save only for a format listed here and forces the
 * file extension to match it.
 */
export interface ExportFormat {
  readonly id: string;
  readonly label: string;
  readonly extensions: readonly string[];
  readonly mimeType: string;
}

export const exportFormats = [
  { id: 'csv', label: 'CSV table', extensions: ['csv'], mimeType: 'text/csv' },
  { id: 'xlsx', label: 'Excel workbook', extensions: ['xlsx'], mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { id: 'pdf', label: 'PDF document', extensions: ['pdf'], mimeType: 'application/pdf' },
  { id: 'png', label: 'PNG image', extensions: ['png'], mimeType: 'image/png' },
  { id: 'svg', label: 'SVG image', extensions: ['svg'], mimeType: 'image/svg+xml' },
  { id: 'gexf', label: 'GEXF graph', extensions: ['gexf'], mimeType: 'application/xml' },
  { id: 'graphml', label: 'GraphML graph', extensions: ['graphml'], mimeType: 'application/xml' },
  { id: 'ftm-jsonl', label: 'FollowTheMoney entities (JSONL)', extensions: ['jsonl'], mimeType: 'application/x-ndjson' },
  { id: 'json', label: 'JSON document', extensions: ['json'], mimeType: 'application/json' },
  { id: 'mlens', label: 'Manifest Lens workspace', extensions: ['mlens'], mimeType: 'application/octet-stream' },
] as const satisfies readonly ExportFormat[];

export type ExportFormatId = (typeof exportFormats)[number]['id'];

export function findExportFormat(id: string): ExportFormat | undefined {
  return exportFormats.find((format) => format.id === id);
}
