/**
 * Cleans a party's address as manifests split it over fixed-width lines (the US AMS release:
 * address_1..4 of 35 characters each, then city, state, zip and country). Lines are joined; a
 * line filled to the width was cut there, often mid-word ("...SUITE D WALNU" + "T WALNUT, CA"),
 * so it runs on into the next without a separator. Telephone and fax numbers written into the
 * address ("TEL 865-246-6906 / FAX 865-246-6950") move to the phone field. City, state, zip and
 * country are appended when the address lines do not already say them.
 */
export interface PartyAddressParts {
  readonly lines: readonly string[];
  readonly city?: string;
  readonly stateProvince?: string;
  readonly zipCode?: string;
  readonly countryCode?: string;
  /** A separate telephone column (AMS comm_number). */
  readonly phone?: string;
}

export interface CleanedPartyAddress {
  readonly address: string | null;
  readonly phone: string | null;
  /** Phone or fax numbers that were found inside the address lines. */
  readonly phonesFromAddress: number;
}

/** Width of an AMS address line: a line this long was cut at the width. */
export const amsAddressLineWidth = 35;

const phonePattern = /\b(?:TEL(?:EPHONE)?|PHONE|PH|FAX|MOB(?:ILE)?|CELL|T|F|M)\b\s*(?:NO\.?|NR\.?|#)?\s*[.:]?\s*\+?\(?\d[\d\s()./-]{5,}\d/gi;

export function cleanPartyAddress(parts: PartyAddressParts): CleanedPartyAddress {
  const phones: string[] = [];
  const lines: string[] = [];
  /** How the next line attaches to the last one: '' runs on (cut mid-word), ' ' after a cut on a space, null starts a new line. */
  let runOn: string | null = null;
  for (const raw of parts.lines) {
    const rest = raw
      .replace(phonePattern, (phone) => {
        phones.push(phone.trim());
        return ' ';
      })
      .replace(/^[\s/,;:|.-]+|[\s/,;:|-]+$/g, '')
      .trim();
    const attach: string | null = runOn;
    runOn = rest !== '' && raw.length >= amsAddressLineWidth ? (/\s$/.test(raw) ? ' ' : '') : null;
    if (rest === '') continue;
    if (attach !== null && lines.length > 0) lines[lines.length - 1] += attach + rest;
    else lines.push(rest);
  }
  const text = joinLines(lines);
  const locality = [parts.city, parts.stateProvince, parts.zipCode, parts.countryCode]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '' && !containsWord(text, part));
  const address = joinLines([text, locality.join(' ')].filter((part) => part !== ''));
  const phonesFromAddress = phones.length;
  const separatePhone = parts.phone?.trim() ?? '';
  if (separatePhone !== '' && !phones.includes(separatePhone)) phones.push(separatePhone);
  return { address: address === '' ? null : address, phone: phones.length === 0 ? null : phones.join('; '), phonesFromAddress };
}

function joinLines(lines: readonly string[]): string {
  return lines.reduce((joined, line) => (joined === '' ? line : /[,;]$/.test(joined) ? `${joined} ${line}` : `${joined}, ${line}`), '');
}

function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^A-Za-z0-9])${escaped}(?:$|[^A-Za-z0-9])`, 'i').test(text);
}
