// One company, two reports that word the same cash-flow line differently: the annual report says
// "Net cash used in operating activities", the half-year one "Net cash used in operations activities". A question
// about the half year is answered from the report that holds it. Synthetic releases written here.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { parse } from '../../src/core/parse/parse.js';
import { indexCompanies } from '../../src/core/companies.js';
import type { Store } from '../../src/core/store.js';
import { readRelease, releaseText, ytdHeader, type TableSpec } from '../helpers/releases.js';

const ctx = { today: '2026-11-25' };
const CO = 'Initech Corporation';
const CASH = 'Condensed Consolidated Statements of Cash Flows';
const yearHeader = (year: number): string[] => ['Year ended', 'December 31,', String(year)];

const annual: TableSpec[] = [
  {
    title: CASH,
    headers: [yearHeader(2006), yearHeader(2005)],
    rows: [['Cash flows from operating activities:'], ['  Net loss', '(4,200)', '(742)'], ['  Net cash used in operating activities', '(3,883)', '(418)'], [''], ['  Purchases of property and equipment', '(621)', '(335)']],
  },
];
const half: TableSpec[] = [
  {
    title: CASH,
    headers: [ytdHeader('Six', 'June 30', 2007), ytdHeader('Six', 'June 30', 2006)],
    rows: [
      ['Cash flows from operating activities:'],
      ['  Net loss', '(4,239)', '(1,581)'],
      ['  Changes in operating assets and liabilities:'],
      ['    Accounts payable', '374', '204'],
      ['      Net cash used in operations activities', '(4,061)', '(1,701)'],
      [''],
      ['  Purchases of property and equipment', '(459)', '(298)'],
    ],
  },
];

const store: Store = {
  documents: [
    readRelease('initech-2006.txt', releaseText(CO, 'INTC', 'Initech Reports 2006 Results', annual)),
    readRelease('initech-2007-h1.txt', releaseText(CO, 'INTC', 'Initech Reports First Half 2007 Results', half)),
  ],
};

describe('the same metric worded differently in two reports of one company', () => {
  it('answers the half year from the report that holds it, not "not found" for the better-worded annual line', () => {
    const r = ask('Initech net cash used in operating activities for the six months ended June 30, 2007', store, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]).toMatchObject({ value: '-4061000', period: { type: 'six_months', end: '2007-06-30' } });
    expect(r.answers[0].citations[0].document).toBe('initech-2007-h1.txt');
  });
  it('still answers the year from the annual report', () => {
    const r = ask('Initech net cash used in operating activities in 2006', store, ctx);
    expect(r.answers[0]).toMatchObject({ value: '-3883000', period: { type: 'year', end: '2006-12-31' } });
  });
  it('keeps the small words of a lexicon name in the metric phrase', () => {
    const companies = indexCompanies(store);
    expect(parse('net cash used in operating activities in 2006', { companies }).metricPhrase).toBe('net cash used in operating activities');
  });
});
