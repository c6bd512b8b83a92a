// "H1 2007", "1H07" (two digits glued only after "1H"), "1H 2007", "H1'07", "H1 FY07", "2H06", bare "H1".
import { YEAR_TAIL_RE, expandYear, yearFromGroups } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`(?:fiscal\s+)?(?:H([12])|([12])H)(?:(?<=\dH)(\d\d)|\s*(?:[-/]|of|in|for)?\s*${YEAR_TAIL_RE})?`;

export const halfShort = regexParser('half-short', SOURCE, (m) => {
  const year = m[3] ? expandYear(m[3]) : yearFromGroups(m, 4);
  return { type: 'six_months', index: Number(m[1] ?? m[2]), ...(year !== undefined ? { year } : {}) };
});
