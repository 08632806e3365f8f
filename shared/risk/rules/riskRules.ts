/** Every risk rule, as data (issue 8): adding one is one file and one line. */
import { behaviourChangeRule } from './behaviourChange';
import { intelligenceCorroborationRule } from './intelligenceCorroboration';
import { misdeclaredGoodsRule } from './misdeclaredGoods';
import { newTraderRule } from './newTrader';
import { originLaunderingRule } from './originLaundering';
import { splitShipmentsRule } from './splitShipments';
import type { RiskRule } from '../riskModel';
import { undervaluationRule } from './undervaluation';
import { watchlistProximityRule } from './watchlistProximity';

export const riskRules: readonly RiskRule[] = [
  undervaluationRule,
  misdeclaredGoodsRule,
  originLaunderingRule,
  splitShipmentsRule,
  watchlistProximityRule,
  newTraderRule,
  intelligenceCorroborationRule,
  behaviourChangeRule,
];

export function findRiskRule(id: string): RiskRule | undefined {
  return riskRules.find((rule) => rule.id === id);
}
