import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';
import { onePeriod, periods } from './helpers.js';

describe('offset-of-period: a period named by its distance from another', () => {
  it.each([
    ['revenue in the quarter before Q2 2007', 'quarter', 1, 2007],
    ['revenue in the quarter prior to Q1 2007', 'quarter', 4, 2006],
    ['net loss in the quarter preceding Q2 2007', 'quarter', 1, 2007],
    ['revenue two quarters before Q2 2007', 'quarter', 4, 2006],
    ['revenue in the quarter after Q4 2006', 'quarter', 1, 2007],
    ['revenue two quarters after Q4 2006', 'quarter', 2, 2007],
    ['revenue in the half following H1 2007', 'six_months', 2, 2007],
    ['revenue a year before Q2 2007', 'quarter', 2, 2006],
    ['net sales quarter before Q2 1997', 'quarter', 1, 1997],
  ])('%s', (q, type, index, year) => {
    const p = onePeriod(q);
    expect([p.type, p.index, p.year]).toEqual([type, index, year]);
  });

  it('the year before a year', () => {
    expect(onePeriod('revenue the year before 2007').year).toBe(2006);
  });

  it('words that only look like it are left alone', () => {
    // "before" of a line's name, and "the quarter before" with no period after it
    expect(onePeriod('income before taxes in Q2 2007')).toMatchObject({ index: 2, year: 2007 });
    expect(periods('revenue last quarter vs the quarter before').map((p) => p.relative)).toEqual(['latest', 'previous']);
    expect(onePeriod('revenue in the quarter before last').relative).toBe('previous');
  });

  it('is answered with that period, not the one named (sonus line 198)', () => {
    const r = ask('revenue in the quarter prior to q2 2007', storeOf('sonus-2007-q2.txt'), { today: '2026-11-25' });
    expect(r.status).toBe('answered');
    expect(r.answers[0]?.value).toBe('71146000');
    expect(r.answers[0]?.citations[0]?.line).toBe(198);
  });
});
