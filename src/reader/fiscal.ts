// The month and day a company's fiscal year ends, from the periods its tables show.
import type { Statement } from '../core/store.js';

function monthDay(iso: string): { month: number; day: number } {
  return { month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** "12 Months Ended December 2004" -> Dec 31; a balance sheet compared with "September 27, 1996" -> Sep 27; else null. */
export function fiscalYearEnd(statements: Statement[]): { month: number; day: number } | null {
  for (const s of statements) for (const c of s.columns) if (c.period?.type === 'year') return monthDay(c.period.end);
  const periodEnds = new Set<string>();
  for (const s of statements) for (const c of s.columns) if (c.period && c.period.type !== 'instant') periodEnds.add(c.period.end);
  for (const s of statements) {
    if (s.kind !== 'balance') continue;
    const dates = s.columns.filter((c) => c.period?.type === 'instant').map((c) => c.period!.end).sort();
    if (dates.length < 2) continue;
    const latest = dates[dates.length - 1];
    // the same day in two years beside a third date (Dec 31, 2024 | Sep 30, 2024 | Dec 31, 2023): the middle
    // date is a prior quarter, not a year-end; the columns do not say which day closes the year
    if (dates.length >= 3 && dates.some((d) => dates.some((e) => e !== d && e.slice(5) === d.slice(5)))) continue;
    // an earlier date that is not the same day a year before (a prior year-end, not a prior-year quarter)
    const prior = dates.find((d) => d !== latest && d.slice(5) !== latest.slice(5) && !periodEnds.has(d));
    if (prior) return monthDay(prior);
  }
  return null;
}
