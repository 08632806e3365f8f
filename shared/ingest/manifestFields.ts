/**
 * The canonical fields of a manifest line (one row per bill-of-lading line), as a registry: each
 * field names its canonical CSV header and the header spellings met in real files, including the
 * column names of the US AMS release's flattened variant (identifier, shipper_party_name,
 * harmonized_number, ...). Import maps an unseen file's headers, sheet headers or JSON keys onto
 * these.
 */
export type ManifestFieldKind = 'text' | 'date' | 'integer' | 'decimal';

export interface ManifestField {
  readonly id: string;
  /** The header this product writes (generator, exports). */
  readonly header: string;
  readonly kind: ManifestFieldKind;
  readonly required: boolean;
  /** Other spellings, compared after folding case, punctuation and spacing. */
  readonly aliases: readonly string[];
}

export const manifestFields = [
  { id: 'billOfLadingNumber', header: 'B/L No.', kind: 'text', required: true, aliases: ['bill of lading', 'bill of lading number', 'bill of lading nbr', 'bl number', 'bl no', 'bl nbr', 'bol', 'bol number', 'bol nbr', 'house bl', 'house bill of lading', 'house bol number', 'hbl', 'bl', 'identifier'] },
  { id: 'masterBillOfLadingNumber', header: 'Master B/L No.', kind: 'text', required: false, aliases: ['master bill of lading', 'master bill of lading number', 'master bl', 'mbl', 'master bol', 'master bol number', 'master bill of lading nbr'] },
  { id: 'lineNumber', header: 'Line No.', kind: 'integer', required: false, aliases: ['line', 'line number', 'item', 'item no', 'sequence', 'seq', 'description sequence number'] },
  { id: 'arrivalDate', header: 'Arrival Date', kind: 'date', required: false, aliases: ['arrival', 'eta', 'date of arrival', 'actual arrival date', 'estimated arrival date', 'arrival dt'] },
  { id: 'vesselName', header: 'Vessel', kind: 'text', required: false, aliases: ['vessel name', 'ship', 'ship name', 'vessel nm'] },
  { id: 'vesselImo', header: 'IMO No.', kind: 'text', required: false, aliases: ['imo', 'imo number', 'vessel imo', 'imo nbr', 'lloyds number'] },
  { id: 'voyageNumber', header: 'Voyage', kind: 'text', required: false, aliases: ['voyage no', 'voyage number', 'voy', 'voyage nbr'] },
  { id: 'placeOfReceipt', header: 'Place of Receipt', kind: 'text', required: false, aliases: ['por', 'receipt', 'place of receipt code', 'origin place'] },
  { id: 'portOfLoading', header: 'Port of Loading', kind: 'text', required: false, aliases: ['pol', 'port of lading', 'loading port', 'foreign port of lading', 'port of load', 'load port'] },
  { id: 'portOfDischarge', header: 'Port of Discharge', kind: 'text', required: false, aliases: ['pod', 'port of unlading', 'discharge port', 'port of unloading', 'us port of unlading'] },
  { id: 'countryOfOrigin', header: 'Country of Origin', kind: 'text', required: false, aliases: ['origin', 'origin country', 'coo', 'country origin', 'ctry of origin'] },
  { id: 'shipperName', header: 'Shipper Name', kind: 'text', required: false, aliases: ['shipper', 'exporter', 'consignor', 'shipper nm', 'supplier', 'shipper party name'] },
  { id: 'shipperAddress', header: 'Shipper Address', kind: 'text', required: false, aliases: ['shipper addr', 'exporter address', 'consignor address', 'shipper party address'] },
  { id: 'shipperPhone', header: 'Shipper Phone', kind: 'text', required: false, aliases: ['shipper tel', 'shipper telephone', 'exporter phone', 'shipper comm number'] },
  { id: 'consigneeName', header: 'Consignee Name', kind: 'text', required: false, aliases: ['consignee', 'cnee', 'importer', 'cnee name', 'consignee nm'] },
  { id: 'consigneeAddress', header: 'Consignee Address', kind: 'text', required: false, aliases: ['cnee address', 'cnee addr', 'importer address', 'consignee addr'] },
  { id: 'consigneePhone', header: 'Consignee Phone', kind: 'text', required: false, aliases: ['cnee phone', 'cnee tel', 'consignee tel', 'importer phone', 'consignee telephone', 'consignee comm number'] },
  { id: 'notifyPartyName', header: 'Notify Party Name', kind: 'text', required: false, aliases: ['notify party', 'notify', 'notify name', 'ntfy', 'notify party nm'] },
  { id: 'notifyPartyAddress', header: 'Notify Party Address', kind: 'text', required: false, aliases: ['notify address', 'notify addr', 'ntfy address'] },
  { id: 'notifyPartyPhone', header: 'Notify Party Phone', kind: 'text', required: false, aliases: ['notify phone', 'notify tel', 'ntfy phone', 'notify party comm number'] },
  { id: 'containerNumber', header: 'Container No.', kind: 'text', required: false, aliases: ['container', 'container number', 'cntr', 'cntr no', 'container id', 'equipment number', 'container nbr'] },
  { id: 'hsCode', header: 'HS Code', kind: 'text', required: false, aliases: ['hs', 'hs code', 'harmonized code', 'tariff', 'tariff code', 'harmonized number', 'commodity code', 'hts', 'hts code'] },
  { id: 'goodsDescription', header: 'Goods Description', kind: 'text', required: false, aliases: ['description', 'description of goods', 'cargo description', 'commodity', 'piece description', 'goods', 'description text', 'text'] },
  { id: 'packages', header: 'Packages', kind: 'integer', required: false, aliases: ['pkgs', 'package count', 'quantity', 'qty', 'number of packages', 'piece count', 'pieces'] },
  { id: 'grossWeightKg', header: 'Gross Weight (kg)', kind: 'decimal', required: false, aliases: ['gross weight', 'gross wt', 'gross wt kg', 'weight', 'weight kg', 'weight kgs', 'gross weight kgs', 'harmonized weight'] },
  { id: 'grossWeightUnit', header: 'Weight Unit', kind: 'text', required: false, aliases: ['weight unit', 'gross weight unit', 'wt unit', 'weight uom', 'harmonized weight unit', 'unit of weight'] },
  { id: 'declaredValueUsd', header: 'Declared Value (USD)', kind: 'decimal', required: false, aliases: ['declared value', 'declared value usd', 'value', 'value usd', 'customs value', 'invoice value', 'fob value', 'harmonized value'] },
  // Parties' e-mail addresses, where a manifest carries them (trader resolution and hidden links use them).
  { id: 'shipperEmail', header: 'Shipper Email', kind: 'text', required: false, aliases: ['shipper e-mail', 'shipper email address', 'exporter email', 'consignor email', 'shipper mail'] },
  { id: 'consigneeEmail', header: 'Consignee Email', kind: 'text', required: false, aliases: ['consignee e-mail', 'consignee email address', 'cnee email', 'importer email', 'consignee mail'] },
  { id: 'notifyPartyEmail', header: 'Notify Party Email', kind: 'text', required: false, aliases: ['notify party e-mail', 'notify email', 'ntfy email', 'notify party email address'] },
] as const satisfies readonly ManifestField[];

export type ManifestFieldId = (typeof manifestFields)[number]['id'];

/** A manifest line with every canonical field as raw text (as read from the file). */
export type RawManifestLine = Partial<Record<ManifestFieldId, string>>;

/**
 * Folds a header for comparison: camelCase word boundaries (JSON keys such as `portOfLading`,
 * `HSCode`), case, punctuation (so `shipper.name` and `BILL_OF_LADING_NBR` compare as words) and
 * spacing.
 */
export function foldHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[_./\\#:()[\]-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
