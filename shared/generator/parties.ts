/**
 * Parties as printed on bills: each lane writes its shipper, consignee and notify party in a
 * stable way (one spelling, address form and phone form), with the occasional line written
 * differently; and the placeholder parties of real manifests.
 */
import { renderPhoneNumber, renderPremises, type PhoneNumber, type Premises } from './addresses';
import type { PartyOnBill } from './billOfLading';
import type { Rng } from './random';
import { writeCompanyName, type Company } from './traders';

export interface PartyStyle {
  readonly nameVariant: number;
  readonly addressVariant: number;
  readonly phoneVariant: number;
  readonly withPhone: boolean;
}

export function drawPartyStyle(company: Company, rng: Rng, phoneShare = 0.6): PartyStyle {
  return {
    nameVariant: rng.chance(0.4) ? 0 : rng.int(0, company.nameVariants.length - 1),
    addressVariant: rng.int(0, 3),
    phoneVariant: rng.int(0, 4),
    withPhone: rng.chance(phoneShare),
  };
}

const premisesTexts = new WeakMap<Premises, string[]>();
const phoneTexts = new WeakMap<PhoneNumber, string[]>();

/** Rendered once per premises and form: the same text every time a bill prints it. */
function premisesText(premises: Premises, variant: number): string {
  let texts = premisesTexts.get(premises);
  if (!texts) {
    texts = [];
    premisesTexts.set(premises, texts);
  }
  return (texts[variant] ??= renderPremises(premises, variant));
}

function phoneText(phone: PhoneNumber, variant: number): string {
  let texts = phoneTexts.get(phone);
  if (!texts) {
    texts = [];
    phoneTexts.set(phone, texts);
  }
  return (texts[variant] ??= renderPhoneNumber(phone, variant));
}

/** The party on one bill: the lane's style, now and then another of the company's spellings. */
export function companyOnBill(company: Company, style: PartyStyle, rng: Rng): PartyOnBill {
  const nameVariant = rng.chance(0.07) ? rng.int(0, company.nameVariants.length - 1) : style.nameVariant;
  return {
    name: writeCompanyName(company, nameVariant),
    address: premisesText(company.premises, style.addressVariant),
    phone: style.withPhone ? phoneText(company.phone, style.phoneVariant) : '',
    company,
  };
}

export const emptyParty: PartyOnBill = { name: '', address: '', phone: '' };

/** Consignee placeholders of negotiable bills. */
export const toOrderNames: readonly string[] = ['TO ORDER', 'TO ORDER OF SHIPPER', 'TO THE ORDER OF SHIPPER'];
export const sameAsConsigneeNames: readonly string[] = ['SAME AS CONSIGNEE', 'SAME AS CNEE', 'SAME AS CONSIGNEE.'];

/** Banks to whose order documentary-credit shipments are consigned. */
export const orderBanks: readonly string[] = [
  'STANDARD MERCANTILE BANK PLC', 'FIRST ORIENT BANKING CORPORATION', 'GULF COMMERCIAL BANK PJSC', 'NATIONAL TRADE BANK OF PAKISTAN',
  'BANK OF THE SOUTHERN SEAS', 'UNITED OVERSEAS TRADE BANK', 'ANDEAN EXPORT BANK S.A.',
];

export function placeholderParty(name: string): PartyOnBill {
  return { name, address: '', phone: '' };
}

export function toOrderOfBank(bank: string): string {
  return `TO THE ORDER OF ${bank}`;
}

/** Every placeholder text the generator writes in a party name field. */
export function placeholderNames(): string[] {
  return [...toOrderNames, ...sameAsConsigneeNames, ...orderBanks.map(toOrderOfBank)];
}
