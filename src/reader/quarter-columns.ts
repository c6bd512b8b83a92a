// Columns headed by a fiscal quarter's name without dates ("Third Quarter" over "Fiscal 2025")
// take the period of the same quarter that another table of the release dates.
import type { Period, Statement } from '../core/store.js';
import { fiscalCalendarOf, fiscalYearOf, monthsIntoFiscalYear } from '../periods/fiscal.js';

const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

// "Third Quarter Fiscal 2025", "Fourth Quarter 2024", "Q3 FY2025", "2nd Qtr 2024": quarter index and year.
const NAMED = /\b(first|1st|second|2nd|third|3rd|fourth|4th)\s+(?:fiscal\s+)?(?:quarter|qtr)\b.*?\b(?:fiscal\s+|fy\s*)?((?:19|20)\d\d)\b/i;
const SHORT = /\bQ([1-4])\s*(?:fiscal\s+|FY\s*)?((?:19|20)\d\d)\b/i;

function quarterOf(label: string): { index: number; year: number } | null {
  const named = NAMED.exec(label);
  if (named) return { index: ORDINAL[named[1].toLowerCase()]!, year: Number(named[2]) };
  const short = SHORT.exec(label);
  return short ? { index: Number(short[1]), year: Number(short[2]) } : null;
}

/**
 * Fills in the period of undated quarter columns from the quarter columns other tables date,
 * by fiscal quarter and fiscal year (fiscal year named by the year it ends). A column whose
 * quarter no table dates, or that two dated periods fit, stays without a period.
 */
export function dateQuarterColumns(statements: Statement[], fiscalYearEnd: { month: number; day: number } | null, trace?: string[]): void {
  const cal = fiscalCalendarOf(fiscalYearEnd);
  // dated quarters by fiscal year and quarter ("2025:3"), each with its distinct period ends
  const dated = new Map<string, Map<string, Period>>();
  for (const s of statements) {
    for (const c of s.columns) {
      if (c.period?.type !== 'quarter' || monthsIntoFiscalYear(c.period.end, cal) % 3 !== 0) continue;
      const key = `${fiscalYearOf(c.period.end, cal)}:${monthsIntoFiscalYear(c.period.end, cal) / 3}`;
      const ends = dated.get(key) ?? new Map<string, Period>();
      ends.set(c.period.end, c.period);
      dated.set(key, ends);
    }
  }
  for (const s of statements) {
    for (const c of s.columns) {
      if (c.period || c.kind !== 'period') continue;
      const q = quarterOf(c.label);
      const fits = q ? dated.get(`${q.year}:${q.index}`) : undefined;
      if (!fits || fits.size !== 1) continue;
      const period = [...fits.values()][0]!;
      c.period = { ...period };
      trace?.push(`reader.quarter-column: "${c.label}" -> ${period.start}..${period.end}`);
    }
  }
}
