// A third-quarter release (three and nine months) and a year-end release that prints the year only:
// "last quarter" is the year's fourth quarter (year − nine months), not the third quarter printed.
// Synthetic releases written here.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import type { Store } from '../../src/core/store.js';
import { dateHeader, quarterHeader, readRelease, releaseText, ytdHeader, type TableSpec } from '../helpers/releases.js';

const ctx = { today: '2026-11-25' };
const CO = 'Umbrage Billing Inc.';
const OPS = 'Condensed Consolidated Statements of Income';
const yearHeader = (year: number): string[] => ['Year ended', 'December 31,', String(year)];

const q3Tables: TableSpec[] = [
  { title: OPS, headers: [quarterHeader('September 30', 2012), quarterHeader('September 30', 2011), ytdHeader('Nine', 'September 30', 2012), ytdHeader('Nine', 'September 30', 2011)],
    rows: [['Total revenues', '96,400', '84,100', '280,600', '243,700'], ['Net income', '7,900', '5,675', '21,530', '15,500']] },
  { title: 'Condensed Consolidated Balance Sheets', headers: [dateHeader('September 30', 2012), dateHeader('December 31', 2011)], rows: [['Cash and cash equivalents', '41,820', '35,410']] },
];
const fyTables: TableSpec[] = [
  { title: OPS, headers: [yearHeader(2012), yearHeader(2011)], rows: [['Total revenues', '380,000', '330,200'], ['Net income', '29,250', '21,060']] },
  { title: 'Condensed Consolidated Balance Sheets', headers: [dateHeader('December 31', 2012), dateHeader('December 31', 2011)], rows: [['Cash and cash equivalents', '46,200', '35,410']] },
];
const store: Store = { documents: [
  readRelease('umbrage-2012-q3.txt', releaseText(CO, 'UMBR', 'Umbrage Reports Third Quarter 2012 Results', q3Tables)),
  readRelease('umbrage-2012-fy.txt', releaseText(CO, 'UMBR', 'Umbrage Reports Full Year 2012 Results', fyTables)),
] };

describe('the latest quarter after a year-end release of annual columns only', () => {
  it('"last quarter" is the fourth quarter, derived (380,000 − 280,600)', () => {
    const r = ask('total revenues last quarter', store, ctx);
    expect(r.answers[0]).toMatchObject({ value: '99400000', derived: true, period: { type: 'quarter', end: '2012-12-31' } });
  });
  it('"the prior quarter" is the third quarter printed', () => {
    const r = ask('net income in the prior quarter', store, ctx);
    expect(r.answers[0]).toMatchObject({ value: '7900000', period: { end: '2012-09-30' } });
  });
  it('growth last quarter compares the two fourth quarters, both derived', () => {
    const r = ask('total revenues growth last quarter', store, ctx);
    // 99,400 against 330,200 − 243,700 = 86,500
    expect(r.answers[0]).toMatchObject({ kind: 'change', change: { from: { value: '86500000' }, to: { value: '99400000' }, absolute: '12900000' } });
  });
  it('a balance "last quarter" is still the latest balance date', () => {
    const r = ask('cash last quarter', store, ctx);
    expect(r.answers[0]).toMatchObject({ value: '46200000' });
  });
});
