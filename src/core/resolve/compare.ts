// A change between two periods: "YoY growth in product revenue for Q2 2007", "net loss from Q1 to Q2 2007".
import type { AnswerItem, Change } from '../answer.js';
import type { Query } from '../query.js';
import type { Document, Period } from '../store.js';
import { D, round } from '../decimal.js';
import { daysApart } from '../../periods/dates.js';
import { rowCandidates, rowName, rowNature, sameItem, type RowRef } from './candidates.js';
import { answerPeriod, figuresOfRow, type Figure } from './facts.js';
import { isPicked, pickFigure, type Picked } from './pick.js';
import { valueItem } from './items.js';
import { problem, type Outcome } from './outcome.js';

/** absolute = to - from; percent = absolute / |from| x 100 (null when from is zero). */
export function changeOf(from: string, to: string): { absolute: string; percent: string | null } {
  const a = D(to).minus(D(from));
  const f = D(from);
  return { absolute: a.toFixed(), percent: f.isZero() ? null : round(a.div(f.abs()).times(100), 2) };
}

// The period a one-period comparison compares against: a year before (yoy), the quarter before
// (qoq), or the last balance date before (balances, "since year-end").
function baseFigure(to: Figure, ref: RowRef, cands: RowRef[], mode: string): Figure | null {
  const same = cands.filter((c) => sameItem(c, ref));
  const figs = same.flatMap((c) => figuresOfRow(c.doc, c.s, c.r)).filter((f) => f.period.end < to.period.end);
  const balance = rowNature(ref) === 'balance';
  let pool: Figure[];
  if (mode === 'qoq') pool = figs.filter((f) => f.period.type === to.period.type && Math.abs(daysApart(f.period.end, to.period.end) - 91) <= 10);
  else if (mode === 'yoy' || (!balance && mode !== 'since_year_end')) pool = figs.filter((f) => f.period.type === to.period.type && Math.abs(daysApart(f.period.end, to.period.end) - 365) <= 10);
  else pool = figs.filter((f) => f.period.type === to.period.type);
  pool.sort((a, b) => b.period.end.localeCompare(a.period.end));
  return pool[0] ?? null;
}

export function changeItem(fromF: Figure, toF: Figure, toPick: Picked): AnswerItem {
  const c = changeOf(fromF.value, toF.value);
  const change: Change = {
    from: { period: answerPeriod(fromF.period, fromF.doc), value: fromF.value },
    to: { period: answerPeriod(toF.period, toF.doc), value: toF.value },
    absolute: c.absolute,
    percent: c.percent,
  };
  const base = valueItem(toPick);
  const cites = [toF.citation, fromF.citation].filter((x, i, all) => all.findIndex((y) => y.document === x.document && y.line === x.line && y.column === x.column) === i);
  return { ...base, kind: 'change', value: c.absolute, change, citations: cites };
}

function order(a: Period, b: Period): number {
  return a.end.localeCompare(b.end);
}

export function resolveCompare(q: Query, docs: Document[]): Outcome {
  if (!q.metricPhrase) return problem('not_understood', 'I could not tell which figure to compare.');
  const cands = rowCandidates(q.metricPhrase, docs, q.trace);
  if (q.periods.length >= 2) {
    const a = pickFigure(cands, q.periods[0], docs, q.metricPhrase, q.trace);
    if (!isPicked(a)) return a;
    const bCands = cands.filter((c) => sameItem(c, a.ref));
    const b = pickFigure(bCands.length ? bCands : cands, q.periods[1], docs, q.metricPhrase, q.trace);
    if (!isPicked(b)) return b;
    const [from, to] = order(a.figure.period, b.figure.period) <= 0 ? [a, b] : [b, a];
    return { kind: 'answers', answers: [changeItem(from.figure, to.figure, to), valueItem(to), valueItem(from)], notes: [] };
  }
  // "total assets vs year end": the year-end balance is the base, the latest the figure compared
  const since = q.since ?? (q.periods.length === 1 && q.periods[0]!.relative === 'year_end' ? q.periods[0] : undefined);
  if (since) {
    if (!q.since) q = { ...q, periods: [] };
    const fromPick = pickFigure(cands, since, docs, q.metricPhrase, q.trace);
    if (!isPicked(fromPick)) return fromPick;
    const same = cands.filter((c) => sameItem(c, fromPick.ref));
    const toPick = pickFigure(same, q.periods[0], docs, q.metricPhrase, q.trace);
    if (!isPicked(toPick)) return toPick;
    if (toPick.figure.period.end <= fromPick.figure.period.end) return problem('no_period', `The reports hold no ${rowName(toPick.ref)} after ${answerPeriod(fromPick.figure.period, fromPick.figure.doc).label}.`);
    return { kind: 'answers', answers: [changeItem(fromPick.figure, toPick.figure, toPick), valueItem(toPick), valueItem(fromPick)], notes: [] };
  }
  const toPick = pickFigure(cands, q.periods[0], docs, q.metricPhrase, q.trace);
  if (!isPicked(toPick)) return toPick;
  const mode = q.compare ?? 'default';
  const fromF = baseFigure(toPick.figure, toPick.ref, cands, mode);
  if (!fromF) {
    const what = mode === 'qoq' ? 'the quarter before' : mode === 'yoy' ? 'a year earlier' : 'an earlier period';
    return problem('no_period', `The reports hold ${rowName(toPick.ref)} for ${answerPeriod(toPick.figure.period, toPick.figure.doc).label} but not for ${what}, so I cannot compare.`, [answerPeriod(toPick.figure.period, toPick.figure.doc).label]);
  }
  const fromPick: Picked = { figure: fromF, ref: toPick.ref, also: [] };
  return { kind: 'answers', answers: [changeItem(fromF, toPick.figure, toPick), valueItem(toPick), valueItem(fromPick)], notes: [] };
}
