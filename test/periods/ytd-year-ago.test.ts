// "YTD operating income prior year": the year to date of the year before, asked as one figure; with a word of
// comparison between ("YTD revenue vs last year", "YTD revenue yoy") it stays a comparison.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';
import { onePeriod, periods } from './helpers.js';

const REPORT = `Kettlewick Tools Reports Third Quarter 2024 Results

BOSTON, Oct. 30, 2024 -- Kettlewick Tools, Inc. (NYSE: KTW) today reported results for the third quarter ended
September 30, 2024.

                               KETTLEWICK TOOLS, INC.
                         CONSOLIDATED STATEMENTS OF INCOME
                                  (in thousands)

                                      Three Months Ended         Nine Months Ended
                                         September 30,             September 30,
                                      2024         2023         2024         2023
Net sales                          $ 120,400    $ 110,200    $ 351,900    $ 322,600
Operating income                      14,300       12,100       40,800       33,500
`;
const store = { documents: [readReport(REPORT, 'kettlewick-2024-q3.txt')] };
const ctx = { today: '2024-12-01' };

describe('year to date of the prior year', () => {
  it.each(['YTD operating income prior year', 'operating income year to date a year ago', 'prior year YTD operating income'])('%s', (q) => {
    expect(onePeriod(q)).toMatchObject({ relative: 'ytd_year_ago' });
  });
  it('answers the prior nine months, not a change', () => {
    const a = ask('Kettlewick YTD operating income prior year', store, ctx);
    expect(a.answers[0]?.kind).toBe('value');
    expect(a.answers[0]?.value).toBe('33500000');
    expect(a.answers[0]?.period?.end).toBe('2023-09-30');
  });
  it('keeps a comparison a comparison', () => {
    expect(periods('YTD revenue vs last year').map((p) => p.relative)).toEqual(['ytd', 'prior_year']);
    expect(ask('Kettlewick net sales YTD vs last year', store, ctx).answers[0]?.kind).toBe('change');
    expect(ask('Kettlewick net sales ytd yoy', store, ctx).answers[0]?.kind).toBe('change');
  });
  it('joins the prior year to its own YTD when this YTD is compared against it', () => {
    expect(periods('operating income YTD vs prior year YTD').map((p) => p.relative)).toEqual(['ytd', 'ytd_year_ago']);
    const a = ask('Kettlewick operating income YTD vs prior year YTD', store, ctx).answers[0];
    expect(a?.change?.from.value).toBe('33500000');
    expect(a?.change?.to.value).toBe('40800000');
  });
});
