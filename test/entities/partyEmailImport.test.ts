/**
 * Parties' e-mail addresses from a manifest's Shipper / Consignee / Notify Party Email columns:
 * stored as written, compared by trader resolution (shown in the link's explanation) and listed on
 * the trader.
 */
import { describe, expect, it } from 'vitest';
import { newEngine, textSource } from '../support/engineHarness';

const manifest = [
  'Bill of Lading Number,Arrival Date,Consignee Name,Consignee Address,Consignee E-mail,Notify Party Name,Notify Email',
  'MEDU7001,2026-02-02,NORTHWIND TRADING LLC,"OFFICE 12, AL QUOZ, DUBAI",Ops@Northwind-Trading.example,,',
  'MEDU7002,2026-02-09,NORTHWIND TRDG L.L.C.,"OFFICE 12, AL QUOZ, DUBAI",ops@northwind-trading.example,NORTHWIND TRADING LLC,ops@northwind-trading.example',
  'MEDU7003,2026-02-16,SOUTHWIND TRADING LLC,"PLOT 7, JEBEL ALI, DUBAI",sales@southwind.example,,',
].join('\r\n');

describe('party e-mail addresses from manifests', () => {
  it('are stored, compared when traders are resolved, and listed on the trader', async () => {
    const engine = await newEngine();
    await engine.newWorkspace('e-mail', 'OFFICIAL');
    const report = await engine.importManifest(textSource('emails.csv', manifest));
    expect(report).toMatchObject({ status: 'completed', rowsRead: 3, rowsStored: 3, rowsRejected: 0 });
    expect(report.columnMapping).toMatchObject({ 'Consignee E-mail': 'consigneeEmail', 'Notify Email': 'notifyPartyEmail' });
    await engine.resolveEntities();
    const { rows } = await engine.listEntities({ limit: 20 });
    const northwind = rows.filter((row) => row.displayName.startsWith('NORTHWIND'));
    expect(northwind).toHaveLength(1);
    const detail = await engine.entityDetail(northwind[0]?.entityId ?? '');
    expect(detail.emails).toEqual([
      { text: 'ops@northwind-trading.example', occurrences: 2 },
      { text: 'Ops@Northwind-Trading.example', occurrences: 1 },
    ]);
    const emailFeatures = detail.links.flatMap((link) => (link.basis === 'matched' ? link.explanation.features : [])).filter((feature) => feature.feature === 'e-mail');
    expect(emailFeatures.length).toBeGreaterThan(0);
    expect(emailFeatures.every((feature) => feature.outcome === 'agree' && feature.points > 0)).toBe(true);
    const southwind = rows.find((row) => row.displayName.startsWith('SOUTHWIND'));
    expect(southwind?.entityId).not.toBe(northwind[0]?.entityId);
    expect((await engine.entityDetail(southwind?.entityId ?? '')).emails).toEqual([{ text: 'sales@southwind.example', occurrences: 1 }]);
  });
});
