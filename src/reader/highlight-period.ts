// The period a highlights heading names, dated by the release's own columns ("Third Quarter 2024 Highlights" over
// columns of the three months ended September 30, 2024), else by its opening ("... the fourth quarter of fiscal 2026
// ended June 30, 2026"). Pure.
import type { Document, Period, Statement } from '../core/store.js';
import { fiscalCalendarOf } from '../periods/fiscal.js';
import { periodMatches } from '../periods/match.js';
import type { PeriodSpec } from '../periods/spec.js';
import type { Line } from './lines.js';
import { parseDateText } from '../periods/dates.js';
import { periodStart } from './period.js';

// "September 30, 2024" -> "2024-09-30" (null when it reads as no full date).
export function monthDay(text: string): string | null {
  const parts = parseDateText(text);
  return parts && 'end' in parts ? parts.end : null;
}
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
// The period a heading names ("Third Quarter 2024", "Q3 2024", "Fiscal 2024", "Full Year 2024"), as a spec.
export function headingSpec(text: string): PeriodSpec | null {
  const year = /\b((?:19|20)\d\d)\b/.exec(text);
  if (!year) return null;
  const base = { year: Number(year[1]), text, span: [0, 0] as [number, number], rule: 'highlights' };
  const q = /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b|\bq([1-4])\b|\b([1-4])q\b/i.exec(text);
  if (q) return { ...base, type: 'quarter', index: q[1] ? ORDINAL[q[1].toLowerCase()] : Number(q[2] ?? q[3]) };
  if (/\b(?:full[- ]year|fiscal(?:\s+year)?|year)\b/i.test(text) && !/\b(?:half|months|quarter)\b/i.test(text)) return { ...base, type: 'year' };
  return null;
}

// "Second Quarter Highlights" (no year) in a release whose columns date that quarter of two years: the later one, the
// quarter the release reports (the other is the prior year's, beside it); null when the heading names no quarter.
export function latestYearSpec(text: string, statements: Statement[], fye: Document['fiscalYearEnd']): PeriodSpec | null {
  if (/\b(?:19|20)\d\d\b/.test(text)) return null;
  const years = new Set<number>();
  for (const s of statements) for (const c of s.columns) if (c.period && c.kind === 'period' && c.period.type === 'quarter') {
    const y = Number(c.period.end.slice(0, 4));
    // (a fiscal year is named by the calendar year it ends in or, for some, the one it starts in)
    for (const k of [y - 1, y, y + 1]) years.add(k);
  }
  let best: { spec: PeriodSpec; end: string } | null = null;
  for (const year of years) {
    const spec = headingSpec(`${text} ${year}`);
    if (!spec || spec.type !== 'quarter') return null;
    const period = periodOf(spec, statements, fye);
    if (period && (!best || period.end > best.end)) best = { spec, end: period.end };
  }
  return best?.spec ?? null;
}

// The one period of the release's own columns the heading names, of the kind it names (a quarter's flows, never the
// balance sheet's date), or null.
export function periodOf(spec: PeriodSpec, statements: Statement[], fye: Document['fiscalYearEnd']): Period | null {
  const cal = fiscalCalendarOf(fye);
  const found = new Map<string, Period>();
  for (const s of statements) for (const c of s.columns) if (c.period && c.kind === 'period' && c.period.type === spec.type && periodMatches(spec, c.period, cal)) found.set(`${c.period.start}/${c.period.end}`, c.period);
  return found.size === 1 ? [...found.values()][0]! : null;
}

// "results for the fourth quarter of fiscal 2026 ended June 30, 2026", "for the quarter ended June 30, 2026": the
// periods a release's opening says it reports, for a release whose tables date none of the heading's kind.
const REPORTS_ENDED = /\b(quarter|three months|fiscal year|year)\b[^.;]{0,40}?\bended\s+([A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d)/g;
function statedPeriods(lines: Line[], type: Period['type']): Period[] {
  const out: Period[] = [];
  for (const l of lines.slice(0, 40)) {
    for (const m of l.text.matchAll(REPORTS_ENDED)) {
      const kind = /quarter|three/i.test(m[1]!) ? 'quarter' : 'year';
      const end = monthDay(m[2]!);
      if (kind !== type || !end) continue;
      // (dated as a column header is: calendar months to a month end, 13-week quarters otherwise)
      out.push({ type: kind, start: periodStart(end, kind === 'quarter' ? 3 : 12, null), end });
    }
  }
  return out;
}

// The period a heading names when the release's tables date no period of its kind: the one its opening says it
// reports ("... the fourth quarter of fiscal 2026 ended June 30, 2026") that the heading names too, or null.
export function openingPeriodOf(spec: PeriodSpec, lines: Line[], statements: Statement[], fye: Document['fiscalYearEnd']): Period | null {
  if (!spec.type || statements.some((s) => s.columns.some((c) => c.period && c.kind === 'period' && c.period.type === spec.type))) return null;
  const cal = fiscalCalendarOf(fye);
  const found = new Map<string, Period>();
  for (const p of statedPeriods(lines, spec.type as Period['type'])) if (periodMatches(spec, p, cal)) found.set(`${p.start}/${p.end}`, p);
  return found.size === 1 ? [...found.values()][0]! : null;
}
