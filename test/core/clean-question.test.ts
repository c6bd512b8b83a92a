// Chat pings around a question are not words of it.
import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../src/core/text.js';

describe('cleanQuestion drops chat pings', () => {
  it('drops @everyone / @here and raw mentions', () => {
    expect(cleanQuestion('<@77> opex Q3 2021? @everyone')).toBe('opex Q3 2021?');
    expect(cleanQuestion('@here what was the gross margin')).toBe('what was the gross margin');
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
