import { headerFromHead, identifyAmsTable } from '../ingest/ams/amsTableIdentification';
import { applyColumnMapping, columnMappingProblem, fieldLabel } from '../ingest/columnMapping';
import type { ColumnMappingTable, ColumnProposal } from '../ingest/columnMapping';
import { sniffLength } from '../ingest/formats/importFormat';
import { checkImportProfile, profileSignature } from '../ingest/importProfile';
import type { ImportProfile } from '../ingest/importProfile';
import type { ImportMappingUsed } from '../ingest/importReport';
import { defaultFormatLimits } from '../ingest/manifestImporter';
import { foldHeader } from '../ingest/manifestFields';
import { missingRequired, readFileLayout } from '../ingest/manifestPreview';
import type { FileLayout, PreviewTable } from '../ingest/manifestPreview';
import { peekSource } from '../ingest/sourceHead';
import { findImportProfileForLayout, saveImportProfile } from '../store/importProfileStore';
import type { WorkspaceStore } from '../store/workspaceStore';
import type { ManifestImportChoices, ManifestImportSource, ManifestPreview } from './engineApi';

/**
 * Chooses how a manifest's columns are mapped, in this order: the analyst's mapping from the
 * preview (saved as a profile when named); a profile given to the import (the CLI's --profile);
 * the saved profile whose layout signature the file has; else the proposal the preview shows
 * (header names, then content for columns whose header names no field).
 */
export interface ChosenMapping {
  readonly mapping: readonly ColumnMappingTable[];
  readonly mappingUsed: ImportMappingUsed;
  /** The file again, from its first byte. */
  readonly source: ManifestImportSource;
}

export async function chooseMapping(store: WorkspaceStore, source: ManifestImportSource, choices: ManifestImportChoices): Promise<ChosenMapping> {
  const fileName = source.fileName;
  if (choices.mapping !== undefined) {
    for (const table of choices.mapping) {
      const problem = columnMappingProblem(table);
      if (problem !== null) throw new Error(`${fileName}${table.sheet === null ? '' : ` (sheet "${table.sheet}")`}: ${problem}`);
    }
    const profileName = choices.profileName?.trim();
    if (profileName) saveImportProfile(store, { name: profileName, tables: choices.mapping });
    return {
      mapping: choices.mapping,
      mappingUsed: {
        kind: 'analyst',
        ...(profileName ? { profileName } : {}),
        description: profileName ? `Columns as mapped in the preview, saved as profile '${profileName}'` : 'Columns as mapped in the preview',
      },
      source,
    };
  }
  if (choices.profileName !== undefined) throw new Error(`${fileName}: a profile name was given without a mapping to save under it`);
  const reading = await readFileLayout(source, defaultFormatLimits);
  const layout = reading.layout;
  if (choices.profile !== undefined) {
    const profile = checkImportProfile(choices.profile);
    const matches = layout !== null && layout.signature === profileSignature(profile);
    return {
      mapping: matches ? profile.tables : fitProfile(fileName, profile, layout),
      mappingUsed: {
        kind: 'given-profile',
        profileName: profile.name,
        description: matches ? `Layout matches profile '${profile.name}' (given to the import)` : `Profile '${profile.name}' (given to the import; the file's layout differs, its mapped columns are looked up by header)`,
      },
      source: reading.source,
    };
  }
  if (layout === null) return { mapping: [], mappingUsed: { kind: 'header-names', description: 'Columns mapped by header names' }, source: reading.source };
  const saved = findImportProfileForLayout(store, layout.signature);
  if (saved !== undefined) return { mapping: saved.tables, mappingUsed: { kind: 'profile', profileName: saved.name, description: `Layout matches profile '${saved.name}'` }, source: reading.source };
  // The proposal, for tables where content found columns and a B/L column; other tables as by name.
  const detected = layout.tables.filter((table) => table.status === 'readable' && table.missingRequiredFields.length === 0 && table.proposals.some((proposal) => proposal.basis === 'content'));
  if (detected.length === 0) return { mapping: [], mappingUsed: { kind: 'header-names', description: 'Columns mapped by header names' }, source: reading.source };
  const basis: Record<string, string> = {};
  for (const table of detected) for (const proposal of table.proposals) if (proposal.basis === 'content' && proposal.field !== null) basis[proposal.header] = `${fieldLabel(proposal.field)}: ${proposal.explanation}`;
  const count = Object.keys(basis).length;
  return {
    mapping: detected.map((table) => ({ sheet: table.sheet, columns: table.proposals.map(({ header, field }) => ({ header, field })) })),
    mappingUsed: { kind: 'detected', description: `Columns mapped by header names and, for ${count === 1 ? '1 column' : `${count} columns`} whose header names no field, by their content`, basis },
    source: reading.source,
  };
}

