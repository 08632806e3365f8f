/**
 * Telephone numbers as manifests write them ("+44 20 7946 0958", "0044-20-79460958",
 * "TEL: 442079460958", "020 7946 0958", "+44 (0)20 79460958"), reduced to comparable digits:
 * the international prefix (+, 00), the "(0)" trunk digit and a national leading 0 go. Two numbers
 * agree when their last digits agree over the shorter significant length (at least seven), so a
 * national form matches its international form without knowing the country's numbering plan.
 */

export interface PhoneNumber {
  readonly raw: string;
  /** Significant digits: without international prefix and trunk zero. */
  readonly digits: string;
}

/** Digits compared from the end; fewer than this is no usable number. */
export const phoneComparisonDigits = 9;
export const phoneMinimumDigits = 7;

export function normalizePhoneNumber(rawPhone: string): PhoneNumber | undefined {
  let text = rawPhone.replace(/\(0\)/g, '');
  const firstDigit = text.search(/[+\d]/);
  if (firstDigit < 0) return undefined;
  text = text.slice(firstDigit);
  let digits = text.replace(/\D/g, '');
  if (text.startsWith('+')) digits = digits.replace(/^0+/, '');
  else if (digits.startsWith('00')) digits = digits.slice(2);
  else digits = digits.replace(/^0+/, '');
  return digits.length >= phoneMinimumDigits ? { raw: rawPhone, digits } : undefined;
}

/** The last digits used to compare and to group numbers. */
export function phoneKey(phone: PhoneNumber): string {
  return phone.digits.slice(-phoneMinimumDigits);
}

/** Whether two numbers are one line: equal over the last min(9, shorter length) digits. */
export function samePhoneNumber(a: PhoneNumber, b: PhoneNumber): boolean {
  const length = Math.min(phoneComparisonDigits, a.digits.length, b.digits.length);
  return length >= phoneMinimumDigits && a.digits.slice(-length) === b.digits.slice(-length);
}
