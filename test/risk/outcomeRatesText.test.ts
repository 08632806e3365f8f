import { describe, expect, it } from 'vitest';
import { outcomeRateLines } from '../../shared/risk/outcomeRatesText';

describe('the hit rates as text', () => {
  it('gives the seizure rate, then per rule its hit rate and lift, or that it found no examined bill', () => {
    expect(
      outcomeRateLines({
        examinedBills: 64,
        seizures: 16,
        seizureRate: 0.25,
        targetsExamined: 20,
        targetSeizures: 14,
        note: '',
        rules: [
          { ruleId: 'origin-laundering', title: 'Origin laundering', examinedFound: 5, seizuresFound: 4, hitRate: 0.8, lift: 3.2 },
          { ruleId: 'split-shipments', title: 'Split shipments', examinedFound: 0, seizuresFound: 0, hitRate: null, lift: null },
        ],
      }),
    ).toEqual([
      'outcomes: 64 examined bills of the workspace, 16 seizures (seizure rate 25.0 %); 20 of them at or above the target threshold, 14 seizures among those',
      '  origin-laundering: hit rate 80.0 % (4 seizures of 5 examined bills found), lift 3.20',
      '  split-shipments: found no examined bill',
    ]);
  });
});
