/**
 * Hand-made party occurrences for resolution tests: one Shenzhen exporter written seven ways; its
 * namesake in another city (LTD against LIMITED, other premises and phone); a front company at the
 * exporter's premises and phone with another name; a UK importer written with its address spilled
 * into the name field and cut at 35 characters; and the placeholders of negotiable bills.
 */
import type { PartyOccurrence } from '../../shared/entities/partyOccurrence';

const huaxinAddress = 'ROOM 1203, BLDG 4, NO. 88 SHENNAN ROAD, SHENZHEN 518031, GUANGDONG CHINA';
const huaxinAddressShort = 'ROOM 1203, BLDG 4, NO.88 SHENNAN RD SHENZHEN 518031 CHINA';

export const huaxin: readonly PartyOccurrence[] = [
  { occurrenceId: 'A1', role: 'shipper', rawName: 'SHENZHEN HUAXIN ELECTRONICS CO., LTD.', rawAddress: huaxinAddress, rawPhone: '+86 755 2345 6789' },
  { occurrenceId: 'A2', role: 'shipper', rawName: 'SHENZHEN HUAXIN ELEC CO LTD', rawAddress: huaxinAddressShort, rawPhone: '' },
  { occurrenceId: 'A3', role: 'shipper', rawName: 'Shenzhen Huaxin Electronics Co., Limited', rawAddress: huaxinAddress, rawPhone: '0086-755-23456789' },
  { occurrenceId: 'A4', role: 'shipper', rawName: 'SHENZHEN HUAIXN ELECTRONICS CO.,LTD', rawAddress: huaxinAddressShort, rawPhone: '' },
  { occurrenceId: 'A5', role: 'notify party', rawName: 'SHENZHEN HUAXIN ELECTRONICS CO., L', rawAddress: huaxinAddress, rawPhone: 'TEL: 8675523456789' },
  { occurrenceId: 'A6', role: 'shipper', rawName: 'SHENZHEN HUAXIN ELECTRONICS ROOM 12', rawAddress: huaxinAddressShort, rawPhone: '' },
  { occurrenceId: 'A7', role: 'shipper', rawName: 'SHENZHEN HUAXIN ELECTRONICS CO LTD', rawAddress: 'ROOM 1203 BLDG 4 NO. 88 SHENNAN ROAD GUANGDONG SHENZHEN 518031 CN', rawPhone: '+86 755 2345 6789' },
];

/** Another company: the same stem, another legal-form spelling, other premises and phone. */
export const huaxinNamesake: readonly PartyOccurrence[] = [
  { occurrenceId: 'B1', role: 'shipper', rawName: 'SHENZHEN HUAXIN ELECTRONICS LIMITED', rawAddress: 'NO. 412 JIANGNAN ROAD, NINGBO 315040, ZHEJIANG CHINA', rawPhone: '+86 574 8765 4321' },
  { occurrenceId: 'B2', role: 'shipper', rawName: 'SHENZHEN HUAXIN ELECTRONICS LTD', rawAddress: 'NO.412 JIANGNAN RD NINGBO 315040 CHINA', rawPhone: '' },
];

/** A front company: the exporter's premises and phone line, its own name. */
export const front: readonly PartyOccurrence[] = [
  { occurrenceId: 'F1', role: 'shipper', rawName: 'PEARL RIVER TRADING CO., LTD.', rawAddress: huaxinAddress, rawPhone: '+86 755 2345 6789' },
];

export const importer: readonly PartyOccurrence[] = [
  { occurrenceId: 'C1', role: 'consignee', rawName: 'NORTHGATE HOME LTD', rawAddress: 'UNIT 4, RIVERSIDE INDUSTRIAL ESTATE, 12 MILL ROAD, LEEDS LS9 8AB, UNITED KINGDOM', rawPhone: '0113 496 0000' },
  { occurrenceId: 'C2', role: 'consignee', rawName: 'NORTHGATE HOME LTD UNIT 4, RIVERSIDE', rawAddress: 'UNIT 4, RIVERSIDE IND EST, 12 MILL RD LEEDS LS9 8AB UNITED KINGDOM', rawPhone: '+44 113 496 0000' },
  { occurrenceId: 'C3', role: 'notify party', rawName: 'Northgate Home Limited', rawAddress: 'UNIT 4, RIVERSIDE INDUSTRIAL ESTATE, 12 MILL ROAD, LEEDS LS9 8AB', rawPhone: '' },
  // The namesake of the plural kind, in another town.
  { occurrenceId: 'D1', role: 'consignee', rawName: 'NORTHGATE HOMES LTD', rawAddress: '77 STATION ROAD, BRISTOL BS1 4DJ, UNITED KINGDOM', rawPhone: '0117 496 0111' },
];

export const placeholders: readonly PartyOccurrence[] = [
  { occurrenceId: 'P1', role: 'consignee', rawName: 'TO ORDER', rawAddress: '', rawPhone: '' },
  { occurrenceId: 'P2', role: 'notify party', rawName: 'SAME AS CONSIGNEE', rawAddress: '', rawPhone: '' },
  { occurrenceId: 'P3', role: 'consignee', rawName: 'TO THE ORDER OF STANDARD MERCANTILE BANK PLC', rawAddress: '', rawPhone: '' },
];

export const allParties: readonly PartyOccurrence[] = [...huaxin, ...huaxinNamesake, ...front, ...importer, ...placeholders];
