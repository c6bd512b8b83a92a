// A quarter no column prints, derived from year-to-date flows of the loaded releases:
// Q2 = six months − Q1, Q3 = nine months − six months, Q4 = year − nine months, and Q1 = six months − Q2
// when a release prints the second quarter beside the six months.
import type { PeriodSpec } from '../../periods/spec.js';
import { periodMatches } from '../../periods/match.js';
import { periodLongLabel } from '../../periods/label.js';
import { addDays, addMonths, daysApart } from '../../periods/dates.js';
import type { AnswerItem } from '../answer.js';
import type { Period, PeriodType } from '../store.js';
import { D } from '../decimal.js';
import { metricName } from '../format/names.js';
import { exactValue } from '../format/numbers.js';
import { TIE, docRecency, rowName, sameItem, type RowRef } from './candidates.js';
import { answerPeriod, calendarOf, figuresOfRow, periodsOf, type Figure } from './facts.js';
import type { Document } from '../store.js';

// The year-to-date period one quarter shorter: six months -> the first quarter, year -> nine months.
const SHORTER: Partial<Record<PeriodType, PeriodType>> = { six_months: 'quarter', nine_months: 'six_months', year: 'nine_months' };

// Only money flows subtract: "Purchases of property and equipment" (USD) yes; EPS (USD/share),
// share counts, percentages and balances never.
const MONEY_UNIT = /^[A-Z]{3}$/;
// A balance printed inside a flow statement: "Cash and cash equivalents, end of period", "Balance at beginning of year".
const POINT_IN_TIME = /\b(beginning|end|start|close)\s+of\s+(the\s+)?(period|year|quarter|month|fiscal)|\bbalances?\b|\boutstanding\b/i;
export function isMoneyFlow(ref: RowRef): boolean {
  const row = ref.doc.statements[ref.s].rows[ref.r];
  return MONEY_UNIT.test(row.unit) && !POINT_IN_TIME.test(row.path.join(' '));
}

// Year-to-date figures are read from income and cash flow statements only (never a table with balance dates).
export function onFlowStatement(ref: RowRef): boolean {
  const st = ref.doc.statements[ref.s];
  return (st.kind === 'income' || st.kind === 'cash_flow') && !st.columns.some((c) => c.period?.type === 'instant');
}

// Tables of one kind are the same table across releases when their titles agree, print words aside:
// "Condensed Consolidated Statements of Cash Flows (unaudited)" = "Consolidated Statements of Cash Flows".
export const tableKey = (f: Figure): string => `${f.statement.kind}:${f.statement.title.toLowerCase().replace(/\b(condensed|unaudited|audited)\b|[^a-z]+/g, '')}`;
const key = (f: Figure): string => `${tableKey(f)}|${f.period.type}:${f.period.start ?? ''}:${f.period.end}`;

// Every figure of the item, one per table and period: the newest release's when releases differ.
export function figuresByPeriod(refs: RowRef[]): Map<string, Figure> {
  const out = new Map<string, Figure>();
  const newestFirst = [...refs].sort((a, b) => docRecency(b.doc).localeCompare(docRecency(a.doc)));
  for (const ref of newestFirst) for (const f of figuresOfRow(ref.doc, ref.s, ref.r)) if (!out.has(key(f))) out.set(key(f), f);
  return out;
}

// "six months ended June 30, 2007" -> "Six months ended June 30, 2007"
const capital = (s: string): string => s[0].toUpperCase() + s.slice(1);

/**
 * The asked quarter as year-to-date minus the year-to-date one quarter shorter, when the best row is a
 * money flow and both are loaded for the same item (same row path, same table title, same fiscal-year start).
 * Null otherwise.
 */
export function deriveQuarter(cands: RowRef[], spec: PeriodSpec, trace: string[]): AnswerItem | null {
  const top = cands[0];
  if (!top || spec.relative || (spec.type && spec.type !== 'quarter')) return null;
  // a rival line of about the same score: which one was meant is open, so nothing is derived
  // (the same lexicon metric in another release, labelled a little differently, is no rival: "Net income (loss)")
  if (cands.some((c) => c.score >= top.score - TIE && !sameItem(c, top) && !(c.metricId && c.metricId === top.metricId && c.doc !== top.doc))) return null;
  if (!isMoneyFlow(top)) return null;
  const sameMetric = (c: RowRef) => sameItem(c, top) || (c.metricId !== undefined && c.metricId === top.metricId && c.score >= top.score - TIE);
  const refs = cands.filter((c) => sameMetric(c) && onFlowStatement(c) && isMoneyFlow(c));
  if (!refs.length) return null;
  const figs = figuresByPeriod(refs);
  const cal = calendarOf(top.doc);
  for (const ytd of figs.values()) {
    const shorter = SHORTER[ytd.period.type];
    if (!shorter || !ytd.period.start) continue;
    const prev = [...figs.values()].find((f) => f.period.type === shorter && tableKey(f) === tableKey(ytd) && f.period.start === ytd.period.start && f.period.end < ytd.period.end);
    // the first quarter as six months less the second quarter printed beside them (same end)
    const second = ytd.period.type === 'six_months' ? [...figs.values()].find((f) => f.period.type === 'quarter' && tableKey(f) === tableKey(ytd) && f.period.end === ytd.period.end && f.period.start !== null && f.period.start > ytd.period.start!) : undefined;
    if (second) {
      const weeks1 = ytd.period.weeks && second.period.weeks ? ytd.period.weeks - second.period.weeks : undefined;
      const first: Period = { type: 'quarter', start: ytd.period.start, end: addDays(second.period.start!, -1), ...(weeks1 ? { weeks: weeks1 } : {}) };
      if (periodMatches(spec, first, cal)) return derivedItem(top, ytd, second, first, trace);
    }
    if (!prev) continue;
    const weeks = ytd.period.weeks && prev.period.weeks ? ytd.period.weeks - prev.period.weeks : undefined;
    const quarter: Period = { type: 'quarter', start: addDays(prev.period.end, 1), end: ytd.period.end, ...(weeks ? { weeks } : {}) };
    if (!periodMatches(spec, quarter, cal)) continue;
    return derivedItem(top, ytd, prev, quarter, trace);
  }
  return null;
}

