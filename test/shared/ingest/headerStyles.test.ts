import { describe, expect, it } from 'vitest';
import { mapHeaders } from '../../../shared/ingest/headerMapping';
import { textSource, newEngine } from '../../support/engineHarness';

describe('header styles met in real manifests', () => {
  it('maps every header style issue 4 names', () => {
    const styles = {
      'B/L No.': 'billOfLadingNumber',
      BILL_OF_LADING_NBR: 'billOfLadingNumber',
      'Shipper Name': 'shipperName',
      CNEE: 'consigneeName',
      POL: 'portOfLoading',
      'Port of Lading': 'portOfLoading',
      'Gross Wt (KG)': 'grossWeightKg',
      'Declared Value USD': 'declaredValueUsd',
    };
    for (const [header, field] of Object.entries(styles)) {
      expect(mapHeaders([header]).mappingByHeader, header).toEqual({ [header]: field });
    }
  });

  it('maps JSON keys in camelCase and dotted form, and AMS column names', () => {
    const json = mapHeaders(['billOfLadingNumber', 'HSCode', 'shipper.name', 'consignee.address', 'cargo.containerNumber', 'cargo.weightUnit']);
    expect(json.mappingByHeader).toEqual({
      billOfLadingNumber: 'billOfLadingNumber',
      HSCode: 'hsCode',
      'shipper.name': 'shipperName',
      'consignee.address': 'consigneeAddress',
      'cargo.containerNumber': 'containerNumber',
      'cargo.weightUnit': 'grossWeightUnit',
    });
    const ams = mapHeaders(['identifier', 'shipper_party_name', 'consignee_comm_number', 'harmonized_number', 'harmonized_weight', 'harmonized_weight_unit', 'text', 'identified_orgs']);
    expect(ams.mappingByHeader).toEqual({
      identifier: 'billOfLadingNumber',
      shipper_party_name: 'shipperName',
      consignee_comm_number: 'consigneePhone',
      harmonized_number: 'hsCode',
      harmonized_weight: 'grossWeightKg',
      harmonized_weight_unit: 'grossWeightUnit',
      text: 'goodsDescription',
    });
    expect(ams.unmappedColumns).toEqual(['identified_orgs']);
  });

  it('lets the better-ranked column win a field claimed twice, whatever the column order', () => {
    expect(mapHeaders(['estimated_arrival_date', 'actual_arrival_date']).mappingByHeader).toEqual({ actual_arrival_date: 'arrivalDate' });
    expect(mapHeaders(['Arrival Date', 'ETA']).mappingByHeader).toEqual({ 'Arrival Date': 'arrivalDate' });
    expect(mapHeaders(['ETA', 'Arrival Date']).unmappedColumns).toEqual(['ETA']);
  });

  it('imports a file with all of those headers into the right fields', async () => {
    const engine = await newEngine();
    const csv = 'BILL_OF_LADING_NBR,Shipper Name,CNEE,Port of Lading,Gross Wt (KG),Declared Value USD\nBL1,NINGBO BRIGHT,HARBOUR IMPORTS,CNNGB,"1,840.5","USD 48,200"\n';
    await engine.importManifest(textSource('styles.csv', csv));
    expect((await engine.listShipments({})).rows[0]).toMatchObject({ billOfLadingNumber: 'BL1', shipperName: 'NINGBO BRIGHT', consigneeName: 'HARBOUR IMPORTS', portOfLoading: 'CNNGB', grossWeightKg: 1840.5, declaredValueUsd: 48200 });
  });
});
