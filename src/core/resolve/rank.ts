// Rankings across the loaded companies: "which company had the highest revenue growth last quarter".
import type { AnswerItem } from '../answer.js';
import type { Query } from '../query.js';
import type { Company } from '../companies.js';
import { D } from '../decimal.js';
import type { Outcome } from './outcome.js';
import { problem } from './outcome.js';
import { LATEST_QUARTER, mixedKinds } from './same-kind.js';

// Growth words rank by the percent change; anything else ranks by the value.
const GROWTH = /\b(growth|grew|grow|increase|change|decline|rise|rose|fell|drop)\b/i;

export function resolveRank(q: Query, companies: Company[], each: (q: Query, docs: Company['docs']) => Outcome): Outcome {
  const growth = GROWTH.test(q.clean);
  const lowest = q.rankCount ? q.rankCount.bottom : /\b(lowest|smallest|least|worst|weakest|slowest|less|lower|smaller|fewer)\b/i.test(q.clean);
  const inner: Query = { ...q, intent: growth ? 'compare' : 'lookup', compare: growth ? q.compare ?? 'yoy' : undefined };
  if (growth) inner.metricPhrase = q.metricPhrase.replace(GROWTH, ' ').replace(/\s+/g, ' ').trim();
  // growth from a loss or from nothing is no rate to rank ("+890%" from a net loss of $1.0 million): named aside
  let aside: string[] = [];
  let unheld: string[] = [];
  const scoreAll = (asked: Query): { item: AnswerItem; key: string }[] => {
    const out: { item: AnswerItem; key: string }[] = [];
    aside = [];
    unheld = [];
    for (const c of companies) {
      const o = each({ ...asked, trace: q.trace }, c.docs);
      // (a company that holds the line but not for the period asked is named aside, not left out silently)
      if (o.kind === 'problem' && o.problem.code === 'no_period') unheld.push(`${c.name}: not ranked, ${o.problem.message.replace(/^The reports hold/, 'its reports hold')}`);
      if (o.kind !== 'answers' || !o.answers.length) continue;
      const item = o.answers[0];
      if (growth && item.change && D(item.change.from.value).lte(0)) {
        aside.push(`${item.company ?? c.name}: not ranked, a growth rate from ${D(item.change.from.value).isZero() ? 'zero' : 'a negative figure'} (${item.metric}, ${item.change.from.period.label}) is not meaningful`);
        continue;
      }
      const key = growth ? item.change?.percent : item.value;
      if (key !== null && key !== undefined) out.push({ item, key });
    }
    return out;
  };
  let scored = scoreAll(inner);
  // (no period named, and one company's latest figure is a year while another's is a quarter: each one's latest quarter)
  if (!q.periods.length && mixedKinds(scored.map((s) => s.item))) {
    q.trace.push('rank: latest periods of different kinds; each company\'s latest quarter');
    scored = scoreAll({ ...inner, periods: [LATEST_QUARTER] });
  }
  if (!scored.length && aside.length) return problem('cannot_compute', `I can't rank them: ${aside.join('; ')}.`);
  if (!scored.length) return problem('no_metric', 'None of the loaded companies reports that figure for the period asked.');
  // "which had lower R&D, A or B": with B's figure missing, A is no answer
  const setAside = (c: Company): boolean => aside.some((a) => a.startsWith(`${c.name}:`));
  if (q.companies.length >= 2 && companies.some((c) => !setAside(c) && !scored.some((x) => x.item.company === c.name))) {
    const missing = companies.filter((c) => !setAside(c) && !scored.some((x) => x.item.company === c.name)).map((c) => c.name);
    return problem('no_metric', `I can't compare them: ${missing.join(', ')} reports no such figure for the period asked.`, scored.map((x) => `${x.item.company}: ${x.item.metric}`));
  }
  // amounts in different units (dollars and euros, dollars and kWh) do not rank; growth rates do
  const units = new Set(scored.map((s) => s.item.unit));
  if (!growth && units.size > 1) {
    return problem('cannot_compute', `I can't rank these: the companies report that figure in different units (${[...units].join(', ')}).`, scored.map((s) => `${s.item.company}: ${s.item.metric}`));
  }
  scored.sort((a, b) => (lowest ? D(a.key).cmp(D(b.key)) : D(b.key).cmp(D(a.key))));
  // "top 3 companies by revenue": the first three only
  const listed = q.rankCount ? scored.slice(0, q.rankCount.n) : scored;
  return { kind: 'answers', answers: listed.map((s) => s.item), notes: ['ranked'], ...(aside.length || unheld.length ? { gaps: [...aside, ...unheld] } : {}) };
}
