// The fiscal year-end a report's cover states: "Annual Report on Form 10-K for the fiscal year ended June 30, 2018",
// "Form 10-K for the year ended December 31, 2020". A 10-K's note of quarterly data ("First Quarter ... Fiscal Year")
// dates its quarters by it when no table or sentence dates one.
import { findDates } from './dates/index.js';
import type { Line } from './lines.js';

// "... for the fiscal year ended June 30, 2018" on an annual report's cover line
const COVER = /\b(?:annual\s+report|form\s+10-?k(?:405)?)\b[^.;]{0,60}?\b(?:fiscal\s+)?year\s+ended\s+([A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)/i;

/** The month and day the cover's "year ended" names, from the report's first lines; null when none says. */
export function coverYearEnd(lines: Line[]): { month: number; day: number } | null {
  const top = lines.filter((l) => l.kind === 'text').slice(0, 6);
  for (const l of top) {
    const m = COVER.exec(l.text);
    const date = m ? findDates(m[1]!)[0] : undefined;
    if (date) return { month: Number(date.iso.slice(5, 7)), day: Number(date.iso.slice(8, 10)) };
  }
  return null;
}
