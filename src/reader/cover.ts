// What a report's cover says of its periods: the fiscal year-end of an annual report ("Annual Report on Form 10-K for
// the fiscal year ended June 30, 2018": a note of quarterly data, "First Quarter ... Fiscal Year", is dated by it when
// no table or sentence dates a quarter), and the end of a quarterly report's quarter ("Quarterly Report on Form 10-Q
// for the quarter ended June 30, 2017": "Three Months 2017" and "Six Months 2016" in its notes end on June 30).
import type { Statement } from '../core/store.js';
import { findDates } from './dates/index.js';
import type { Line } from './lines.js';
import { periodStart } from './period.js';

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

// "Consolidated statement of comprehensive income for the period from January 1 to June 30, 2025", "1 January to 30
// September 2025": a half year or nine months counted from January 1 are those of a calendar fiscal year (a year
// starting in another month has no half or nine months that start on January 1).
const CALENDAR_SPAN = /\b(?:January\s+1|1\s+January)(?:,?\s+(?:19|20)\d\d)?\s*(?:to|until|through|[-–])\s*(?:June\s+30|30\s+June|September\s+30|30\s+September),?\s+(?:19|20)\d\d\b/i;

/** December 31 when a line names a span of six or nine months from January 1 (a title's "for the period from
 * January 1 to June 30, 2025"); null otherwise. */
export function calendarSpanYearEnd(lines: Line[]): { month: number; day: number } | null {
  return lines.some((l) => l.kind === 'text' && CALENDAR_SPAN.test(l.text)) ? { month: 12, day: 31 } : null;
}

// "Quarterly Report on Form 10-Q for the quarter ended June 30, 2017", "Form 10-Q for the quarterly period ended ..."
const QUARTER_COVER = /\b(?:quarterly\s+report|form\s+10-?q)\b[^.;]{0,60}?\b(?:fiscal\s+)?(?:quarter|quarterly\s+period|period)\s+ended\s+([A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)/i;
// "Three Months 2017", "Six Months 2016", "Nine months 2017": a duration and its year, without the day it ends
const DURATION_YEAR = /^(?:for the )?(three|six|nine|3|6|9) months?,? ((?:19|20)\d\d)$/i;
const MONTHS: Record<string, number> = { three: 3, six: 6, nine: 9, '3': 3, '6': 6, '9': 9 };

const isMonthEnd = (iso: string): boolean => new Date(Date.parse(iso + 'T00:00:00Z') + 86_400_000).getUTCDate() === 1;

/** Dates "Three Months 2017" columns by the month-end day the cover's quarter ends on. */
export function dateByCoverQuarter(statements: Statement[], lines: Line[], trace?: string[]): void {
  const top = lines.filter((l) => l.kind === 'text').slice(0, 6);
  const hit = top.map((l) => QUARTER_COVER.exec(l.text)).find((m) => m);
  const end = hit ? findDates(hit[1]!)[0]?.iso : undefined;
  if (!end || !isMonthEnd(end)) return;
  for (const s of statements) {
    for (const c of s.columns) {
      const m = c.kind === 'period' && !c.period ? DURATION_YEAR.exec(c.label.trim()) : null;
      if (!m) continue;
      const months = MONTHS[m[1]!.toLowerCase()]!;
      const year = Number(m[2]);
      // (February's last day differs from year to year)
      const own = end.slice(5, 7) === '02' ? new Date(Date.UTC(year, 2, 0)).toISOString().slice(0, 10) : `${year}${end.slice(4)}`;
      c.period = { type: months === 3 ? 'quarter' : months === 6 ? 'six_months' : 'nine_months', start: periodStart(own, months, null), end: own };
      trace?.push(`reader.cover-quarter: "${c.label}" -> ${c.period.type} ${c.period.start}..${c.period.end}`);
    }
  }
}
