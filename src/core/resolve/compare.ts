// A change between two periods: "YoY growth in product revenue for Q2 2007", "net loss from Q1 to Q2 2007".
import type { AnswerItem, Change, Citation } from '../answer.js';
import type { Query } from '../query.js';
import type { Document, Period } from '../store.js';
import { D, round } from '../decimal.js';
import { daysApart } from '../../periods/dates.js';
import { CONFIDENT, TIE, rowCandidates, rowName, rowNature, sameItem, type RowRef } from './candidates.js';
import { answerPeriod, calendarOf, figuresOfRow, type Figure } from './facts.js';
import { periodMatches } from '../../periods/match.js';
import type { PeriodSpec } from '../../periods/spec.js';
import { absoluteQuarterSpec, deriveQuarter, derivedLatestQuarterSpec } from './derived-quarter.js';
import { figureForSpec, isPicked, pickFigure, type Picked } from './pick.js';
import { valueItem } from './items.js';
import { problem, type Outcome } from './outcome.js';
import { isDeductedCost } from './cost-sign.js';

/** absolute = to - from; percent = absolute / |from| x 100 (null when from is zero). */
export function changeOf(from: string, to: string): { absolute: string; percent: string | null } {
  const a = D(to).minus(D(from));
  const f = D(from);
  return { absolute: a.toFixed(), percent: f.isZero() ? null : round(a.div(f.abs()).times(100), 2) };
}

// The period a one-period comparison compares against: a year before (yoy), the quarter before
// (qoq), or the last balance date before (balances, "since year-end").
function baseFigure(to: Figure, ref: RowRef, cands: RowRef[], mode: string, month?: number): Figure | null {
  const same = cands.filter((c) => sameItem(c, ref));
  let figs = same.flatMap((c) => figuresOfRow(c.doc, c.s, c.r)).filter((f) => f.period.end < to.period.end);
  const balance = rowNature(ref) === 'balance';
  // "since december": a balance dated in that month (a 52/53-week year may end a few days into the next)
  if (month !== undefined && balance) figs = figs.filter((f) => [f.period.end, addDaysIso(f.period.end, -7)].some((d) => Number(d.slice(5, 7)) === month));
  // "revenue since the beginning of the year" asks the year to date, no change of one quarter against another
  if (mode === 'since_year_end' && !balance) return null;
  let pool: Figure[];
  if (mode === 'qoq') pool = figs.filter((f) => f.period.type === to.period.type && Math.abs(daysApart(f.period.end, to.period.end) - 91) <= 10);
  else if (mode === 'yoy' || (!balance && mode !== 'since_year_end')) pool = figs.filter((f) => f.period.type === to.period.type && Math.abs(daysApart(f.period.end, to.period.end) - 365) <= 10);
  else pool = figs.filter((f) => f.period.type === to.period.type);
  pool.sort((a, b) => b.period.end.localeCompare(a.period.end));
  return pool[0] ?? null;
}

export function changeItem(fromF: Figure, toF: Figure, toPick: Picked): AnswerItem {
  // a cost printed in parentheses as a deduction grows when its size grows: compared as amounts spent
  const cost = isDeductedCost(toF.row, toF.statement.columns) && isDeductedCost(fromF.row, fromF.statement.columns);
  const size = (v: string): string => (cost ? D(v).abs().toFixed() : v);
  const c = changeOf(size(fromF.value), size(toF.value));
  const change: Change = {
    from: { period: answerPeriod(fromF.period, fromF.doc), value: size(fromF.value) },
    to: { period: answerPeriod(toF.period, toF.doc), value: size(toF.value) },
    absolute: c.absolute,
    percent: c.percent,
  };
  const base = valueItem(toPick);
  const cites = [toF.citation, fromF.citation].filter((x, i, all) => all.findIndex((y) => y.document === x.document && y.line === x.line && y.column === x.column) === i);
  const notes = cost ? [...(base.notes ?? []), 'The report prints this cost in parentheses as a deduction; the change compares the amounts spent'] : base.notes;
  return { ...base, kind: 'change', value: c.absolute, change, citations: cites, ...(notes ? { notes } : {}) };
}

