/**
 * Cargo lines of a consignment: packages, gross weight and declared value follow the commodity's
 * profile (a full container of its usual packages, its usual USD per kg), with the noise real
 * declarations have, and the goods description and HS code written in the shipper's habit.
 */
import type { CargoLine } from './billOfLading';
import type { Commodity } from './goodsCatalog';
import type { Rng } from './random';

/** Payload a shipper loads into one box at most, kg. */
const maximumPayloadKg = 27_500;

export type HsCodeHabit = 'six-digit' | 'four-digit' | 'none';
export type DescriptionHabit = 'plain' | 'with-packages' | 'said-to-contain' | 'with-hs-code' | 'shipper-load';

export interface ShippingHabits {
  readonly hsCode: HsCodeHabit;
  readonly description: DescriptionHabit;
  /** The description this shipper always uses for the goods. */
  readonly goodsDescription: string;
  /** Stable per lane: the lane's prices relative to the commodity's median. */
  readonly priceFactor: number;
}

export function drawShippingHabits(commodity: Commodity, rng: Rng): ShippingHabits {
  return {
    hsCode: rng.weighted<HsCodeHabit>([['six-digit', 82], ['four-digit', 6], ['none', 12]]),
    description: rng.weighted<DescriptionHabit>([['plain', 45], ['with-packages', 25], ['said-to-contain', 12], ['with-hs-code', 10], ['shipper-load', 8]]),
    goodsDescription: rng.pick(commodity.descriptions),
    priceFactor: rng.logNormal(1, 0.12),
  };
}

export function writeHsCode(hsCode: string, habit: HsCodeHabit, rng: Rng): string {
  // A shipper's habit holds for most lines, not all.
  const actual = rng.chance(0.04) ? rng.pick<HsCodeHabit>(['six-digit', 'four-digit', 'none']) : habit;
  if (actual === 'none') return '';
  return actual === 'four-digit' ? hsCode.slice(0, 4) : hsCode;
}

export function writeGoodsDescription(description: string, habit: DescriptionHabit, packages: number, packageKind: string, hsCode: string): string {
  switch (habit) {
    case 'plain':
      return description;
    case 'with-packages':
      return `${packages} ${packageKind} ${description}`;
    case 'said-to-contain':
      return `STC ${packages} ${packageKind} ${description}`;
    case 'with-hs-code':
      return `${description} HS CODE ${hsCode}`;
    case 'shipper-load':
      return `SHIPPER'S LOAD, STOW AND COUNT: ${description}`;
  }
}

export interface CargoLineInput {
  readonly commodity: Commodity;
  readonly containerNumber: string;
  readonly habits: ShippingHabits;
  /** Share of a full container (LCL house bills load a part). */
  readonly fill?: number;
  /** Multiplies the declared value (undervaluation < 1). */
  readonly valueFactor?: number;
  /** Overrides the written description (vague or misdeclared goods). */
  readonly goodsDescription?: string;
  /** Overrides the written HS code. */
  readonly hsCode?: string;
}

export function makeCargoLine(input: CargoLineInput, rng: Rng): CargoLine {
  const { commodity, habits } = input;
  const fill = input.fill ?? 1;
  const kgPerPackage = rng.between(commodity.kgPerPackage[0], commodity.kgPerPackage[1]);
  let packages = Math.max(1, Math.round(rng.int(commodity.packagesPerContainer[0], commodity.packagesPerContainer[1]) * fill));
  if (packages * kgPerPackage > maximumPayloadKg) packages = Math.max(1, Math.floor(maximumPayloadKg / kgPerPackage));
  const grossWeightKg = Math.round(packages * kgPerPackage * (1 + rng.normal(0, 0.02)) * 10) / 10;
  const value = grossWeightKg * commodity.usdPerKg * habits.priceFactor * rng.logNormal(1, 0.08) * (input.valueFactor ?? 1);
  return {
    containerNumber: input.containerNumber,
    hsCode: input.hsCode ?? writeHsCode(commodity.hsCode, habits.hsCode, rng),
    goodsDescription: input.goodsDescription ?? writeGoodsDescription(habits.goodsDescription, habits.description, packages, commodity.packageKind, commodity.hsCode),
    packages,
    grossWeightKg,
    declaredValueUsd: Math.round(value * 100) / 100,
  };
}
