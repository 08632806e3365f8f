import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bytesSource, newEngine } from '../support/engineHarness';
import { buildWorkbook } from '../shared/ingest/support/xlsxWorkbook';
import { compactContainerNumber, containerCheckDigit, isValidContainerNumber, makeContainerNumber, parseContainerNumber } from '../../shared/domain/containerNumber';
import { isValidImoNumber, makeCompanyImo, makeVesselImo, parseImoNumber } from '../../shared/domain/imoNumber';
import { CsvRecordReader } from '../../shared/ingest/csv/csvRecordReader';
import { FileUnusableError } from '../../shared/ingest/formats/importFormat';
import { manifestFields } from '../../shared/ingest/manifestFields';
import { parseImportProfile, serializeImportProfile, type ImportProfile } from '../../shared/ingest/importProfile';
import { JsonDepthError } from '../../shared/ingest/inputLimits';
import { flattenJsonObject } from '../../shared/ingest/json/flattenJson';
import { createTextDecoderStream } from '../../shared/ingest/textDecoding';
import { ZipArchive } from '../../shared/ingest/xlsx/zipArchive';
import { gradingCode, parseReportHeader } from '../../shared/reports/reportHeader';
import { parseExaminationOutcomes } from '../../shared/risk/examinationOutcomes';
import { TextDecodingError } from '../../shared/watchlist/textDecoding';
import { WatchlistFileError } from '../../shared/watchlist/watchlistFileError';
import { parseWatchlist } from '../../shared/watchlist/watchlistFormats';

/**
 * fast-check properties of every parser of untrusted input (issue 10): each either reads its
 * input and accounts for every row, or refuses it with its own specific error, on arbitrary
 * input; and reads back exactly what a well-formed input says. About 14,000 cases a run (a fixed
 * seed under CI=true, see test/support/propertySeed.ts); with the other property tests of the
 * suite, well over 10,000 across CI.
 */
const letters = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const owner = fc.tuple(letters, letters, letters).map((chars) => chars.join(''));
const text = (units: string, maxLength = 12) => fc.string({ unit: fc.constantFrom(...units), maxLength });
const cell = text('Ab É中 ,;"\n\r\t09.-\'', 16);

/** Feeds `value` in chunks cut at the given points. */
function chunked<T extends string | Uint8Array>(value: T, cuts: readonly number[]): T[] {
  const points = [...new Set(cuts.map((cut) => cut % (value.length + 1)))].sort((a, b) => a - b);
  const pieces: T[] = [];
  let start = 0;
  for (const point of [...points, value.length]) {
    pieces.push(value.slice(start, point) as T);
    start = point;
  }
  return pieces;
}

