// A quarter named by its last month before the word "quarter": "the June quarter", "March qtr",
// "the December quarter of 2004", "Sept quarter 2023". Without a year: the latest quarter ending in
// that month (the resolver picks the latest matching column).
import { MONTH_RE, monthValue } from '../lexicon.js';
import { YEAR4_RE } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`(?:the\s+)?(${MONTH_RE})\.?[\s-]+(?:quarter|qtr\.?)(?:\s+(?:of\s+)?(${YEAR4_RE}))?`;

// Last day of the month in a common year; a 52/53-week quarter ending within a week of it still matches.
const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const monthNamedQuarter = regexParser('month-named-quarter', SOURCE, (m) => {
  const month = monthValue(m[1]!);
  if (!month) return null;
  if (m[2]) return { type: 'quarter', endMonth: { year: Number(m[2]), month } };
  return { type: 'quarter', monthDay: { month, day: LAST_DAY[month - 1]! } };
});
