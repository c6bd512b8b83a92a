// "2Q07", "2Q 2007", "2Q'07", "2QFY07", bare "2Q" (not "2 Q": the digit must touch the Q).
import { YEAR_TAIL_RE, expandYear, yearFromGroups } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`([1-4])Q(?:(\d\d)|\s*(?:[-/]|of)?\s*${YEAR_TAIL_RE})?`;

export const quarterNumberFirst = regexParser('quarter-number-first', SOURCE, (m) => {
  const year = m[2] ? expandYear(m[2]) : yearFromGroups(m, 3);
  return { type: 'quarter', index: Number(m[1]), ...(year !== undefined ? { year } : {}) };
});
