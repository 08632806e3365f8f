/**
 * Kinds of source document a workspace keeps in its original form, beside the manifests: the
 * files analysts receive from partner agencies and examination teams. Stored byte for byte (with
 * their SHA-256) so every later analysis can cite the original; the parsers of each kind read
 * them from the store.
 */
export const sourceDocumentKinds = [
  { id: 'intelligence-report', label: 'Intelligence report', pluralLabel: 'Intelligence reports', extensions: ['txt', 'md', 'eml', 'docx', 'pdf'] },
  { id: 'watchlist', label: 'Watchlist', pluralLabel: 'Watchlists', extensions: ['csv', 'jsonl'] },
  { id: 'examination-outcomes', label: 'Examination outcomes', pluralLabel: 'Examination outcomes', extensions: ['csv'] },
] as const;

export type SourceDocumentKind = (typeof sourceDocumentKinds)[number]['id'];

export function isSourceDocumentKind(value: unknown): value is SourceDocumentKind {
  return typeof value === 'string' && sourceDocumentKinds.some((kind) => kind.id === value);
}

/** Largest source document kept in a workspace (64 MiB). */
export const maxSourceDocumentBytes = 64 * 1024 * 1024;
