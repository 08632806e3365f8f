import { locodeCountry } from '../riskModel';
import type { RiskBill, RiskFinding, RiskRule } from '../riskModel';

/**
 * Origin laundering and unusual transshipment: the place of receipt (strength 1) or the port of
 * loading (strength 0.4) is in another country than the declared origin, on a lane (declared
 * origin → port of discharge) where other bills rarely show it (under `usualShare` of the lane's
 * other bills). On a lane where it is ordinary (goods routinely transshipped at a hub) nothing is
 * found.
 */
export const originLaunderingRule: RiskRule = {
  id: 'origin-laundering',
  title: 'Origin laundering or unusual transshipment',
  description: 'Place of receipt or port of loading in another country than the declared origin, on a lane where the other bills normally show none.',
  subject: 'shipment',
  parameters: [
    { id: 'usualShare', title: 'Share of a lane\'s other bills from which a mismatch is ordinary', defaultValue: 0.2 },
    { id: 'transshipmentStrength', title: 'Strength of a port of loading outside the origin (place of receipt: 1)', defaultValue: 0.4 },
  ],
  weight: 3,
  detect(data, parameters) {
    const lanes = new Map<string, { bills: number; receipt: number; loading: number }>();
    const laneOf = (bill: RiskBill): string | null => (bill.countryOfOrigin === null ? null : `${bill.countryOfOrigin}>${bill.portOfDischarge ?? ''}`);
    const mismatch = (bill: RiskBill) => {
      const receipt = locodeCountry(bill.placeOfReceipt);
      const loading = locodeCountry(bill.portOfLoading);
      return {
        receipt: receipt !== null && receipt !== bill.countryOfOrigin ? receipt : null,
        loading: loading !== null && loading !== bill.countryOfOrigin ? loading : null,
      };
    };
    for (const bill of data.bills) {
      const lane = laneOf(bill);
      if (lane === null) continue;
      let counts = lanes.get(lane);
      if (!counts) lanes.set(lane, (counts = { bills: 0, receipt: 0, loading: 0 }));
      const seen = mismatch(bill);
      counts.bills += 1;
      if (seen.receipt !== null) counts.receipt += 1;
      if (seen.loading !== null) counts.loading += 1;
    }
    const findings: RiskFinding[] = [];
    const usualShare = parameters.usualShare as number;
    data.bills.forEach((bill, billIndex) => {
      const lane = laneOf(bill);
      if (lane === null) return;
      const counts = lanes.get(lane) as { bills: number; receipt: number; loading: number };
      const seen = mismatch(bill);
      const others = counts.bills - 1;
      const laneText = `bills from ${bill.countryOfOrigin} to ${bill.portOfDischarge ?? 'an unknown port'}`;
      if (seen.receipt !== null) {
        const share = others === 0 ? 0 : (counts.receipt - 1) / others;
        if (share < usualShare) {
          findings.push({
            ruleId: 'origin-laundering', subject: 'shipment', billIndex, strength: 1,
            reason: `received at ${bill.placeOfReceipt} (${seen.receipt}), declared origin ${bill.countryOfOrigin}; ${counts.receipt - 1} of ${others} other ${laneText} received outside ${bill.countryOfOrigin}`,
            facts: { placeOfReceipt: bill.placeOfReceipt as string, receiptCountry: seen.receipt, declaredOrigin: bill.countryOfOrigin as string, laneBills: counts.bills, laneMismatches: counts.receipt },
          });
          return;
        }
      }
      if (seen.loading !== null) {
        const share = others === 0 ? 0 : (counts.loading - 1) / others;
        if (share < usualShare) {
          findings.push({
            ruleId: 'origin-laundering', subject: 'shipment', billIndex, strength: parameters.transshipmentStrength as number,
            reason: `loaded at ${bill.portOfLoading} (${seen.loading}), declared origin ${bill.countryOfOrigin}; ${counts.loading - 1} of ${others} other ${laneText} loaded outside ${bill.countryOfOrigin}`,
            facts: { portOfLoading: bill.portOfLoading as string, loadingCountry: seen.loading, declaredOrigin: bill.countryOfOrigin as string, laneBills: counts.bills, laneMismatches: counts.loading },
          });
        }
      }
    });
    return findings;
  },
};
