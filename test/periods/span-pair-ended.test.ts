import { describe, expect, it } from 'vitest';
import { extractPeriods } from '../../src/periods/extract.js';

describe('span-pair-ended: "three and six months ended June 30, 2007"', () => {
  it('gives a quarter and a six-month period with the same end, in order, without overlap', () => {
    const q = 'revenue for the three and six months ended June 30, 2007';
    const found = extractPeriods(q);
    expect(found.map((p) => [p.type, p.end])).toEqual([['quarter', '2007-06-30'], ['six_months', '2007-06-30']]);
    expect(found.map((p) => q.slice(p.span[0], p.span[1]))).toEqual(['three', 'six months ended June 30, 2007']);
  });

  it('weeks: "13 and 26 weeks ended July 3, 2004"', () => {
    expect(extractPeriods('13 and 26 weeks ended July 3, 2004').map((p) => p.type)).toEqual(['quarter', 'six_months']);
  });

  it('"three and eleven months" is not a pair of periods', () => {
    expect(extractPeriods('three and eleven months ended June 30, 2007').map((p) => p.rule)).not.toContain('span-pair-ended');
  });
});
