import { describe, expect, it } from 'vitest';
import { onePeriod, periods } from './helpers.js';

describe('relative-words', () => {
  it.each([
    ['revenue this quarter', 'latest', 'quarter'],
    ['gross profit last quarter', 'latest', 'quarter'],
    ['latest quarter net loss', 'latest', 'quarter'],
    ['the most recent quarter', 'latest', 'quarter'],
    ['current quarter EPS', 'latest', 'quarter'],
    ['revenue in the quarter', 'latest', 'quarter'],
    ['prior quarter revenue', 'previous', 'quarter'],
    ['previous quarter', 'previous', 'quarter'],
    ['preceding quarter', 'previous', 'quarter'],
    ['revenue grew sequentially', 'previous', 'quarter'],
    ['QoQ growth', 'previous', 'quarter'],
    ['vs the year-ago quarter', 'year_ago', 'quarter'],
    ['year ago quarter', 'year_ago', 'quarter'],
    ['same quarter last year', 'year_ago', 'quarter'],
    ['prior-year quarter', 'year_ago', 'quarter'],
    ['revenue prior year', 'prior_year', 'year'],
    ['net income last year', 'prior_year', 'year'],
    ['previous year', 'prior_year', 'year'],
    ['last fiscal year sales', 'prior_year', 'year'],
    ['since year-end', 'year_end', 'instant'],
    ['cash at year end', 'year_end', 'instant'],
    ['cash at quarter end', 'period_end', 'instant'],
    ['period-end debt', 'period_end', 'instant'],
    ['the latest balance sheet', 'period_end', 'instant'],
  ])('%s', (question, relative, type) => {
    expect(onePeriod(question)).toMatchObject({ relative, type, rule: 'relative-words' });
  });

  it.each([
    ['Sonus cash flow from operations year to date', 'ytd'],
    ['YTD capex', 'ytd'],
    ['year-to-date revenue', 'ytd'],
    ['so far this year', 'ytd'],
    ['revenue this year', 'ytd'],
    ['current fiscal year', 'ytd'],
    ['a year ago', 'year_ago'],
    ['YoY growth', 'year_ago'],
    ['year over year change', 'year_ago'],
  ])('%s', (question, relative) => {
    const spec = onePeriod(question);
    expect(spec.relative).toBe(relative);
    expect(spec.type).toBeUndefined();
  });

  it.each(['TTM revenue', 'revenue over the last 12 months', 'trailing twelve months EPS', 'LTM EBITDA'])('trailing twelve months: %s', (question) => {
    expect(onePeriod(question)).toMatchObject({ relative: 'latest', ttm: true });
  });

  it('spaces and hyphens are interchangeable: "year-to date", "quarter over-quarter", "prior  year"', () => {
    expect(periods('year-to date').map((p) => p.relative)).toEqual(['ytd']);
    expect(periods('quarter over-quarter').map((p) => p.relative)).toEqual(['previous']);
    expect(periods('prior  year').map((p) => p.relative)).toEqual(['prior_year']);
  });

  it('"qtr" and "yr" are quarter and year: "prior qtr", "same qtr prior yr", "last yr"', () => {
    expect(onePeriod('net loss prior qtr')).toMatchObject({ relative: 'previous', type: 'quarter' });
    expect(onePeriod('revenue same qtr prior yr')).toMatchObject({ relative: 'year_ago', type: 'quarter' });
    expect(onePeriod('revenue last yr')).toMatchObject({ relative: 'prior_year', type: 'year' });
  });

  it('the longer phrase wins: "same quarter last year" is not "last year"', () => {
    expect(periods('compare with the same quarter last year')).toHaveLength(1);
  });

  it('words inside other words are not periods: "YTDs", "latestness"', () => {
    expect(periods('the qoqa app')).toEqual([]);
  });
});

describe('"annual" naming a measure, not a period', () => {
  it('"annual recurring revenue", "annual run-rate", "annual report" hold no period', async () => {
    const { extractPeriods } = await import('../../src/periods/extract.js');
    expect(extractPeriods('annual recurring revenue Q4 2018').map((p) => p.text)).toEqual(['Q4 2018']);
    expect(extractPeriods('annual run-rate')).toEqual([]);
    expect(extractPeriods('annual revenue')[0]).toMatchObject({ relative: 'latest', type: 'year' });
  });
});
