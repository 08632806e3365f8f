import { describe, expect, it } from 'vitest';
import { canonicalPartyName, mayBeTruncatedName, nameFingerprint, normalizePartyName } from '../../shared/entities/partyName';
import { legalForms } from '../../shared/entities/legalForms';
import { recognisePlaceholder } from '../../shared/entities/placeholderParties';
import { foldText } from '../../shared/entities/textFolding';

describe('folding text', () => {
  it.each([
    ['Société Générale S.A.', 'SOCIETE GENERALE SA'],
    ['Müller & Söhne GmbH', 'MULLER AND SOHNE GMBH'],
    ["INT'L TRADING", 'INTL TRADING'],
    ['U.S. Steel Corp.', 'US STEEL CORP'],
    ['CO.,LTD', 'CO LTD'],
    ['NO.12 MILL RD', 'NO 12 MILL RD'],
    ['ООО Газпром', 'OOO GAZPROM'],
    ['ΑΘΗΝΑ ΝΑΥΤΙΛΙΑΚΗ', 'ATHINA NAYTILIAKI'],
    ['ŞAHİN SANAYİ A.Ş.', 'SAHIN SANAYI AS'],
    ['Straße', 'STRASSE'],
    ['a\u200bb c\u00a0d', 'AB C D'],
    ['  --  ', ''],
  ])('%s → %s', (raw, folded) => {
    expect(foldText(raw)).toBe(folded);
  });
});

describe('legal forms across jurisdictions', () => {
  it.each([
    ['ACME TRADING LTD', 'ACME TRADING', ['LTD']],
    ['ACME TRADING LIMITED', 'ACME TRADING', ['LTD']],
    ['SHENZHEN HUAXIN ELECTRONICS CO., LTD.', 'SHENZHEN HUAXIN ELECTRONICS', ['CO LTD']],
    ['Shenzhen Huaxin Electronics Co.,Ltd', 'SHENZHEN HUAXIN ELECTRONICS', ['CO LTD']],
    ['SIEMENS GMBH', 'SIEMENS', ['GMBH']],
    ['CECOEX, S.A.', 'CECOEX', ['SA']],
    ['SINAR JAYA SDN. BHD.', 'SINAR JAYA', ['SDN BHD']],
    ['BALAJI IMPEX PVT. LTD.', 'BALAJI IMPEX', ['PVT LTD']],
    ['AL KARAM TEXTILE MILLS (PVT) LTD', 'AL KARAM TEXTILE MILLS', ['PVT LTD']],
    ['KARTAL PLASTIK SAN. VE TIC. A.S.', 'KARTAL PLASTIK', ['TR AS']],
    ['ERDEM CAM SAN. VE TIC. LTD. STI.', 'ERDEM CAM', ['TR LTD STI']],
    ['AL NOOR GENERAL TRADING L.L.C', 'AL NOOR GENERAL TRADING', ['LLC']],
    ['AL NOOR GENERAL TRADING LLC', 'AL NOOR GENERAL TRADING', ['LLC']],
    ['ATLAS MAGHREB SARL', 'ATLAS MAGHREB', ['SARL']],
    ['FRUTAS DEL SUR S.R.L.', 'FRUTAS DEL SUR', ['SRL']],
    ['HOLLAND FLOWERS BV', 'HOLLAND FLOWERS', ['BV']],
    ['OOO ROMASHKA', 'ROMASHKA', ['OOO']],
    ['ООО "РОМАШКА"', 'ROMASHKA', ['OOO']],
    ['AO ZALA AERO', 'ZALA AERO', ['AO']],
    ['ZALA AERO JSC', 'ZALA AERO', ['JSC']],
    ['GAZPROM NEFT PJSC', 'GAZPROM NEFT', ['PJSC']],
    ['DUNA BOR KFT.', 'DUNA BOR', ['KFT']],
    ['WISLA HANDEL SP. Z O.O.', 'WISLA HANDEL', ['SP Z OO']],
    ['PT. MAJU JAYA TEXTILE', 'MAJU JAYA TEXTILE', ['PT']],
    ['JEBEL ALI TRADING FZE', 'JEBEL ALI TRADING', ['FZE']],
    ['SEOUL STEEL CORPORATION', 'SEOUL STEEL', ['CORP']],
    ['NAM PHAT FOODS JOINT STOCK COMPANY', 'NAM PHAT FOODS', ['JSC']],
    ['KHAN ENTERPRISES (PTY) LTD', 'KHAN ENTERPRISE', ['PTY LTD']],
    ['NORTHGATE TRADING & CO LTD', 'NORTHGATE TRADING', ['CO LTD']],
  ])('%s → %s %j', (raw, base, forms) => {
    const name = normalizePartyName(raw);
    expect(name.base).toBe(base);
    expect(name.legalForms.map((match) => match.form.id)).toEqual(forms);
  });

  it('keeps every registry entry reachable by its own abbreviation and spellings', () => {
    for (const form of legalForms) {
      for (const spelling of [form.id, ...form.spellings]) {
        const raw = form.position === 'prefix' ? `${spelling} ACME HOLDINGS` : `ACME HOLDINGS ${spelling}`;
        const name = normalizePartyName(raw);
        expect(name.legalForms.length, `${form.id}: ${raw}`).toBeGreaterThan(0);
        expect(name.words, `${form.id}: ${raw}`).toEqual(['ACME', 'HOLDING']);
      }
    }
  });

  it('never leaves a name empty', () => {
    expect(normalizePartyName('LIMITED').base).toBe('LIMITED');
    expect(normalizePartyName('Company Pvt. Ltd.').base).toBe('COMPANY');
  });

  it('shows the name with legal forms in registry abbreviation', () => {
    expect(canonicalPartyName(normalizePartyName('Siemens Aktiengesellschaft'))).toBe('SIEMENS AG');
    expect(canonicalPartyName(normalizePartyName('ООО Газпром'))).toBe('OOO GAZPROM');
    expect(canonicalPartyName(normalizePartyName('Shenzhen Huaxin Elec. Co., Limited'))).toBe('SHENZHEN HUAXIN ELECTRONICS CO LTD');
    expect(nameFingerprint(normalizePartyName('Huaxin, Shenzhen Co Ltd'))).toBe(nameFingerprint(normalizePartyName('SHENZHEN HUAXIN COMPANY LIMITED')));
  });
});