// The quarter's figure: the year-to-date figure less the other one, both cited.
function derivedItem(top: RowRef, ytd: Figure, prev: Figure, quarter: Period, trace: string[]): AnswerItem {
  const value = D(ytd.value).minus(D(prev.value)).toFixed();
  const formula = `${capital(periodLongLabel(ytd.period))} − ${capital(periodLongLabel(prev.period))}`;
  trace.push(`derived-quarter: ${rowName(top)} = ${formula} = ${ytd.value} − ${prev.value}`);
  return {
    company: ytd.doc.company,
    metric: metricName(ytd.row),
    kind: 'value',
    period: answerPeriod(quarter, ytd.doc),
    value,
    unit: ytd.row.unit,
    citations: [ytd.citation, prev.citation],
    formula,
    derived: true,
    notes: [`derived, not printed in the reports: ${capital(periodLongLabel(ytd.period))} (${exactValue(ytd.value, ytd.row.unit)}) − ${capital(periodLongLabel(prev.period))} (${exactValue(prev.value, prev.row.unit)})`],
  };
}

// The latest quarter the releases cover: the latest quarter column, or the fourth quarter of a year that a
// later release closes without printing it (a year-end release of annual columns only, after the third
// quarter's release).
function latestQuarter(docs: Document[]): Period | null {
  const flows = periodsOf(docs, 'flow');
  const quarters = flows.filter((p) => p.type === 'quarter' && p.start);
  const latestQ = quarters.reduce<Period | null>((best, p) => (!best || p.end > best.end ? p : best), null);
  if (!latestQ) return null;
  const year = flows.filter((p) => p.type === 'year' && p.end > latestQ.end && daysApart(p.end, latestQ.end) > 7).sort((a, b) => b.end.localeCompare(a.end))[0];
  // the year's fourth quarter starts the day after its third quarter ended
  const third = year ? quarters.find((p) => daysApart(p.end, addMonths(year.end, -3)) <= 7) : undefined;
  return year && third ? { type: 'quarter', start: addDays(third.end, 1), end: year.end } : latestQ;
}

/**
 * "last quarter", "the year-ago quarter" when no column prints the latest quarter (a release printing only
 * year-to-date cash flows): the quarter ending where the latest flow ends, or a year before it, as an absolute
 * spec so that it may be derived. "the prior quarter": see previousQuarterSpec. Null otherwise.
 */
export function absoluteQuarterSpec(spec: PeriodSpec, docs: Document[]): PeriodSpec | null {
  if (spec.relative === 'previous') return previousQuarterSpec(spec, docs);
  if ((spec.relative !== 'latest' && spec.relative !== 'year_ago') || spec.type !== 'quarter' || spec.ttm) return null;
  const latestEnd = periodsOf(docs, 'flow').reduce((e, p) => (p.end > e ? p.end : e), '');
  if (!latestEnd) return null;
  const end = spec.relative === 'latest' ? latestEnd : addDays(latestEnd, -365);
  return { type: 'quarter', end, text: spec.text, span: spec.span, rule: `${spec.rule}+${spec.relative}-quarter` };
}

/**
 * "the prior quarter", "sequentially": the quarter before the latest quarter the releases cover, as an absolute
 * spec (ending the day before the latest quarter starts) so that it may be derived. Null without such a quarter.
 */
export function previousQuarterSpec(spec: PeriodSpec, docs: Document[]): PeriodSpec | null {
  if (spec.relative !== 'previous' || (spec.type && spec.type !== 'quarter')) return null;
  const latestQ = latestQuarter(docs);
  if (!latestQ) return null;
  return { type: 'quarter', end: addDays(latestQ.start!, -1), text: spec.text, span: spec.span, rule: `${spec.rule}+previous-quarter` };
}

/**
 * "last quarter", "the prior quarter", "the year-ago quarter" when the latest quarter is a fourth quarter no
 * column prints (a year-end release of annual columns only): absolute specs that may be derived, the latest
 * quarter (year − nine months), the one before it, the one twelve months before. Null when the latest quarter
 * is printed: the relative spec is read as it is.
 */
export function derivedLatestQuarterSpec(spec: PeriodSpec, docs: Document[]): PeriodSpec | null {
  if ((spec.type && spec.type !== 'quarter') || spec.index !== undefined || spec.ttm) return null;
  const latestQ = latestQuarter(docs);
  if (!latestQ || periodsOf(docs, 'flow').some((p) => p.type === 'quarter' && p.end === latestQ.end)) return null;
  const rule = `${spec.rule}+${spec.relative}-quarter`;
  const at = (end: string): PeriodSpec => ({ type: 'quarter', end, text: spec.text, span: spec.span, rule });
  if (spec.relative === 'latest') return at(latestQ.end);
  if (spec.relative === 'previous') return at(addDays(latestQ.start!, -1));
  if (spec.relative === 'year_ago') return at(addMonths(latestQ.end, -12));
  return null;
}
