// Quarters derived from year-to-date flows of two releases: Q2 = six months − Q1, Q4 = year − nine months.
// The releases are small synthetic ones written here, in the layout of the shared press releases.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import type { Store } from '../../src/core/store.js';
import { dateHeader, quarterHeader, readRelease, releaseText, ytdHeader, type TableSpec } from '../helpers/releases.js';
import { storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };
const CO = 'Globex Corporation';
const OPS = 'Condensed Consolidated Statements of Operations';
const CASH = 'Condensed Consolidated Statements of Cash Flows';

const cashRows = (capex: [string, string], ops: [string, string], end: [string, string]): [string, ...string[]][] => [
  ['Cash flows from operating activities:'],
  ['  Net income', '1,000', '900'],
  ['  Net cash provided by operating activities', ...ops],
  [''],
  ['Cash flows from investing activities:'],
  ['  Purchases of property and equipment', ...capex],
  ['  Net cash used in investing activities', ...capex],
  [''],
  ['Cash and cash equivalents, end of period', ...end],
];

const q1Tables: TableSpec[] = [
  { title: OPS, headers: [quarterHeader('March 31', 2007), quarterHeader('March 31', 2006)], rows: [['Revenue', '$ 40,000', '$ 35,000'], ['Net income', '$ 1,000', '$ 900'], [''], ['Net income per share:'], ['   Diluted', '$ 0.10', '$ 0.09']] },
  { title: CASH, units: 'in thousands', headers: [quarterHeader('March 31', 2007), quarterHeader('March 31', 2006)], rows: cashRows(['(3,105)', '(2,000)'], ['4,250', '3,000'], ['20,000', '18,000']) },
];
// The Q2 release prints its cash flows for six months only.
const q2Tables: TableSpec[] = [
  { title: OPS, headers: [quarterHeader('June 30', 2007), quarterHeader('June 30', 2006)], rows: [['Revenue', '$ 45,000', '$ 37,000'], ['Net income', '$ 1,200', '$ 1,100'], [''], ['Net income per share:'], ['   Diluted', '$ 0.12', '$ 0.11']] },
  { title: 'Condensed Consolidated Balance Sheets', units: 'in thousands', headers: [dateHeader('June 30', 2007), dateHeader('December 31', 2006)], rows: [['Cash and cash equivalents', '$ 21,500', '$ 19,000'], ['Total assets', '$ 90,000', '$ 85,000']] },
  { title: CASH, units: 'in thousands', headers: [ytdHeader('Six', 'June 30', 2007), ytdHeader('Six', 'June 30', 2006)], rows: cashRows(['(7,138.5)', '(5,163)'], ['9,000', '6,000'], ['21,500', '19,500']) },
];

const q1 = readRelease('globex-2007-q1.txt', releaseText(CO, 'GLBX', 'Globex Reports 2007 First Quarter Results', q1Tables));
const q2 = readRelease('globex-2007-q2.txt', releaseText(CO, 'GLBX', 'Globex Reports 2007 Second Quarter Results', q2Tables));
const both: Store = { documents: [q2, q1] };

describe('the synthetic releases read as intended', () => {
  it('Q1 cash flows are a quarter, Q2 cash flows six months', () => {
    const cash = (d: typeof q1) => d.statements.find((s) => s.kind === 'cash_flow')!;
    expect(cash(q1).columns[0].period).toMatchObject({ type: 'quarter', start: '2007-01-01', end: '2007-03-31' });
    expect(cash(q2).columns[0].period).toMatchObject({ type: 'six_months', start: '2007-01-01', end: '2007-06-30' });
    expect(q2.statements.map((s) => s.kind)).toEqual(['income', 'balance', 'cash_flow']);
  });
});

