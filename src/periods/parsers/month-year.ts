// A month and year alone: "December 2004", "Dec. 2004" (chrono's strict mode leaves these out).
// The end is the month, not a day: a 52/53-week "January 1, 2005" still counts as December 2004.
// Two digits are a year only with an apostrophe or when no day can be meant: "March '97", "dec 96"
// ("march 28" is a day, so "jun 07" is left unread rather than guessed).
import { MONTH_RE, monthValue } from '../lexicon.js';
import { expandYear, YEAR4_RE } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`(${MONTH_RE})\.?,?\s+(${YEAR4_RE}|['’]\d\d|3[2-9]|[4-9]\d)`;

export const monthYear = regexParser('month-year', SOURCE, (m) => {
  const month = monthValue(m[1]!);
  const year = expandYear(m[2]!);
  return month && year ? { endMonth: { year, month } } : null;
});
