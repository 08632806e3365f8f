import { contentKindSpec, tallyColumnContent } from './columnContent';
import type { ContentKind, ContentTally } from './columnContent';
import { matchHeader } from './headerMapping';
import { foldHeader, manifestFields } from './manifestFields';
import type { ManifestFieldId } from './manifestFields';

/**
 * Column mapping of one table (a delimited file, a JSON file, or one worksheet): each column's
 * header and the manifest field it is read into (null: not imported). It is what the analyst
 * confirms in the preview, what an import profile keeps, and what an import may be given.
 * Columns are named by their header as written (a duplicated header by its occurrence order);
 * columns of the file the mapping does not list are mapped by their header name when that names
 * a field no other column takes.
 */
export interface ColumnMappingTable {
  /** The worksheet, for workbooks; null for single-table files. */
  readonly sheet: string | null;
  readonly columns: readonly ColumnAssignment[];
}

export interface ColumnAssignment {
  readonly header: string;
  readonly field: ManifestFieldId | null;
}

/** How a proposed column mapping was found. */
export type MappingBasis = 'header' | 'content' | 'profile' | 'none';
export type MappingConfidence = 'high' | 'medium' | 'low';

/** One column of a table as the preview proposes to map it, with the reason in plain words. */
export interface ColumnProposal {
  readonly column: number;
  readonly header: string;
  readonly field: ManifestFieldId | null;
  readonly basis: MappingBasis;
  readonly confidence: MappingConfidence | null;
  /** "header 'CNEE' is an alias of Consignee Name", "18 of 20 sample values are ISO 6346 container numbers with valid check digits". */
  readonly explanation: string;
}

const fieldById: ReadonlyMap<string, (typeof manifestFields)[number]> = new Map(manifestFields.map((field) => [field.id, field]));

export function isManifestFieldId(value: unknown): value is ManifestFieldId {
  return typeof value === 'string' && fieldById.has(value);
}

/** The field's name for the analyst ("Consignee Name"). */
export function fieldLabel(field: ManifestFieldId): string {
  return fieldById.get(field)?.header ?? field;
}

/**
 * Headers that say nothing about the column: "COL7", "F12", "Field 3", "Column 4", "Unnamed: 2",
 * a spreadsheet column letter, or nothing at all. Only for these are shape-only content kinds
 * (numbers, company-like text, B/L-like tokens) used to propose a field.
 */