describe('a quarter derived from year-to-date flows', () => {
  it('capex in Q2 2007 = six months − Q1, exact, marked derived, citing both releases', () => {
    const r = ask('capex in Q2 2007', both, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers).toHaveLength(1);
    const a = r.answers[0];
    expect(a.kind).toBe('value');
    // −7,138.5 − (−3,105) thousand, exactly
    expect(a.value).toBe('-4033500');
    expect(a.derived).toBe(true);
    expect(a.formula).toBe('Six months ended June 30, 2007 − Three months ended March 31, 2007');
    expect(a.period).toMatchObject({ type: 'quarter', start: '2007-04-01', end: '2007-06-30', label: 'Q2 2007' });
    expect(a.citations.map((c) => c.document)).toEqual(['globex-2007-q2.txt', 'globex-2007-q1.txt']);
    expect(a.citations.map((c) => c.row)).toEqual(['Cash flows from investing activities › Purchases of property and equipment', 'Cash flows from investing activities › Purchases of property and equipment']);
    expect(r.text).toMatch(/derived/i);
    expect(r.text).toContain('Six months ended June 30, 2007 ($(7,138,500)) − Three months ended March 31, 2007 ($(3,105,000))');
  });

  it('cash from operations in the second quarter of 2007 is derived too', () => {
    const r = ask('cash from operations in the second quarter of 2007', both, ctx);
    expect(r.answers[0]).toMatchObject({ value: '4750000', derived: true });
  });

  it('a printed quarter is answered as printed, not derived', () => {
    const r = ask('capex in Q1 2007', both, ctx);
    expect(r.answers[0].value).toBe('-3105000');
    expect(r.answers[0].derived).toBeFalsy();
    const rev = ask('revenue in Q2 2007', both, ctx);
    expect(rev.answers[0]).toMatchObject({ value: '45000000' });
    expect(rev.answers[0].derived).toBeFalsy();
  });

  it('cash at Q2 is a balance: answered from the balance sheet, never derived', () => {
    const r = ask('cash at the end of Q2 2007', both, ctx);
    expect(r.answers.every((a) => !a.derived)).toBe(true);
    if (r.status === 'answered') expect(r.answers[0].value).toBe('21500000');
  });

  it('an end-of-period balance inside the cash flow statement is never derived', () => {
    const r = ask('cash and cash equivalents, end of period in Q2 2007', both, ctx);
    expect(r.answers.some((a) => a.derived)).toBe(false);
    expect(r.answers.some((a) => a.value === '1500000')).toBe(false);
  });

  it('without the Q1 release there is nothing to subtract: declined', () => {
    const r = ask('capex in Q2 2007', { documents: [q2] }, ctx);
    expect(r.status).toBe('not_found');
    expect(r.answers).toEqual([]);
  });

  it('the shared Sonus report alone still declines capex in Q2 2007 (no Q1 cash flow column)', () => {
    const r = ask('capex in Q2 2007', storeOf('sonus-2007-q2.txt'), ctx);
    expect(r.status).not.toBe('answered');
    expect(r.answers).toEqual([]);
  });
});

// A nine-month release and an annual release: Q4 = year − nine months; per-share and share counts never.
const nineMonths: TableSpec = {
  title: OPS,
  headers: [ytdHeader('Nine', 'September 30', 2007), ytdHeader('Nine', 'September 30', 2006)],
  rows: [['Revenue', '$ 130,000', '$ 110,000'], ['Net income', '$ 3,300', '$ 3,000'], [''], ['Net income per share:'], ['   Diluted', '$ 0.33', '$ 0.30'], [''], ['Weighted average shares outstanding:'], ['   Diluted', '10,000', '10,000']],
};
const fullYear: TableSpec = {
  title: OPS,
  headers: [['Year', 'ended', 'December 31,', '2007'], ['Year', 'ended', 'December 31,', '2006']],
  rows: [['Revenue', '$ 176,250', '$ 150,000'], ['Net income', '$ 4,500', '$ 4,000'], [''], ['Net income per share:'], ['   Diluted', '$ 0.45', '$ 0.40'], [''], ['Weighted average shares outstanding:'], ['   Diluted', '10,000', '10,000']],
};
const q3 = readRelease('globex-2007-q3.txt', releaseText(CO, 'GLBX', 'Globex Reports 2007 Third Quarter Results', [nineMonths]));
const fy = readRelease('globex-2007-q4.txt', releaseText(CO, 'GLBX', 'Globex Reports 2007 Annual Results', [fullYear]));
const yearEnd: Store = { documents: [q3, fy] };

describe('the fourth quarter from the year and nine months', () => {
  it('reads the year columns as years', () => {
    expect(fy.statements[0].columns[0].period).toMatchObject({ type: 'year', start: '2007-01-01', end: '2007-12-31' });
  });

  it('revenue in Q4 2007 = year − nine months', () => {
    const r = ask('revenue in Q4 2007', yearEnd, ctx);
    expect(r.answers[0]).toMatchObject({ value: '46250000', derived: true, formula: 'Year ended December 31, 2007 − Nine months ended September 30, 2007' });
    expect(r.answers[0].period).toMatchObject({ start: '2007-10-01', end: '2007-12-31' });
  });

  it('per-share amounts and share counts do not subtract: declined', () => {
    for (const q of ['diluted EPS in Q4 2007', 'diluted weighted average shares outstanding in Q4 2007']) {
      const r = ask(q, yearEnd, ctx);
      expect(r.status, q).not.toBe('answered');
      expect(r.answers, q).toEqual([]);
    }
  });

  it('Q3 is not derived from nine months alone', () => {
    const r = ask('revenue in Q3 2007', yearEnd, ctx);
    expect(r.status).not.toBe('answered');
  });
});

