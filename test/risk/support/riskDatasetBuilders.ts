/** Small risk datasets built in code: a cargo line, a bill and a trader with test defaults, and a dataset of them. */
import type { RiskBill, RiskDataset, RiskLine, RiskTrader } from '../../../shared/risk/riskModel';

export function line(overrides: Partial<RiskLine> = {}): RiskLine {
  return { hsCode: '851713', description: '100 CTNS MOBILE PHONES', grossWeightKg: 1000, declaredValueUsd: 4200, containerNumber: null, ...overrides };
}

let nextBill = 1;
/** A bill with a fresh id and B/L number (BL<id>). */
export function bill(overrides: Partial<RiskBill> = {}): RiskBill {
  const id = nextBill++;
  return {
    billId: id, number: `BL${id}`, arrivalDate: '2024-03-01', vesselImo: '9000001', vesselName: 'MSC TEST', voyage: '1W', placeOfReceipt: 'CNSHA',
    portOfLoading: 'CNSHA', portOfDischarge: 'GBFXT', countryOfOrigin: 'CN', shipper: null, consignee: null, notifyParty: null, consigneeName: null, lines: [line()], ...overrides,
  };
}

export function trader(entityId: string, overrides: Partial<RiskTrader> = {}): RiskTrader {
  return { entityId, name: `TRADER ${entityId}`, countries: ['GB'], watchlistHits: [], addressKeys: [], phoneKeys: [], writtenValues: {}, ...overrides };
}

export const data = (bills: RiskBill[], traders: RiskTrader[] = []): RiskDataset => ({ bills, traders: new Map(traders.map((item) => [item.entityId, item])) });
