// Six months written short, always with a year: "6M 2006", "6M07", "6M FY97", "6M'07" (H1). Bare "6M"
// is left alone: in a question it is as likely six million.
import { YEAR_TAIL_RE, expandYear, yearFromGroups } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`6M(?:(\d\d)|\s*${YEAR_TAIL_RE})`;

export const sixMonthsShort = regexParser('six-months-short', SOURCE, (m) => {
  const year = m[1] ? expandYear(m[1]) : yearFromGroups(m, 2);
  return year !== undefined ? { type: 'six_months', index: 1, year } : null;
});
