import type { SqlValue, Statement } from 'sql.js';
import type { WorkspaceStore } from '../../store/workspaceStore';
import { parseDecimal, parseInteger, parseManifestDate, parseWeightKg } from '../fieldParsers';
import { hsCodeInText } from '../hsCodeInText';
import { NormalisationSession } from '../normalisation/fieldNormalisers';
import type { Normalised, NormalisedFieldKind } from '../normalisation/fieldNormaliser';
import { cleanPartyAddress } from '../parties/partyAddress';
import { isPlaceholderPartyName } from '../parties/placeholderParty';
import type { AmsTableName } from './amsTables';

/**
 * Staging of an AMS release: each table file's rows go, already read into the values the
 * workspace stores (dates, numbers, HS codes, cleaned addresses), into a TEMP table of the
 * connection; amsReleaseJoin then joins them on `identifier` with INSERT ... SELECT. TEMP tables
 * are never part of the saved workspace image, and are dropped when the release is done. Their
 * columns have no declared type, so values keep the type they are given (an identifier such as
 * 0020071 stays text).
 */
export type StagingTable = 'header' | 'billgen' | 'party' | 'container' | 'cargodesc' | 'marksnumbers' | 'tariff' | 'hazmat' | 'hazmatclass';

const stagingColumns: Readonly<Record<StagingTable, readonly string[]>> = {
  header: ['identifier', 'arrival_date', 'vessel_name', 'vessel_imo', 'place_of_receipt', 'port_of_loading', 'port_of_discharge',
    'vessel_imo_as_written', 'place_of_receipt_as_written', 'port_of_loading_as_written', 'port_of_discharge_as_written'],
  billgen: ['identifier', 'master_bol_number', 'house_bol_number', 'voyage_number'],
  party: ['identifier', 'role', 'name', 'address', 'phone', 'is_placeholder'],
  container: ['identifier', 'container_number', 'seal_numbers', 'equipment_code', 'length', 'height', 'width', 'container_type', 'load_status', 'service_type'],
  cargodesc: ['identifier', 'container_number', 'sequence', 'line_number', 'packages', 'description', 'hs_in_text', 'hs_in_text_as_written'],
  marksnumbers: ['identifier', 'container_number', 'marks'],
  tariff: ['identifier', 'container_number', 'sequence', 'line_number', 'hs_code', 'value_usd', 'weight_kg', 'hs_code_as_written'],
  hazmat: ['identifier', 'container_number', 'sequence', 'hazard_code', 'hazard_code_qualifier', 'hazard_class', 'emergency_contact', 'page_number', 'flash_point', 'description'],
  hazmatclass: ['identifier', 'container_number', 'sequence', 'classification'],
};

/** The staging table of each AMS table: the three party tables share one, with the role. */
export const stagingTableOf: Readonly<Record<AmsTableName, StagingTable>> = {
  header: 'header',
  billgen: 'billgen',
  consignee: 'party',
  shipper: 'party',
  notifyparty: 'party',
  container: 'container',
  cargodesc: 'cargodesc',
  marksnumbers: 'marksnumbers',
  tariff: 'tariff',
  hazmat: 'hazmat',
  hazmatclass: 'hazmatclass',
};

export const stagingTables: readonly StagingTable[] = Object.keys(stagingColumns) as StagingTable[];

export function stagingTableName(table: StagingTable): string {
  return `ams_stage_${table}`;
}

export function createStagingTables(store: WorkspaceStore): void {
  for (const table of stagingTables) {
    const name = stagingTableName(table);
    store.database.exec(`DROP TABLE IF EXISTS temp.${name};
      CREATE TEMP TABLE ${name} (batch_id INTEGER NOT NULL, source_row INTEGER NOT NULL, ${stagingColumns[table].join(', ')});
      CREATE INDEX temp.${name}_identifier ON ${name}(identifier);`);
  }
  for (const table of ['cargodesc', 'tariff'] as const) {
    store.database.exec(`CREATE INDEX temp.${stagingTableName(table)}_line ON ${stagingTableName(table)}(identifier, container_number, sequence);`);
  }
}

export function dropStagingTables(store: WorkspaceStore): void {
  for (const table of stagingTables) store.database.exec(`DROP TABLE IF EXISTS temp.${stagingTableName(table)};`);
}

