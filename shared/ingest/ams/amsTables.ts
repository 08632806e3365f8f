/**
 * The tables of the US CBP Automated Manifest System (AMS) public release (19 USC 1431), as
 * redistributed in files named `ams__{table}_{year}__{YYYYMMDDHHMM}[_part_N].csv`: exact columns
 * in published order (source: /work/shared/ams/ams_table_schemas.json), all joined on
 * `identifier`. `storedAs` says where each column lands in the workspace, for the import report;
 * columns it does not list are reported as not imported.
 */
export const amsTableNames = ['header', 'billgen', 'consignee', 'shipper', 'notifyparty', 'container', 'cargodesc', 'marksnumbers', 'tariff', 'hazmat', 'hazmatclass'] as const;
export type AmsTableName = (typeof amsTableNames)[number];

export interface AmsTable {
  readonly name: AmsTableName;
  readonly columns: readonly string[];
  readonly storedAs: Readonly<Record<string, string>>;
}

const partyStoredAs = (role: string, nameColumn: string, addressPrefix: string): Record<string, string> => ({
  identifier: 'bill (join key)',
  [nameColumn]: `${role}.name`,
  [`${addressPrefix}_1`]: `${role}.address`,
  [`${addressPrefix}_2`]: `${role}.address`,
  [`${addressPrefix}_3`]: `${role}.address`,
  [`${addressPrefix}_4`]: `${role}.address`,
  city: `${role}.address`,
  state_province: `${role}.address`,
  zip_code: `${role}.address`,
  country_code: `${role}.address`,
  comm_number: `${role}.phone`,
});

