// Properties over generated inputs: never a throw, spans always match the text, money is never a year.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPeriods } from '../../src/periods/extract.js';

describe('extractPeriods properties', () => {
  it('never throws; spans are in order, disjoint and hold the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (q) => {
        const found = extractPeriods(q);
        let last = 0;
        for (const p of found) {
          expect(p.span[0]).toBeGreaterThanOrEqual(last);
          expect(q.slice(p.span[0], p.span[1])).toBe(p.text);
          last = p.span[1];
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a money figure or a grouped number is never a year', () => {
    const figure = fc.integer({ min: 1950, max: 2100 }).map(String);
    const wrap = fc.constantFrom('$N', '$N million', 'N million', 'N,000', '1,N', 'N.5', 'N%', 'N shares', 'line N', 'N-1234', '555-N');
    fc.assert(
      fc.property(figure, wrap, (n, pattern) => {
        const q = `revenue was ${pattern.replace('N', n)}`;
        expect(extractPeriods(q).filter((p) => p.year !== undefined)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('any year 1950-2100 alone is found as that year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2100 }), (y) => {
        expect(extractPeriods(`net income in ${y}?`).map((p) => p.year)).toEqual([y]);
      }),
      { numRuns: 100 },
    );
  });
});
