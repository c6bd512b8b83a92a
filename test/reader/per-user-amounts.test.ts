// A metrics table "in millions, except subscriber, per-subscriber and percentage data": an average revenue per
// user of "$ 48.12" is dollars per user, never $48.12 million; subscriber counts take their own "(in thousands)".
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const METRICS = `
Dunmore Wireless, Inc. today reported results for the third quarter ended September 30, 2025.

                             DUNMORE WIRELESS, INC.
                          SELECTED OPERATING METRICS
          (in millions, except subscriber, per-subscriber and percentage data)

                                               Three Months Ended September 30,
                                                  2025               2024
Service revenue                                 $ 1,204.5          $ 1,150.2
Postpaid subscribers (in thousands)                 8,412              8,105
Average revenue per user (ARPU)                 $   48.12          $   47.35
Average revenue per account                     $  131.60          $  128.04
Revenue per available room                      $   96.30          $   91.10
`;

describe('money per user, account or room', () => {
  const rows = readReport(METRICS, 'dunmore.txt').statements[0].rows;
  const row = (label: string) => rows.find((r) => r.label === label);
  it('is the currency per that unit, unscaled', () => {
    expect(row('Average revenue per user (ARPU)')).toMatchObject({ unit: 'USD/user', values: ['48.12', '47.35'] });
    expect(row('Average revenue per account')).toMatchObject({ unit: 'USD/account', values: ['131.6', '128.04'] });
    expect(row('Revenue per available room')).toMatchObject({ unit: 'USD/room', values: ['96.3', '91.1'] });
  });
  it('leaves the money and the counts of the same table as they were', () => {
    expect(row('Service revenue')).toMatchObject({ unit: 'USD', values: ['1204500000', '1150200000'] });
    expect(row('Postpaid subscribers (in thousands)')).toMatchObject({ unit: 'subscribers', values: ['8412000', '8105000'] });
  });
});
