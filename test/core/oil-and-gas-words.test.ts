// An oil and gas producer's words: "LOE" is lease operating expense, "DD&A" depreciation, depletion and amortization,
// "EBITDAX" the EBITDAX it reconciles; each the money line of the statement, while "LOE per Boe" is the cost per
// barrel of oil equivalent printed under "Costs per Boe"; "capex guidance" the capital expenditures the text expects.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const PRODUCER = `ODESSA, Texas, Nov. 5, 2025 (BUSINESS WIRE) -- Caprock Basin Resources, Inc. (NYSE: CPBR) today reported results.

Caprock expects full-year 2025 capital expenditures of $410 million to $430 million.

                         CONSOLIDATED STATEMENTS OF OPERATIONS
                    (In thousands, except per share amounts; unaudited)
                                              Three Months Ended September 30,
                                                   2025            2024
Oil, natural gas and NGL revenues             $ 210,400       $ 221,900
Lease operating expense                          31,200          29,800
Depreciation, depletion and amortization         66,300          61,050
General and administrative                        9,100           8,700
Operating income                                103,800         122,350
Net income                                    $  74,600       $  88,900

                               SELECTED OPERATING DATA
                                              Three Months Ended September 30,
                                                   2025            2024
Total production (MBoe)                           4,800           4,620
Net production:
  Oil (MBbls)                                     2,900           2,780
Average daily production:
  Oil (Bbls/d)                                   31,522          30,217
Average realized prices:
  Oil ($ per Bbl)                             $   65.10       $   72.30
Costs per Boe:
  Lease operating expense                     $    6.50       $    6.45
  Depreciation, depletion and amortization    $   13.81       $   13.21

                     RECONCILIATION OF NET INCOME TO ADJUSTED EBITDAX
                                   (In thousands)
                                              Three Months Ended September 30,
                                                   2025            2024
Net income                                    $  74,600       $  88,900
Depreciation, depletion and amortization         66,300          61,050
Interest and taxes                               29,200          33,450
Adjusted EBITDAX                              $ 170,100       $ 183,400
`;

const ctx = { today: '2025-12-01' };
const store = { documents: [readReport(PRODUCER, 'caprock.txt')] };
const value = (q: string): string | null | undefined => ask(q, store, ctx).answers[0]?.value;

describe('an oil and gas producer\'s words', () => {
  it('reads LOE as lease operating expense, in money', () => {
    expect(value('Caprock LOE Q3 2025')).toBe('31200000');
  });
  it('reads DD&A as depreciation, depletion and amortization', () => {
    expect(value('Caprock DD&A Q3 2024')).toBe('61050000');
  });
  it('reads EBITDAX as the EBITDAX reconciled', () => {
    expect(value('Caprock EBITDAX Q3 2025')).toBe('170100000');
    expect(value('Caprock adjusted EBITDAX Q3 2024')).toBe('183400000');
  });
  it('quotes the capital expenditures expected as capex guidance', () => {
    expect(ask('Caprock capex guidance 2025', store, ctx).text).toContain('$410 million to $430 million');
  });
  it('reads a realized price "($ per Bbl)" as dollars per barrel, not barrels', () => {
    expect(ask('Caprock realized oil price Q3 2024', store, ctx).answers[0]).toMatchObject({ value: '72.3', unit: 'USD/bbl' });
  });
  it("reads 'per day' as a volume per day ('Oil (Bbls/d)'), not the quarter's volume", () => {
    expect(ask('Caprock oil production per day Q3 2025', store, ctx).answers[0]).toMatchObject({ value: '31522', unit: 'Bbls/d' });
    expect(ask('Caprock barrels of oil per day Q3 2024', store, ctx).answers[0]?.value).toBe('30217');
  });
  it('reads LOE per Boe as the cost per barrel of oil equivalent', () => {
    expect(value('Caprock LOE per Boe Q3 2025')).toBe('6.5');
  });
});
