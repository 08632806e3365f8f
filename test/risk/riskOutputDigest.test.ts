/**
 * The ranked output of a scoring (shipments and traders: rank, ref, name, score, every reason with
 * its points and facts, and the listed columns) on a generated world (seed 1, 20,000 lines) is
 * pinned by a digest taken before the scoring's reading and storing were made faster: they must not
 * change what is ranked, in which order, or why.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../shared/generator/demoDataset';
import type { TargetRow } from '../../shared/engine/riskApi';
import { newEngine, textSource } from '../support/engineHarness';

describe('risk scoring output', () => {
  it('ranks the same targets with the same scores and reasons on a generated world', async () => {
    const world = generateDemoDataset({ seed: 1, lines: 20_000 });
    const engine = await newEngine();
    await engine.newWorkspace('digest');
    await engine.importManifest(textSource('manifests.csv', world.manifestsCsv));
    await engine.importWatchlist({ fileName: 'watchlist.csv', bytes: new TextEncoder().encode(world.watchlistCsv) });
    const resolution = await engine.entitySummary();
    if (resolution.stale || resolution.resolvedAt === null) await engine.resolveEntities();
    const summary = await engine.scoreRisks();
    const digests: Record<string, string> = {};
    const counts: Record<string, number> = {};
    for (const kind of ['shipment', 'trader'] as const) {
      const hash = createHash('sha256');
      let rows = 0;
      for (let offset = 0; ; offset += 500) {
        const page = await engine.listTargets({ kind, offset, limit: 500 });
        for (const row of page.rows as TargetRow[]) {
          hash.update(JSON.stringify([row.rank, row.kind, row.ref, row.name, row.score, row.reasons, row.arrivalDate, row.vessel, row.voyage, row.bills]));
          hash.update('\n');
        }
        rows += page.rows.length;
        expect(page.total).toBe(kind === 'shipment' ? summary.shipmentsWithScore : summary.tradersWithScore);
        if (page.rows.length < 500) break;
      }
      digests[kind] = hash.digest('hex');
      counts[kind] = rows;
    }
    const { shipmentsWithScore, tradersWithScore, shipmentTargets, traderTargets, billsScored, tradersKnown } = summary;
    expect({ counts, digests, billsScored, tradersKnown, shipmentsWithScore, tradersWithScore, shipmentTargets, traderTargets, findings: summary.rules.map((rule) => [rule.ruleId, rule.findings]) }).toMatchInlineSnapshot(`
      {
        "billsScored": 12709,
        "counts": {
          "shipment": 6104,
          "trader": 1990,
        },
        "digests": {
          "shipment": "88eb78022826206d1c0b11193ff933520ebe7bde99d96bd36a643ce618dae861",
          "trader": "cf5ef6d1cf4d52a34678112d5f26e81f5abd0e557243297c4330963cadef69c9",
        },
        "findings": [
          [
            "undervaluation",
            73,
          ],
          [
            "misdeclared-goods",
            2573,
          ],
          [
            "origin-laundering",
            159,
          ],
          [
            "split-shipments",
            30,
          ],
          [
            "watchlist-proximity",
            570,
          ],
          [
            "new-trader",
            175,
          ],
          [
            "intelligence-corroboration",
            0,
          ],
          [
            "behaviour-change",
            4,
          ],
        ],
        "shipmentTargets": 218,
        "shipmentsWithScore": 6104,
        "traderTargets": 95,
        "tradersKnown": 3712,
        "tradersWithScore": 1990,
      }
    `);
  }, 120_000);
});
