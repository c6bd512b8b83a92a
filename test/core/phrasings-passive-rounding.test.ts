// Questions worded in ways a finance team types beyond the plain "<metric> <period>": the passive ("how much was paid
// out in dividends by Ashgrove"), the verb before its noun ("stock bought back", "debt repaid", "borrowed"), before and
// after tax, a request to round ("to one decimal", "rounded to the nearest million"), "on a GAAP basis", weeks written
// "wks", a change asked "by what percentage", "than a year before", a margin that "expanded", and "EPS" alone over a
// statement and a reconciliation that both print the diluted figure.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeIn } from '../helpers/stores.js';

const store = storeIn('phrasings3');
const ctx = { today: '2026-11-25' };
const value = (q: string): string | null | undefined => {
  const r = ask(q, store, ctx);
  return r.status === 'answered' ? r.answers[0]?.value : `${r.status}: ${r.text.slice(0, 80)}`;
};
const change = (q: string) => ask(q, store, ctx).answers[0]?.change;

describe('the passive, and the verb before its noun', () => {
  it.each([
    ['How much was paid out in dividends by Ashgrove in fiscal 2023?', '-35200000'],
    ['how much stock was bought back by Ashgrove in FY23', '-38000000'],
    ['How much debt was repaid by Penwarden in the nine months ended March 31, 2011?', '-15000000'],
    ['How much was borrowed by Ashgrove in fiscal 2023?', '150000000'],
    ['How much was owed to suppliers by Penwarden at March 31, 2011?', '79634000'],
    ['How much was charged for income taxes at Harrow & Pike in the third quarter of fiscal 2021?', '16520000'],
    ['How much stock-based compensation was expensed by Penwarden in the nine months of fiscal 2011?', '3120000'],
    ['How much was paid for share repurchases by Harrow & Pike year to date?', '-30000000'],
  ])('%s', (q, want) => expect(value(q)).toBe(want));
});

describe('before and after tax', () => {
  it.each([
    ['how much was earned by Penwarden before income taxes in Q3 FY11', '20725000'],
    ['Ashgrove income after taxes for fiscal 2023', '247300000'],
    ['Harrow & Pike after-tax profit in the third quarter of fiscal 2021', '50096000'],
    ['what did Penwarden earn after tax in the third quarter of fiscal 2011', '13886000'],
  ])('%s', (q, want) => expect(value(q)).toBe(want));
  it('a line asked after tax that the report prints only before tax is not answered', () => {
    expect(ask('Ashgrove restructuring charges after tax Q4 FY23', store, ctx).status).not.toBe('answered');
  });
});

describe('rounding asked, GAAP basis, weeks as "wks"', () => {
  it.each([
    ['Penwarden long-term debt at June 30, 2010, rounded to the nearest million', '200000000'],
    ['HPO COGS 39 wks FY21', '1201655000'],
    ['HPO net sales 13 wks ended Oct 30 2021', '650623000'],
    ['Ashgrove EPS on a GAAP basis for fiscal 2023', '5.82'],
  ])('%s', (q, want) => expect(value(q)).toBe(want));
  it('a ratio asked to one decimal is still computed', () => {
    expect(Number(value("What was Harrow & Pike's operating margin in Q3 fiscal 2021, to one decimal?"))).toBeCloseTo(10.70, 2);
    expect(Number(value('Ashgrove current ratio at June 30, 2022, to two decimals'))).toBeCloseTo(3.18, 2);
  });
});

describe('changes asked in other words', () => {
  it('"by what percentage did ... rise"', () => {
    expect(Number(change("By what percentage did Ashgrove's net sales rise in fiscal 2023?")?.percent)).toBeCloseTo(7.563, 2);
  });
  it('"how much higher ... than a year before"', () => {
    expect(change("How much higher was Harrow & Pike's gross profit in Q3 FY21 than a year before?")?.absolute).toBe('24389000');
  });
  it('"how many points did the margin expand"', () => {
    expect(Number(value("How many points did Ashgrove's operating margin expand in Q4 FY23?"))).toBeCloseTo(8.27, 1);
  });
  it('"the comparable period of the prior year" is the year-ago quarter', () => {
    expect(value('Penwarden operating income in the comparable period of the prior year')).toBe('15806000');
  });
  it('"what percentage of net sales" is still a share, not a change', () => {
    expect(ask("what percentage of net sales was Ashgrove's R&D in FY23", store, ctx).answers[0]?.kind).toBe('ratio');
  });
});

describe('abbreviations a line or a sentence spells out', () => {
  it('AOCI is the accumulated other comprehensive loss', () => {
    expect(value('Ashgrove AOCI june 30 2022')).toBe('-151200000');
  });
  it('capex expected is quoted from the sentence on capital expenditures', () => {
    const r = ask('what capex does Penwarden expect for fiscal 2011', store, ctx);
    expect(r.status).toBe('answered');
    expect(r.text).toContain('approximately $45 million for fiscal 2011');
  });
  it('capex expected for a year the text does not speak of is not answered', () => {
    expect(ask('Penwarden capex guidance fiscal 2012', store, ctx).status).not.toBe('answered');
  });
});
