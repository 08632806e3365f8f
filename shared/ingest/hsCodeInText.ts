/**
 * HS codes written into free text ("HS CODE: 8471.30", "H.S. NO 8471300000", "HTS 8471.30.0000"):
 * in the US AMS release about half the cargo lines carry no tariff row, and the code is often in
 * the description instead. Only a number after an explicit HS/HTS/tariff marker is taken.
 */
const hsMarker = /(?:^|[^A-Z0-9])(?:H\.?\s?S\.?|HTS(?:US)?|HARMONI[SZ]ED(?:\s+SYSTEM)?|TARIFF)\s*(?:CODES?|NO\.?|NOS\.?|NUMBER|NBR|#)?\s*[:#.\-=]?\s*(\d{4}(?:[.\s-]?\d{2}){0,3})(?!\d)/i;

/** The digits of the first HS code marked in the text (4 to 10 digits), or null. */
export function hsCodeInText(text: string): string | null {
  const match = hsMarker.exec(text);
  if (!match) return null;
  const digits = (match[1] as string).replace(/\D/g, '');
  return digits.length >= 4 && digits.length <= 10 && digits.length % 2 === 0 ? digits : null;
}

/** An HS code as a tariff column holds it ("8471.30.0000", "847130"): its digits, or null when it has none. */
export function normaliseHsCode(text: string): string | null {
  const digits = text.replace(/\D/g, '');
  return digits.length >= 2 ? digits : null;
}
