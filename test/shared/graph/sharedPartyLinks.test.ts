/**
 * Hidden links by e-mail address and by notify party, beside those by address and phone: built
 * through the engine (notify party) and from the stored workspace with an e-mail column (the
 * column entity resolution reads when a store has one), in the hidden-links view and the traders
 * and hidden links view; a notify party named for more traders than the limit links nobody.
 */
import { describe, expect, it } from 'vitest';
import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import { readSharedPartyLinks } from '../../../shared/graph/sharedPartyLinks';
import { maxTradersSharingValue } from '../../../shared/graph/traderNetworkSource';
import { tradersAndLinksView } from '../../../shared/graph/views/tradersAndLinksView';
import { WorkspaceStore } from '../../../shared/store/workspaceStore';
import { decodeWorkspaceFile, joinWorkspaceFileParts } from '../../../shared/workspace/workspaceFile';
import { newEngine, textSource } from '../../support/engineHarness';

const header = 'B/L No.,Arrival Date,Vessel,Port of Discharge,Shipper Name,Consignee Name,Notify Party Name,Declared Value (USD)';
const row = (bill: string, date: string, shipper: string, consignee: string, notify: string) => `${bill},${date},NORDIC TERN,GBFXT,${shipper},${consignee},${notify},100`;

/** ALPHA → CHARLIE and BRAVO → DELTA, both notifying KILO CUSTOMS AGENCY; a broker notified for fourteen consignees. */
const manifest = [
  header,
  row('HLB1', '2026-03-02', 'ALPHA ELECTRONICS CO LTD', 'CHARLIE IMPORTS LTD', 'KILO CUSTOMS AGENCY LTD'),
  row('HLB2', '2026-03-20', 'BRAVO TEXTILES PVT LTD', 'DELTA WHOLESALE LTD', 'KILO CUSTOMS AGENCY LTD'),
  row('HLB3', '2026-03-25', 'ECHO HOMEWARES LTD', 'FOXTROT LEISURE LTD', ''),
  ...Array.from({ length: maxTradersSharingValue + 2 }, (_, index) => row(`HLB${100 + index}`, '2026-04-01', 'ZULU MEGA EXPORTS LTD', `CONSIGNEE NUMBER ${String.fromCharCode(65 + index)} LTD`, 'UNIVERSAL BROKERS LTD')),
].join('\n');

async function storeOf() {
  const engine = await newEngine();
  await engine.newWorkspace('links', 'OFFICIAL');
  expect((await engine.importManifest(textSource('links.csv', manifest))).status).toBe('completed');
  await engine.resolveEntities();
  const { rows } = await engine.listEntities({ limit: 100 });
  const id = (name: string) => rows.find((entity) => entity.displayName.startsWith(name))?.entityId ?? `(no ${name})`;
  const image = await decodeWorkspaceFile(joinWorkspaceFileParts(await engine.saveWorkspace()));
  return { engine, store: WorkspaceStore.open(await loadSqlJsForNode(), image), id };
}

describe('hidden links by notify party and e-mail address', () => {
  it('links two traders whose bills name the same notify party, not the notify party itself, and not through a broker notified for everyone', async () => {
    const { engine, id } = await storeOf();
    const view = await engine.graphView({ view: 'hidden-links' });
    const notify = view.edges.filter((edge) => edge.kind === 'shared-notify-party');
    const pairs = notify.map((edge) => [edge.source, edge.target].sort().join(' ~ ')).sort();
    const expected = [
      [id('ALPHA'), id('BRAVO')],
      [id('ALPHA'), id('DELTA')],
      [id('BRAVO'), id('CHARLIE')],
      [id('CHARLIE'), id('DELTA')],
      [id('ALPHA'), id('CHARLIE')],
      [id('BRAVO'), id('DELTA')],
    ]
      .map((pair) => pair.sort().join(' ~ '))
      .sort();
    expect(pairs).toEqual(expected);
    const alphaBravo = notify.find((edge) => [edge.source, edge.target].sort().join() === [id('ALPHA'), id('BRAVO')].sort().join());
    expect(alphaBravo).toMatchObject({ directed: false, bills: 2, sharedValues: ['KILO CUSTOMS AGENCY LTD'], firstArrivalDate: '2026-03-02', lastArrivalDate: '2026-03-20' });
    expect(view.nodes.some((node) => node.id === id('KILO'))).toBe(false);
    expect(view.notes).toContain(`1 notify party shared by more than ${maxTradersSharingValue} traders (a forwarder's or an agent's) link nobody`);
    // Within a date window only the bills in it count.
    const march = await engine.graphView({ view: 'hidden-links', filters: { dateFrom: '2026-03-01', dateTo: '2026-03-10' } });
    expect(march.edges.filter((edge) => edge.kind === 'shared-notify-party').map((edge) => [edge.source, edge.target].sort().join(' ~ '))).toEqual([[id('ALPHA'), id('CHARLIE')].sort().join(' ~ ')]);
  });

  it('links two traders whose manifests give the same e-mail address, in any case and however it is written', async () => {
    const emailManifest = [
      'B/L No.,Arrival Date,Vessel,Port of Discharge,Shipper Name,Shipper Email,Consignee Name,Consignee Email,Declared Value (USD)',
      'HLE1,2026-03-02,NORDIC TERN,GBFXT,ECHO HOMEWARES LTD,Orders@Echo-Homewares.example,GOLF RETAIL LTD,,100',
      'HLE2,2026-03-05,NORDIC TERN,GBFXT,HOTEL SUPPLIES LTD,someone@else.example,FOXTROT LEISURE LTD,mail: orders@echo-homewares.example,100',
    ].join('\n');
    const engine = await newEngine();
    await engine.newWorkspace('e-mail links', 'OFFICIAL');
    expect(await engine.importManifest(textSource('emails.csv', emailManifest))).toMatchObject({ status: 'completed', rowsStored: 2, rowsRejected: 0 });
    await engine.resolveEntities();
    const { rows } = await engine.listEntities({ limit: 100 });
    const id = (name: string) => rows.find((entity) => entity.displayName.startsWith(name))?.entityId ?? `(no ${name})`;
    const view = await engine.graphView({ view: 'hidden-links' });
    const email = view.edges.filter((edge) => edge.kind === 'shared-email');
    expect(email).toHaveLength(1);
    expect(email[0]).toMatchObject({ id: `email:${[id('ECHO'), id('FOXTROT')].sort().join('~')}`, directed: false, bills: 2, sharedValues: ['orders@echo-homewares.example'] });
    expect(view.nodes.map((node) => node.id)).toEqual(expect.arrayContaining([id('ECHO'), id('FOXTROT')]));
    // The traders and hidden links view draws them over the flows.
    const store = WorkspaceStore.open(await loadSqlJsForNode(), await decodeWorkspaceFile(joinWorkspaceFileParts(await engine.saveWorkspace())));
    expect(store.all<{ email: string }>(`SELECT raw_email AS email FROM party_occurrence WHERE raw_email IS NOT NULL ORDER BY id`).map((row) => row.email)).toEqual([
      'Orders@Echo-Homewares.example',
      'someone@else.example',
      'mail: orders@echo-homewares.example',
    ]);
    expect(readSharedPartyLinks(store, {}).edges.filter((edge) => edge.kind === 'shared-email')).toHaveLength(1);
    const both = tradersAndLinksView.build(store, {});
    expect(new Set(both.edges.map((edge) => edge.kind))).toEqual(new Set(['shipment-flow', 'shared-email']));
  });
});
