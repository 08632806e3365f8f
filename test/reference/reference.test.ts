import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvObjects } from './csvText';
import { allHsCodes, findHsCode, findHsSection, hsChildren, hsCodesAtLevel, hsLineage, hsSections, isKnownHsCode } from '../../shared/reference/hsCodes';
import { countries, findCountry } from '../../shared/reference/countries';
import { allSeaports, findSeaport, findSeaportsByName, seaportsInCountry } from '../../shared/reference/seaports';

const sourceDir = new URL('../../../shared/reference/', import.meta.url);

function readSourceCsv(fileName: string): Record<string, string>[] {
  return parseCsvObjects(readFileSync(new URL(fileName, sourceDir), 'utf8')).rows;
}

describe('HS codes', () => {
  it('ships every 2/4/6-digit code of the source with its description', () => {
    const source = readSourceCsv('hs_codes.csv').filter((row) => row.hscode !== 'TOTAL');
    expect(allHsCodes()).toHaveLength(source.length);
    for (const row of source) expect(findHsCode(row.hscode as string)?.description).toBe((row.description as string).trim());
    expect(hsCodesAtLevel(2)).toHaveLength(source.filter((row) => row.level === '2').length);
    expect(hsCodesAtLevel(6)).toHaveLength(source.filter((row) => row.level === '6').length);
  });

  it('finds a subheading with parent, level and section, however the code is written', () => {
    const transformers = findHsCode('850440');
    expect(transformers).toMatchObject({ code: '850440', level: 6, parent: '8504', section: 'XVI' });
    expect(transformers?.description).toMatch(/static converters/i);
    expect(findHsCode('8504.40')).toBe(transformers);
    expect(findHsCode(' 8504 40 ')).toBe(transformers);
    expect(findHsCode('85')).toMatchObject({ level: 2, parent: null, section: 'XVI' });
    expect(findHsCode('99')).toMatchObject({ level: 2, section: null });
    expect(findHsCode('999999')).toMatchObject({ level: 6, parent: '9999', section: null });
  });

  it('rejects codes outside the nomenclature', () => {
    expect(findHsCode('77')).toBeUndefined();
    expect(findHsCode('850499')).toBeUndefined();
    expect(isKnownHsCode('1234567')).toBe(false);
    expect(isKnownHsCode('')).toBe(false);
  });

  it('walks the hierarchy', () => {
    expect(hsLineage('010121').map((entry) => entry.code)).toEqual(['01', '0101', '010121']);
    expect(hsChildren('0101').map((entry) => entry.code)).toEqual(['010121', '010129', '010130', '010190']);
    expect(hsSections).toHaveLength(21);
    expect(findHsSection('xvi')?.description).toMatch(/^Machinery/);
  });
});

describe('countries', () => {
  it('ships every ISO 3166-1 row of the source', () => {
    expect(countries).toHaveLength(readSourceCsv('country_codes.csv').length);
    expect(new Set(countries.map((country) => country.alpha2)).size).toBe(countries.length);
  });

  it('finds a country by alpha-2, alpha-3, numeric code and name', () => {
    const china = findCountry('CN');
    expect(china).toMatchObject({ alpha2: 'CN', alpha3: 'CHN', numeric: '156', name: 'China' });
    expect(findCountry('CHN')).toBe(china);
    expect(findCountry('156')).toBe(china);
    expect(findCountry('China')).toBe(china);
    expect(findCountry("people's republic of china")).toBe(china);
    expect(findCountry('cn')).toBe(china);
    expect(findCountry('4')?.alpha2).toBe('AF');
    expect(findCountry('Viet Nam')?.alpha2).toBe('VN');
    expect(findCountry('Iran, Islamic Republic of')?.alpha2).toBe('IR');
    expect(findCountry('United Kingdom')?.alpha2).toBe('GB');
    expect(findCountry('Trinidad and Tobago')?.alpha2).toBe('TT');
    expect(findCountry('NA')?.name).toBe('Namibia');
  });

  it('finds nothing for unknown codes and names', () => {
    expect(findCountry('XX')).toBeUndefined();
    expect(findCountry('XYZ')).toBeUndefined();
    expect(findCountry('999')).toBeUndefined();
    expect(findCountry('Atlantis')).toBeUndefined();
    expect(findCountry('')).toBeUndefined();
  });
});

describe('seaports', () => {
  it('ships every seaport of the source keyed by UN/LOCODE', () => {
    const source = JSON.parse(readFileSync(new URL('seaports_unlocode.json', sourceDir), 'utf8')) as Record<string, { name: string }>;
    expect(allSeaports()).toHaveLength(Object.keys(source).length);
    for (const [unlocode, port] of Object.entries(source)) expect(findSeaport(unlocode)?.name).toBe(port.name);
  });

  it('finds a port with its country, coordinates and aliases', () => {
    const shanghai = findSeaport('CNSHA');
    expect(shanghai).toMatchObject({ unlocode: 'CNSHA', name: 'Shanghai', country: 'CN', alternativeUnlocodes: ['CNSGH'] });
    expect(shanghai?.coordinates?.latitude).toBeCloseTo(31.23, 2);
    expect(findSeaport('cn sha')).toBe(shanghai);
    expect(findSeaport('CNSGH')?.alternativeUnlocodes).toEqual(['CNSHA']);
    expect(findSeaport('USLGB')?.aliases).toContain('Los Angeles');
    expect(findSeaport('XXXXX')).toBeUndefined();
  });

  it('keeps every port country a code whose alpha-2 is the UN/LOCODE prefix', () => {
    for (const seaport of allSeaports()) {
      expect(seaport.unlocode.startsWith(seaport.country)).toBe(true);
      if (seaport.country !== 'AN') expect(findCountry(seaport.country)?.alpha2).toBe(seaport.country);
    }
  });

  it('lists ports by country and name', () => {
    expect(seaportsInCountry('gb').map((seaport) => seaport.unlocode)).toEqual(expect.arrayContaining(['GBFXT', 'GBSOU', 'GBLGP']));
    expect(findSeaportsByName('long beach').map((seaport) => seaport.unlocode)).toEqual(expect.arrayContaining(['USLAX', 'USLGB']));
    expect(findSeaportsByName('')).toEqual([]);
  });
});