export const amsTables: Readonly<Record<AmsTableName, AmsTable>> = {
  header: {
    name: 'header',
    columns: ['identifier', 'carrier_code', 'vessel_country_code', 'vessel_name', 'port_of_unlading', 'estimated_arrival_date', 'foreign_port_of_lading_qualifier', 'foreign_port_of_lading', 'manifest_quantity', 'manifest_unit', 'weight', 'weight_unit', 'measurement', 'measurement_unit', 'record_status_indicator', 'place_of_receipt', 'port_of_destination', 'foreign_port_of_destination_qualifier', 'foreign_port_of_destination', 'conveyance_id_qualifier', 'conveyance_id', 'in_bond_entry_type', 'mode_of_transportation', 'secondary_notify_party_1', 'secondary_notify_party_2', 'secondary_notify_party_3', 'secondary_notify_party_4', 'secondary_notify_party_5', 'secondary_notify_party_6', 'secondary_notify_party_7', 'secondary_notify_party_8', 'secondary_notify_party_9', 'secondary_notify_party_10', 'actual_arrival_date'],
    storedAs: {
      identifier: 'bill.sourceRecordId',
      vessel_name: 'vesselName',
      port_of_unlading: 'portOfDischarge',
      estimated_arrival_date: 'arrivalDate (when there is no actual arrival date)',
      actual_arrival_date: 'arrivalDate',
      foreign_port_of_lading: 'portOfLoading',
      place_of_receipt: 'placeOfReceipt',
      conveyance_id: 'vesselImo (when the qualifier is an IMO/Lloyds number)',
      conveyance_id_qualifier: 'vesselImo (qualifier)',
    },
  },
  billgen: {
    name: 'billgen',
    columns: ['identifier', 'master_bol_number', 'house_bol_number', 'sub_house_bol_number', 'voyage_number', 'bill_type_code', 'manifest_number', 'trade_update_date', 'run_date'],
    storedAs: {
      identifier: 'bill (join key)',
      house_bol_number: 'billOfLadingNumber',
      master_bol_number: 'masterBillOfLadingNumber (billOfLadingNumber when there is no house bill)',
      voyage_number: 'voyageNumber',
    },
  },
  consignee: {
    name: 'consignee',
    columns: ['identifier', 'consignee_name', 'consignee_address_1', 'consignee_address_2', 'consignee_address_3', 'consignee_address_4', 'city', 'state_province', 'zip_code', 'country_code', 'contact_name', 'comm_number_qualifier', 'comm_number'],
    storedAs: partyStoredAs('consignee', 'consignee_name', 'consignee_address'),
  },
  shipper: {
    name: 'shipper',
    columns: ['identifier', 'shipper_party_name', 'shipper_party_address_1', 'shipper_party_address_2', 'shipper_party_address_3', 'shipper_party_address_4', 'city', 'state_province', 'zip_code', 'country_code', 'contact_name', 'comm_number_qualifier', 'comm_number'],
    storedAs: partyStoredAs('shipper', 'shipper_party_name', 'shipper_party_address'),
  },
  notifyparty: {
    name: 'notifyparty',
    columns: ['identifier', 'notify_party_name', 'notify_party_address_1', 'notify_party_address_2', 'notify_party_address_3', 'notify_party_address_4', 'city', 'state_province', 'zip_code', 'country_code', 'contact_name', 'comm_number_qualifier', 'comm_number'],
    storedAs: partyStoredAs('notifyParty', 'notify_party_name', 'notify_party_address'),
  },
  container: {
    name: 'container',
    columns: ['identifier', 'container_number', 'seal_number_1', 'seal_number_2', 'equipment_description_code', 'container_length', 'container_height', 'container_width', 'container_type', 'load_status', 'type_of_service'],
    storedAs: {
      identifier: 'bill (join key)',
      container_number: 'container.number',
      seal_number_1: 'container.sealNumbers',
      seal_number_2: 'container.sealNumbers',
      equipment_description_code: 'container.equipmentCode',
      container_length: 'container.length',
      container_height: 'container.height',
      container_width: 'container.width',
      container_type: 'container.type',
      load_status: 'container.loadStatus',
      type_of_service: 'container.serviceType',
    },
  },
  cargodesc: {
    name: 'cargodesc',
    columns: ['identifier', 'container_number', 'description_sequence_number', 'piece_count', 'description_text'],
    storedAs: {
      identifier: 'bill (join key)',
      container_number: 'containerNumber',
      description_sequence_number: 'lineNumber',
      piece_count: 'packages',
      description_text: 'goodsDescription',
    },
  },
  marksnumbers: {
    name: 'marksnumbers',
    columns: ['identifier', 'container_number', 'marks_and_numbers_1', 'marks_and_numbers_2', 'marks_and_numbers_3', 'marks_and_numbers_4', 'marks_and_numbers_5', 'marks_and_numbers_6', 'marks_and_numbers_7', 'marks_and_numbers_8'],
    storedAs: {
      identifier: 'bill (join key)',
      container_number: 'container.number',
      ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].map((index) => [`marks_and_numbers_${index}`, 'container.marksAndNumbers'])),
    },
  },
  tariff: {
    name: 'tariff',
    columns: ['identifier', 'container_number', 'description_sequence_number', 'harmonized_number', 'harmonized_value', 'harmonized_weight', 'harmonized_weight_unit'],
    storedAs: {
      identifier: 'bill (join key)',
      container_number: 'containerNumber',
      description_sequence_number: 'lineNumber',
      harmonized_number: 'hsCode',
      harmonized_value: 'declaredValueUsd',
      harmonized_weight: 'grossWeightKg',
      harmonized_weight_unit: 'grossWeightKg (unit)',
    },
  },
  hazmat: {
    name: 'hazmat',
    columns: ['identifier', 'container_number', 'hazmat_sequence_number', 'hazmat_code', 'hazmat_class', 'hazmat_code_qualifier', 'hazmat_contact', 'hazmat_page_number', 'hazmat_flash_point_temperature', 'hazmat_flash_point_temperature_negative_ind', 'hazmat_flash_point_temperature_unit', 'hazmat_description'],
    storedAs: {
      identifier: 'bill (join key)',
      container_number: 'hazardousCargo.containerNumber',
      hazmat_sequence_number: 'hazardousCargo.sequenceNumber',
      hazmat_code: 'hazardousCargo.hazardCode',
      hazmat_class: 'hazardousCargo.hazardClass',
      hazmat_code_qualifier: 'hazardousCargo.hazardCodeQualifier',
      hazmat_contact: 'hazardousCargo.emergencyContact',
      hazmat_page_number: 'hazardousCargo.pageNumber',
      hazmat_flash_point_temperature: 'hazardousCargo.flashPoint',
      hazmat_flash_point_temperature_negative_ind: 'hazardousCargo.flashPoint',
      hazmat_flash_point_temperature_unit: 'hazardousCargo.flashPoint',
      hazmat_description: 'hazardousCargo.description',
    },
  },
  hazmatclass: {
    name: 'hazmatclass',
    columns: ['identifier', 'container_number', 'hazmat_sequence_number', 'hazmat_classification'],
    storedAs: {
      identifier: 'bill (join key)',
      container_number: 'hazardousCargo.containerNumber',
      hazmat_sequence_number: 'hazardousCargo.sequenceNumber',
      hazmat_classification: 'hazardousCargo.hazardClassifications',
    },
  },
};

/**
 * Identifiers made of a year, a month and five or more zeros are placeholders in the release that
 * gather unrelated rows (a pitfall public users report); they are never joined.
 */
export function isPlaceholderIdentifier(identifier: string): boolean {
  return /^20\d{2}[01]\d0{5,}$/.test(identifier);
}