/** A value of an AMS row read into what the workspace stores; problems become warnings on the row. */
export interface FieldNote {
  readonly column: string;
  readonly value: string;
  readonly reason: string;
}

export interface StagedRow {
  readonly values: readonly SqlValue[];
  readonly notes: readonly FieldNote[];
  /** Values stored normalised, different from the text as written (counted for the file's notes). */
  readonly normalised: readonly { readonly column: string; readonly result: Normalised }[];
  /** Phone or fax numbers moved out of the party's address lines. */
  readonly phonesFromAddress: number;
}

/**
 * Reads one AMS row (`get` returns a column's trimmed text, '' when empty) into the staging
 * table's values, in the order of its columns. Ports, the vessel's IMO number and HS codes are
 * normalised as in any manifest import (their text as written staged beside them); a container
 * number is checked (its problems become warnings) but staged as written, because it is the key
 * the release's tables join on.
 */
export function stagedRow(table: AmsTableName, get: (column: string) => string, raw: (column: string) => string, normalisation: NormalisationSession = new NormalisationSession()): StagedRow {
  const notes: FieldNote[] = [];
  const changed: { column: string; result: Normalised }[] = [];
  /** The column's value normalised: [stored, as written when different]; problems become notes when `report`. */
  const normalise = (kind: NormalisedFieldKind, column: string, value: string = get(column), report = true): [string | null, string | null] => {
    if (value === '') return [null, null];
    const result = normalisation.normalise(kind, value);
    if (report && result.problem !== null) notes.push({ column, value, reason: result.problem });
    if (result.asWritten !== null) changed.push({ column, result });
    return [result.value, result.asWritten];
  };
  const text = (column: string): string | null => {
    const value = get(column);
    return value === '' ? null : value;
  };
  const parsed = <T>(column: string, parse: (value: string) => { ok: true; value: T } | { ok: false; reason: string }): T | null => {
    const value = get(column);
    if (value === '') return null;
    const result = parse(value);
    if (result.ok) return result.value;
    notes.push({ column, value, reason: `${result.reason}; field left empty` });
    return null;
  };
  const identifier = get('identifier');
  const containerKey = get('container_number');
  switch (table) {
    case 'header': {
      const arrivalColumn = get('actual_arrival_date') !== '' ? 'actual_arrival_date' : 'estimated_arrival_date';
      const conveyance = get('conveyance_id');
      const isImo = /imo|lloyd/i.test(get('conveyance_id_qualifier')) || /^(?:IMO\s*)?\d{7}$/i.test(conveyance);
      const [imo, imoAsWritten] = isImo ? normalise('vesselImo', 'conveyance_id', conveyance) : [null, null];
      const [receipt, receiptAsWritten] = normalise('placeOfReceipt', 'place_of_receipt');
      const [loading, loadingAsWritten] = normalise('seaport', 'foreign_port_of_lading');
      const [discharge, dischargeAsWritten] = normalise('seaport', 'port_of_unlading');
      return {
        values: [identifier, parsed(arrivalColumn, parseManifestDate), text('vessel_name'), imo, receipt, loading, discharge, imoAsWritten, receiptAsWritten, loadingAsWritten, dischargeAsWritten],
        notes,
        normalised: changed,
        phonesFromAddress: 0,
      };
    }
    case 'billgen':
      return { values: [identifier, text('master_bol_number'), text('house_bol_number'), text('voyage_number')], notes, normalised: changed, phonesFromAddress: 0 };
    case 'consignee':
    case 'shipper':
    case 'notifyparty': {
      const prefix = table === 'consignee' ? 'consignee_address' : table === 'shipper' ? 'shipper_party_address' : 'notify_party_address';
      const nameColumn = table === 'consignee' ? 'consignee_name' : table === 'shipper' ? 'shipper_party_name' : 'notify_party_name';
      const cleaned = cleanPartyAddress({
        lines: [1, 2, 3, 4].map((index) => raw(`${prefix}_${index}`)),
        city: get('city'),
        stateProvince: get('state_province'),
        zipCode: get('zip_code'),
        countryCode: get('country_code'),
        phone: /^(?:EM|EMAIL|E-MAIL)$/i.test(get('comm_number_qualifier')) ? '' : get('comm_number'),
      });
      const name = get(nameColumn);
      const role = table === 'notifyparty' ? 'notify_party' : table;
      return { values: [identifier, role, name, cleaned.address, cleaned.phone, isPlaceholderPartyName(name) ? 1 : 0], notes, normalised: changed, phonesFromAddress: cleaned.phonesFromAddress };
    }
    case 'container': {
      normalise('containerNumber', 'container_number', containerKey);
      changed.length = 0;
      const seals = [get('seal_number_1'), get('seal_number_2')].filter((seal) => seal !== '').join('; ');
      return {
        values: [identifier, containerKey, seals === '' ? null : seals, text('equipment_description_code'), text('container_length'), text('container_height'),
          text('container_width'), text('container_type'), text('load_status'), text('type_of_service')],
        notes,
        normalised: changed,
        phonesFromAddress: 0,
      };
    }
    case 'cargodesc': {
      const description = text('description_text');
      // A code in the description is used only for a line without a tariff code: not reported here.
      const [hsInText, hsInTextAsWritten] = description === null ? [null, null] : normalise('hsCode', 'description_text', hsCodeInText(description) ?? '', false);
      changed.length = 0;
      return {
        values: [identifier, containerKey, get('description_sequence_number'), parsed('description_sequence_number', parseInteger), parsed('piece_count', parseInteger),
          description, hsInText, hsInTextAsWritten],
        notes,
        normalised: changed,
        phonesFromAddress: 0,
      };
    }
    case 'marksnumbers': {
      const marks = [1, 2, 3, 4, 5, 6, 7, 8].map((index) => get(`marks_and_numbers_${index}`)).filter((mark) => mark !== '').join(' ');
      return { values: [identifier, containerKey, marks === '' ? null : marks], notes, normalised: changed, phonesFromAddress: 0 };
    }
    case 'tariff': {
      const unit = get('harmonized_weight_unit');
      const [hsCode, hsCodeAsWritten] = normalise('hsCode', 'harmonized_number');
      return {
        values: [identifier, containerKey, get('description_sequence_number'), parsed('description_sequence_number', parseInteger), hsCode,
          parsed('harmonized_value', (value) => parseDecimal(value, /^(?:usd|us\$|\$)\s*|\s*(?:usd|us\$)$/i)),
          parsed('harmonized_weight', (value) => parseWeightKg(value, unit === '' ? undefined : unit)), hsCodeAsWritten],
        notes,
        normalised: changed,
        phonesFromAddress: 0,
      };
    }
    case 'hazmat': {
      const temperature = get('hazmat_flash_point_temperature');
      const flashPoint = temperature === ''
        ? null
        : `${/^(?:Y|YES|1|-|TRUE)$/i.test(get('hazmat_flash_point_temperature_negative_ind')) && !temperature.startsWith('-') ? '-' : ''}${temperature}${get('hazmat_flash_point_temperature_unit') === '' ? '' : ` ${get('hazmat_flash_point_temperature_unit')}`}`;
      return {
        values: [identifier, containerKey, get('hazmat_sequence_number'), text('hazmat_code'), text('hazmat_code_qualifier'), text('hazmat_class'), text('hazmat_contact'),
          text('hazmat_page_number'), flashPoint, text('hazmat_description')],
        notes,
        normalised: changed,
        phonesFromAddress: 0,
      };
    }
    case 'hazmatclass':
      return { values: [identifier, containerKey, get('hazmat_sequence_number'), text('hazmat_classification')], notes, normalised: changed, phonesFromAddress: 0 };
  }
}

/** Prepared inserts into the staging tables. */
export class StagingWriter {
  private readonly statements = new Map<StagingTable, Statement>();

  constructor(private readonly store: WorkspaceStore) {}

  insert(table: StagingTable, batchId: number, sourceRow: number, values: readonly SqlValue[]): void {
    let statement = this.statements.get(table);
    if (statement === undefined) {
      const columns = stagingColumns[table];
      statement = this.store.database.prepare(`INSERT INTO ${stagingTableName(table)} (batch_id, source_row, ${columns.join(', ')}) VALUES (?, ?, ${columns.map(() => '?').join(', ')})`);
      this.statements.set(table, statement);
    }
    statement.run([batchId, sourceRow, ...values]);
  }

  close(): void {
    for (const statement of this.statements.values()) statement.free();
    this.statements.clear();
  }
}
