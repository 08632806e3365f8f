import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bytesSource, newEngine, textSource } from '../../support/engineHarness';

/**
 * Properties of the CSV import path on random input: it never crashes, every data record is
 * either stored or rejected with a reason, and whatever is stored reads back exactly.
 */
const header = ['B/L No.', 'Consignee Name', 'Goods Description', 'Packages'];
const cellText = fc.string({ unit: fc.constantFrom('A', 'b', ' ', ',', ';', '"', '\n', '\r\n', 'É', '中', '\t', '0', '9', '.'), maxLength: 12 });
const record = fc.tuple(fc.stringMatching(/^[A-Z]{4}[0-9]{1,6}$/), cellText, cellText, fc.integer({ min: 0, max: 99999 }).map(String));

describe('CSV import properties', () => {
  it('stores exactly what a correctly quoted file contains, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 97 }), fc.constantFrom(',', ';', '\t'), async (records, chunkSize, delimiter) => {
        const unique = records.map(([bill, ...rest], index) => [`${bill}X${index}`, ...rest] as const);
        const csv = Papa.unparse({ fields: header, data: unique }, { delimiter, newline: '\r\n', quotes: true });
        const engine = await newEngine();
        const report = await engine.importManifest(textSource('random.csv', csv, chunkSize));
        expect(report.status).toBe('completed');
        expect(report.rowsRead).toBe(unique.length);
        expect(report.rowsStored).toBe(unique.length);
        const page = await engine.listShipments({ sortBy: 'billOfLadingNumber', limit: 500 });
        const stored = new Map(page.rows.map((row) => [row.billOfLadingNumber, row]));
        for (const [bill, consignee, goods, packages] of unique) {
          const row = stored.get(bill);
          expect(row?.consigneeName ?? '').toBe(consignee.trim());
          expect(row?.goodsDescription ?? '').toBe(goods.trim());
          expect(row?.packages).toBe(Number(packages));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never crashes on garbage bytes and always conserves rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.integer({ min: 1, max: 64 }), async (garbage, chunkSize) => {
        const prefix = new TextEncoder().encode('B/L No.,Consignee\n');
        const bytes = new Uint8Array(prefix.length + garbage.length);
        bytes.set(prefix);
        bytes.set(garbage, prefix.length);
        const engine = await newEngine();
        const report = await engine.importManifest(bytesSource('garbage.csv', bytes, chunkSize));
        if (report.status === 'completed') {
          expect(report.rowsRead).toBe(report.rowsStored + report.rowsRejected);
          expect((await engine.summary()).counts.manifestLines).toBe(report.rowsStored);
          for (const rejection of report.rejections) expect(rejection.reason.length).toBeGreaterThan(0);
        } else {
          expect(report.status).toBe('failed');
          expect(report.failure).toMatch(/^garbage\.csv: /);
        }
      }),
      { numRuns: 150 },
    );
  });
});
