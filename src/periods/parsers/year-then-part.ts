// The year first, glued or dashed: "2007Q2", "2007-Q2", "2007/Q2", "2007-1H".
// ("2007 Q2" with a space is joined by the merge-year-part refiner, so "Q1 2007 Q2 2007" stays two quarters.)
import { YEAR4_RE } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`(${YEAR4_RE})[-/]?(?:Q([1-4])|([1-4])Q|H([12])|([12])H)`;

export const yearThenPart = regexParser('year-then-part', SOURCE, (m) => {
  const year = Number(m[1]);
  const quarter = m[2] ?? m[3];
  if (quarter) return { type: 'quarter', index: Number(quarter), year };
  return { type: 'six_months', index: Number(m[4] ?? m[5]), year };
});
