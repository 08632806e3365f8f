// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../renderer/components/DetailsPanel';
import { shipmentRow } from './support/fakeEngine';

afterEach(cleanup);

function shownFields(): Record<string, { text: string; asWritten: string | null }> {
  const details = screen.getByRole('complementary');
  return Object.fromEntries(
    [...details.querySelectorAll('.details__field')].map((field) => [
      field.querySelector('dt')?.textContent ?? '',
      { text: field.querySelector('dd')?.textContent ?? '', asWritten: field.querySelector('.details__as-written')?.textContent ?? null },
    ]),
  );
}

describe('DetailsPanel: normalised values with the text as the file wrote it', () => {
  it('shows the text as written beside each normalised value that the file wrote differently', () => {
    render(
      <DetailsPanel
        shipment={shipmentRow(7, {
          vesselImo: '9839430', vesselImoAsWritten: 'IMO 9839430',
          placeOfReceipt: 'CNNGB', placeOfReceiptAsWritten: 'Ningbo',
          portOfLoading: 'NLRTM', portOfLoadingAsWritten: 'Rotterdam',
          portOfDischarge: 'GBFXT', portOfDischargeAsWritten: 'Felixstowe, GB',
          countryOfOrigin: 'CN', countryOfOriginAsWritten: 'China',
          containerNumber: 'MSKU6011672', containerNumberAsWritten: 'MSKU 601167 2',
          hsCode: '850440', hsCodeAsWritten: '8504.40.95',
        })}
      />,
    );
    const fields = shownFields();
    expect(fields['Port of Loading']).toEqual({ text: 'NLRTM — written ‘Rotterdam’', asWritten: ' — written ‘Rotterdam’' });
    expect(fields['IMO No.']?.text).toBe('9839430 — written ‘IMO 9839430’');
    expect(fields['Place of Receipt']?.text).toBe('CNNGB — written ‘Ningbo’');
    expect(fields['Port of Discharge']?.text).toBe('GBFXT — written ‘Felixstowe, GB’');
    expect(fields['Country of Origin']?.text).toBe('CN — written ‘China’');
    expect(fields['Container No.']?.text).toBe('MSKU6011672 — written ‘MSKU 601167 2’');
    expect(fields['HS Code']?.text).toBe('850440 — written ‘8504.40.95’');
    // Fields that are not normalised never carry a note.
    expect(fields.Vessel).toEqual({ text: 'NORDIC TERN', asWritten: null });
  });

  it('says nothing more where the file had the stored value: as written null, absent, or the same text', () => {
    render(
      <DetailsPanel
        shipment={shipmentRow(8, { portOfLoading: 'NLRTM', portOfLoadingAsWritten: null, countryOfOrigin: 'CN', countryOfOriginAsWritten: 'CN', placeOfReceipt: null })}
      />,
    );
    const fields = shownFields();
    expect(fields['Port of Loading']).toEqual({ text: 'NLRTM', asWritten: null });
    expect(fields['Country of Origin']).toEqual({ text: 'CN', asWritten: null });
    expect(fields['Place of Receipt']).toEqual({ text: 'not given', asWritten: null });
    expect(fields['HS Code']).toEqual({ text: '851762', asWritten: null });
    expect(document.querySelectorAll('.details__as-written')).toHaveLength(0);
  });
});
