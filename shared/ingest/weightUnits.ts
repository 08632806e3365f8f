/**
 * Units of weight met in manifests, as kilograms per unit. The US AMS release writes them in full
 * ("Pounds", "Kilograms", "Long Tons", "Metric Tons"); other files abbreviate them.
 */
const kilogramsPerUnit: ReadonlyMap<string, number> = new Map([
  ...['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'k'].map((unit) => [unit, 1] as const),
  ...['lb', 'lbs', 'pound', 'pounds', '#'].map((unit) => [unit, 0.45359237] as const),
  ...['t', 'mt', 'tonne', 'tonnes', 'metric ton', 'metric tons', 'ton', 'tons'].map((unit) => [unit, 1000] as const),
  ...['lt', 'long ton', 'long tons'].map((unit) => [unit, 1016.0469088] as const),
  ...['st', 'short ton', 'short tons'].map((unit) => [unit, 907.18474] as const),
  ...['g', 'gram', 'grams'].map((unit) => [unit, 0.001] as const),
]);

/** Kilograms in one of the unit, or undefined when the unit is not one of weight. */
export function kilogramsPer(unit: string): number | undefined {
  const known = kilogramsPerSpelling.get(unit);
  if (known !== undefined || kilogramsPerSpelling.has(unit)) return known;
  const perUnit = kilogramsPerUnit.get(unit.trim().toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' '));
  if (kilogramsPerSpelling.size < 1000) kilogramsPerSpelling.set(unit, perUnit);
  return perUnit;
}

/** Units as written ("KG", "Kgs.", "Pounds") met so far: a unit column repeats a few spellings on every row. */
const kilogramsPerSpelling = new Map<string, number | undefined>();

/** A weight in kilograms, to the gram. */
export function toKilograms(amount: number, perUnit: number): number {
  return Math.round(amount * perUnit * 1000) / 1000;
}

/** A trailing unit of weight in a value such as "1,000 LBS", with the number before it. */
export function splitWeightUnit(text: string): { readonly amount: string; readonly unit: string } | null {
  const match = /^(.*?\d[\d.,\s']*)\s*([A-Za-z#][A-Za-z .]*)$/.exec(text.trim());
  if (!match) return null;
  const unit = (match[2] as string).trim();
  return kilogramsPer(unit) === undefined ? null : { amount: (match[1] as string).trim(), unit };
}
