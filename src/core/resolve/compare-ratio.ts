// A ratio between two periods: "gross margin last quarter vs a year ago".
import type { AnswerItem } from '../answer.js';
import type { Query } from '../query.js';
import type { Document, Period } from '../store.js';
import { getLexicon } from '../../metrics/lexicon.js';
import { addDays, daysApart } from '../../periods/dates.js';
import { changeOf } from './compare.js';
import { computeRatio, type Ratio } from './ratio.js';
import { Dec } from '../../metrics/formula.js';
import { round } from '../decimal.js';
import { periodsOf } from './facts.js';
import { problem, type Outcome } from './outcome.js';

// The period one year (or one quarter) before, among those the reports hold.
function earlier(p: Period, docs: Document[], mode: string, month?: number): Period | null {
  let pool = periodsOf(docs, p.type === 'instant' ? 'balance' : 'flow').filter((x) => x.type === p.type && x.end < p.end);
  // "current ratio since december": a balance date in that month (a 52/53-week year may end a few days into the next)
  if (month !== undefined && p.type === 'instant') pool = pool.filter((x) => [x.end, addDays(x.end, -7)].some((d) => Number(d.slice(5, 7)) === month));
  const gap = mode === 'qoq' ? 91 : 365;
  const hit = pool.filter((x) => p.type === 'instant' && mode !== 'yoy' ? true : Math.abs(daysApart(x.end, p.end) - gap) <= 10);
  hit.sort((a, b) => b.end.localeCompare(a.end));
  return hit[0] ?? null;
}

// The change is taken between the ratios as computed, before rounding: net margins of 20.0247% and 19.7874% moved
// 0.24 points, not the 0.23 between their rounded 20.02 and 19.79.
function toChange(a: Ratio, b: Ratio): AnswerItem {
  const [from, to] = a.period.end <= b.period.end ? [a, b] : [b, a];
  const [fi, ti] = [from.items[0]!, to.items[0]!];
  const c = changeOf(from.exact ?? fi.value!, to.exact ?? ti.value!);
  const places = ti.unit === 'percent' || ti.unit === 'ratio' || ti.unit === 'days' ? 2 : 0;
  const absolute = round(new Dec(c.absolute), places);
  return {
    ...ti,
    kind: 'change',
    value: absolute,
    change: {
      from: { period: fi.period!, value: fi.value!, ...(fi.exact !== undefined ? { exact: fi.exact } : {}) },
      to: { period: ti.period!, value: ti.value!, ...(ti.exact !== undefined ? { exact: ti.exact } : {}) },
      absolute, percent: c.percent,
    },
    citations: [...ti.citations, ...fi.citations],
  };
}

export function resolveRatioCompare(q: Query, docs: Document[]): Outcome {
  const def = getLexicon().ratioById.get(q.ratioId ?? '');
  if (!def) return problem('not_understood', 'I do not know that ratio.');
  const first = computeRatio(def, q.periods[0], docs, q.trace);
  if ('kind' in first) return first;
  let second;
  // "gross margin 9M vs 9M", "Q2 vs Q2": one span written twice with no year is the latest against a year before
  const twiceUndated = q.periods.length === 2 && q.periods.every((p) => p.year === undefined && !p.relative && !p.end && !p.endMonth) &&
    q.periods[0]!.type === q.periods[1]!.type && q.periods[0]!.index === q.periods[1]!.index;
  // "current ratio since the beginning of the year": a balance against the latest fiscal year-end's
  const sinceYearEnd = !q.since && q.compare === 'since_year_end' && first.period.type === 'instant';
  if (sinceYearEnd) second = computeRatio(def, { relative: 'year_end', type: 'instant', text: 'since year-end', span: [0, 0], rule: 'since-year-end-cue' }, docs, q.trace);
  else if (q.periods.length >= 2 && !q.periods[1].relative && !(twiceUndated && first.period.type !== 'instant')) second = computeRatio(def, q.periods[1], docs, q.trace);
  // "working capital since December 31, 2006": the date asked is the base
  else if (q.since) second = computeRatio(def, q.since, docs, q.trace);
  else {
    // a balance compared with no word of a year ("current ratio vs year end", "change in working capital") is
    // compared with the balance date before; a flow, or "vs a year ago", with the same period a year before
    const mode = q.compare === 'qoq' || q.periods[1]?.relative === 'previous' ? 'qoq' : q.compare === 'yoy' || q.periods[1]?.relative === 'year_ago' || twiceUndated ? 'yoy' : 'default';
    const base = earlier(first.period, docs, mode, q.sinceMonth);
    if (!base) return problem('no_period', `The reports hold ${def.name.toLowerCase()} for ${first.items[0].period?.label} but not for ${mode === 'qoq' ? 'the quarter before' : mode === 'yoy' ? 'a year earlier' : 'an earlier period'}, so I cannot compare.`);
    second = computeRatio(def, undefined, docs, q.trace, base);
  }
  if ('kind' in second) return second;
  if (second.period.end === first.period.end) return problem('no_period', `Both sides of the comparison read as ${first.items[0]!.period?.label}.`);
  return { kind: 'answers', answers: [toChange(first, second), first.items[0], second.items[0]], notes: [] };
}