describe('container and IMO numbers', () => {
  it('a made container number is valid, reads back, and a changed digit or letter is caught', () => {
    fc.assert(
      fc.property(owner, fc.constantFrom('U' as const, 'J' as const, 'Z' as const), fc.integer({ min: 0, max: 999_999 }), fc.nat(10), fc.nat(35), (code, category, serial, position, replacement) => {
        const number = makeContainerNumber(code, category, serial);
        expect(isValidContainerNumber(number)).toBe(true);
        expect(parseContainerNumber(` ${number.slice(0, 4)} ${number.slice(4, 10)}-${number.slice(10)} `)?.ownerCode).toBe(code);
        const alphabet = position < 4 ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' : '0123456789';
        const swapped = alphabet[replacement % alphabet.length] as string;
        const changed = `${number.slice(0, position)}${swapped}${number.slice(position + 1)}`;
        if (changed !== number && position !== 3) {
          // The check digit is the weighted sum mod 11 (10 written as 0): compare with it directly.
          const expectedDigit = containerCheckDigit(changed.slice(0, 10)) % 10;
          expect(isValidContainerNumber(changed)).toBe(Number(changed[10]) === expectedDigit);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('container and IMO parsers never throw on arbitrary text and agree with their validity checks', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), text('ABCUJZ0123456789 -IMO', 16)), (input) => {
        expect(parseContainerNumber(input) !== undefined).toBe(isValidContainerNumber(input));
        expect(typeof compactContainerNumber(input)).toBe('string');
        expect(parseImoNumber(input) !== undefined).toBe(isValidImoNumber(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('a made IMO number (ship or company scheme) is valid and reads back with its scheme', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 999_999 }), fc.boolean(), (digits, ship) => {
        const number = ship ? makeVesselImo(digits) : makeCompanyImo(digits);
        expect(isValidImoNumber(number)).toBe(true);
        expect(parseImoNumber(`IMO ${number}`)?.schemes).toContain(ship ? 'vessel' : 'company');
        const wrong = `${number.slice(0, 6)}${(Number(number[6]) + 1) % 10}`;
        expect(parseImoNumber(wrong)?.schemes ?? []).not.toContain(ship ? 'vessel' : 'company');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('manifest CSV records', () => {
  it('read the same fields as papaparse reads the whole text, whatever the chunking', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 }), fc.array(fc.nat(400), { maxLength: 6 }), fc.constantFrom(',', ';', '\t'), (rows, cuts, delimiter) => {
        const csv = Papa.unparse([['B/L No.', 'Consignee', 'Goods'], ...rows], { delimiter, newline: '\r\n', quotes: true });
        const read: string[][] = [];
        const reader = new CsvRecordReader((record) => read.push([...record.fields]));
        for (const piece of chunked(csv, cuts)) reader.push(piece);
        reader.push('', true);
        expect(read).toEqual([['B/L No.', 'Consignee', 'Goods'], ...rows]);
      }),
      { numRuns: 1500 },
    );
  });

  it('bytes that are not UTF-8 read as Windows-1252 in one call as in a stream (Node 20 reads one call as ISO-8859-1)', () => {
    const bytes = new Uint8Array([0x41, 0x80, 0x92, 0x99]);
    expect(createTextDecoderStream().decode(bytes, true)).toBe('A€’™');
  });

  it('text decoding is the same whatever the chunking, and every byte decodes to something', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.array(fc.nat(220), { maxLength: 5 }), (bytes, cuts) => {
        const whole = createTextDecoderStream();
        const expected = whole.decode(bytes, true);
        const streamed = createTextDecoderStream();
        const pieces = chunked(bytes, cuts);
        const decoded = pieces.map((piece) => streamed.decode(piece)).join('') + streamed.decode(new Uint8Array(0), true);
        expect(decoded).toBe(expected);
        expect(streamed.encoding()).toBe(whole.encoding());
        if (bytes.length > 0) expect(decoded.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('JSON records and zip archives', () => {
  it('flattening any JSON object gives one dotted key per leaf, or refuses deep nesting by name', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 6 })), (object) => {
        const entries = flattenJsonObject(object);
        for (const [key, value] of entries) {
          expect(typeof key).toBe('string');
          expect(typeof value).toBe('string');
        }
        expect(new Set(entries.map(([key]) => key)).size).toBeLessThanOrEqual(entries.length);
      }),
      { numRuns: 1000 },
    );
    let deep: unknown = 'leaf';
    for (let level = 0; level < 70; level++) deep = { a: deep };
    expect(() => flattenJsonObject(deep as Record<string, unknown>)).toThrow(JsonDepthError);
  });

  it('a zip reader given arbitrary bytes after a zip signature opens them or refuses with its own error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (tail, withEnd) => {
        const end = withEnd ? [0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)] : [];
        const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail, ...end]);
        try {
          ZipArchive.open(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(FileUnusableError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('XLSX workbooks', () => {
  it('store exactly the text and numbers their cells hold (shared or inline strings), whatever the text', async () => {
    const goods = fc.string({ unit: fc.constantFrom(...'Ab É中&<>"\' 09.-'), maxLength: 24 }).filter((value) => value.trim() === value);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(goods, fc.boolean(), fc.integer({ min: 0, max: 99_999 })), { minLength: 1, maxLength: 12 }), async (rows) => {
        const workbook = buildWorkbook({ sheets: [{ name: 'Bills', rows: [['B/L No.', 'Goods Description', 'Packages'], ...rows.map(([text, inline, packages], index) => [`MSKU${String(index).padStart(7, '0')}`, inline ? { inline: text } : text, packages])] }] });
        const engine = await newEngine();
        const report = await engine.importManifest(bytesSource('random.xlsx', workbook, 97));
        expect(report).toMatchObject({ status: 'completed', rowsRead: rows.length, rowsStored: rows.length });
        const stored = (await engine.listShipments({ sortBy: 'billOfLadingNumber', limit: 500 })).rows;
        expect(stored.map((row) => [row.goodsDescription ?? '', row.packages])).toEqual(rows.map(([text, , packages]) => [text, packages]));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe('import profiles', () => {
  const fieldIds = manifestFields.map((field) => field.id);
  const profile: fc.Arbitrary<ImportProfile> = fc
    .record({
      name: fc.string({ minLength: 1, maxLength: 30 }).filter((name) => name.trim() !== '' && name.trim() === name),
      tables: fc.array(
        fc.record({
          sheet: fc.option(fc.string({ minLength: 1, maxLength: 10 }), { nil: null }),
          columns: fc.uniqueArray(fc.record({ header: fc.string({ maxLength: 12 }), field: fc.option(fc.constantFrom(...fieldIds), { nil: null }) }), { minLength: 1, maxLength: 8, selector: (column) => column.field ?? `#${column.header}` }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .filter((candidate) => new Set(candidate.tables.map((table) => table.sheet)).size === candidate.tables.length);

  it('a saved profile reads back exactly as saved', () => {
    fc.assert(
      fc.property(profile, (saved) => {
        let parsed: ImportProfile;
        try {
          parsed = parseImportProfile(serializeImportProfile(saved), 'p.json');
        } catch (error) {
          // Only a profile the checks refuse on saving too (headers alike once folded, say).
          expect((error as Error).message).toMatch(/^p\.json: /);
          return;
        }
        expect(parsed).toEqual(saved);
      }),
      { numRuns: 1000 },
    );
  });

  it('any JSON is read as a profile or refused with the file name and the reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 4 }), fc.string({ maxLength: 40 }), profile.map((saved) => serializeImportProfile(saved).replace(/"field": "[a-zA-Z]+"/, '"field": "nonsense"'))), (input) => {
        try {
          const parsed = parseImportProfile(input, 'any.json');
          expect(parsed.name.trim()).not.toBe('');
        } catch (error) {
          expect((error as Error).message).toMatch(/^any\.json: ./);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('intelligence report headers', () => {
  const reference = fc.tuple(fc.constantFrom('INT', 'IR', 'CIU'), fc.integer({ min: 10, max: 99 }), fc.integer({ min: 1000, max: 9999 })).map(([prefix, year, serial]) => `${prefix}-${year}-${serial}`);
  const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

  it('a labelled header reads back its reference, date and grading', () => {
    fc.assert(
      fc.property(reference, day, fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), fc.integer({ min: 1, max: 6 }), text('abc defg.,', 60), (ref, date, reliability, credibility, body) => {
        const parsed = parseReportHeader(`INTELLIGENCE REPORT\nReference: ${ref}\nDate: ${date}\nGrading: ${reliability}${credibility}\n\n${body}\n`);
        expect(parsed.reference).toBe(ref);
        expect(parsed.date).toBe(date);
        expect(gradingCode(parsed.sourceReliability, parsed.informationCredibility)).toBe(`${reliability}${credibility}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary text, and every flag points at a line of it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), text('Grading:RefDate 0123456789/-\n AB', 200)), (input) => {
        const parsed = parseReportHeader(input);
        const lines = input.split(/\r\n|\r|\n/).length;
        for (const flag of parsed.flags) {
          if (flag.line === null) continue;
          expect(flag.line).toBeGreaterThanOrEqual(1);
          expect(flag.line).toBeLessThanOrEqual(lines);
        }
        for (const field of parsed.fields) expect(field.line).toBeLessThanOrEqual(lines);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('watchlists and examination outcomes', () => {
  const name = fc.string({ unit: fc.constantFrom(...'ABCDEFG LTDÉ&.,"-'), minLength: 1, maxLength: 20 }).filter((value) => value.trim() !== '' && /[A-G]/.test(value));

  it('a simple watchlist CSV gives one entry per row with its name', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.constantFrom('GB', 'NL', 'CN', '')), { minLength: 1, maxLength: 10 }), (rows) => {
        const parsed = parseWatchlist(new TextEncoder().encode(Papa.unparse([['name', 'country'], ...rows], { newline: '\n' })));
        expect(parsed.format).toBe('watchlist csv');
        expect(parsed.rowsRead).toBe(parsed.entries.length + parsed.rejections.length);
        expect(parsed.entries.map((entry) => entry.name)).toEqual(rows.map(([listed]) => listed.trim()));
      }),
      { numRuns: 500 },
    );
  });

  it('FollowTheMoney lines give one entry per party, every other row rejected with a reason', () => {
    const entity = fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,8}$/), schema: fc.constantFrom('Company', 'Person', 'Vessel', 'Ownership', 'Address'), name: name });
    fc.assert(
      fc.property(fc.uniqueArray(entity, { minLength: 1, maxLength: 8, selector: (item) => item.id }), (entities) => {
        const lines = entities.map((item) => JSON.stringify({ id: item.id, schema: item.schema, properties: { name: [item.name] } })).join('\n');
        const parsed = parseWatchlist(new TextEncoder().encode(lines));
        const parties = entities.filter((item) => ['Company', 'Person', 'Vessel'].includes(item.schema));
        expect(parsed.entries.map((entry) => entry.name)).toEqual(parties.map((item) => item.name));
        expect(parsed.rejections).toHaveLength(entities.length - parties.length);
        for (const rejection of parsed.rejections) expect(rejection.reason).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary bytes are read as a list that accounts for every row, or refused with a list error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.string({ maxLength: 200 }).map((value) => new TextEncoder().encode(`name,country\n${value}`)), fc.string({ maxLength: 200 }).map((value) => new TextEncoder().encode(`{"id":"a","schema":"Company"}\n${value}`))), (bytes) => {
        try {
          const parsed = parseWatchlist(bytes);
          expect(parsed.rowsRead).toBe(parsed.entries.length + parsed.rejections.length);
        } catch (error) {
          expect(error instanceof WatchlistFileError || error instanceof TextDecodingError).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('examination outcomes account for every row: an outcome or a rejection with its row number', () => {
    const result = fc.constantFrom('seizure', 'no find', 'Seized', 'nil', 'maybe', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.stringMatching(/^[A-Z]{4}[0-9]{4}$/), fc.constant('')), result), { maxLength: 15 }), (rows) => {
        const parsed = parseExaminationOutcomes('o.csv', Papa.unparse([['bill_of_lading_number', 'result'], ...rows], { newline: '\n' }));
        expect(parsed.outcomes.length + parsed.rejected.length).toBe(rows.length);
        for (const rejection of parsed.rejected) expect(rejection.row).toBeGreaterThan(1);
      }),
      { numRuns: 500 },
    );
  });
});
