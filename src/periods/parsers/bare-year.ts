// A 4-digit year standing alone: "net income 2006", "in 2004". Not part of a date, a money figure,
// a count or another number: "$2006 million", "2,006", "line 2006", "2006 shares", "555-2006" are not years.
import { MONTH_RE, escapeRe, lexicon } from '../lexicon.js';
import { YEAR4_RE } from '../years.js';
import { regexParser } from './types.js';

const NOT_AFTER = new RegExp(`(?:^|[^\\w])(?:${lexicon.year_not_after.map((w) => escapeRe(w.word)).join('|')})\\.?\\s*[:#]?\\s*$`, 'i');
const NOT_BEFORE = new RegExp(`^\\s*(?:${lexicon.year_not_before.map((w) => escapeRe(w.word)).join('|')})\\b`, 'i');
// "1,2006", "555-2006", "(800) 555 2006", "2006-1234": a digit group joined by a dash, or a phone's 3-digit exchange.
const NUMBER_BEFORE = /\d,$|\d\s*[-–]\s*$|(?:^|\D)\d{3}\s$/;
// "Q5 2007", "H3 2007": a broken period word; its year alone would answer something else.
// "third halves of 2006", "fifth quarter 2007": the year of a part no parser could read.
const BROKEN_PART_BEFORE = /(?:^|[^\w])(?:[QH]\d|\d[QH])\s*['’]?$|(?:quarters?|qtrs?|halves|half|months?|weeks?)\s+(?:(?:of|in|for)\s+)?(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?$/i;
const NUMBER_AFTER = /^\s*[-–]\s*\d/;
// "February 30, 2007": the year of a date (even one no parser took), not a year alone.
const DATE_BEFORE = new RegExp(`(?:^|[^\\w])(?:${MONTH_RE})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s*,?\\s*)?$`, 'i');

export const bareYear = regexParser('bare-year', `(${YEAR4_RE})`, (m, question) => {
  const before = question.slice(Math.max(0, m.index - 24), m.index);
  const after = question.slice(m.index + m[0].length, m.index + m[0].length + 24);
  // "2004 over 2003": a year compared with a year, not "over 2000 employees"
  const yearOverYear = /(?:19|20)\d\d\s+over\s*$/i.test(before);
  if ((NOT_AFTER.test(before) && !yearOverYear) || NOT_BEFORE.test(after)) return null;
  if (NUMBER_BEFORE.test(before) || NUMBER_AFTER.test(after) || DATE_BEFORE.test(before)) return null;
  if (BROKEN_PART_BEFORE.test(before)) return null;
  return { year: Number(m[1]) };
});