describe('a 52/53-week year', () => {
  const weeks = (w: number, monthDay: string, year: number) => [`${w} weeks`, 'ended', `${monthDay},`, String(year)];
  const capex = (a: string, b: string): [string, ...string[]][] => [['Cash flows from investing activities:'], ['  Capital expenditures', a, b]];
  const table = (w: number, ends: [string, string], values: [string, string]): TableSpec => ({ title: CASH, units: 'in thousands', headers: [weeks(w, ends[0], 2004), weeks(w, ends[1], 2003)], rows: capex(...values) });
  const f1 = readRelease('fiscal-q1.txt', releaseText('Fiscal Foods, Inc.', 'FFD', 'Fiscal Foods First Quarter', [table(13, ['April 3', 'March 29'], ['(3,105)', '(2,000)'])]));
  const f2 = readRelease('fiscal-q2.txt', releaseText('Fiscal Foods, Inc.', 'FFD', 'Fiscal Foods Second Quarter', [table(26, ['July 3', 'June 28'], ['(7,138)', '(5,163)'])]));

  it('the second quarter is 26 weeks − 13 weeks, with its exact dates', () => {
    const r = ask('capital expenditures in Q2 2004', { documents: [f1, f2] }, ctx);
    expect(r.answers[0]).toMatchObject({ value: '-4033000', derived: true, formula: '26 weeks ended July 3, 2004 − 13 weeks ended April 3, 2004' });
    expect(r.answers[0].period).toMatchObject({ start: '2004-04-04', end: '2004-07-03' });
    expect(r.text).toContain('13 weeks ended July 3, 2004');
  });
});

describe('inputs from the same table only', () => {
  const capex = (a: string, b: string): [string, ...string[]][] => [['Cash flows from investing activities:'], ['  Purchases of property and equipment', a, b]];
  const q1Of = (title: string) => readRelease('t-q1.txt', releaseText(CO, 'GLBX', 'Globex First Quarter', [{ title, units: 'in thousands', headers: [quarterHeader('March 31', 2007), quarterHeader('March 31', 2006)], rows: capex('(3,105)', '(2,000)') }]));
  const q2Of = (title: string) => readRelease('t-q2.txt', releaseText(CO, 'GLBX', 'Globex Second Quarter', [{ title, units: 'in thousands', headers: [ytdHeader('Six', 'June 30', 2007), ytdHeader('Six', 'June 30', 2006)], rows: capex('(7,138)', '(5,163)') }]));

  it('titles that differ only by "condensed" and "(unaudited)" are one table', () => {
    const r = ask('capex in Q2 2007', { documents: [q1Of('Consolidated Statements of Cash Flows (Unaudited)'), q2Of('Condensed Consolidated Statements of Cash Flows')] }, ctx);
    expect(r.answers[0]).toMatchObject({ value: '-4033000', derived: true });
  });

  it("a subsidiary's cash flows are not subtracted from the group's", () => {
    const r = ask('capex in Q2 2007', { documents: [q1Of('Globex Power Company Statements of Cash Flows'), q2Of('Consolidated Statements of Cash Flows')] }, ctx);
    expect(r.status).not.toBe('answered');
    expect(r.answers).toEqual([]);
  });
});

describe('the first quarter as six months less the second', () => {
  // a release that prints the quarter and the six months to date side by side, and nothing for Q1
  const half: TableSpec[] = [
    { title: OPS, headers: [quarterHeader('June 30', 2007), ytdHeader('Six', 'June 30', 2007)], rows: [['Revenue', '$ 45,000', '$ 85,500'], ['Net income', '$ 1,200', '$ 2,100'], [''], ['Net income per share:'], ['   Diluted', '$ 0.12', '$ 0.21']] },
  ];
  const doc = readRelease('initech-2007-q2.txt', releaseText('Initech Inc.', 'INTK', 'Initech Reports 2007 Second Quarter Results', half));
  const store: Store = { documents: [doc] };

  it('revenue in Q1 2007 = six months − Q2, marked derived', () => {
    const r = ask('revenue in Q1 2007', store, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0].value).toBe('40500000');
    expect(r.answers[0].derived).toBe(true);
    expect(r.answers[0].period?.end).toBe('2007-03-31');
  });

  it('never for a per-share figure', () => {
    expect(ask('diluted EPS in Q1 2007', store, ctx).status).not.toBe('answered');
  });
});
