// The trailing twelve months of a money flow, when no column prints them: the last full fiscal year
// plus this year to date less the same months a year before (FY + YTD − prior YTD), else the four
// latest quarters added up. Every input is cited; the answer is marked derived.
import type { PeriodSpec } from '../../periods/spec.js';
import { periodLongLabel } from '../../periods/label.js';
import { addDays, daysApart } from '../../periods/dates.js';
import type { AnswerItem } from '../answer.js';
import { D } from '../decimal.js';
import { metricName } from '../format/names.js';
import { exactValue } from '../format/numbers.js';
import type { Period } from '../store.js';
import { TIE, docRecency, rowName, sameItem, type RowRef } from './candidates.js';
import { figuresByPeriod, isMoneyFlow, onFlowStatement, tableKey } from './derived-quarter.js';
import { figuresOfRow, type Figure } from './facts.js';

const near = (a: string, b: string): boolean => daysApart(a, b) <= 7;
const YTD = new Set(['quarter', 'six_months', 'nine_months']);

/**
 * The trailing twelve months of the best row's item, derived; null when the loaded figures do not allow it. The
 * twelve months end at the latest figure ("TTM") or on the day asked ("twelve months ended March 31, 2005").
 */
export function deriveTtm(cands: RowRef[], spec: PeriodSpec, trace: string[]): AnswerItem | null {
  const top = cands[0];
  const endAsked = !spec.ttm && spec.type === 'year' && spec.end ? spec.end : undefined;
  if (!(spec.ttm || endAsked) || !top || !isMoneyFlow(top)) return null;
  // (a rival of the same metric is the same figure printed again: in another release, or in a summary table beside
  // the statements, "Supplemental Quarterly Information" › "Total revenue"; only the statements' lines are added up)
  const again = (c: RowRef): boolean => !!c.metricId && c.metricId === top.metricId && (c.doc !== top.doc || !onFlowStatement(c) || !onFlowStatement(top));
  if (cands.some((c) => c.score >= top.score - TIE && !sameItem(c, top) && !again(c))) return null;
  const refs = cands.filter((c) => (sameItem(c, top) || (c.metricId !== undefined && c.metricId === top.metricId && c.score >= top.score - TIE)) && onFlowStatement(c) && isMoneyFlow(c));
  const figs = [...figuresByPeriod(refs).values()];
  if (!figs.length) return null;
  const end = figs.reduce((e, f) => (f.period.end > e && (!endAsked || near(f.period.end, endAsked)) ? f.period.end : e), '');
  if (!end) return null;
  // FY + YTD − prior YTD: the year-to-date figure ending last, its year-ago twin, and the year closing before it
  const ytd = figs.filter((f) => f.period.end === end && YTD.has(f.period.type) && f.period.start).sort((a, b) => a.period.start!.localeCompare(b.period.start!))[0];
  if (ytd) {
    const prior = figs.find((f) => f.period.type === ytd.period.type && tableKey(f) === tableKey(ytd) && near(f.period.end, addDays(ytd.period.end, -365)));
    const year = figs.find((f) => f.period.type === 'year' && tableKey(f) === tableKey(ytd) && near(f.period.end, addDays(ytd.period.start!, -1)));
    if (prior && year) return revisedWithin([year, ytd, prior], cands, top, trace) ? null : item(top, [year, ytd], [prior], end, trace);
  }
  // four consecutive quarters ending last
  const quarters: Figure[] = [];
  let at = end;
  for (let i = 0; i < 4; i++) {
    const q = figs.find((f) => f.period.type === 'quarter' && near(f.period.end, at) && f.period.start);
    if (!q) return null;
    quarters.push(q);
    at = addDays(q.period.start!, -1);
  }
  return revisedWithin(quarters, cands, top, trace) ? null : item(top, quarters, [], end, trace);
}

// A later release that prints another figure for a period inside an input ("Q4'24 (revised)" net income after the
// year 2024 was printed): the input still holds the figure as first reported, so the sum would mix the two.
function revisedWithin(inputs: Figure[], cands: RowRef[], top: RowRef, trace: string[]): boolean {
  const same = cands.filter((c) => sameItem(c, top) || (c.metricId !== undefined && c.metricId === top.metricId && c.score >= top.score - TIE));
  const printed = new Map<string, Figure[]>();
  for (const c of same) {
    for (const f of figuresOfRow(c.doc, c.s, c.r)) {
      const k = `${f.period.type}:${f.period.start ?? ''}:${f.period.end}`;
      printed.set(k, [...(printed.get(k) ?? []), f]);
    }
  }
  for (const figs of printed.values()) {
    if (new Set(figs.map((f) => f.value)).size < 2) continue;
    const p = figs[0]!.period;
    const newest = figs.reduce((a, b) => (docRecency(b.doc) > docRecency(a.doc) ? b : a));
    const stale = inputs.find((f) => f.period.start && p.start && f.period.start <= p.start && p.end <= f.period.end && docRecency(f.doc) < docRecency(newest.doc) && f.value !== newest.value);
    if (stale) {
      trace.push(`ttm: ${newest.doc.document} revised ${p.start}..${p.end}, inside ${periodLongLabel(stale.period)} as ${stale.doc.document} printed it`);
      return true;
    }
  }
  return false;
}

// plus and minus the figures; the period is the twelve months ending `end`
function item(top: RowRef, plus: Figure[], minus: Figure[], end: string, trace: string[]): AnswerItem {
  const value = minus.reduce((v, f) => v.minus(D(f.value)), plus.reduce((v, f) => v.plus(D(f.value)), D('0'))).toFixed();
  const words = (f: Figure): string => periodLongLabel(f.period);
  const formula = [plus.map(words).join(' + '), ...minus.map(words)].join(' − ');
  trace.push(`ttm: ${rowName(top)} = ${formula} = ${value}`);
  // the day after the same date a year before: July 1, 2011 for June 30, 2012
  const yearBefore = `${Number(end.slice(0, 4)) - 1}${end.slice(4) === '-02-29' ? '-02-28' : end.slice(4)}`;
  const start = addDays(yearBefore, 1);
  const period: Period = { type: 'year', start, end };
  const first = plus[0]!;
  const long = `twelve months ended ${periodLongLabel(period).replace(/^.*ended\s+/, '')}`;
  return {
    company: first.doc.company,
    metric: metricName(first.row),
    kind: 'value',
    period: { label: `TTM ${long.replace('twelve months ended ', '')}`, type: 'year', start, end, long },
    value,
    unit: first.row.unit,
    citations: [...plus, ...minus].map((f) => f.citation),
    formula,
    derived: true,
    notes: [`derived, not printed in the reports: ${[plus.map((f) => `${words(f)} (${exactValue(f.value, f.row.unit)})`).join(' + '), ...minus.map((f) => `${words(f)} (${exactValue(f.value, f.row.unit)})`)].join(' − ')}`],
  };
}
