// A question that names no company and a day inside a month ("quarter ended June 27, 2009"), as only a 52/53-week
// calendar closes a quarter: a company whose quarter ends a few days later, on the month's last day, is not the one
// meant. Synthetic releases written here.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import type { Store } from '../../src/core/store.js';
import { readRelease, releaseText, type TableSpec } from '../helpers/releases.js';

const ctx = { today: '2026-11-25' };
const income = (headers: string[][], rows: [string, ...string[]][]): TableSpec => ({ title: 'Condensed Consolidated Statements of Operations', headers, rows });

// a June fiscal year closing on the month's last day: its fourth quarter ended June 30, 2009
const monthEnd = readRelease('harlow-fy2009-q4.txt', releaseText('Harlow Instruments, Inc.', 'HRLW', 'Harlow Instruments Reports Fourth Quarter Fiscal 2009 Results', [
  income([['Three months', 'ended', 'June 30,', '2009'], ['Three months', 'ended', 'June 30,', '2008']], [
    ['Total revenue', '610,400', '588,100'], ['Net income', '44,057', '39,800'],
  ]),
]));
// a 52/53-week year closing on Saturdays: its latest quarter ended March 28, 2009 (the next would end June 27, 2009)
const weeks = readRelease('quillon-fy2009-q2.txt', releaseText('Quillon Systems Corporation', 'QLSC', 'Quillon Systems Reports Second Quarter Fiscal 2009 Results', [
  income([['Thirteen weeks', 'ended', 'March 28,', '2009'], ['Thirteen weeks', 'ended', 'March 29,', '2008']], [
    ['Total revenue', '551,601', '512,300'], ['Net income', '35,100', '33,900'],
  ]),
]));
weeks.fiscalYearEnd = { month: 9, day: 30 };

const store: Store = { documents: [monthEnd, weeks] };
const reply = (q: string) => ask(q, store, ctx);

describe('no company named, a day inside a month named', () => {
  it('no company closes a quarter on that day: the one whose quarter ended on the month’s last day is not taken', () => {
    const r = reply('net income for the quarter ended June 27, 2009');
    expect(r.status).not.toBe('answered');
    expect(r.answers).toEqual([]);
  });

  it('the company whose quarter ends on that very day answers', () => {
    const r = reply('net income for the thirteen weeks ended March 28, 2009');
    expect(r.status).toBe('answered');
    expect(r.answers[0]?.company).toBe('Quillon Systems Corporation');
    expect(r.answers[0]?.value).toBe('35100000');
  });

  it('a month’s last day still finds the company whose quarter ends on it', () => {
    const r = reply('net income for the quarter ended June 30, 2009');
    expect(r.status).toBe('answered');
    expect(r.answers[0]?.company).toBe('Harlow Instruments, Inc.');
    expect(r.answers[0]?.value).toBe('44057000');
  });
});