describe('abbreviations, titles and a leading THE', () => {
  it.each([
    ['GOLDEN DRAGON INTL TRDG LTD', 'GOLDEN DRAGON INTERNATIONAL TRADING'],
    ["GOLDEN DRAGON INT'L TRADING LIMITED", 'GOLDEN DRAGON INTERNATIONAL TRADING'],
    ['HUAXIN IMP & EXP CO LTD', 'HUAXIN IMPORT EXPORT'],
    ['HUAXIN IMP. & EXP. CO., LTD.', 'HUAXIN IMPORT EXPORT'],
    ['HUAXIN IMPORT AND EXPORT CO LTD', 'HUAXIN IMPORT EXPORT'],
    ['HUAXIN IMP/EXP CO LTD', 'HUAXIN IMPORT EXPORT'],
    ['JINLONG MFG CORP', 'JINLONG MANUFACTURING'],
    ['T & D W/SALE LTD', 'T AND D WHOLESALE'],
    ['THE ACME TRADING COMPANY', 'ACME TRADING'],
    ['M/S BALAJI IMPEX', 'BALAJI IMPEX'],
    ['Messrs. Balaji Impex', 'BALAJI IMPEX'],
  ])('%s → %s', (raw, base) => {
    expect(normalizePartyName(raw).base).toBe(base);
  });

  it('does not fold plurals in general, so namesakes stay two names', () => {
    expect(normalizePartyName('NORTHGATE HOME LTD').base).not.toBe(normalizePartyName('NORTHGATE HOMES LTD').base);
  });
});

