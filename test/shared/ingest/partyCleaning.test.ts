import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { hsCodeInText, normaliseHsCode } from '../../../shared/ingest/hsCodeInText';
import { cleanPartyAddress } from '../../../shared/ingest/parties/partyAddress';
import { isPlaceholderPartyName } from '../../../shared/ingest/parties/placeholderParty';
import { parseWeightKg } from '../../../shared/ingest/fieldParsers';

/** The real consignee rows of the US AMS release (/work/shared/ams/sample_consignee_rows.csv, copied into the fixtures). */
async function realConsigneeRows(): Promise<Record<string, string>[]> {
  const text = await readFile(new URL('../../fixtures/ingest/ams/ams__consignee_2020__202001070600.csv', import.meta.url), 'utf8');
  const [header, ...rows] = Papa.parse(text.trim()).data;
  return rows.map((row) => Object.fromEntries((header as string[]).map((column, index) => [column, row[index] ?? ''])));
}

describe('party address cleaning (real AMS consignee rows)', () => {
  it('joins split address lines, runs a line cut at the 35-character width on into the next, and moves phone numbers out', async () => {
    const cleaned = new Map(
      (await realConsigneeRows()).map((row) => [
        row.identifier,
        cleanPartyAddress({
          lines: [row.consignee_address_1 ?? '', row.consignee_address_2 ?? '', row.consignee_address_3 ?? '', row.consignee_address_4 ?? ''],
          city: row.city,
          stateProvince: row.state_province,
          zipCode: row.zip_code,
          countryCode: row.country_code,
          phone: row.comm_number,
        }),
      ]),
    );
    expect(cleaned.get('202001061634')).toEqual({ address: 'KNOXVILLE GF I, 800 S.GAY STREET, SUITE 900, KNOXVILLE, TN 37929, ATTN BEN HOLT', phone: 'TEL 865-246-6906; FAX 865-246-6950', phonesFromAddress: 2 });
    expect(cleaned.get('202001061635')).toEqual({ address: '4425 ATLANTIC AVE.,SUITE A14, LONG BEACH, CA 90807', phone: 'TEL 562-428-8856; FAX 562-428-2554', phonesFromAddress: 2 });
    expect(cleaned.get('202001061648')).toEqual({ address: '565 BREA CANYON ROAD, SUITE D WALNUT WALNUT, CA CA 91789 US', phone: null, phonesFromAddress: 0 });
    expect(cleaned.get('202001061639')?.address).toBe('4800 HILTON CORPORATE DRIVE, COLUMBUS OHIO 43232 US, OH');
    expect(cleaned.get('202001061649')?.address).toBe('3000 OAK RDSTE 400, WALNUT CREEK CA 94597 US');
  });

  it('keeps a line cut on a space apart from the next word', () => {
    expect(cleanPartyAddress({ lines: ['UNIT 4, DOCK ROAD TRADING ESTATE, ', 'FELIXSTOWE IP11 3QW'] }).address).toBe('UNIT 4, DOCK ROAD TRADING ESTATE, FELIXSTOWE IP11 3QW');
  });
});

describe('placeholder parties', () => {
  it('flags order bills, references to other parties and fillers, and no real trader', () => {
    for (const name of ['TO ORDER', 'to the order of BANK OF CHINA', 'TO ORDER OF SHIPPER', 'SAME AS CONSIGNEE', 'Same as above', 'UNKNOWN', 'N/A', 'NA', '.', '-', 'NOT AVAILABLE']) {
      expect(isPlaceholderPartyName(name), name).toBe(true);
    }
    for (const name of ['TOYOTA TSUSHO AMERICA', 'ORDERLY LOGISTICS LTD', 'NATIONAL IMPORTS INC', 'SAMEDAY FREIGHT', 'C.H.ROBINSON INTERNATIONAL, INC.', 'UNKNOWN SOLDIER BREWING CO']) {
      expect(isPlaceholderPartyName(name), name).toBe(false);
    }
  });
});

describe('HS codes written in descriptions, and weights in other units', () => {
  it('takes a code only after an HS marker', () => {
    expect(hsCodeInText('ELECTRIC HEATING TAPES HS CODE: 8516.80 INV NO 20-0117')).toBe('851680');
    expect(hsCodeInText('COMPUTERS H.S. NO 8471300000')).toBe('8471300000');
    expect(hsCodeInText('HTS 8471.30.0100 LAPTOPS')).toBe('8471300100');
    expect(hsCodeInText('HSCODE:940360')).toBe('940360');
    expect(hsCodeInText('PO 4501177 2200 CARTONS')).toBeNull();
    expect(hsCodeInText('WASHERS 8516 PCS')).toBeNull();
    expect(normaliseHsCode('9403.60.8081')).toBe('9403608081');
  });

  it('converts pounds and tons to kilograms, from the value or a unit column', () => {
    expect(parseWeightKg('2200', 'Pounds')).toEqual({ ok: true, value: 997.903 });
    expect(parseWeightKg('1,000 LBS')).toEqual({ ok: true, value: 453.592 });
    expect(parseWeightKg('15.5', 'Metric Tons')).toEqual({ ok: true, value: 15500 });
    expect(parseWeightKg('2', 'Long Tons')).toEqual({ ok: true, value: 2032.094 });
    expect(parseWeightKg('21.000,00 KG')).toEqual({ ok: true, value: 21000 });
    expect(parseWeightKg('12', 'Bushels')).toEqual({ ok: false, reason: 'unknown unit of weight: "Bushels"' });
  });
});
