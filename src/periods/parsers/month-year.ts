// A month and year alone: "December 2004", "Dec. 2004" (chrono's strict mode leaves these out).
// The end is the month, not a day: a 52/53-week "January 1, 2005" still counts as December 2004.
import { MONTH_RE, monthValue } from '../lexicon.js';
import { YEAR4_RE } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`(${MONTH_RE})\.?,?\s+(${YEAR4_RE})`;

export const monthYear = regexParser('month-year', SOURCE, (m) => {
  const month = monthValue(m[1]!);
  return month ? { endMonth: { year: Number(m[2]), month } } : null;
});
