// Year to date through a quarter: "Q3 YTD 2024", "Q3 2024 YTD", "YTD Q2", "year to date through Q3"
// -> the part of the year that ends with that quarter (Q1 -> the quarter, Q2 -> six months, Q3 -> nine
// months, Q4 -> the year), never the quarter alone.
import type { PeriodType } from '../../core/store.js';
import type { PeriodSpec } from '../spec.js';
import { mergeAdjacent } from './adjacent.js';

const GAP = /^\s*(?:,|-|(?:through|thru|to|of|for|in|as\s+of)\s+)?\s*(?:the\s+)?$/i;
const PART: Record<number, { type: PeriodType; index?: number }> = {
  1: { type: 'quarter', index: 1 },
  2: { type: 'six_months', index: 1 },
  3: { type: 'nine_months' },
  4: { type: 'year' },
};
const isYtd = (s: PeriodSpec): boolean => s.relative === 'ytd';
const isQuarter = (s: PeriodSpec): boolean => s.type === 'quarter' && s.index !== undefined && !s.relative && !s.end && !s.endMonth;

export function ytdThroughQuarter(specs: PeriodSpec[], question: string, trace?: string[]): PeriodSpec[] {
  return mergeAdjacent(specs, question, (a, b, between) => {
    if (!((isYtd(a) && isQuarter(b)) || (isQuarter(a) && isYtd(b))) || !GAP.test(between)) return null;
    const ytd = isYtd(a) ? a : b;
    const quarter = isYtd(a) ? b : a;
    const year = quarter.year ?? ytd.year;
    if (quarter.year !== undefined && ytd.year !== undefined && quarter.year !== ytd.year) return null;
    const { relative: _r, index: _i, type: _t, ...rest } = quarter;
    const merged: PeriodSpec = { ...rest, ...PART[quarter.index!]!, ...(year !== undefined ? { year } : {}), text: question.slice(a.span[0], b.span[1]), span: [a.span[0], b.span[1]], rule: 'ytd-quarter' };
    trace?.push(`ytd-quarter: "${merged.text}"`);
    return merged;
  });
}
