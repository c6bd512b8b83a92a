// A quarter named by its last month before the word "quarter": "the June quarter", "March qtr",
// "the December quarter of 2004", "Sept quarter 2023", "march quarter 97". Without a year: the latest quarter ending in
// that month (the resolver picks the latest matching column).
import { MONTH_RE, monthValue } from '../lexicon.js';
import { expandYear, YEAR4_RE } from '../years.js';
import { regexParser } from './types.js';

// after the word "quarter" two digits can only be a year ("march quarter 97", "Dec qtr '04"), unless an amount follows
const SHORT_YEAR = String.raw`['’]?\d\d(?![\d.,%]|\s*(?:percent|pct|million|billion|thousand|bn|mm|m\b|k\b|x\b))`;
const SOURCE = String.raw`(?:the\s+)?(${MONTH_RE})\.?[\s-]+(?:quarter|qtr\.?)(?:\s+(?:of\s+)?(${YEAR4_RE}|${SHORT_YEAR}))?`;

// Last day of the month in a common year; a 52/53-week quarter ending within a week of it still matches.
const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const monthNamedQuarter = regexParser('month-named-quarter', SOURCE, (m) => {
  const month = monthValue(m[1]!);
  if (!month) return null;
  const year = m[2] ? expandYear(m[2]) : undefined;
  if (m[2] && !year) return null;
  if (year) return { type: 'quarter', endMonth: { year, month } };
  return { type: 'quarter', monthDay: { month, day: LAST_DAY[month - 1]! } };
});
