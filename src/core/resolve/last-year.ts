// "net income last year" asked of a release that has just reported a full fiscal year: the year just
// reported (spoken of after it closed) or the one before it (its comparison column)? Both are read
// daily; the answer asks back rather than guess. A half-year release leaves no doubt: the year before.
import type { Query } from '../query.js';
import type { Document, Period } from '../store.js';
import { periodLabel } from '../../periods/label.js';
import { calendarOf, periodsOf } from './facts.js';
import { problem, type Outcome } from './outcome.js';

const LAST = /\blast\b/i;

/** A clarify when "last year" could be either of the two latest fiscal years; null otherwise. */
export function lastYearDoubt(q: Query, docs: Document[]): Outcome | null {
  const spec = q.periods.find((p) => p.relative === 'prior_year' && LAST.test(p.text));
  if (!spec || !docs.length) return null;
  const flows = periodsOf(docs, 'flow');
  const latestEnd = flows.reduce((end, p) => (p.end > end ? p.end : end), '');
  const years = flows.filter((p) => p.type === 'year').sort((a, b) => b.end.localeCompare(a.end));
  const closing: Period | undefined = years[0];
  if (!closing || closing.end !== latestEnd) return null;
  const cal = calendarOf(docs[0]!);
  // "Q4 … last year": the fourth quarter of either year
  const part = spec.type === 'quarter' && spec.index ? `Q${spec.index} of ` : spec.type === 'six_months' && spec.index ? `H${spec.index} of ` : '';
  const choices = [closing, years[1]].filter((p): p is Period => p !== undefined).map((p) => `${part}${periodLabel(p, cal)}`);
  q.trace.push(`last-year: the latest report closes ${choices[0]}: ask which year`);
  return problem('ambiguous_period', `"${spec.text}" could mean ${choices[0]} (the year just reported) or ${choices[1] ?? 'the year before it'}. Which do you mean?`, choices);
}
