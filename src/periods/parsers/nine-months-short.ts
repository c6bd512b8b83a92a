// Nine months written short: "9M 2007", "9M07", "9M FY1997", "9M'07", bare "9M" (how labels name them).
import { YEAR_TAIL_RE, expandYear, yearFromGroups } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`9M(?:(\d\d)|\s*${YEAR_TAIL_RE})?`;

export const nineMonthsShort = regexParser('nine-months-short', SOURCE, (m) => {
  const year = m[1] ? expandYear(m[1]) : yearFromGroups(m, 2);
  return { type: 'nine_months', ...(year !== undefined ? { year } : {}) };
});
