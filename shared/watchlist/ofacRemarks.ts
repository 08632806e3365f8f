/**
 * The Remarks column of the OFAC SDN list: semicolon-separated facts in a fixed vocabulary. Read
 * here: aliases ("a.k.a. 'BNC'", "f.k.a." formerly, "n.k.a." now known as), IMO numbers ("Vessel
 * Registration Identification IMO 7406784", "Identification Number IMO 5342883"), e-mail
 * addresses and "Linked To:" parties. Other facts (dates and places of birth, passports,
 * registration numbers) stay in the remarks text.
 */
import { imoNumbersInText } from './listImoNumbers';

export type OfacAliasKind = 'a.k.a.' | 'f.k.a.' | 'n.k.a.';

export interface OfacRemarks {
  readonly aliases: readonly { readonly kind: OfacAliasKind; readonly name: string }[];
  readonly imoNumbers: readonly string[];
  readonly imoProblems: readonly string[];
  readonly emails: readonly string[];
  readonly linkedTo: readonly string[];
}

export function readOfacRemarks(remarks: string): OfacRemarks {
  const aliases: { kind: OfacAliasKind; name: string }[] = [];
  for (const match of remarks.matchAll(/\b([afn])\.k\.a\.,?\s*'([^']+)'/g)) {
    aliases.push({ kind: `${match[1] as 'a' | 'f' | 'n'}.k.a.`, name: (match[2] as string).trim() });
  }
  const imo = imoNumbersInText(remarks);
  const emails = [...remarks.matchAll(/Email Address (\S+@\S+?)[;.]?(?=\s|$)/g)].map((match) => match[1] as string);
  const linkedTo = [...remarks.matchAll(/Linked To: ([^;]+?)(?:;|\.$|$)/g)].map((match) => (match[1] as string).trim());
  return { aliases, imoNumbers: imo.valid, imoProblems: imo.problems, emails, linkedTo };
}
