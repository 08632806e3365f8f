#!/usr/bin/env node
// Converts the public reference data (read-only, beside the repository in ../shared/reference) into
// the compact JSON the product ships under shared/reference/data/. Run after the sources change:
//   node build/scripts/import-reference-data.mjs [--source DIR]
// It keeps only the columns the product uses and checks the invariants the accessors rely on.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sourceFlag = process.argv.indexOf('--source');
const sourceDir = sourceFlag >= 0 ? path.resolve(process.argv[sourceFlag + 1] ?? '') : path.resolve(repoRoot, '../shared/reference');
const outDir = path.join(repoRoot, 'shared/reference/data');

function fail(message) {
  console.error(`import-reference-data: ${message}`);
  process.exit(1);
}

function readCsv(fileName) {
  const text = readFileSync(path.join(sourceDir, fileName), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) fail(`${fileName}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  return parsed.data;
}

function writeJson(fileName, value) {
  const text = `${JSON.stringify(value)}\n`;
  writeFileSync(path.join(outDir, fileName), text);
  console.log(`${fileName}: ${text.length.toLocaleString('en-GB')} bytes`);
}

/** Folds a name for de-duplication: case, accents, punctuation and spacing. */
function fold(name) {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

// --- HS codes: [code, description] rows; chapters also carry their section. Parent is the code's prefix.
function importHsCodes() {
  const sections = readCsv('hs_sections.csv').map((row) => [row.section.trim(), row.name.trim()]);
  const sectionIds = new Set(sections.map(([id]) => id));
  const codes = [];
  for (const row of readCsv('hs_codes.csv')) {
    if (row.hscode === 'TOTAL') continue;
    const level = Number(row.level);
    if (![2, 4, 6].includes(level) || !new RegExp(`^\\d{${level}}$`).test(row.hscode)) fail(`hs_codes.csv: bad code ${row.hscode}`);
    const expectedParent = level === 2 ? 'TOTAL' : row.hscode.slice(0, level - 2);
    if (row.parent !== expectedParent) fail(`hs_codes.csv: ${row.hscode} has parent ${row.parent}, not its prefix`);
    // Chapter 99 (commodities not specified according to kind) belongs to no section: the source says TOTAL.
    const section = row.section === 'TOTAL' ? null : row.section;
    if (section !== null && !sectionIds.has(section)) fail(`hs_codes.csv: ${row.hscode} in unknown section ${row.section}`);
    codes.push(level === 2 ? [row.hscode, row.description.trim(), section] : [row.hscode, row.description.trim()]);
  }
  const known = new Set(codes.map(([code]) => code));
  for (const [code] of codes) if (code.length > 2 && !known.has(code.slice(0, code.length - 2))) fail(`hs_codes.csv: ${code} has no parent row`);
  writeJson('hsCodes.json', { sections, codes });
}

// --- Countries: [alpha2, alpha3, numeric, name, officialName, otherNames[]].
function importCountries(seaportCountryNames) {
  const rows = [];
  const seen = new Set();
  for (const row of readCsv('country_codes.csv')) {
    const alpha2 = row['ISO3166-1-Alpha-2'].trim();
    const alpha3 = row['ISO3166-1-Alpha-3'].trim();
    const numeric = row['ISO3166-1-numeric'].trim().padStart(3, '0');
    if (!/^[A-Z]{2}$/.test(alpha2) || !/^[A-Z]{3}$/.test(alpha3) || !/^\d{3}$/.test(numeric)) fail(`country_codes.csv: bad codes ${alpha2}/${alpha3}/${numeric}`);
    if (seen.has(alpha2)) fail(`country_codes.csv: duplicate ${alpha2}`);
    seen.add(alpha2);
    const name = (row['CLDR display name'] || row.official_name_en).trim();
    const officialName = (row.official_name_en || name).trim();
    const folded = new Set([fold(name), fold(officialName)]);
    const otherNames = [];
    const candidates = [
      row['UNTERM English Short'].replace(/\s*\(the\)\s*$/i, ''),
      row['UNTERM English Formal'].replace(/^the\s+/i, ''),
      ...(seaportCountryNames.get(alpha2) ?? []),
    ];
    for (const candidate of candidates) {
      const trimmed = candidate.trim();
      if (trimmed && !folded.has(fold(trimmed))) {
        folded.add(fold(trimmed));
        otherNames.push(trimmed);
      }
    }
    rows.push([alpha2, alpha3, numeric, name, officialName, otherNames]);
  }
  rows.sort((a, b) => a[0].localeCompare(b[0]));
  writeJson('countries.json', rows);
  return seen;
}

// --- Seaports keyed by UN/LOCODE: [name, country alpha2, longitude, latitude, aliases[], alternativeUnlocodes[]].
function readSeaports() {
  const source = JSON.parse(readFileSync(path.join(sourceDir, 'seaports_unlocode.json'), 'utf8'));
  const seaports = {};
  const countryNames = new Map();
  const round = (value) => Math.round(value * 10_000) / 10_000;
  for (const unlocode of Object.keys(source).sort()) {
    const port = source[unlocode];
    if (!/^[A-Z]{2}[A-Z2-9]{3}$/.test(unlocode)) fail(`seaports_unlocode.json: bad UN/LOCODE ${unlocode}`);
    const country = unlocode.slice(0, 2);
    if (!countryNames.has(country)) countryNames.set(country, new Set());
    countryNames.get(country).add(port.country);
    const [longitude, latitude] = Array.isArray(port.coordinates) && port.coordinates.length === 2 ? port.coordinates.map(round) : [null, null];
    const alternativeUnlocodes = (port.unlocs ?? []).filter((code) => code !== unlocode).sort();
    seaports[unlocode] = [port.name, country, longitude, latitude, port.alias ?? [], alternativeUnlocodes];
  }
  return { seaports, countryNames };
}

for (const fileName of ['hs_codes.csv', 'hs_sections.csv', 'country_codes.csv', 'seaports_unlocode.json']) {
  if (!existsSync(path.join(sourceDir, fileName))) fail(`${path.join(sourceDir, fileName)} not found (pass --source DIR)`);
}
mkdirSync(outDir, { recursive: true });
importHsCodes();
const { seaports, countryNames } = readSeaports();
const countries = importCountries(countryNames);
const unknownCountries = [...countryNames.keys()].filter((code) => !countries.has(code));
if (unknownCountries.length > 0) console.log(`seaports in codes outside ISO 3166-1 today: ${unknownCountries.join(', ')}`);
writeJson('seaports.json', seaports);
