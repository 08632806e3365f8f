import type { ShipmentRow } from '../../shared/engine/engineApi';
import { manifestFields } from '../../shared/ingest/manifestFields';
import { formatCount, formatDecimal } from '../format/format';
import './DetailsPanel.css';

type AsWrittenKey = Extract<keyof ShipmentRow, `${string}AsWritten`>;
type ManifestFieldKey = Exclude<keyof ShipmentRow, 'lineId' | 'sourceFile' | 'sourceRow' | AsWrittenKey>;

/** Fields import normalises, and where the row keeps the text as the file wrote it. */
const asWrittenOf: Readonly<Partial<Record<ManifestFieldKey, AsWrittenKey>>> = {
  vesselImo: 'vesselImoAsWritten',
  placeOfReceipt: 'placeOfReceiptAsWritten',
  portOfLoading: 'portOfLoadingAsWritten',
  portOfDischarge: 'portOfDischargeAsWritten',
  countryOfOrigin: 'countryOfOriginAsWritten',
  containerNumber: 'containerNumberAsWritten',
  hsCode: 'hsCodeAsWritten',
};

interface FieldGroup {
  readonly title: string;
  readonly fields: readonly ManifestFieldKey[];
}

/** Every manifest field of a shipment line, grouped as an analyst reads a bill of lading. */
export const detailGroups: readonly FieldGroup[] = [
  { title: 'Bill of lading', fields: ['billOfLadingNumber', 'arrivalDate'] },
  { title: 'Voyage', fields: ['vesselName', 'vesselImo', 'voyageNumber', 'placeOfReceipt', 'portOfLoading', 'portOfDischarge', 'countryOfOrigin'] },
  { title: 'Parties', fields: ['shipperName', 'consigneeName', 'notifyPartyName'] },
  { title: 'Cargo', fields: ['containerNumber', 'hsCode', 'goodsDescription', 'packages', 'grossWeightKg', 'declaredValueUsd'] },
];

const monospaced = new Set<ManifestFieldKey>(['billOfLadingNumber', 'vesselImo', 'voyageNumber', 'containerNumber', 'hsCode', 'arrivalDate']);

/** Field labels are the canonical manifest headers, as the analyst sees them in the source files. */
function fieldLabel(field: ManifestFieldKey): string {
  return manifestFields.find((candidate) => candidate.id === field)?.header ?? field;
}

function fieldValue(row: ShipmentRow, field: ManifestFieldKey): string | null {
  const value = row[field];
  if (value === null || value === undefined) return null;
  if (field === 'packages' && typeof value === 'number') return formatCount(value);
  if (typeof value === 'number') return formatDecimal(value);
  return value;
}

export interface DetailsPanelProps {
  readonly shipment: ShipmentRow | null;
}

/** The text the file had for a normalised field, when it differs from the value shown. */
function writtenAs(row: ShipmentRow, field: ManifestFieldKey, value: string | null): string | null {
  const key = asWrittenOf[field];
  const written = key === undefined ? null : (row[key] ?? null);
  return written === null || written === value ? null : written;
}

/** The selected manifest line: every field (normalised ones with the text as written, where it differed), and where it came from (file and row). */
export function DetailsPanel({ shipment }: DetailsPanelProps) {
  return (
    <aside className="details" aria-labelledby="details-title">
      <div className="details__header">
        <h2 id="details-title" className="details__title">
          {shipment ? `B/L ${shipment.billOfLadingNumber}` : 'Details'}
        </h2>
      </div>
      {shipment ? (
        <div className="details__body">
          {detailGroups.map((group) => (
            <section key={group.title} className="details__group" aria-label={group.title}>
              <h3 className="details__group-title">{group.title}</h3>
              <dl className="details__fields">
                {group.fields.map((field) => {
                  const value = fieldValue(shipment, field);
                  const written = writtenAs(shipment, field, value);
                  return (
                    <div key={field} className="details__field">
                      <dt>{fieldLabel(field)}</dt>
                      <dd className={`${monospaced.has(field) ? 'is-code' : ''}${value === null ? ' is-missing' : ''}`}>
                        {value ?? 'not given'}
                        {written === null ? null : <span className="details__as-written"> — written ‘{written}’</span>}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </section>
          ))}
          <section className="details__group details__group--provenance" aria-label="Provenance">
            <h3 className="details__group-title">Provenance</h3>
            <dl className="details__fields">
              <div className="details__field">
                <dt>Source file</dt>
                <dd className="is-code">{shipment.sourceFile}</dd>
              </div>
              <div className="details__field">
                <dt>Source row</dt>
                <dd className="is-code">{formatCount(shipment.sourceRow)}</dd>
              </div>
              <div className="details__field">
                <dt>Line id</dt>
                <dd className="is-code">{shipment.lineId}</dd>
              </div>
            </dl>
          </section>
        </div>
      ) : (
        <p className="details__placeholder">Select a shipment line to see every field and the file and row it came from.</p>
      )}
    </aside>
  );
}
