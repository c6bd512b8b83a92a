// A date standing alone, read by chrono-node: "June 30, 2007", "Dec 31 2006", "2007-06-30", "December 2004".
// The kind is left open (the resolver decides flow or balance). Dates without a year ("3/4") are not periods.
import * as chrono from 'chrono-node';
import type { PeriodSpec } from '../spec.js';
import { isoDate } from '../dates.js';
import type { PeriodParser } from './types.js';

const strict = chrono.strict.clone();

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

export const plainDate: PeriodParser = {
  name: 'plain-date',
  find(question) {
    const out: PeriodSpec[] = [];
    for (const r of strict.parse(question)) {
      const fields = toSpec(r);
      if (fields) out.push({ ...fields, text: r.text, span: [r.index, r.index + r.text.length], rule: 'plain-date' });
    }
    return out;
  },
};
