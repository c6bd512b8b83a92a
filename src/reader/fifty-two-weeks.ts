// A 52-week fiscal year is four 13-week quarters: when a column dates the year itself ("Fifty-Two Weeks Ended
// September 27, 2025"), its quarters end 13, 26 and 39 weeks before the year's end ("Fiscal 2025 Q1" ends
// December 28, 2024). A 53-week year's longer quarter could be any of the four: its quarters are not dated so.
import type { Period, Statement } from '../core/store.js';
import { fiscalYearOf, type FiscalCalendar } from '../periods/fiscal.js';
import { periodStart } from './period.js';

const addDays = (iso: string, days: number): string => new Date(Date.parse(iso + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);

/** The quarters of every 52-week year a column dates, by "fiscal year:quarter". */
export function fiftyTwoWeekQuarters(statements: Statement[], cal: FiscalCalendar): Map<string, Period> {
  const out = new Map<string, Period>();
  const ends = new Set(statements.flatMap((s) => s.columns.flatMap((c) => (c.period?.type === 'year' && c.period.weeks === 52 ? [c.period.end] : []))));
  for (const end of ends) {
    const year = fiscalYearOf(end, cal);
    for (let q = 1; q <= 4; q++) {
      const qEnd = addDays(end, -91 * (4 - q));
      out.set(`${year}:${q}`, { type: 'quarter', start: periodStart(qEnd, 3, 13), end: qEnd, weeks: 13 });
    }
  }
  return out;
}
