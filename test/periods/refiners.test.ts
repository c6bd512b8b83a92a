import { describe, expect, it } from 'vitest';
import { extractPeriods } from '../../src/periods/extract.js';
import { periods } from './helpers.js';

describe('refiners', () => {
  it('inherit-year: "from Q1 to Q2 2007" gives Q1 2007 and Q2 2007', () => {
    expect(periods('How did net loss change from Q1 to Q2 2007?').map((p) => [p.index, p.year])).toEqual([[1, 2007], [2, 2007]]);
  });

  it('inherit-year: a list "Q1, Q2 and Q3 2007"', () => {
    expect(periods('Q1, Q2 and Q3 2007').map((p) => p.year)).toEqual([2007, 2007, 2007]);
  });

  it('inherit-year: backwards "Q2 2007 vs Q1"', () => {
    expect(periods('Q2 2007 vs Q1').map((p) => p.year)).toEqual([2007, 2007]);
  });

  it('inherit-year: across a year boundary the year stays open ("Q1 2007 vs Q4")', () => {
    expect(periods('Q1 2007 vs Q4').map((p) => p.year)).toEqual([2007, undefined]);
    expect(periods('from Q4 to Q1 2007').map((p) => p.year)).toEqual([undefined, 2007]);
  });

  it('inherit-year: from a full year and across kinds', () => {
    expect(periods('fourth quarter and full year 2004 net income').map((p) => p.year)).toEqual([2004, 2004]);
    expect(periods('Q2 and first half of 2007').map((p) => p.year)).toEqual([2007, 2007]);
  });

  it('inherit-year: not across unrelated words', () => {
    expect(periods('Q1 revenue and net income in fiscal 2006')[0]!.year).toBeUndefined();
  });

  it('two full periods keep their own years: "Q2 2007 vs Q2 2006"', () => {
    expect(periods('Q2 2007 vs Q2 2006').map((p) => p.year)).toEqual([2007, 2006]);
    expect(periods("How did retail revenue change in Q4 2004 from Q4 2003?").map((p) => p.year)).toEqual([2004, 2003]);
  });

  it('drop-overlaps: the longest match wins and results are in order, with spans', () => {
    const q = 'revenue for the three months ended June 30, 2007 vs the year-ago quarter';
    const found = extractPeriods(q);
    expect(found.map((p) => p.rule)).toEqual(['span-ended', 'relative-words']);
    for (const p of found) expect(q.slice(p.span[0], p.span[1])).toBe(p.text);
  });

  it('date-then-year: "the quarters ended June 30, 2007 and 2006"', () => {
    expect(periods('the quarters ended June 30, 2007 and 2006').map((p) => [p.type, p.end])).toEqual([
      ['quarter', '2007-06-30'],
      ['quarter', '2006-06-30'],
    ]);
    expect(periods('at June 30, 2007 and 2006').map((p) => [p.type, p.end])).toEqual([
      ['instant', '2007-06-30'],
      ['instant', '2006-06-30'],
    ]);
  });

  it('date-then-year: a second date takes the first one\'s length', () => {
    expect(periods('six months ended June 30, 2007 and June 30, 2006').map((p) => p.type)).toEqual(['six_months', 'six_months']);
    expect(periods('three months ended June 30, 2007 and cash at December 31, 2006').map((p) => p.type)).toEqual(['quarter', 'instant']);
  });

  it('date-then-year: a year after a part or a fiscal year is the same part of that year', () => {
    expect(periods('revenue in Q2 2007 vs 2006').map((p) => [p.type, p.index, p.year])).toEqual([
      ['quarter', 2, 2007],
      ['quarter', 2, 2006],
    ]);
    expect(periods('fiscal 2006 and 2005').map((p) => [p.type, p.year])).toEqual([['year', 2006], ['year', 2005]]);
    expect(periods('Q2 2007 revenue and net income in 2006').map((p) => p.type)).toEqual(['quarter', undefined]);
  });

  it('date-then-year: a fiscal year named alone against a part is the same part of it, only when compared', () => {
    expect(periods('revenue in the first half of FY97 vs FY96').map((p) => [p.type, p.index, p.year])).toEqual([
      ['six_months', 1, 1997],
      ['six_months', 1, 1996],
    ]);
    expect(periods('net sales Q4 FY23 vs FY22').map((p) => [p.type, p.index, p.year])).toEqual([['quarter', 4, 2023], ['quarter', 4, 2022]]);
    expect(periods('revenue 1H FY97 and FY96').map((p) => p.type)).toEqual(['six_months', 'year']);
    expect(periods('revenue FY97 vs FY96').map((p) => p.type)).toEqual(['year', 'year']);
  });

  it('trace names the rules that fired', () => {
    const trace: string[] = [];
    extractPeriods('Q1 to Q2 2007', trace);
    expect(trace.some((t) => t.startsWith('inherit-year'))).toBe(true);
    expect(trace).toContain('quarter-q-first: "Q2 2007"');
  });
});

describe('lone-part-year', () => {
  it('one yearless part and one lone year: the year is the part\'s, its span in extraSpans', () => {
    const q = 'Sonus first quarter revenue in 2007';
    const found = extractPeriods(q);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'quarter', index: 1, year: 2007 });
    expect(found[0]!.extraSpans!.map(([a, b]) => q.slice(a, b))).toEqual(['2007']);
    expect(periods('Q1 revenue 2006')).toMatchObject([{ index: 1, year: 2006 }]);
  });
  it('a length alone and a year or fiscal year: the part of that year that length opens', () => {
    expect(periods('nine months net income fiscal 2020')).toMatchObject([{ type: 'nine_months', year: 2020 }]);
    expect(periods('39 weeks net income fiscal 2020')).toMatchObject([{ type: 'nine_months', year: 2020 }]);
    expect(periods('six months revenue 2006')).toMatchObject([{ type: 'six_months', index: 1, year: 2006 }]);
    expect(periods('Q1 revenue fiscal 2007')).toMatchObject([{ type: 'quarter', index: 1, year: 2007 }]);
  });
  it('not across a comparison word, nor with a third period', () => {
    expect(periods('Q4 growth since 2003')).toHaveLength(2);
    expect(periods('Q1 revenue 2006 vs Q2')).toHaveLength(3);
  });
});

describe('part-over-years', () => {
  it('one part and two years compared: the part of each year', () => {
    expect(periods('H1 revenue growth 2007 vs 2006').map((p) => [p.type, p.index, p.year])).toEqual([['six_months', 1, 2007], ['six_months', 1, 2006]]);
    expect(periods('Q2 sales 2007 versus 2006').map((p) => [p.type, p.index, p.year])).toEqual([['quarter', 2, 2007], ['quarter', 2, 2006]]);
    expect(periods('six months revenue 2007 vs 2006').map((p) => [p.type, p.index, p.year])).toEqual([['six_months', 1, 2007], ['six_months', 1, 2006]]);
  });

  it('not when the years are not joined as a comparison, nor when a year comes first', () => {
    expect(periods('Q2 2007 revenue vs 2006 total').length).toBe(2);
    expect(periods('2006 vs 2007 Q2 sales').some((p) => p.rule === 'bare-year')).toBe(true);
  });
});
