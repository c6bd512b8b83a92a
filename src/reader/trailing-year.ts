// A twelve-month column that does not end where the fiscal year ends ("Twelve Months Ended September 30, 2025"
// in a release for "the third quarter ended September 30, 2025", or beside nine-month columns from January)
// is a trailing twelve months, not a fiscal year: it is left undated, so no question about a fiscal year (or
// "2024", or "year to date") is answered from it.
import type { Paragraph, Statement } from '../core/store.js';
import { nominalMonth } from '../periods/fiscal.js';
import { proseAnchors } from './fiscal-anchors.js';

// The month a fiscal year ends in, as a quarter's ordinal and end date say ("third quarter ended September 30"
// -> December) or as a nine-month column's start says (nine months from January 1 -> December). (Not a six-month
// column: "Six Months Ended December 31" may be a December year's second half.)
function yearEndMonths(statements: Statement[], prose: Paragraph[]): Set<number> {
  const months = new Set<number>();
  for (const a of proseAnchors(prose)) months.add(((nominalMonth(a.period.end).month + (4 - a.index) * 3 - 1) % 12) + 1);
  for (const s of statements) for (const c of s.columns) {
    if (c.period?.type === 'nine_months' && c.period.start) {
      const startMonth = nominalMonth(c.period.start).month;
      // (a start on the 1st stands for its own month; nominalMonth reads days 1-7 as the month before)
      const month = Number(c.period.start.slice(8, 10)) === 1 ? Number(c.period.start.slice(5, 7)) : startMonth + 1;
      months.add(month === 1 ? 12 : month - 1);
    }
  }
  return months;
}

/** Undates twelve-month columns that end in another month than the one the release's quarters and nine-month columns agree on. */
export function undateTrailingYears(statements: Statement[], prose: Paragraph[], trace?: string[]): void {
  const years = statements.flatMap((s) => s.columns.filter((c) => c.period?.type === 'year'));
  if (!years.length) return;
  const months = yearEndMonths(statements, prose);
  if (months.size !== 1) return;
  const [yearEnd] = [...months];
  for (const c of years) {
    if (nominalMonth(c.period!.end).month === yearEnd) continue;
    trace?.push(`column "${c.label}": twelve months that end in another month than the fiscal year: trailing, left undated`);
    c.period = null;
  }
}
