/** Party text for planted bills: a company in a style drawn once per scheme participant. */
import type { PartyOnBill } from '../billOfLading';
import { companyOnBill, drawPartyStyle, emptyParty, type PartyStyle } from '../parties';
import type { Rng } from '../random';
import type { Company } from '../traders';

export class PlantedParty {
  readonly style: PartyStyle;

  constructor(readonly company: Company, rng: Rng, phoneShare = 0.6) {
    this.style = drawPartyStyle(company, rng, phoneShare);
  }

  write(rng: Rng): PartyOnBill {
    return companyOnBill(this.company, this.style, rng);
  }
}

/** Notify party of a plain bill: the consignee again, or nobody. */
export function plainNotify(consignee: PartyOnBill, rng: Rng): PartyOnBill {
  return rng.chance(0.5) ? consignee : emptyParty;
}
