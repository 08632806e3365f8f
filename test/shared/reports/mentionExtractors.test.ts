import { describe, expect, it } from 'vitest';
import { makeContainerNumber } from '../../../shared/domain/containerNumber';
import { makeCompanyImo, makeVesselImo } from '../../../shared/domain/imoNumber';
import { billOfLadingExtractor } from '../../../shared/reports/extraction/billsOfLading';
import { containerNumberExtractor } from '../../../shared/reports/extraction/containerNumbers';
import { emailAddressExtractor } from '../../../shared/reports/extraction/emailAddresses';
import { hsCodeExtractor } from '../../../shared/reports/extraction/hsCodes';
import { imoNumberExtractor } from '../../../shared/reports/extraction/imoNumbers';
import type { FoundMention, KnownTrader, MentionExtractor, MentionLookups, TraderNameSource } from '../../../shared/reports/extraction/mention';
import { extractMentions } from '../../../shared/reports/extraction/mentionExtractors';
import { phoneNumberExtractor } from '../../../shared/reports/extraction/phoneNumbers';
import { seaportExtractor } from '../../../shared/reports/extraction/seaports';
import { traderNameExtractor } from '../../../shared/reports/extraction/traderNames';
import { vesselNameExtractor } from '../../../shared/reports/extraction/vesselNames';

/** Each extractor on hand-written text, with the exact offsets it must give. */

const ravelImo = makeVesselImo('912345');
const ownerImo = makeCompanyImo('543210');
const harbour: KnownTrader = { entityId: 'T:7', displayName: 'HARBOUR LIGHT TRADING LTD', occurrences: 12 };
const harbourNamesake: KnownTrader = { entityId: 'T:90', displayName: 'HARBOUR LIGHT TRADING LTD', occurrences: 2 };
const shenzhen: KnownTrader = { entityId: 'T:3', displayName: 'SHENZHEN HUAXIN ELECTRONICS CO LTD', occurrences: 40 };
const names: TraderNameSource = {
  traderNames: [
    { rawName: 'SHENZHEN HUAXIN ELECTRONICS CO., LTD.', trader: shenzhen },
    { rawName: 'SHENZHEN HUAXIN ELECTRONIC COMPANY LIMITED', trader: shenzhen },
    { rawName: 'HARBOUR LIGHT TRADING LTD', trader: harbour },
    { rawName: 'HARBOUR LIGHT TRADING LIMITED', trader: harbourNamesake },
    { rawName: 'TO ORDER', trader: { entityId: 'T:1', displayName: 'TO ORDER', occurrences: 1 } },
  ],
  listedNames: [
    { written: 'AL MAGHRIB GENERAL TRADING SARL', party: { id: 4, listName: 'SANCTIONS', subject: 'company', name: 'AL MAGHRIB GENERAL TRADING SARL' } },
    { written: 'STAR VOYAGER', party: { id: 5, listName: 'VESSELS OF INTEREST', subject: 'vessel', name: 'STAR VOYAGER' } },
  ],
};

const lookups: MentionLookups = {
  containerBills: (compact) => (compact === 'MSKU6011672' ? ['MEDU1234567'] : []),
  billOfLading: (number) => (number === 'MEDU1234567' ? { number, vessel: 'CMA CGM RAVEL' } : null),
  vessels: () => [
    { name: 'CMA CGM RAVEL', imo: ravelImo, bills: 4 },
    { name: 'AURORA', imo: null, bills: 1 },
  ],
  vesselByImo: (imo) => (imo === ravelImo ? { name: 'CMA CGM RAVEL', imo, bills: 4 } : null),
  listedWithImo: (imo) => (imo === ownerImo ? [{ id: 9, listName: 'SANCTIONS', subject: 'company', name: 'BLUE OCEAN SHIPPING INC' }] : []),
  tradersWithPhone: (digits) => (digits.endsWith('2079460958') ? [harbour] : []),
  tradersWithEmail: (address) => (address === 'sales@harbourlight.example' ? [harbour] : []),
  traderNames: () => names,
  manifestPorts: () => new Set(['GBSOU', 'CNTAO']),
};

const spans = (extractor: MentionExtractor, text: string): [number, number, string, string | null, number][] =>
  extractor.extract(text, lookups).map((found: FoundMention) => [found.start, found.end, found.text, found.target === null ? null : `${found.target.kind}:${found.target.key}`, found.confidence]);

