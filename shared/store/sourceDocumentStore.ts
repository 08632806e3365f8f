import { createSHA256 } from 'hash-wasm';
import { isSourceDocumentKind, maxSourceDocumentBytes } from '../documents/sourceDocumentKinds';
import type { SourceDocumentInput, SourceDocumentReceipt, SourceDocumentSummary, SourceDocumentText } from '../engine/engineApi';
import { createTextDecoderStream } from '../ingest/textDecoding';
import type { WorkspaceStore } from './workspaceStore';

/**
 * Source documents kept in the workspace byte for byte, with their SHA-256: the originals that
 * later analyses (report extraction, watchlist screening, outcome feedback) read and cite.
 */
const summaryColumns = `id AS documentId, kind, file_name AS fileName, byte_length AS byteLength,
  content_sha256 AS contentSha256, added_at AS addedAt`;

export async function addSourceDocuments(store: WorkspaceStore, documents: readonly SourceDocumentInput[], now: Date = new Date()): Promise<SourceDocumentReceipt[]> {
  const prepared: { document: SourceDocumentInput; sha256: string }[] = [];
  for (const document of documents) {
    if (!isSourceDocumentKind(document.kind)) throw new Error(`${document.fileName}: unknown source document kind "${String(document.kind)}"`);
    if (document.bytes.length > maxSourceDocumentBytes) {
      throw new Error(`${document.fileName}: ${document.bytes.length} bytes is above the ${maxSourceDocumentBytes}-byte limit for a source document`);
    }
    const hasher = await createSHA256();
    hasher.init();
    hasher.update(document.bytes);
    prepared.push({ document, sha256: hasher.digest('hex') });
  }
  return store.transaction(() =>
    prepared.map(({ document, sha256 }) => {
      const existing = store.scalar('SELECT id FROM source_document WHERE kind = ? AND content_sha256 = ?', [document.kind, sha256]);
      if (existing !== undefined) return { fileName: document.fileName, status: 'already-present' as const, documentId: Number(existing) };
      store.run('INSERT INTO source_document (kind, file_name, content, byte_length, content_sha256, added_at) VALUES (?, ?, ?, ?, ?, ?)', [
        document.kind, document.fileName, document.bytes, document.bytes.length, sha256, now.toISOString(),
      ]);
      return { fileName: document.fileName, status: 'added' as const, documentId: store.lastInsertRowId() };
    }),
  );
}

export function listSourceDocuments(store: WorkspaceStore): SourceDocumentSummary[] {
  return store.all(`SELECT ${summaryColumns} FROM source_document ORDER BY kind, file_name, id`) as unknown as SourceDocumentSummary[];
}

export function readSourceDocument(store: WorkspaceStore, documentId: number): SourceDocumentText {
  const [summary] = store.all(`SELECT ${summaryColumns}, content FROM source_document WHERE id = ?`, [documentId]);
  if (!summary) throw new Error(`no source document with id ${documentId}`);
  const { content, ...rest } = summary;
  const decoder = createTextDecoderStream();
  const text = decoder.decode(content as Uint8Array, true);
  return { ...(rest as unknown as SourceDocumentSummary), text, encoding: decoder.encoding() };
}
