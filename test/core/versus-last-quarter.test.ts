// "revenue vs last quarter": after a word of comparison, "last quarter" is the quarter compared with (the one
// before the latest), not the latest quarter itself compared with a year before. Alone ("revenue last quarter")
// it is still the latest quarter.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const RELEASE = `
Wrenfield Networks Corp. today reported results for the third quarter ended September 30, 2025.

QUARTERLY SUMMARY
(in millions)

                                      Q3'25        Q2'25        Q3'24
Revenue                             $ 842.5      $ 828.1      $ 801.9
Operating income                      118.4        109.7        104.2
`;

const store = { documents: [readReport(RELEASE, 'wrenfield.txt')] };
const ctx = { today: '2025-11-15' };

describe('"last quarter" as the base of a comparison', () => {
  it.each(['revenue vs last quarter', 'revenue compared with last quarter', 'operating income versus the last quarter'])('%s compares Q3 2025 with Q2 2025', (q) => {
    const a = ask(q, store, ctx).answers[0];
    expect(a?.change?.from.period.label).toBe('Q2 2025');
    expect(a?.change?.to.period.label).toBe('Q3 2025');
  });
  it('"revenue last quarter vs a year ago" still compares the latest quarter with the year-ago one', () => {
    const a = ask('revenue last quarter vs a year ago', store, ctx).answers[0];
    expect(a?.change).toMatchObject({ from: { value: '801900000' }, to: { value: '842500000' } });
  });
  it('"revenue last quarter" alone is the latest quarter', () => {
    expect(ask('revenue last quarter', store, ctx).answers[0]).toMatchObject({ value: '842500000', period: { label: 'Q3 2025' } });
  });
});
