// A ratio between two periods: "gross margin last quarter vs a year ago".
import type { AnswerItem } from '../answer.js';
import type { Query } from '../query.js';
import type { Document, Period } from '../store.js';
import { getLexicon } from '../../metrics/lexicon.js';
import { daysApart } from '../../periods/dates.js';
import { changeOf } from './compare.js';
import { computeRatio } from './ratio.js';
import { periodsOf } from './facts.js';
import { problem, type Outcome } from './outcome.js';

// The period one year (or one quarter) before, among those the reports hold.
function earlier(p: Period, docs: Document[], mode: string): Period | null {
  const pool = periodsOf(docs, p.type === 'instant' ? 'balance' : 'flow').filter((x) => x.type === p.type && x.end < p.end);
  const gap = mode === 'qoq' ? 91 : 365;
  const hit = pool.filter((x) => p.type === 'instant' && mode !== 'yoy' ? true : Math.abs(daysApart(x.end, p.end) - gap) <= 10);
  hit.sort((a, b) => b.end.localeCompare(a.end));
  return hit[0] ?? null;
}

function toChange(a: AnswerItem, b: AnswerItem): AnswerItem {
  const [from, to] = (a.period?.end ?? '') <= (b.period?.end ?? '') ? [a, b] : [b, a];
  const c = changeOf(from.value!, to.value!);
  return {
    ...to,
    kind: 'change',
    value: c.absolute,
    change: { from: { period: from.period!, value: from.value! }, to: { period: to.period!, value: to.value! }, absolute: c.absolute, percent: c.percent },
    citations: [...to.citations, ...from.citations],
  };
}

export function resolveRatioCompare(q: Query, docs: Document[]): Outcome {
  const def = getLexicon().ratioById.get(q.ratioId ?? '');
  if (!def) return problem('not_understood', 'I do not know that ratio.');
  const first = computeRatio(def, q.periods[0], docs, q.trace);
  if ('kind' in first) return first;
  let second;
  if (q.periods.length >= 2 && !q.periods[1].relative) second = computeRatio(def, q.periods[1], docs, q.trace);
  else {
    const base = earlier(first.period, docs, q.compare === 'qoq' ? 'qoq' : q.periods[1]?.relative === 'previous' ? 'qoq' : 'yoy');
    if (!base) return problem('no_period', `The reports hold ${def.name.toLowerCase()} for ${first.items[0].period?.label} but no earlier period to compare with.`);
    second = computeRatio(def, undefined, docs, q.trace, base);
  }
  if ('kind' in second) return second;
  return { kind: 'answers', answers: [toChange(first.items[0], second.items[0]), first.items[0], second.items[0]], notes: [] };
}