describe('container number extractor', () => {
  it('finds ISO 6346 numbers in the ways they are written; a bad check digit is a surer-not mention', () => {
    const text = 'Boxes MSKU6011672, MSKU 601167 2 and MSKU-601167-2; also MSKU 6011673 and temu9058966 and ABCMSKU6011672.';
    expect(spans(containerNumberExtractor, text)).toEqual([
      [6, 17, 'MSKU6011672', 'container:MSKU6011672', 0.98],
      [19, 32, 'MSKU 601167 2', 'container:MSKU6011672', 0.98],
      [37, 50, 'MSKU-601167-2', 'container:MSKU6011672', 0.98],
      [57, 69, 'MSKU 6011673', 'container:MSKU6011673', 0.3],
    ]);
    const [bad] = containerNumberExtractor.extract('MSKU 6011673', lookups);
    expect(bad?.reason).toBe('container number, check digit 3 does not agree (ISO 6346 gives 2); in no manifest of this workspace');
    const unknown = makeContainerNumber('TGH', 'U', 123456);
    expect(spans(containerNumberExtractor, `in ${unknown}`)).toEqual([[3, 14, unknown, `container:${unknown}`, 0.75]]);
  });
});

describe('IMO number extractor', () => {
  it('links a ship number to the vessel, a company number to the watchlist, and flags a bad check digit', () => {
    const bad = `${ravelImo.slice(0, 6)}${(Number(ravelImo[6]) + 1) % 10}`;
    const text = `the vessel CMA CGM RAVEL (IMO ${ravelImo}), owner IMO No. ${ownerImo}, IMO: ${bad}, and 1234567 alone`;
    const at = (needle: string) => text.indexOf(needle);
    expect(spans(imoNumberExtractor, text)).toEqual([
      [at(ravelImo), at(ravelImo) + 7, ravelImo, `vessel:${ravelImo}`, 0.97],
      [at(ownerImo), at(ownerImo) + 7, ownerImo, 'watchlist-entry:9', 0.95],
      [at(bad), at(bad) + 7, bad, null, 0.3],
    ]);
  });
});

describe('vessel name extractor', () => {
  it('finds known vessel names in any case; a one-word name only after a vessel prefix or in capitals', () => {
    const text = 'On M/V Cma Cgm Ravel, then MV AURORA; the aurora borealis; CMA CGM RAVEL voyage 12';
    expect(spans(vesselNameExtractor, text)).toEqual([
      [7, 20, 'Cma Cgm Ravel', `vessel:${ravelImo}`, 0.95],
      [30, 36, 'AURORA', 'vessel:AURORA', 0.68],
      [59, 72, 'CMA CGM RAVEL', `vessel:${ravelImo}`, 0.88],
    ]);
  });
});

describe('bill of lading extractor', () => {
  it('finds only the B/L numbers the workspace knows', () => {
    const text = 'Under B/L No. MEDU1234567 (not MEDU7654321); MEDU1234567 again.';
    expect(spans(billOfLadingExtractor, text)).toEqual([
      [14, 25, 'MEDU1234567', 'bill-of-lading:MEDU1234567', 0.98],
      [45, 56, 'MEDU1234567', 'bill-of-lading:MEDU1234567', 0.9],
    ]);
  });
});

describe('HS code extractor', () => {
  it('takes codes in their context only and links the longest level the nomenclature knows', () => {
    const text = 'Declared under HS 8517.13, tariff 851713, commodity code 8517 13 00 00; 851713 bare; HS 7700.10; heading 8517.99.';
    expect(spans(hsCodeExtractor, text)).toEqual([
      [18, 25, '8517.13', 'hs-code:851713', 0.9],
      [34, 40, '851713', 'hs-code:851713', 0.9],
      [57, 70, '8517 13 00 00', 'hs-code:851713', 0.9],
      [88, 95, '7700.10', null, 0.35],
      [105, 112, '8517.99', 'hs-code:8517', 0.7],
    ]);
  });
});

