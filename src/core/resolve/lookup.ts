// A reported figure: "accounts payable at June 30, 2007", "gross profit last quarter".
import type { Query } from '../query.js';
import type { Document } from '../store.js';
import { rowCandidates } from './candidates.js';
import { isPicked, pickFigure } from './pick.js';
import { valueItem } from './items.js';
import { deriveQuarter } from './derived-quarter.js';
import { problem, type Outcome } from './outcome.js';
import type { AnswerItem } from '../answer.js';

/** One figure per period asked (the latest when none is); a quarter no column holds may be derived. */
export function resolveLookup(q: Query, docs: Document[]): Outcome {
  if (!q.metricPhrase) return problem('not_understood', 'I could not tell which figure you want.');
  const cands = rowCandidates(q.metricPhrase, docs, q.trace);
  const specs = q.periods.length ? q.periods : [undefined];
  const answers: AnswerItem[] = [];
  for (const spec of specs) {
    const picked = pickFigure(cands, spec, docs, q.metricPhrase, q.trace);
    if (isPicked(picked)) answers.push(signedAsAsked(q.metricPhrase, valueItem(picked), picked.figure.row.label));
    else {
      const derived = spec && picked.kind === 'problem' && picked.problem.code === 'no_period' ? deriveQuarter(cands, spec, q.trace) : null;
      if (!derived) return picked;
      answers.push(derived);
    }
  }
  return { kind: 'answers', answers, notes: q.periods.length ? [] : ['latest'] };
}

// "Other (income) expense, net  (3.5)": income printed in parentheses, as a negative expense. Asked "other
// income", the figure is given as income (3.5); "Interest income (expense), net" asked as an expense likewise.
function signedAsAsked(phrase: string, item: AnswerItem, label: string): AnswerItem {
  const asks = (w: string) => new RegExp(`\\b${w}\\b`, 'i').test(phrase);
  const flip = (asks('income') && !asks('expense') && /\(income\)\s*,?\s*(?:expense|loss)/i.test(label)) ||
    (asks('expense') && !asks('income') && /\b(?:income|gain)\s*\((?:expense|loss)\)/i.test(label));
  if (!flip || item.value === null || item.value === undefined) return item;
  const value = item.value.startsWith('-') ? item.value.slice(1) : item.value === '0' ? '0' : `-${item.value}`;
  return { ...item, value, notes: [...(item.notes ?? []), `the report prints this line as "${label}"; the figure is given as ${asks('income') ? 'income' : 'an expense'}`] };
}