// A period written with no year, date or relative word ("9M", "Q2", "H1").
const undated = (s: PeriodSpec): boolean => s.year === undefined && !s.relative && !s.end && !s.endMonth;

function order(a: Period, b: Period): number {
  return a.end.localeCompare(b.end);
}

// The span a report dates for a period asked ("the six months ended April 1, 2000" -> Oct 3, 1999 to Apr 1, 2000):
// a flow column of the same reports that matches it.
function spanOf(spec: Query['periods'][number], docs: Document[]): Period | null {
  if (!spec || spec.relative || !spec.type || spec.type === 'instant' || spec.type === 'other') return null;
  for (const doc of docs) {
    const cal = calendarOf(doc);
    for (const st of doc.statements) {
      for (const col of st.columns) {
        if (col.kind === 'period' && col.period && col.period.start && periodMatches(spec, col.period, cal)) return col.period;
      }
    }
  }
  return null;
}

// "How did cash change during the six months ended April 1, 2000?": a balance asked over a span is its balance
// at the span's end against its balance at the span's start (the balance date the day before, a week's leeway).
function balanceOverSpan(q: Query, cands: RowRef[], docs: Document[]): Outcome | null {
  if (q.periods.length !== 1 || q.since) return null;
  const span = spanOf(q.periods[0], docs);
  // only when the confident matches are all balances (never a flow row's own figure for the span)
  const top = cands.filter((c) => c.score >= CONFIDENT && cands[0].score - c.score < TIE);
  const balances = top.filter((c) => rowNature(c) === 'balance');
  if (!span || balances.length === 0 || balances.length !== top.length) return null;
  const startEve = addDaysIso(span.start!, -1);
  for (const ref of balances) {
    const same = cands.filter((c) => sameItem(c, ref));
    const figs = same.flatMap((c) => figuresOfRow(c.doc, c.s, c.r)).filter((f) => f.period.type === 'instant');
    const to = figs.find((f) => daysApart(f.period.end, span.end) <= 7);
    const from = figs.find((f) => daysApart(f.period.end, startEve) <= 7 && f.period.end < span.end);
    if (!to || !from) continue;
    q.trace.push(`balance over a span: ${from.period.end} to ${to.period.end}`);
    const toPick: Picked = { figure: to, ref, also: [] };
    return { kind: 'answers', answers: [changeItem(from, to, toPick), valueItem(toPick), valueItem({ figure: from, ref, also: [] })], notes: [] };
  }
  return null;
}

function addDaysIso(iso: string, days: number): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// A change resting on derived quarters: marked derived, every input of the derivations cited.
function withDerived(change: AnswerItem, notes: string[], cites: Citation[]): AnswerItem {
  const all = [...change.citations, ...cites].filter((x, i, list) => list.findIndex((y) => y.document === x.document && y.line === x.line && y.column === x.column) === i);
  return { ...change, derived: true, citations: all, notes: [...(change.notes ?? []), ...notes] };
}

// A quarter no column prints, derived (Q1 = H1 − Q2 and the like), shaped as a pick beside `template` (same row).
export function derivedFigure(cands: RowRef[], spec: PeriodSpec, docs: Document[], template: Picked, trace: string[]): { pick: Picked; notes: string[]; cites: Citation[] } | null {
  const item = deriveQuarter(cands, absoluteQuarterSpec(spec, docs) ?? spec, trace);
  if (!item || !item.period || item.value === null || !item.citations[0]) return null;
  // (a company counting its quarters in weeks, "13 weeks ended March 29, 2025", counts the derived one so too)
  const days = item.period.start ? daysApart(item.period.start, item.period.end) + 1 : 0;
  const weeks = template.figure.period.weeks && days % 7 === 0 ? { weeks: days / 7 } : {};
  const figure: Figure = { ...template.figure, period: { type: 'quarter', start: item.period.start ?? null, end: item.period.end, ...weeks }, value: item.value, citation: item.citations[0] };
  return { pick: { figure, ref: template.ref, also: [] }, notes: item.notes ?? [], cites: item.citations };
}

