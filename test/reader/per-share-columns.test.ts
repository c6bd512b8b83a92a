// A REIT's reconciliation printing each quarter's amount and its amount per share side by side ("2025" over
// "Amount   Per Share"): "FFO" is the amount in the table's thousands, "FFO per share" the printed dollars per share,
// never the per-share figure scaled as if it were thousands.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const REIT = `BOISE, Idaho, Feb. 4, 2026 (BUSINESS WIRE) -- Sagebrush Storage Trust, Inc. (NYSE: SGST) today reported results.

                     RECONCILIATION OF NET INCOME TO FFO AND AFFO
                  (Unaudited; in thousands, except per share amounts)

                                              Three Months Ended December 31,
                                             2025                        2024
                                      Amount    Per Share         Amount    Per Share
Net income attributable to common
  stockholders                     $  21,400     $  0.40       $  18,900     $  0.36
Real estate depreciation               30,100        0.56          28,350        0.54
FFO attributable to common
  stockholders                        51,500        0.96          47,250        0.90
Recurring capital expenditures         (4,200)      (0.08)         (3,950)      (0.08)
AFFO attributable to common
  stockholders                     $  47,300     $  0.88       $  43,300     $  0.82

Weighted average diluted shares        53,650                      52,500
`;

const ctx = { today: '2026-03-01' };
const store = { documents: [readReport(REIT, 'sagebrush.txt')] };

describe('amount and per-share columns side by side', () => {
  it('dates the amount columns by the year above each pair', () => {
    const s = store.documents[0]!.statements[0]!;
    expect(s.columns.map((c) => c.period?.end ?? c.kind)).toEqual(['2025-12-31', 'other', '2024-12-31', 'other']);
    expect(s.rows.find((r) => r.label.startsWith('FFO'))!.values[0]).toBe('51500000');
  });
  it('answers an amount from the amount column, in thousands', () => {
    expect(ask('Sagebrush FFO Q4 2025', store, ctx).answers[0]).toMatchObject({ value: '51500000', unit: 'USD' });
    expect(ask('Sagebrush AFFO Q4 2024', store, ctx).answers[0]).toMatchObject({ value: '43300000', unit: 'USD' });
  });
  it('answers a per-share figure from the per-share column, as printed', () => {
    expect(ask('Sagebrush FFO per share Q4 2025', store, ctx).answers[0]).toMatchObject({ value: '0.96', unit: 'USD/share' });
    expect(ask('Sagebrush AFFO per share Q4 2024', store, ctx).answers[0]).toMatchObject({ value: '0.82', unit: 'USD/share' });
  });
  it('gives the change of an amount, not of its per-share figure', () => {
    expect(ask('Sagebrush FFO change Q4 2025 vs Q4 2024', store, ctx).answers[0]?.change?.absolute).toBe('4250000');
  });
});

// "2025" over "Amount   Per Boe": a cost per barrel of oil equivalent beside each amount; the two columns of one quarter
// are not told apart here, so neither answers (never $8.65 per Boe read as $8,650 thousand)
const PRODUCER = `ODESSA, Texas, Nov. 5, 2025 (BUSINESS WIRE) -- Caprock Basin Resources, Inc. (NYSE: CPBR) today reported results.

                              OPERATING COSTS
                          (in thousands, except per Boe)

                                          Three Months Ended September 30,
                                         2025                        2024
                                  Amount      Per Boe         Amount      Per Boe
Lease operating expense         $ 31,200     $  6.50        $ 29,800     $  6.45
Gathering and transportation      10,560        2.20          10,150        2.20
Total cash costs                $ 41,760     $  8.70        $ 39,950     $  8.65
`;

describe('amount and per-unit columns side by side', () => {
  const producer = { documents: [readReport(PRODUCER, 'caprock.txt')] };
  it('gives no per-unit figure as an amount', () => {
    for (const q of ['Caprock total cash costs Q3 2024', 'Caprock lease operating expense Q3 2025']) {
      const r = ask(q, producer, ctx);
      if (r.status === 'answered') expect(['39950000', '31200000']).toContain(r.answers[0]!.value);
    }
  });
});

