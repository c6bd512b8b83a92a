// Year to date of a named year: "YTD 2004", "2004 year-to-date", "fiscal 2007 year to date"
// -> { relative: 'ytd', year: 2004 }: the longest period from that fiscal year's start.
import type { PeriodSpec } from '../spec.js';
import { mergeAdjacent } from './adjacent.js';

const GAP = /^\s*(?:(?:for|of|in)\s+)?(?:fiscal\s+)?$/i;
const isYtd = (s: PeriodSpec): boolean => s.relative === 'ytd' && s.year === undefined;
const isYear = (s: PeriodSpec): boolean =>
  s.year !== undefined && !s.relative && s.index === undefined && !s.end && !s.endMonth && (s.type === undefined || s.type === 'year');

export function ytdOfYear(specs: PeriodSpec[], question: string, trace?: string[]): PeriodSpec[] {
  return mergeAdjacent(specs, question, (a, b, between) => {
    if (!((isYtd(a) && isYear(b)) || (isYear(a) && isYtd(b))) || !GAP.test(between)) return null;
    const year = isYtd(a) ? b.year! : a.year!;
    const ytd = isYtd(a) ? a : b;
    const merged: PeriodSpec = { ...ytd, year, text: question.slice(a.span[0], b.span[1]), span: [a.span[0], b.span[1]] };
    trace?.push(`ytd-year: "${merged.text}"`);
    return merged;
  });
}
