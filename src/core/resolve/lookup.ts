// A reported figure: "accounts payable at June 30, 2007", "gross profit last quarter".
import type { Query } from '../query.js';
import type { Document } from '../store.js';
import { rowCandidates, rowNature } from './candidates.js';
import { isPicked, pickFigure } from './pick.js';
import { valueItem } from './items.js';
import { deriveQuarter, derivedLatestQuarterSpec, previousQuarterSpec } from './derived-quarter.js';
import { problem, type Outcome } from './outcome.js';
import type { AnswerItem } from '../answer.js';

/** One figure per period asked (the latest when none is); a quarter no column holds may be derived. */
export function resolveLookup(q: Query, docs: Document[]): Outcome {
  if (!q.metricPhrase) return problem('not_understood', 'I could not tell which figure you want.');
  const cands = rowCandidates(q.metricPhrase, docs, q.trace);
  const specs = q.periods.length ? q.periods : [undefined];
  const answers: AnswerItem[] = [];
  for (const asked of specs) {
    // "revenue last quarter" after a year-end release that prints the year only: its fourth quarter
    const fourth = asked?.relative && cands[0] && rowNature(cands[0]) === 'flow' ? derivedLatestQuarterSpec(asked, docs) : null;
    if (fourth) q.trace.push(`"${asked!.text}": the fourth quarter of the year the latest release closes (${fourth.end})`);
    const spec = fourth ?? asked;
    const picked = pickFigure(cands, spec, docs, q.metricPhrase, q.trace);
    if (isPicked(picked)) answers.push(valueItem(picked));
    else {
      // a relative "prior quarter" no column prints: the quarter before the latest, derived when it can be
      const absolute = spec ? previousQuarterSpec(spec, docs) ?? spec : undefined;
      const derived = absolute && picked.kind === 'problem' && picked.problem.code === 'no_period' ? deriveQuarter(cands, absolute, q.trace) : null;
      if (!derived) return picked;
      answers.push(derived);
    }
  }
  return { kind: 'answers', answers, notes: q.periods.length ? [] : ['latest'] };
}
