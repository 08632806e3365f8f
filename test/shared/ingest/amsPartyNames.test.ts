import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createManifestEngine } from '../../../shared/engine/manifestEngine';
import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import { fixturePath, fixtureSource } from '../../support/engineHarness';
import { queryWorkspace } from './support/workspaceImage';

async function tables(only: (table: string) => boolean) {
  const files = (await readdir(fixturePath('ingest/ams'))).filter((name) => name.endsWith('.csv') && only(/^ams__([a-z]+)_/.exec(name)?.[1] ?? '')).sort();
  return Promise.all(files.map((name) => fixtureSource(`ingest/ams/${name}`)));
}

describe('the first party names of AMS bills (what the shipments table shows)', () => {
  it('are the first recorded shipper, consignee and notify party of each bill, also when the party tables come in a later release', async () => {
    const engine = await createManifestEngine(await loadSqlJsForNode());
    await engine.importAmsRelease(await tables((table) => !['consignee', 'shipper', 'notifyparty'].includes(table)));
    expect((await engine.listShipments({})).rows.every((row) => row.consigneeName === null && row.shipperName === null)).toBe(true);
    await engine.importAmsRelease(await tables((table) => ['consignee', 'shipper', 'notifyparty'].includes(table)));
    const first = (role: string): string => `(SELECT raw_name FROM party_occurrence AS p WHERE p.bill_of_lading_id = bill.id AND p.role = '${role}' ORDER BY p.id LIMIT 1)`;
    const bills = await queryWorkspace(engine, `SELECT bill.shipper_name IS ${first('shipper')} AS shipper, bill.consignee_name IS ${first('consignee')} AS consignee,
      bill.notify_party_name IS ${first('notify_party')} AS notify, bill.consignee_name AS name FROM bill_of_lading AS bill`);
    expect(bills.length).toBeGreaterThan(5);
    expect(bills.every((bill) => bill.shipper === 1 && bill.consignee === 1 && bill.notify === 1)).toBe(true);
    expect(bills.filter((bill) => bill.name !== null).length).toBeGreaterThan(3);
    const rows = (await engine.listShipments({ sortBy: 'consigneeName' })).rows;
    expect(rows.some((row) => row.consigneeName !== null)).toBe(true);
  });
});