describe('seaport extractor', () => {
  it('finds UN/LOCODEs and port names, preferring the ports of the manifests', () => {
    const text = 'Loaded at Qingdao (POL CNTAO), due at Southampton; premises at 4 HIGH ROAD, SOUTHAMPTON';
    expect(spans(seaportExtractor, text)).toEqual([
      [23, 28, 'CNTAO', 'port:CNTAO', 0.95],
      [10, 17, 'Qingdao', 'port:CNTAO', 0.9],
      [38, 49, 'Southampton', 'port:GBSOU', 0.9],
      [76, 87, 'SOUTHAMPTON', 'port:GBSOU', 0.7],
    ]);
  });
});

describe('phone number extractor', () => {
  it('takes numbers written internationally or named as numbers, and links them to the trader giving them', () => {
    const text = 'Call +44 20 7946 0958 or tel: 020 7946 0958; fax 0044-20-11112222; on 2024-05-01 ref 20240501123.';
    expect(spans(phoneNumberExtractor, text)).toEqual([
      [5, 21, '+44 20 7946 0958', 'trader:T:7', 0.92],
      [30, 43, '020 7946 0958', 'trader:T:7', 0.92],
      [49, 65, '0044-20-11112222', null, 0.8],
    ]);
  });
});

describe('e-mail address extractor', () => {
  it('finds addresses and links the one a trader gives', () => {
    const text = 'Write to Sales@HarbourLight.example or ops@unknown.example.';
    expect(spans(emailAddressExtractor, text)).toEqual([
      [9, 35, 'Sales@HarbourLight.example', 'trader:T:7', 0.95],
      [39, 58, 'ops@unknown.example', null, 0.9],
    ]);
  });
});

describe('trader name extractor', () => {
  it('matches names as written, as normalised, reordered and misspelt, and watchlist names; never placeholders', () => {
    const text = [
      'Consignee SHENZHEN HUAXIN ELECTRONICS CO., LTD. again.',
      'Also Shenzhen Huaxin Electronics Company Limited.',
      'And SHENZEN HUAXIN ELECTRONICS LTD to order.',
      'Listed AL MAGHRIB GENERAL TRADING SARL and HARBOUR LIGHT TRADING LIMITED; TO ORDER.',
    ].join('\n');
    const found = traderNameExtractor.extract(text, lookups);
    expect(found.map((mention) => [mention.start, mention.end, mention.text, `${mention.target?.kind}:${mention.target?.key}`, mention.confidence])).toEqual([
      [10, 47, 'SHENZHEN HUAXIN ELECTRONICS CO., LTD.', 'trader:T:3', 0.95],
      [60, 103, 'Shenzhen Huaxin Electronics Company Limited', 'trader:T:3', 0.88],
      [109, 139, 'SHENZEN HUAXIN ELECTRONICS LTD', 'trader:T:3', 0.77],
      [157, 188, 'AL MAGHRIB GENERAL TRADING SARL', 'watchlist-entry:4', 0.95],
      // Written as only the namesake writes it: that one, for certain.
      [193, 222, 'HARBOUR LIGHT TRADING LIMITED', 'trader:T:90', 0.95],
    ]);
    // A spelling neither writes: both have the name, the one with more occurrences is taken, less surely.
    const [shared] = traderNameExtractor.extract('Ships for Harbour Light Trading Co. Ltd. weekly', lookups);
    expect([shared?.start, shared?.end, shared?.text, shared?.target?.key, shared?.confidence]).toEqual([10, 40, 'Harbour Light Trading Co. Ltd.', 'T:7', 0.63]);
    expect(shared?.reason).toContain('1 other trader has this name');
    expect(found[2]?.reason).toContain('a near spelling of SHENZHEN HUAXIN ELECTRONICS');
  });
});

describe('the extractor registry', () => {
  it('runs every extractor and settles overlaps: the surer mention stays', () => {
    const text = `Container MSKU 601167 2 on MV CMA CGM RAVEL (IMO ${ravelImo}) for HARBOUR LIGHT TRADING LTD, tel +44 20 7946 0958, due Southampton.`;
    const found = extractMentions(text, lookups);
    expect(found.map((mention) => [mention.kind, mention.text])).toEqual([
      ['container', 'MSKU 601167 2'],
      ['vessel', 'CMA CGM RAVEL'],
      ['imo-number', ravelImo],
      ['trader', 'HARBOUR LIGHT TRADING LTD'],
      ['phone', '+44 20 7946 0958'],
      ['port', 'Southampton'],
    ]);
    for (const mention of found) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });
});
