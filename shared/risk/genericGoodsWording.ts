/**
 * Goods descriptions that say nothing about the goods (data: add wording here). Compared after the
 * leading quantity and package kind are removed and case and spacing are folded
 * (goodsDescriptionKey). A misdeclaration indicator, weak on its own.
 */
export const genericGoodsWording: readonly string[] = [
  'GENERAL CARGO', 'GENERAL GOODS', 'GENERAL MERCHANDISE', 'FAK', 'F.A.K.', 'FREIGHT ALL KINDS', 'SPARE PARTS', 'PARTS',
  'HOUSEHOLD ITEMS', 'HOUSEHOLD GOODS', 'MIXED GOODS', 'MIXED CARGO', 'AS PER INVOICE', 'AS PER ATTACHED LIST',
  'SAID TO CONTAIN GOODS', 'STC GOODS', 'ACCESSORIES', 'SAMPLES', 'PERSONAL EFFECTS', 'CONSOLIDATED CARGO',
  'CONSOLIDATION', 'GOODS', 'VARIOUS ITEMS', 'VARIOUS GOODS', 'MISC', 'MISCELLANEOUS', 'ITEMS', 'CARGO', 'DRY CARGO',
  'GENERAL', 'MERCHANDISE', 'NEW GOODS', 'COMMERCIAL GOODS',
];

/** Package kinds written after the quantity at the start of a description ("399 CTNS ..."). */
const packageWords = new Set([
  'CTN', 'CTNS', 'CARTON', 'CARTONS', 'PKG', 'PKGS', 'PACKAGE', 'PACKAGES', 'PLT', 'PLTS', 'PALLET', 'PALLETS', 'BAG', 'BAGS',
  'BOX', 'BOXES', 'BALE', 'BALES', 'ROLL', 'ROLLS', 'COIL', 'COILS', 'BUNDLE', 'BUNDLES', 'CASE', 'CASES', 'PC', 'PCS',
  'PIECES', 'DRUM', 'DRUMS', 'CRATE', 'CRATES', 'UNITS', 'SETS',
]);

/** The description without quantity, package kind and "SAID TO CONTAIN", upper case, single spaces. */
export function goodsDescriptionKey(description: string): string {
  const words = description.toUpperCase().replace(/[^A-Z0-9%&'./-]+/g, ' ').trim().split(' ').filter((word) => word !== '');
  let start = 0;
  if (/^\d[\d,.]*$/.test(words[0] ?? '')) start = packageWords.has(words[1] ?? '') ? 2 : 1;
  if (words[start] === 'STC' || (words[start] === 'SAID' && words[start + 1] === 'TO' && words[start + 2] === 'CONTAIN')) start += words[start] === 'STC' ? 1 : 3;
  return words.slice(start).join(' ');
}

const generic = new Set(genericGoodsWording.map((wording) => goodsDescriptionKey(wording)));

export function isGenericWording(description: string): boolean {
  const key = goodsDescriptionKey(description);
  return key === '' || generic.has(key);
}

/** isGenericWording for a description already folded by goodsDescriptionKey. */
export function isGenericKey(key: string): boolean {
  return generic.has(key);
}
