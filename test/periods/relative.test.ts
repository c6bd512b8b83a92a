import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/core/store.js';
import { extractPeriods } from '../../src/periods/extract.js';
import { fiscalCalendarOf } from '../../src/periods/match.js';
import { resolveRelative } from '../../src/periods/relative.js';

const spec = (q: string) => extractPeriods(q)[0]!;
const p = (type: Period['type'], start: string | null, end: string): Period => ({ type, start, end });
const december = fiscalCalendarOf(null);

// A Q2 release: three quarters, two six-month periods, two balance dates.
const q2Release: Period[] = [
  p('quarter', '2007-04-01', '2007-06-30'),
  p('quarter', '2006-04-01', '2006-06-30'),
  p('quarter', '2007-01-01', '2007-03-31'),
  p('six_months', '2007-01-01', '2007-06-30'),
  p('six_months', '2006-01-01', '2006-06-30'),
  p('instant', null, '2007-06-30'),
  p('instant', null, '2006-12-31'),
];

describe('resolveRelative over a Q2 release', () => {
  const resolve = (q: string, want: 'flow' | 'balance') => resolveRelative(spec(q), q2Release, december, want);
  it('latest: the latest quarter for flows, the latest date for balances', () => {
    expect(resolve('last quarter', 'flow')?.end).toBe('2007-06-30');
    expect(resolve('last quarter', 'flow')?.type).toBe('quarter');
    expect(resolve('latest', 'balance')).toEqual(p('instant', null, '2007-06-30'));
  });
  it('previous: the quarter before the latest', () => {
    expect(resolve('prior quarter', 'flow')?.start).toBe('2007-01-01');
  });
  it('year_ago: the same quarter a year before', () => {
    expect(resolve('same quarter last year', 'flow')?.end).toBe('2006-06-30');
    expect(resolve('YoY', 'flow')?.end).toBe('2006-06-30');
  });
  it('ytd: the six months from the fiscal year start', () => {
    expect(resolve('year to date', 'flow')).toEqual(p('six_months', '2007-01-01', '2007-06-30'));
    expect(resolve('YTD', 'balance')).toBeNull();
  });
  it('year_end and period_end', () => {
    expect(resolve('since year-end', 'balance')?.end).toBe('2006-12-31');
    expect(resolve('quarter end', 'balance')?.end).toBe('2007-06-30');
  });
  it('prior_year: the balance at the prior fiscal year end; no full-year flow column -> null', () => {
    expect(resolve('prior year', 'balance')?.end).toBe('2006-12-31');
    expect(resolve('prior year', 'flow')).toBeNull();
  });
  it('previous balance date (March 31) is not held -> null', () => {
    expect(resolve('previous quarter', 'balance')).toBeNull();
  });
  it('TTM: no year column -> null', () => {
    expect(resolve('TTM', 'flow')).toBeNull();
  });
});

describe('resolveRelative: a quarter with no neighbour', () => {
  it('previous is null when the report holds only the year-ago quarter', () => {
    const list = [p('quarter', '2007-04-01', '2007-06-30'), p('quarter', '2006-04-01', '2006-06-30')];
    expect(resolveRelative(spec('previous quarter'), list, december, 'flow')).toBeNull();
  });
  it('an empty report resolves nothing', () => {
    expect(resolveRelative(spec('latest quarter'), [], december, 'flow')).toBeNull();
  });
});

describe('resolveRelative: a Q4 release with full years', () => {
  const list: Period[] = [
    p('quarter', '2004-10-01', '2004-12-31'),
    p('quarter', '2003-10-01', '2003-12-31'),
    p('year', '2004-01-01', '2004-12-31'),
    p('year', '2003-01-01', '2003-12-31'),
  ];
  it('prior year is FY2003; ytd and TTM are the full year 2004', () => {
    expect(resolveRelative(spec('prior year'), list, december, 'flow')?.end).toBe('2003-12-31');
    expect(resolveRelative(spec('YTD'), list, december, 'flow')?.type).toBe('year');
    expect(resolveRelative(spec('TTM'), list, december, 'flow')?.end).toBe('2004-12-31');
  });
  it('latest with no type is a quarter; "latest" year when the type is year', () => {
    expect(resolveRelative(spec('latest'), list, december, 'flow')?.type).toBe('quarter');
    expect(resolveRelative({ ...spec('latest'), type: 'year' }, list, december, 'flow')?.end).toBe('2004-12-31');
  });
});

describe('resolveRelative: an annual report without quarters', () => {
  const list: Period[] = [p('year', '2004-01-01', '2004-12-31'), p('year', '2003-01-01', '2003-12-31')];
  it('"latest" (no kind) falls back to the latest year; "latest quarter" stays null', () => {
    expect(resolveRelative(spec('latest'), list, december, 'flow')?.end).toBe('2004-12-31');
    expect(resolveRelative(spec('latest quarter'), list, december, 'flow')).toBeNull();
  });
});

describe('resolveRelative: a September 52/53-week year', () => {
  const apple = fiscalCalendarOf({ month: 9, day: 27 });
  const list: Period[] = [
    p('quarter', '1996-12-28', '1997-03-28'),
    p('quarter', '1995-12-30', '1996-03-29'),
    p('six_months', '1996-09-28', '1997-03-28'),
    p('six_months', '1995-09-30', '1996-03-29'),
    p('instant', null, '1997-03-28'),
    p('instant', null, '1996-09-27'),
  ];
  it('ytd is the six months; year_end is September 27, 1996; year-ago is March 1996', () => {
    expect(resolveRelative(spec('YTD'), list, apple, 'flow')?.start).toBe('1996-09-28');
    expect(resolveRelative(spec('year-end'), list, apple, 'balance')?.end).toBe('1996-09-27');
    expect(resolveRelative(spec('year-ago quarter'), list, apple, 'flow')?.end).toBe('1996-03-29');
  });
});

describe('resolveRelative: a Q1 release', () => {
  it('ytd is the quarter itself', () => {
    const list = [p('quarter', '1997-01-01', '1997-03-31'), p('quarter', '1996-01-01', '1996-03-31')];
    expect(resolveRelative(spec('year to date'), list, december, 'flow')?.end).toBe('1997-03-31');
  });
});
