import { useId, useState } from 'react';
import type { ManifestImportChoices, ManifestPreview } from '../../shared/engine/engineApi';
import type { ColumnMappingTable } from '../../shared/ingest/columnMapping';
import { manifestFields } from '../../shared/ingest/manifestFields';
import type { ManifestFieldId } from '../../shared/ingest/manifestFields';
import type { PreviewTable } from '../../shared/ingest/manifestPreview';
import './MappingPreview.css';

export interface MappingPreviewProps {
  readonly preview: ManifestPreview;
  readonly busy: boolean;
  readonly onImport: (choices: ManifestImportChoices) => void;
  readonly onDiscard: () => void;
}

const notImported = '';
const requiredFields = new Set<string>(manifestFields.filter((field) => field.required).map((field) => field.id));

function tableKey(table: PreviewTable, index: number): string {
  return `${index}:${table.sheet ?? ''}`;
}

/**
 * The mapping preview of one manifest file: per table (a workbook's sheets), every column with
 * sample values, the field it will be read into (the analyst may change it, or choose not to
 * import it) and why that field was proposed. Required fields without a column are flagged; a
 * field can take one column only. Import passes the analyst's mapping, optionally saved as a
 * named profile that later files of the same layout are mapped by.
 */
export function MappingPreview({ preview, busy, onImport, onDiscard }: MappingPreviewProps) {
  const readable = preview.tables.map((table, index) => ({ table, index })).filter(({ table }) => table.status === 'readable');
  const [fields, setFields] = useState<Record<string, (ManifestFieldId | null)[]>>(() =>
    Object.fromEntries(readable.map(({ table, index }) => [tableKey(table, index), table.proposals.map((proposal) => proposal.field)])),
  );
  const [profileName, setProfileName] = useState(preview.matchingProfile ?? '');
  const [saveProfile, setSaveProfile] = useState(false);
  const nameId = useId();

  const choose = (key: string, column: number, field: ManifestFieldId | null) =>
    setFields((current) => {
      // A field takes one column: choosing it for this column frees it elsewhere in the table.
      const next = (current[key] ?? []).map((existing, index) => (index === column ? field : field !== null && existing === field ? null : existing));
      return { ...current, [key]: next };
    });

  const mapping: ColumnMappingTable[] = readable.map(({ table, index }) => ({
    sheet: table.sheet,
    columns: table.headers.map((header, column) => ({ header, field: fields[tableKey(table, index)]?.[column] ?? null })),
  }));
  const missingByTable = readable.map(({ table, index }) => ({
    table,
    missing: manifestFields.filter((field) => requiredFields.has(field.id) && !(fields[tableKey(table, index)] ?? []).includes(field.id)),
  }));
  const nothingImported = missingByTable.every(({ missing }) => missing.length > 0);
  // Unchanged and not saved: the engine maps the file as proposed (by its profile, names or content) and its report says so.
  const corrected = readable.some(({ table, index }) => table.headers.some((_, column) => (fields[tableKey(table, index)]?.[column] ?? null) !== (table.proposals[column]?.field ?? null)));
  const trimmedName = profileName.trim();

  return (
    <section className="mapping-preview" aria-label={`Column mapping of ${preview.fileName}`}>
      <header className="mapping-preview__header">
        <h3 className="mapping-preview__title">
          {preview.fileName} <span className="mapping-preview__format">{preview.formatDescription}</span>
        </h3>
        <p className="mapping-preview__message" role="status">
          {preview.message}
        </p>
      </header>
      {preview.tables.map((table, index) => {
        const key = tableKey(table, index);
        if (table.status !== 'readable') {
          return (
            <p key={key} className="mapping-preview__skipped">
              Sheet “{table.sheet}” is not read: {table.skipReason}
            </p>
          );
        }
        const missing = missingByTable.find((entry) => entry.table === table)?.missing ?? [];
        return (
          <div key={key} className="mapping-preview__table">
            {table.sheet !== null ? <h4 className="mapping-preview__sheet">Sheet “{table.sheet}”</h4> : null}
            {missing.length > 0 ? (
              <p className="mapping-preview__missing" role="alert">
                {table.sheet === null ? 'Required' : `Sheet “${table.sheet}”: required`} field without a column: {missing.map((field) => field.header).join(', ')}
                {table.sheet === null ? ' — the file cannot be imported until a column is mapped to it.' : ' — this sheet is not imported until a column is mapped to it.'}
              </p>
            ) : null}
            <table className="import-report__issues mapping-preview__columns" aria-label={table.sheet === null ? 'Columns' : `Columns of sheet ${table.sheet}`}>
              <thead>
                <tr>
                  <th scope="col">Column</th>
                  <th scope="col">Sample values</th>
                  <th scope="col">Imported as</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {table.headers.map((header, column) => {
                  const proposal = table.proposals[column];
                  const chosen = fields[key]?.[column] ?? null;
                  const changed = chosen !== (proposal?.field ?? null);
                  const samples = table.sampleRows.map((row) => row[column] ?? '').filter((value) => value.trim() !== '').slice(0, 3);
                  return (
                    <tr key={`${column}-${header}`}>
                      <td className="is-code">{header === '' ? `(column ${column + 1})` : header}</td>
                      <td className="mapping-preview__samples">{samples.length === 0 ? <em>empty</em> : samples.join(' · ')}</td>
                      <td>
                        <select
                          aria-label={`Field for column ${header === '' ? column + 1 : header}`}
                          value={chosen ?? notImported}
                          disabled={busy}
                          onChange={(event) => choose(key, column, event.target.value === notImported ? null : (event.target.value as ManifestFieldId))}
                        >
                          <option value={notImported}>not imported</option>
                          {manifestFields.map((field) => (
                            <option key={field.id} value={field.id}>
                              {field.header}
                              {field.required ? ' (required)' : ''}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="mapping-preview__basis">{changed ? 'chosen by you' : (proposal?.explanation ?? '')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
      <div className="mapping-preview__actions">
        <label className="mapping-preview__save">
          <input type="checkbox" checked={saveProfile} disabled={busy} onChange={(event) => setSaveProfile(event.target.checked)} /> Save as profile
        </label>
        <label htmlFor={nameId} className="visually-hidden">
          Profile name
        </label>
        <input
          id={nameId}
          className="mapping-preview__name"
          type="text"
          placeholder="Profile name, e.g. Port of Felixstowe daily"
          value={profileName}
          disabled={busy || !saveProfile}
          onChange={(event) => setProfileName(event.target.value)}
        />
        <span className="mapping-preview__spacer" />
        <button type="button" className="button" disabled={busy} onClick={onDiscard}>
          Choose another file
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy || nothingImported || (saveProfile && trimmedName === '')}
          onClick={() => onImport(corrected || (saveProfile && trimmedName !== '') ? { mapping, ...(saveProfile && trimmedName !== '' ? { profileName: trimmedName } : {}) } : {})}
        >
          Import
        </button>
      </div>
    </section>
  );
}