describe('address text spilled into the name field', () => {
  it.each([
    ['ACME LTD NO 5 HARBOUR RD', 'ACME', 'NO 5 HARBOUR RD'],
    ['NORTHGATE TRADING LTD UNIT 4, RIVERSIDE IND EST', 'NORTHGATE TRADING', 'UNIT 4 RIVERSIDE IND EST'],
    ['SUMMIT TRADING 29 MANOR ROAD, ILFORD IG9 0ZP', 'SUMMIT TRADING', '29 MANOR ROAD ILFORD IG9 0ZP'],
    ['HUAXIN ELECTRONICS CO LTD ROOM 1203, BLDG 4', 'HUAXIN ELECTRONICS', 'ROOM 1203 BLDG 4'],
    ['AL NOOR TRADING LLC WAREHOUSE NO. 12, AL RAS', 'AL NOOR TRADING', 'WAREHOUSE NO 12 AL RAS'],
    ['FRUTAS ANDINA S.A. AV. FRANCISCO DE ORELLANA NO. 2905', 'FRUTAS ANDINA', 'AV FRANCISCO DE ORELLANA NO 2905'],
  ])('%s → %s + %s', (raw, base, spilled) => {
    const name = normalizePartyName(raw);
    expect(name.base).toBe(base);
    expect(name.spilledAddress).toBe(spilled);
  });

  it('does not take a number that belongs to the name for an address', () => {
    expect(normalizePartyName('7 ELEVEN TRADING LTD').base).toBe('7 ELEVEN TRADING');
    expect(normalizePartyName('A1 SUPPLIES LTD').base).toBe('A1 SUPPLIES');
  });
});

describe('truncation at the 35-character EDI field', () => {
  it('flags a name as long as the field, and only that', () => {
    expect(mayBeTruncatedName('GUANGZHOU JINLONG TEXTILES INTERNAT')).toBe(true);
    expect(mayBeTruncatedName('GUANGZHOU JINLONG TEXTILES')).toBe(false);
  });

  it('peels a legal form cut short and then trusts the words', () => {
    const cut = normalizePartyName('SHENZHEN HUAXIN ELECTRONICS CO., L');
    expect(cut.base).toBe('SHENZHEN HUAXIN ELECTRONICS');
    expect(cut.legalForms[0]?.partial).toBe(true);
    expect(cut.mayBeTruncated).toBe(false);
    expect(normalizePartyName('ANADOLU TEKSTIL SAN. VE TIC. LTD. S').base).toBe('ANADOLU TEKSTIL');
  });

  it('keeps the possibly cut last word when no legal form closes the name', () => {
    const cut = normalizePartyName('GUANGZHOU JINLONG TEXTILES INTERNAT');
    expect(cut.mayBeTruncated).toBe(true);
    expect(cut.words.at(-1)).toBe('INTERNAT');
  });
});

describe('placeholder parties', () => {
  it.each([
    ['TO ORDER', 'to order'],
    ['TO ORDER OF SHIPPER', 'to order'],
    ['TO THE ORDER OF SHIPPER', 'to order'],
    ['To the order of Standard Mercantile Bank PLC', 'to order'],
    ['SAME AS CONSIGNEE', 'same as another party'],
    ['SAME AS CNEE', 'same as another party'],
    ['SAME AS CONSIGNEE.', 'same as another party'],
    ['N/A', 'no party given'],
    ['', 'no party given'],
  ])('%s is a placeholder (%s) with no trader words', (raw, kind) => {
    const name = normalizePartyName(raw);
    expect(name.placeholder?.kind).toBe(kind);
    expect(name.words).toEqual([]);
  });

  it('names the bank of a bill consigned to its order', () => {
    expect(recognisePlaceholder('TO THE ORDER OF STANDARD MERCANTILE BANK PLC')?.orderOf).toBe('STANDARD MERCANTILE BANK PLC');
    expect(recognisePlaceholder('TO ORDER OF SHIPPER')?.orderOf).toBeUndefined();
  });

  it('does not take a company named after an order for a placeholder', () => {
    expect(recognisePlaceholder('ORDER SUPPLIES LTD')).toBeUndefined();
    expect(recognisePlaceholder('SAME DAY COURIERS LTD')).toBeUndefined();
  });
});
