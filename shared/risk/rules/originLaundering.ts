import { locodeCountry } from '../riskModel';
import { riskColumns, textOf } from '../riskColumns';
import type { RiskFinding, RiskRule } from '../riskModel';

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
    const columns = riskColumns(data);
    const origins = columns.countryOfOrigin;
    const discharge = columns.portOfDischarge;
    // Each distinct place's country once.
    const receiptCountries = columns.placeOfReceipt.values.map((place) => locodeCountry(place));
    const loadingCountries = columns.portOfLoading.values.map((port) => locodeCountry(port));
    const receiptOutside = (bill: number): string | null => {
      const code = columns.placeOfReceipt.codes[bill] as number;
      const country = code < 0 ? null : (receiptCountries[code] as string | null);
      return country !== null && country !== origins.values[origins.codes[bill] as number] ? country : null;
    };
    const loadingOutside = (bill: number): string | null => {
      const code = columns.portOfLoading.codes[bill] as number;
      const country = code < 0 ? null : (loadingCountries[code] as string | null);
      return country !== null && country !== origins.values[origins.codes[bill] as number] ? country : null;
    };
    // Lane (declared origin → port of discharge) of each bill with an origin, and its counts.
    const laneOf = new Int32Array(columns.billCount).fill(-1);
    const laneIds = new Map<number, number>();
    const laneBills: number[] = [];
    const laneReceipt: number[] = [];
    const laneLoading: number[] = [];
    const ports = discharge.values.length + 1;
    for (let bill = 0; bill < columns.billCount; bill += 1) {
      const origin = origins.codes[bill] as number;
      if (origin < 0) continue;
      const key = origin * ports + (discharge.codes[bill] as number) + 1;
      let lane = laneIds.get(key);
      if (lane === undefined) {
        lane = laneBills.length;
        laneIds.set(key, lane);
        laneBills.push(0);
        laneReceipt.push(0);
        laneLoading.push(0);
      }
      laneOf[bill] = lane;
      laneBills[lane] = (laneBills[lane] as number) + 1;
      if (receiptOutside(bill) !== null) laneReceipt[lane] = (laneReceipt[lane] as number) + 1;
      if (loadingOutside(bill) !== null) laneLoading[lane] = (laneLoading[lane] as number) + 1;
    }
    const findings: RiskFinding[] = [];
    const usualShare = parameters.usualShare as number;
    for (let bill = 0; bill < columns.billCount; bill += 1) {
      const lane = laneOf[bill] as number;
      if (lane < 0) continue;
      const counts = { bills: laneBills[lane] as number, receipt: laneReceipt[lane] as number, loading: laneLoading[lane] as number };
      const seen = { receipt: receiptOutside(bill), loading: loadingOutside(bill) };
      const countryOfOrigin = textOf(origins, bill) as string;
      const portOfDischarge = textOf(discharge, bill);
      const others = counts.bills - 1;
      const laneText = `bills from ${countryOfOrigin} to ${portOfDischarge ?? 'an unknown port'}`;
      if (seen.receipt !== null) {
        const share = others === 0 ? 0 : (counts.receipt - 1) / others;
        if (share < usualShare) {
          const placeOfReceipt = textOf(columns.placeOfReceipt, bill) as string;
          findings.push({
            ruleId: 'origin-laundering', subject: 'shipment', billIndex: bill, strength: 1,
            reason: `received at ${placeOfReceipt} (${seen.receipt}), declared origin ${countryOfOrigin}; ${counts.receipt - 1} of ${others} other ${laneText} received outside ${countryOfOrigin}`,
            facts: { placeOfReceipt, receiptCountry: seen.receipt, declaredOrigin: countryOfOrigin, laneBills: counts.bills, laneMismatches: counts.receipt },
          });
          continue;
        }
      }
      if (seen.loading !== null) {
        const share = others === 0 ? 0 : (counts.loading - 1) / others;
        if (share < usualShare) {
          const portOfLoading = textOf(columns.portOfLoading, bill) as string;
          findings.push({
            ruleId: 'origin-laundering', subject: 'shipment', billIndex: bill, strength: parameters.transshipmentStrength as number,
            reason: `loaded at ${portOfLoading} (${seen.loading}), declared origin ${countryOfOrigin}; ${counts.loading - 1} of ${others} other ${laneText} loaded outside ${countryOfOrigin}`,
            facts: { portOfLoading, loadingCountry: seen.loading, declaredOrigin: countryOfOrigin, laneBills: counts.bills, laneMismatches: counts.loading },
          });
        }
      }
    }
    return findings;
  },
};
