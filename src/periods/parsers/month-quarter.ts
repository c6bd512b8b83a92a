// A quarter named by its last month: "the June 2007 quarter", "December 2004 quarter", "June-2007 qtr", "the March '97 quarter".
import { MONTH_RE, monthValue } from '../lexicon.js';
import { YEAR4_RE, expandYear } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`(?:the\s+)?(${MONTH_RE})\.?[\s-]+(${YEAR4_RE}|['’]\d\d)\s+(?:fiscal\s+)?(quarter|qtr\.?|half|half[\s-]year|year)`;

export const monthQuarter = regexParser('month-quarter', SOURCE, (m) => {
  const month = monthValue(m[1]!);
  if (!month) return null;
  const noun = m[3]!.toLowerCase();
  const type = noun.startsWith('half') ? 'six_months' : noun === 'year' ? 'year' : 'quarter';
  const year = expandYear(m[2]!);
  return year === undefined ? null : { type, endMonth: { year, month } };
});
