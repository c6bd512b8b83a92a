// A quarter named by its last month: "the June 2007 quarter", "December 2004 quarter", "June-2007 qtr", "the March '97 quarter",
// "the mar 97 qtr" (two bare digits only when no day can be meant: "the June 30 quarter" ends on a day).
import { MONTH_RE, monthValue } from '../lexicon.js';
import { YEAR4_RE, expandYear } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`(?:the\s+)?(${MONTH_RE})\.?[\s-]+(${YEAR4_RE}|['’]\d\d|3[2-9]|[4-9]\d)\s+(?:fiscal\s+)?(quarter|qtr\.?|half|half[\s-]year|year)`;

export const monthQuarter = regexParser('month-quarter', SOURCE, (m) => {
  const month = monthValue(m[1]!);
  if (!month) return null;
  const noun = m[3]!.toLowerCase();
  const type = noun.startsWith('half') ? 'six_months' : noun === 'year' ? 'year' : 'quarter';
  const year = expandYear(m[2]!);
  return year === undefined ? null : { type, endMonth: { year, month } };
});
