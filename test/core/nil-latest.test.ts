// A line whose latest figure is a dash while an earlier release prints an amount ("Cash used to acquire X":
// the acquisition happened in an earlier period): with no period named, which period is asked back.
// Synthetic releases written here.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import type { Store } from '../../src/core/store.js';
import { readRelease, releaseText, ytdHeader, type TableSpec } from '../helpers/releases.js';

const ctx = { today: '2026-11-25' };
const CO = 'Quillon Devices, Inc.';
const CASH = 'Condensed Consolidated Statements of Cash Flows';
const cash = (year: number, acquire: [string, string]): TableSpec[] => [{
  title: CASH,
  headers: [ytdHeader('Six', 'June 30', year), ytdHeader('Six', 'June 30', year - 1)],
  rows: [['Cash flows from investing activities:'], ['  Cash used to acquire Zenmark', ...acquire], ['  Purchases of property and equipment', '(1,200)', '(1,100)']],
}];
const store: Store = { documents: [
  readRelease('quillon-2006-q2.txt', releaseText(CO, 'QLLN', 'Quillon Reports Second Quarter 2006 Results', cash(2006, ['(383)', '--']))),
  readRelease('quillon-2007-q2.txt', releaseText(CO, 'QLLN', 'Quillon Reports Second Quarter 2007 Results', cash(2007, ['--', '(383)']))),
] };

describe('a line nil in the latest period', () => {
  it('with no period named, asks which period instead of giving the dash', () => {
    const r = ask('how much cash did Quillon use to acquire Zenmark', store, ctx);
    expect(r.status).not.toBe('answered');
    expect(r.suggestions.join(' ')).toMatch(/2006/);
  });
  it('with the period named, gives the figure', () => {
    const r = ask('cash used to acquire Zenmark in the first half of 2006', store, ctx);
    expect(r.answers[0]).toMatchObject({ value: '-383000' });
  });
  it('a line with an amount in the latest period is given as before', () => {
    const r = ask('purchases of property and equipment', store, ctx);
    expect(r.answers[0]).toMatchObject({ value: '-1200000', period: { end: '2007-06-30' } });
  });
});
