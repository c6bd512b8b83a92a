// Chat pings around a question are not words of it.
import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../src/core/text.js';

describe('cleanQuestion drops chat pings', () => {
  it('drops @everyone / @here and raw mentions', () => {
    expect(cleanQuestion('<@77> opex Q3 2021? @everyone')).toBe('opex Q3 2021?');
    expect(cleanQuestion('@here what was the gross margin')).toBe('what was the gross margin');
  });
  it('drops a user named as typed and Discord emoji', () => {
    expect(cleanQuestion('@LineitemBot @ana revenue q2 2025')).toBe('revenue q2 2025');
    expect(cleanQuestion('revenue q2 :eyes: :rocket:')).toBe('revenue q2');
    expect(cleanQuestion('net income <:stonks:123456789> Q3')).toBe('net income Q3');
  });
  it('keeps a time and a ratio written with colons', () => {
    expect(cleanQuestion('call at 2:00 pm')).toBe('call at 2:00 pm');
    expect(cleanQuestion('ratio 3:1 q2')).toBe('ratio 3:1 q2');
  });
  it('keeps an @ inside a word', () => {
    expect(cleanQuestion('email ir@hereford.com revenue')).toBe('email ir@hereford.com revenue');
  });
  it('reads a lone "v" or "v." between words as "vs"', () => {
    expect(cleanQuestion('SG&A 1H FY97 v. 1H FY96')).toBe('SG&A 1H FY97 vs 1H FY96');
    expect(cleanQuestion('revenue Q2 v Q1')).toBe('revenue Q2 vs Q1');
    expect(cleanQuestion('vitamin v8 sales')).toBe('vitamin v8 sales');
  });
});

describe('cleanQuestion reads a plus between words as "and"', () => {
  it('joins two line names', () => {
    expect(cleanQuestion('cash + short-term investments march 1997')).toBe('cash and short-term investments march 1997');
    expect(cleanQuestion('R&D+SG&A Q2')).toBe('R&D and SG&A Q2');
  });
  it('leaves a plus beside a number alone', () => {
    expect(cleanQuestion('revenue growth +5% or more?')).toBe('revenue growth +5% or more?');
  });
});

describe('cleanQuestion writes spoken years in digits', () => {
  it('reads a year as voice typing spells it', () => {
    expect(cleanQuestion('revenue second quarter of two thousand seven')).toBe('revenue second quarter of 2007');
    expect(cleanQuestion('net earnings first quarter nineteen ninety seven')).toBe('net earnings first quarter 1997');
    expect(cleanQuestion('net income for twenty oh four')).toBe('net income for 2004');
    expect(cleanQuestion('sales in two thousand and twelve')).toBe('sales in 2012');
    expect(cleanQuestion('s&m in q two two thousand seven')).toBe('s&m in Q2 2007');
  });
  it('leaves a number that is no year alone', () => {
    expect(cleanQuestion('revenue twenty four')).toBe('revenue twenty four');
    expect(cleanQuestion('two thousand employees')).toBe('two thousand employees');
  });
});

describe('cleanQuestion writes a spoken day of the month in digits', () => {
  it('after the name of the month', () => {
    expect(cleanQuestion('net sales quarter ending march twenty eight nineteen ninety seven')).toBe('net sales quarter ending march 28 1997');
    expect(cleanQuestion('total assets june thirtieth two thousand seven')).toBe('total assets june 30 2007');
  });
  it('not an ordinal of a quarter or half after a month-like word', () => {
    expect(cleanQuestion('revenue may second quarter')).toBe('revenue may second quarter');
  });
});

describe('cleanQuestion reads a slash before "share" as "per share"', () => {
  it('after a metric', () => {
    expect(cleanQuestion('PRT FFO/share 3Q24')).toBe('PRT FFO per share 3Q24');
    expect(cleanQuestion('book value / sh at June 30')).toBe('book value per share at June 30');
  });
  it('not a slash between two lines', () => {
    expect(cleanQuestion('opex/rev Q2')).toBe('opex/rev Q2');
    expect(cleanQuestion('s/h equity')).toBe('s/h equity');
  });
});
