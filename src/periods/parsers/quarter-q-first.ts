// "Q2 2007", "Q2'07", "Q2-07", "Q2/07", "Q2 FY07", "Q2FY07", "Q2 of 2007", "Q2 of fiscal 2007", "fiscal Q2 2007", "FQ2 2007", bare "Q2".
import { YEAR_TAIL_RE, expandYear, yearFromGroups } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`(?:fiscal\s+)?F?Q([1-4])(?:[-/](\d\d)|\s*(?:[-/]|of|in|for)?\s*(?:the\s+)?${YEAR_TAIL_RE})?`;

export const quarterQFirst = regexParser('quarter-q-first', SOURCE, (m) => {
  const year = m[2] ? expandYear(m[2]) : yearFromGroups(m, 3);
  return { type: 'quarter', index: Number(m[1]), ...(year !== undefined ? { year } : {}) };
});
