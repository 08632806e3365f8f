/**
 * E-mail addresses: compared in lower case; a shared domain says something only when it is a
 * company's own domain, not a free mail service.
 */

export const freeMailDomains: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.co.in', 'yahoo.com.cn', 'hotmail.com', 'hotmail.co.uk', 'outlook.com',
  'live.com', 'msn.com', 'aol.com', 'icloud.com', 'me.com', 'mail.com', 'gmx.com', 'gmx.de', 'web.de', 'yandex.ru', 'yandex.com',
  'mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru', 'qq.com', '163.com', '126.com', 'sina.com', 'sohu.com', 'aliyun.com',
  'rediffmail.com', 'protonmail.com', 'proton.me', 'zoho.com', 'naver.com', 'daum.net', 'hanmail.net',
]);

export interface EmailAddress {
  readonly address: string;
  readonly domain: string;
}

export function normalizeEmailAddress(rawEmail: string): EmailAddress | undefined {
  const match = /([a-z0-9._%+-]+)@([a-z0-9.-]+\.[a-z]{2,})/i.exec(rawEmail.trim());
  if (!match) return undefined;
  const domain = (match[2] as string).toLowerCase();
  return { address: `${(match[1] as string).toLowerCase()}@${domain}`, domain };
}

export type EmailAgreement = 'same address' | 'same company domain' | 'different';

export function compareEmailAddresses(a: EmailAddress, b: EmailAddress): EmailAgreement {
  if (a.address === b.address) return 'same address';
  if (a.domain === b.domain && !freeMailDomains.has(a.domain)) return 'same company domain';
  return 'different';
}