// The best row's latest printed figure, as the pattern of a derived one (same row, same table).
export function latestPick(cands: RowRef[], docs: Document[]): Picked | null {
  const top = cands[0];
  const figure = top && top.score >= CONFIDENT ? figureForSpec(top, undefined, docs) : null;
  return figure ? { figure, ref: top!, also: [] } : null;
}

export function resolveCompare(q: Query, docs: Document[]): Outcome {
  if (!q.metricPhrase) return problem('not_understood', 'I could not tell which figure to compare.');
  const cands = rowCandidates(q.metricPhrase, docs, q.trace);
  const overSpan = balanceOverSpan(q, cands, docs);
  if (overSpan) return overSpan;
  // "revenue growth last quarter" after a year-end release that prints the year only: its fourth quarter
  // (derived) against the quarter before or the year-ago fourth quarter, both named
  const latestQ = q.periods.length === 1 && !q.since && cands[0] && rowNature(cands[0]) === 'flow' ? derivedLatestQuarterSpec(q.periods[0]!, docs) : null;
  if (latestQ && q.periods[0]!.relative === 'latest') {
    const before = q.compare === 'qoq' ? derivedLatestQuarterSpec({ ...q.periods[0]!, relative: 'previous' }, docs) : derivedLatestQuarterSpec({ ...q.periods[0]!, relative: 'year_ago' }, docs);
    if (before) {
      q.trace.push(`"${q.periods[0]!.text}": the fourth quarter of the year the latest release closes (${latestQ.end}), against ${before.end}`);
      q = { ...q, periods: [before, latestQ] };
    }
  }
  if (q.periods.length >= 2) {
    const first = pickFigure(cands, q.periods[0], docs, q.metricPhrase, q.trace);
    let a = first;
    const bCands = isPicked(first) ? cands.filter((c) => sameItem(c, first.ref)) : [];
    let b = pickFigure(bCands.length ? bCands : cands, q.periods[1], docs, q.metricPhrase, q.trace);
    // one of the two quarters printed nowhere ("sequentially"): derived from year-to-date figures when it can be
    const notes: string[] = [];
    const cites: Citation[] = [];
    // (both printed nowhere: each derived beside the row's latest printed figure)
    const template = isPicked(a) ? a : isPicked(b) ? b : latestPick(cands, docs);
    if (!isPicked(a) && template && a.kind === 'problem' && a.problem.code === 'no_period') {
      const d = derivedFigure(cands, q.periods[0], docs, template, q.trace);
      if (d) { a = d.pick; notes.push(...d.notes); cites.push(...d.cites); }
    }
    if (!isPicked(b) && template && b.kind === 'problem' && b.problem.code === 'no_period') {
      const d = derivedFigure(cands, q.periods[1], docs, isPicked(a) ? a : template, q.trace);
      if (d) { b = d.pick; notes.push(...d.notes); cites.push(...d.cites); }
    }
    if (!isPicked(a)) return a;
    if (!isPicked(b)) return b;
    // "Q4 2025 revenue compared with fiscal 2025": a quarter against a year is no change of the figure
    const [pa, pb] = [a.figure.period, b.figure.period];
    if (pa.type !== 'instant' && pb.type !== 'instant' && pa.type !== pb.type) {
      const la = answerPeriod(pa, a.figure.doc).label;
      const lb = answerPeriod(pb, b.figure.doc).label;
      q.trace.push(`compare: ${la} (${pa.type}) and ${lb} (${pb.type}) differ in length`);
      return problem('ambiguous_period', `${la} and ${lb} are periods of different length, so a change between them would mislead. Which comparison did you mean?`, [`${la} vs a year earlier`, `${lb} vs a year earlier`]);
    }
    // "revenue Q2 vs Q2": both sides read as one period; a figure against itself is no change
    if (pa.start === pb.start && pa.end === pb.end && pa.type === pb.type) {
      // "net sales 9M vs 9M", "H1 vs H1": one span written twice with no year is the latest against a year before
      if (pa.type !== 'instant' && q.periods.slice(0, 2).every(undated)) {
        const base = baseFigure(a.figure, a.ref, cands, 'yoy');
        if (base) {
          q.trace.push(`compare: "${q.periods[0]!.text}" twice with no year, the latest against a year before`);
          const change = changeItem(base, a.figure, a);
          return { kind: 'answers', answers: [change, valueItem(a), valueItem({ figure: base, ref: a.ref, also: [] })], notes: [] };
        }
      }
      const la = answerPeriod(pa, a.figure.doc).label;
      return problem('ambiguous_period', `Both sides of the comparison read as ${la}. Which two periods did you mean?`, [`${la} vs a year earlier`, `${la} vs the previous quarter`]);
    }
    const [from, to] = order(a.figure.period, b.figure.period) <= 0 ? [a, b] : [b, a];
    const change = changeItem(from.figure, to.figure, to);
    if (notes.length) return { kind: 'answers', answers: [withDerived(change, notes, cites)], notes: [] };
    return { kind: 'answers', answers: [change, valueItem(to), valueItem(from)], notes: [] };
  }
  // "total assets vs year end": the year-end balance is the base, the latest the figure compared
  // "how did cash change since the beginning of the year": a balance's change asked by a word, not a period, is
  // from the latest fiscal year-end too (never from the balance date just before)
  if (!q.since && q.compare === 'since_year_end' && q.periods.length <= 1 && q.periods[0]?.relative !== 'year_end' && cands[0] && rowNature(cands[0]) === 'balance') {
    q = { ...q, since: { relative: 'year_end', type: 'instant', text: 'since year-end', span: [0, 0], rule: 'since-year-end-cue' } };
  }
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
  let toPick = pickFigure(cands, q.periods[0], docs, q.metricPhrase, q.trace);
  let toNotes: string[] = [];
  let toCites: Citation[] = [];
  // "operating cash flow last quarter vs a year ago" with only year-to-date columns: the quarter derived
  const template = !isPicked(toPick) && toPick.kind === 'problem' && toPick.problem.code === 'no_period' && q.periods[0] ? latestPick(cands, docs) : null;
  if (template) {
    const d = derivedFigure(cands, q.periods[0]!, docs, template, q.trace);
    if (d) { toPick = d.pick; toNotes = d.notes; toCites = d.cites; }
  }
  if (!isPicked(toPick)) return toPick;
  const mode = q.compare ?? 'default';
  let fromF = baseFigure(toPick.figure, toPick.ref, cands, mode, q.sinceMonth);
  const derivedNotes: string[] = [...toNotes];
  const derivedCites: Citation[] = [...toCites];
  // "sequentially" (or a year before) with no column for that quarter: derived from year-to-date figures
  const yearAgo = mode === 'yoy' || (mode !== 'qoq' && mode !== 'since_year_end' && rowNature(toPick.ref) !== 'balance');
  if (!fromF && (mode === 'qoq' || yearAgo) && toPick.figure.period.type === 'quarter' && toPick.figure.period.start) {
    const end = mode === 'qoq' ? addDaysIso(toPick.figure.period.start, -1) : addDaysIso(toPick.figure.period.end, -365);
    const before: PeriodSpec = { type: 'quarter', end, text: mode === 'qoq' ? 'the quarter before' : 'the quarter a year before', span: [0, 0], rule: `${mode}-derived` };
    const d = derivedFigure(cands, before, docs, toPick, q.trace);
    if (d) { fromF = d.pick.figure; derivedNotes.push(...d.notes); derivedCites.push(...d.cites); }
  }
  if (!fromF) {
    const what = mode === 'qoq' ? 'the quarter before' : mode === 'yoy' ? 'a year earlier' : 'an earlier period';
    return problem('no_period', `The reports hold ${rowName(toPick.ref)} for ${answerPeriod(toPick.figure.period, toPick.figure.doc).label} but not for ${what}, so I cannot compare.`, [answerPeriod(toPick.figure.period, toPick.figure.doc).label]);
  }
  const fromPick: Picked = { figure: fromF, ref: toPick.ref, also: [] };
  const change = changeItem(fromF, toPick.figure, toPick);
  if (derivedNotes.length) return { kind: 'answers', answers: [withDerived(change, derivedNotes, derivedCites)], notes: [] };
  return { kind: 'answers', answers: [change, valueItem(toPick), valueItem(fromPick)], notes: [] };
}
