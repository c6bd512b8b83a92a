// Six months written short: "6M 2006", "6M07", "6M FY97", "6M'07" (H1), and bare "6M" as chat writes it
// ("interest income 6m"). A bare "6M" after a word that sets up an amount ("above 6M", "over 6m", "than 6M",
// "at least 6M") is six million, not a period, and is left alone.
import { YEAR_TAIL_RE, expandYear, yearFromGroups } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`6M(?:(\d\d)|\s*${YEAR_TAIL_RE})?`;

// Words right before a bare "6M" that make it an amount: comparisons, approximations, "of", "=", "<", ">".
const AMOUNT_BEFORE = /(?:\b(?:above|over|under|below|exceed(?:ed|s|ing)?|top(?:ped|s)?|beat|than|least|most|about|around|roughly|approximately|approx|nearly|almost|of|is|was|were|be|by|hit|reach(?:ed)?|surpass(?:ed)?)|[=<>~+-])\s*$/i;

export const sixMonthsShort = regexParser('six-months-short', SOURCE, (m, question) => {
  const year = m[1] ? expandYear(m[1]) : yearFromGroups(m, 2);
  if (year !== undefined) return { type: 'six_months', index: 1, year };
  if (m[0].length !== 2 || AMOUNT_BEFORE.test(question.slice(0, m.index))) return null;
  return { type: 'six_months', index: 1 };
});
