// "since December", "at the end of June", "as of Dec" with no day and no year: the balance at that month's end.
import { describe, expect, it } from 'vitest';
import { extractPeriods } from '../../src/periods/extract.js';
import { fiscalCalendarOf, periodMatches } from '../../src/periods/match.js';
import { ask, companyIndex, parse } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

const cal = fiscalCalendarOf(null);
const instant = (end: string) => ({ type: 'instant' as const, start: null, end });

describe('month-end-alone', () => {
  it.each([
    ['total assets change since december', 12, 31],
    ['cash since Dec', 12, 31],
    ['cash at the end of June', 6, 30],
    ['inventory as of September', 9, 30],
    ['debt end of feb', 2, 28],
  ])('%s', (q, month, day) => {
    expect(extractPeriods(q)[0]).toMatchObject({ type: 'instant', monthDay: { month, day }, rule: 'month-end-alone' });
  });

  it('leaves a day, a year or a quarter after the month to the other parsers', () => {
    expect(extractPeriods('cash since December 31')[0]?.rule).not.toBe('month-end-alone');
    expect(extractPeriods('cash since December 2006')[0]?.rule).not.toBe('month-end-alone');
    expect(extractPeriods('revenue since the December quarter')[0]?.rule).not.toBe('month-end-alone');
  });

  it('matches the month end of any year, a 52/53-week year end within a week of it too', () => {
    const [p] = extractPeriods('cash since December');
    expect(periodMatches(p!, instant('2006-12-31'), cal)).toBe(true);
    expect(periodMatches(p!, instant('2006-12-30'), cal)).toBe(true);
    expect(periodMatches(p!, instant('2007-06-30'), cal)).toBe(false);
  });

  it('compares a balance with the month end asked', () => {
    const r = ask('sonus total assets change since dec', storeOf('sonus-2007-q2.txt'), { today: '2026-11-25' });
    expect(r.answers[0]?.change?.from).toMatchObject({ value: '589604000' });
  });

  it('a month alone after "vs" is the month end compared ("equity at the end of June vs December")', () => {
    const r = ask('sonus stockholders\' equity at the end of june vs december', storeOf('sonus-2007-q2.txt'), { today: '2026-11-25' });
    expect(r.answers[0]?.change?.from).toMatchObject({ value: '432533000' });
    expect(r.answers[0]?.change?.to).toMatchObject({ value: '444127000' });
  });

  it('a month named with no other word of a date is no period read: a figure asked so is declined', () => {
    const r = ask('revenue in december', storeOf('sonus-2007-q2.txt'), { today: '2026-11-25' });
    expect(r.status).not.toBe('answered');
    const idx = companyIndex(storeOf('sonus-2007-q2.txt'));
    expect(parse('sales in dec', { companies: idx }).unreadPeriod).toBe('dec');
    // (a question about the text keeps its month as a word to look for)
    expect(parse('what did Sonus sign in November?', { companies: idx }).unreadPeriod).toBeUndefined();
  });

  it('"march" and "may" after a word that sets a time are months too ("net sales in march"), a word elsewhere', () => {
    const idx = companyIndex(storeOf());
    expect(ask('apple net sales in march', storeOf(), { today: '2026-11-25' }).status).not.toBe('answered');
    expect(parse('revenue during May', { companies: idx }).unreadPeriod).toBe('May');
    expect(ask('apple cash at the end of march', storeOf(), { today: '2026-11-25' }).answers[0]).toMatchObject({ value: '1273000000' });
  });
});
