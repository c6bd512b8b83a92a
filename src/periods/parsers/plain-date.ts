// A date standing alone, read by chrono-node: "June 30, 2007", "Dec 31 2006", "2007-06-30", "December 2004".
// The kind is left open (the resolver decides flow or balance). Dates without a year ("3/4") are not periods.
import * as chrono from 'chrono-node';
import type { PeriodSpec } from '../spec.js';
import { isoDate } from '../dates.js';
import type { PeriodParser } from './types.js';

// (times of day, weekdays and "3 days ago" never name a year: chrono's parsers for them are left out, which
// halves its time per question; a chrono whose parsers are named otherwise keeps them all)
const NO_YEAR = new Set(['ENTimeExpressionParser', 'ENTimeUnitWithinFormatParser', 'ENWeekdayParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']);
const strict = chrono.strict.clone();
strict.parsers = strict.parsers.filter((p) => !NO_YEAR.has(p.constructor.name));

// "3/4", "1/2": fractions, not dates; chrono would read March 4.
const FRACTION = /^\d{1,2}\/\d{1,2}$/;

function toSpec(r: chrono.ParsedResult): Omit<PeriodSpec, 'text' | 'span' | 'rule'> | null {
  const c = r.start;
  if (r.end || !c.isCertain('year') || !c.isCertain('month') || FRACTION.test(r.text.trim())) return null;
  const year = c.get('year')!;
  const month = c.get('month')!;
  if (year < 1950 || year > 2100) return null;
  if (c.isCertain('day')) return { end: isoDate(year, month, c.get('day')!) };
  return { endMonth: { year, month } };
}

// Between the two dates of a range chrono reads as one: "Dec 31 2006 to June 30 2007".
const RANGE_SEP = /\s+(?:to|through|thru|until|and|[-–])\s+/gi;

// Each date of a range on its own, when each one names its own year: "from dec 31 2006 to june 30 2007"
// -> Dec 31, 2006 and June 30, 2007 (the question compares them). "June 1 to 30, 2007" gives nothing.
function rangeDates(r: chrono.ParsedResult, out: PeriodSpec[]): void {
  let from = 0;
  const pieces: { text: string; at: number }[] = [];
  for (const m of r.text.matchAll(RANGE_SEP)) {
    pieces.push({ text: r.text.slice(from, m.index), at: from });
    from = m.index! + m[0].length;
  }
  pieces.push({ text: r.text.slice(from), at: from });
  const found: PeriodSpec[] = [];
  for (const piece of pieces) {
    const one = strict.parse(piece.text);
    if (one.length !== 1 || one[0]!.end) return;
    const fields = toSpec(one[0]!);
    if (!fields) return;
    const start = r.index + piece.at + one[0]!.index;
    found.push({ ...fields, text: one[0]!.text, span: [start, start + one[0]!.text.length], rule: 'plain-date' });
  }
  if (found.length === 2) out.push(...found);
}

export const plainDate: PeriodParser = {
  name: 'plain-date',
  find(question) {
    const out: PeriodSpec[] = [];
    // a date with a year has a digit in it: a question without one is not given to chrono at all
    if (!/\d/.test(question)) return out;
    for (const r of strict.parse(question)) {
      if (r.end) {
        rangeDates(r, out);
        continue;
      }
      const fields = toSpec(r);
      if (fields) out.push({ ...fields, text: r.text, span: [r.index, r.index + r.text.length], rule: 'plain-date' });
    }
    return out;
  },
};