/**
 * A profile applied to a file of another layout: each table takes the profile's table of the same
 * sheet name, or the profile's only table. A table with no counterpart cannot be mapped by it.
 */
function fitProfile(fileName: string, profile: ImportProfile, layout: FileLayout | null): ColumnMappingTable[] {
  if (layout === null) return profile.tables.length === 1 ? [{ ...(profile.tables[0] as ColumnMappingTable), sheet: null }] : [...profile.tables];
  return layout.tables
    .filter((table) => table.status === 'readable')
    .map((table) => {
      const own = profile.tables.find((candidate) => candidate.sheet !== null && table.sheet !== null && foldHeader(candidate.sheet) === foldHeader(table.sheet));
      const fitted = own ?? (profile.tables.length === 1 ? profile.tables[0] : undefined);
      if (fitted === undefined) {
        throw new Error(`${fileName}: profile '${profile.name}' has no table for ${table.sheet === null ? 'this file' : `sheet "${table.sheet}"`} (its tables: ${profile.tables.map((candidate) => candidate.sheet ?? '(single table)').join(', ')})`);
      }
      return { sheet: table.sheet, columns: fitted.columns };
    });
}

/** The preview of a manifest file (EngineApi.previewManifest). */
export async function previewManifest(store: WorkspaceStore, source: ManifestImportSource): Promise<ManifestPreview> {
  const peeked = await peekSource(source, sniffLength);
  const ams = identifyAmsTable(source.fileName, headerFromHead(peeked.head));
  if (ams !== null) {
    return {
      fileName: source.fileName,
      format: 'ams-table',
      formatDescription: `US AMS release table (${ams.table})`,
      amsTable: ams.table,
      tables: [],
      signature: '',
      matchingProfile: null,
      message: `A table of the US AMS release (${ams.table}): read by the release's own columns and joined on identifier; no mapping to choose`,
    };
  }
  const reading = await readFileLayout(peeked.source, defaultFormatLimits);
  const layout = reading.layout;
  if (layout === null) throw new Error(`${source.fileName}: ${reading.failure ?? 'the file cannot be read'}`);
  const saved = findImportProfileForLayout(store, layout.signature);
  const tables = saved === undefined ? layout.tables : layout.tables.map((table) => withProfile(table, saved));
  const contentColumns = layout.tables.reduce((sum, table) => sum + table.proposals.filter((proposal) => proposal.basis === 'content').length, 0);
  const message =
    saved !== undefined
      ? `Layout matches profile '${saved.name}'`
      : contentColumns > 0
        ? `No saved profile has this layout; ${contentColumns === 1 ? '1 column was' : `${contentColumns} columns were`} mapped from sample values because the header names no field`
        : 'No saved profile has this layout; columns are mapped by their header names';
  return { fileName: source.fileName, format: layout.format, formatDescription: layout.formatDescription, amsTable: null, tables, signature: layout.signature, matchingProfile: saved?.name ?? null, message };
}

function withProfile(table: PreviewTable, profile: ImportProfile): PreviewTable {
  if (table.status !== 'readable') return table;
  const own = profile.tables.find((candidate) => (candidate.sheet === null ? table.sheet === null : table.sheet !== null && foldHeader(candidate.sheet) === foldHeader(table.sheet)));
  if (own === undefined) return table;
  const applied = applyColumnMapping(table.headers, own);
  const proposals = table.headers.map((header, column): ColumnProposal => {
    const field = applied.fieldByColumn.get(column) ?? null;
    return {
      column,
      header,
      field,
      basis: 'profile',
      confidence: 'high',
      explanation: field === null ? `profile '${profile.name}' does not import this column` : `profile '${profile.name}' maps '${header}' to ${fieldLabel(field)}`,
    };
  });
  return { ...table, proposals, missingRequiredFields: missingRequired(proposals) };
}
