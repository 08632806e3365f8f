/** Every planted scheme and decoy, in planting order. */
import { frontCompanyNetwork } from './frontCompanyNetwork';
import { highRiskOriginTradeDecoy } from './highRiskOriginTradeDecoy';
import { intelligenceNamedConsignment } from './intelligenceNamedConsignment';
import { lowCredibilityReportDecoy } from './lowCredibilityReportDecoy';
import { misdeclaredGoods } from './misdeclaredGoods';
import { originLaundering } from './originLaundering';
import { splitShipments } from './splitShipments';
import type { PlantedScheme } from './types';
import { undervaluation } from './undervaluation';
import { watchlistedNotifyParty } from './watchlistedNotifyParty';
import { watchlistNamesakeDecoy } from './watchlistNamesakeDecoy';

export const plantedSchemes: readonly PlantedScheme[] = [
  frontCompanyNetwork,
  originLaundering,
  undervaluation,
  misdeclaredGoods,
  splitShipments,
  watchlistedNotifyParty,
  intelligenceNamedConsignment,
  lowCredibilityReportDecoy,
  highRiskOriginTradeDecoy,
  watchlistNamesakeDecoy,
];