export function isCrypticHeader(header: string): boolean {
  const trimmed = header.trim();
  if (trimmed === '') return true;
  return /^(?:col(?:umn)?|field|fld|f|c|attr(?:ibute)?|var(?:iable)?|unnamed|x|data|value|val)[\s_:.#-]*\d{1,3}$/i.test(trimmed) || /^[A-Z]{1,2}$/.test(trimmed) || /^\d{1,3}$/.test(trimmed);
}

/** Share of a column's non-empty sample values that must be of a kind for it to be proposed. */
const proposalShare = 0.8;

const portFields: readonly ManifestFieldId[] = ['placeOfReceipt', 'portOfLoading', 'portOfDischarge'];
const partyFields = [
  { name: 'shipperName', address: 'shipperAddress', phone: 'shipperPhone' },
  { name: 'consigneeName', address: 'consigneeAddress', phone: 'consigneePhone' },
  { name: 'notifyPartyName', address: 'notifyPartyAddress', phone: 'notifyPartyPhone' },
] as const satisfies readonly { name: ManifestFieldId; address: ManifestFieldId; phone: ManifestFieldId }[];

interface ContentReading {
  readonly column: number;
  readonly kind: ContentKind;
  readonly matched: number;
  readonly tally: ContentTally;
  readonly cryptic: boolean;
}

/**
 * Proposes a field for every column of a table: first by header name (a field's header, id or
 * alias; name beats content), then, for columns whose header names no field, from the sample
 * values. Never maps two columns to one field.
 */
export function proposeColumnMapping(headers: readonly string[], sampleRows: readonly (readonly string[])[]): ColumnProposal[] {
  const proposals: (ColumnProposal | undefined)[] = headers.map(() => undefined);
  const taken = new Map<ManifestFieldId, number>();

  // 1. Names: the best-ranked column for each field wins (as in mapHeaders).
  const best = new Map<ManifestFieldId, { column: number; rank: number }>();
  headers.forEach((header, column) => {
    const match = matchHeader(header.trim());
    if (match === undefined) return;
    const current = best.get(match.field);
    if (current === undefined || match.rank < current.rank) best.set(match.field, { column, rank: match.rank });
  });
  for (const [field, { column, rank }] of best) {
    taken.set(field, column);
    proposals[column] = { column, header: headers[column] as string, field, basis: 'header', confidence: 'high', explanation: nameExplanation(headers[column] as string, field, rank) };
  }
  headers.forEach((header, column) => {
    if (proposals[column] !== undefined) return;
    const match = matchHeader(header.trim());
    if (match === undefined) return;
    const winner = headers[taken.get(match.field) as number] as string;
    proposals[column] = { column, header, field: null, basis: 'none', confidence: null, explanation: `header '${header}' also names ${fieldLabel(match.field)}, which column '${winner}' takes; not imported` };
  });

  // 2. Content, for the columns left.
  const readings: ContentReading[] = [];
  const emptyColumns = new Set<number>();
  headers.forEach((header, column) => {
    if (proposals[column] !== undefined) return;
    const tally = tallyColumnContent(sampleRows.map((row) => row[column] ?? ''));
    if (tally.nonEmpty === 0) {
      emptyColumns.add(column);
      return;
    }
    const reading = readContent(column, tally, isCrypticHeader(header));
    if (reading !== null) readings.push(reading);
  });
  const assign = (reading: ContentReading, field: ManifestFieldId, note = ''): boolean => {
    if (taken.has(field) || proposals[reading.column] !== undefined) return false;
    taken.set(field, reading.column);
    const spec = contentKindSpec(reading.kind);
    const share = reading.matched / reading.tally.nonEmpty;
    const confidence: MappingConfidence = spec.strong ? (share >= 0.95 && reading.tally.nonEmpty >= 5 ? 'high' : 'medium') : 'low';
    const header = headers[reading.column] as string;
    proposals[reading.column] = {
      column: reading.column,
      header,
      field,
      basis: 'content',
      confidence,
      explanation: `${reading.matched} of ${reading.tally.nonEmpty} sample values are ${spec.description}${note}`,
    };
    return true;
  };
  const ofKind = (kind: ContentKind) => readings.filter((reading) => reading.kind === kind);
  const single: readonly [ContentKind, ManifestFieldId][] = [
    ['container-number', 'containerNumber'],
    ['vessel-imo', 'vesselImo'],
    ['hs-code', 'hsCode'],
    ['weight-unit', 'grossWeightUnit'],
    ['country-code', 'countryOfOrigin'],
    ['date', 'arrivalDate'],
    ['weight', 'grossWeightKg'],
    ['money', 'declaredValueUsd'],
  ];
  for (const [kind, field] of single) for (const reading of ofKind(kind)) assign(reading, field);

  const bills = ofKind('bill-of-lading-number');
  bills.forEach((reading, index) => assign(reading, index === 0 ? 'billOfLadingNumber' : 'masterBillOfLadingNumber', index === 1 ? ' (the second such column is taken as the master B/L)' : ''));

  // Ports, in the order manifests write them: receipt, loading, discharge.
  const ports = ofKind('unlocode');
  const freePorts = (ports.length >= 3 ? portFields : (['portOfLoading', 'portOfDischarge', 'placeOfReceipt'] as const)).filter((field) => !taken.has(field)).slice(0, ports.length);
  const orderedPorts = portFields.filter((field) => freePorts.includes(field));
  ports.forEach((reading, index) => {
    const field = orderedPorts[index];
    if (field !== undefined) assign(reading, field, ports.length > 1 ? ` (port column ${index + 1} of ${ports.length}, taken in the order receipt, loading, discharge)` : '');
  });

  // Plain numbers: small whole numbers are packages (or line numbers), others weight then value.
  for (const reading of readings.filter((candidate) => candidate.kind === 'count' || candidate.kind === 'decimal')) {
    const { medianNumber, integers, plainNumbers } = reading.tally;
    const whole = plainNumbers > 0 && integers === plainNumbers;
    if (whole && medianNumber !== null && medianNumber <= 3 && !taken.has('lineNumber')) assign(reading, 'lineNumber', ' (small whole numbers: line numbers)');
    else if (whole && (medianNumber ?? 0) <= 5000 && !taken.has('packages')) assign(reading, 'packages');
    else if (!assign(reading, 'grossWeightKg', ' (numbers: the first such column is taken as the gross weight)')) assign(reading, 'declaredValueUsd', ' (numbers: the next such column is taken as the declared value)');
  }

  // Parties: names in order (shipper, consignee, notify party); an address or telephone column
  // right after a party's name column is that party's.
  let lastParty: (typeof partyFields)[number] | null = null;
  for (let column = 0; column < headers.length; column++) {
    const proposal = proposals[column];
    if (proposal !== undefined) {
      const field = proposal.field;
      const party = partyFields.find((candidate) => candidate.name === field);
      if (party !== undefined) lastParty = party;
      else if (lastParty === null || (field !== lastParty.address && field !== lastParty.phone)) lastParty = null;
      continue;
    }
    const reading = readings.find((candidate) => candidate.column === column);
    if (reading?.kind === 'company-name') {
      const party = partyFields.find((candidate) => !taken.has(candidate.name));
      if (party !== undefined && assign(reading, party.name)) {
        lastParty = party;
        continue;
      }
    } else if ((reading?.kind === 'address' || reading?.kind === 'phone') && lastParty !== null) {
      if (assign(reading, reading.kind === 'address' ? lastParty.address : lastParty.phone, ` (next to the ${fieldLabel(lastParty.name)} column)`)) continue;
    }
    if (!emptyColumns.has(column)) lastParty = null;
  }
  for (const reading of ofKind('voyage')) assign(reading, 'voyageNumber');
  for (const reading of ofKind('vessel-name')) if (!assign(reading, 'vesselName', ' (a few names repeated down the column)')) assign(reading, 'goodsDescription');
  for (const reading of ofKind('text')) assign(reading, 'goodsDescription');

  return headers.map((header, column) => {
    const proposal = proposals[column];
    if (proposal !== undefined) return proposal;
    const reading = readings.find((candidate) => candidate.column === column);
    const explanation = emptyColumns.has(column)
      ? `header '${header}' names no field and the sample values are empty; not imported`
      : reading === undefined
        ? `header '${header}' names no field and its sample values fit none; not imported`
        : `${reading.matched} of ${reading.tally.nonEmpty} sample values are ${contentKindSpec(reading.kind).description}, but that field is taken; not imported`;
    return { column, header, field: null, basis: 'none', confidence: null, explanation };
  });
}

function nameExplanation(header: string, field: ManifestFieldId, rank: number): string {
  const label = fieldLabel(field);
  if (rank >= 100) return `key '${header}' ends in a name of ${label}`;
  if (rank === 0 || foldHeader(header) === foldHeader(label)) return `header '${header}' is the name of ${label}`;
  return `header '${header}' is an alias of ${label}`;
}

/**
 * The column's kind, if its values are clearly of one: strong kinds for any header, shape-only
 * kinds for cryptic headers only.
 */
function readContent(column: number, tally: ContentTally, cryptic: boolean): ContentReading | null {
  const needed = Math.max(1, Math.ceil(tally.nonEmpty * proposalShare));
  const minimumSamples = Math.min(3, tally.nonEmpty);
  if (tally.nonEmpty < minimumSamples) return null;
  const order: readonly ContentKind[] = ['container-number', 'vessel-imo', 'unlocode', 'date', 'hs-code', 'weight-unit', 'country-code'];
  for (const kind of order) {
    const matched = tally.matches.get(kind) ?? 0;
    if (matched >= needed) return { column, kind, matched, tally, cryptic };
  }
  if (!cryptic) return null;
  for (const kind of ['bill-of-lading-number', 'phone', 'weight', 'money'] as const) {
    const matched = tally.matches.get(kind) ?? 0;
    if (matched >= needed) return { column, kind, matched, tally, cryptic };
  }
  if (tally.plainNumbers >= needed) {
    const kind: ContentKind = tally.integers === tally.plainNumbers ? 'count' : 'decimal';
    return { column, kind, matched: tally.plainNumbers, tally, cryptic };
  }
  const matchedCount = tally.matches.get('count') ?? 0;
  if (matchedCount >= needed) return { column, kind: 'count', matched: matchedCount, tally, cryptic };
  // Many company names carry no legal form or trade word: half the values having one is enough.
  const companies = tally.matches.get('company-name') ?? 0;
  if (companies >= Math.max(1, Math.ceil(tally.nonEmpty * 0.5))) return { column, kind: 'company-name', matched: companies, tally, cryptic };
  const addresses = tally.matches.get('address') ?? 0;
  if (addresses >= needed) return { column, kind: 'address', matched: addresses, tally, cryptic };
  const voyage = tally.matches.get('voyage') ?? 0;
  if (voyage >= needed) return { column, kind: 'voyage', matched: voyage, tally, cryptic };
  const text = tally.matches.get('text') ?? 0;
  if (text >= needed) {
    const repeated = tally.distinct <= Math.max(1, Math.floor(tally.nonEmpty / 2));
    return { column, kind: repeated && tally.nonEmpty >= 4 ? 'vessel-name' : 'text', matched: text, tally, cryptic };
  }
  const word = tally.matches.get('vessel-name') ?? 0;
  if (word >= needed && tally.distinct <= Math.max(1, Math.floor(tally.nonEmpty / 2)) && tally.nonEmpty >= 4) return { column, kind: 'vessel-name', matched: word, tally, cryptic };
  return null;
}

/** Occurrence keys of a header row: the folded header, and for a repeated one its occurrence ("name#2"). */
function occurrenceKeys(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((header) => {
    const folded = foldHeader(header.trim());
    const count = (seen.get(folded) ?? 0) + 1;
    seen.set(folded, count);
    return count === 1 ? folded : `${folded}#${count}`;
  });
}

/** Why a table's mapping cannot be used (a field mapped twice, an unknown field), or null. */
export function columnMappingProblem(table: ColumnMappingTable): string | null {
  const byField = new Map<string, string>();
  for (const { header, field } of table.columns) {
    if (field === null) continue;
    if (!isManifestFieldId(field)) return `column '${header}' is mapped to '${String(field)}', which is not a manifest field`;
    const other = byField.get(field);
    if (other !== undefined) return `columns '${other}' and '${header}' are both mapped to ${fieldLabel(field)}; a field takes one column`;
    byField.set(field, header);
  }
  return null;
}

/** Whether a row holds every header the mapping maps to a field (used to find the header row). */
export function rowHoldsMappedHeaders(row: readonly string[], table: ColumnMappingTable): boolean {
  const keys = new Set(occurrenceKeys(row));
  const mappedKeys = occurrenceKeys(table.columns.map((column) => column.header)).filter((_, index) => table.columns[index]?.field !== null);
  // A table that maps no column takes its first row as the header (and is then not imported for want of a B/L column).
  return mappedKeys.every((key) => keys.has(key));
}

export interface AppliedMapping {
  /** Column index -> field, in column order. */
  readonly fieldByColumn: ReadonlyMap<number, ManifestFieldId>;
  /** Headers the mapping maps to a field that the header row lacks. */
  readonly absentHeaders: readonly string[];
  /** Columns the mapping does not list that were mapped by their header name. */
  readonly mappedByName: readonly string[];
}

/**
 * Applies a table's mapping to a header row: listed columns take the listed field (or none);
 * other columns are mapped by header name when that names a field the mapping leaves free.
 */
export function applyColumnMapping(headers: readonly string[], table: ColumnMappingTable): AppliedMapping {
  const fieldByKey = new Map<string, ManifestFieldId | null>();
  occurrenceKeys(table.columns.map((column) => column.header)).forEach((key, index) => fieldByKey.set(key, table.columns[index]?.field ?? null));
  const keys = occurrenceKeys(headers);
  const present = new Set(keys);
  const absentHeaders = table.columns.filter((column, index) => column.field !== null && !present.has(occurrenceKeys(table.columns.map((entry) => entry.header))[index] as string)).map((column) => column.header);
  const fieldByColumn = new Map<number, ManifestFieldId>();
  const used = new Set<ManifestFieldId>();
  keys.forEach((key, column) => {
    const field = fieldByKey.get(key);
    if (field !== undefined && field !== null) {
      fieldByColumn.set(column, field);
      used.add(field);
    }
  });
  const best = new Map<ManifestFieldId, { column: number; rank: number }>();
  keys.forEach((key, column) => {
    if (fieldByKey.has(key)) return;
    const match = matchHeader((headers[column] as string).trim());
    if (match === undefined || used.has(match.field)) return;
    const current = best.get(match.field);
    if (current === undefined || match.rank < current.rank) best.set(match.field, { column, rank: match.rank });
  });
  for (const [field, { column }] of best) fieldByColumn.set(column, field);
  return {
    fieldByColumn: new Map([...fieldByColumn].sort(([left], [right]) => left - right)),
    absentHeaders,
    mappedByName: [...best.values()].map(({ column }) => headers[column] as string),
  };
}

/** The mapping a table's proposals make (what a plain import of the layout applies). */
export function mappingFromProposals(sheet: string | null, proposals: readonly ColumnProposal[]): ColumnMappingTable {
  return { sheet, columns: proposals.map(({ header, field }) => ({ header, field })) };
}
