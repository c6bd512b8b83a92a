// A reported figure: "accounts payable at June 30, 2007", "gross profit last quarter".
import type { Query } from '../query.js';
import type { Document } from '../store.js';
import { rowCandidates, rowName, rowNature, sameItem, type RowRef } from './candidates.js';
import { isPicked, pickFigure, type Picked } from './pick.js';
import { answerPeriod, figuresOfRow } from './facts.js';
import { D } from '../decimal.js';
import { describeFigure } from '../format/figure-words.js';
import { valueItem } from './items.js';
import { absoluteQuarterSpec, deriveQuarter, derivedLatestQuarterSpec } from './derived-quarter.js';
import { deriveTtm } from './ttm.js';
import { closingCash } from './closing-cash.js';
import { problem, type Outcome } from './outcome.js';
import type { AnswerItem } from '../answer.js';
import { amortizationBeside, asksAmortization } from './split-da.js';
import { metricName } from '../format/names.js';

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
    const nil = !spec && isPicked(picked) ? nilLatest(picked, cands) : null;
    if (nil) return nil;
    if (isPicked(picked)) answers.push(withAmortization(q.metricPhrase, picked) ?? signedAsAsked(q.metricPhrase, valueItem(picked), picked.figure.row.label));
    else {
      // a relative "prior quarter" no column prints: the quarter before the latest, derived when it can be
      const absolute = spec ? absoluteQuarterSpec(spec, docs) ?? spec : undefined;
      const noPeriod = picked.kind === 'problem' && picked.problem.code === 'no_period';
      // "cash at June 30, 2006" on no balance sheet: the cash flow statement's closing cash for that date
      const closing = noPeriod ? closingCash(cands[0], spec, docs, q.trace) : null;
      if (closing) {
        const item = valueItem(closing);
        answers.push({ ...item, notes: [...(item.notes ?? []), 'no balance sheet of that date: the closing cash of the cash flow statement'] });
        continue;
      }
      // (twelve months ended on a day no fiscal year closes on: "revenue for the twelve months ended March 31, 2005")
      const twelve = absolute && (absolute.ttm || (absolute.type === 'year' && absolute.end));
      const derived = absolute && noPeriod ? (twelve ? deriveTtm(cands, absolute, q.trace) : deriveQuarter(cands, absolute, q.trace)) : null;
      if (!derived) return picked;
      answers.push(derived);
    }
  }
  return { kind: 'answers', answers, notes: q.periods.length ? [] : ['latest'] };
}

// "D&A" over a cash flow statement that prints "Depreciation" and "Amortization of intangible assets" as two lines:
// depreciation and amortization is both lines added (as EBITDA takes them), never the depreciation line alone.
// "depreciation" asked alone is that line.
function withAmortization(phrase: string, p: Picked): AnswerItem | null {
  if (!asksAmortization(phrase)) return null;
  const parts = amortizationBeside(p);
  if (!parts.length) return null;
  const dep = D(p.figure.value);
  const sum = parts.reduce((t, f) => t.plus(D(f.value).abs()), dep.abs());
  const item = valueItem(p);
  return {
    ...item,
    metric: 'Depreciation and amortization',
    kind: 'ratio',
    value: (dep.isNegative() ? sum.negated() : sum).toFixed(),
    formula: [p.figure.row, ...parts.map((f) => f.row)].map((r) => metricName(r)).join(' + '),
    citations: [...item.citations, ...parts.map((f) => f.citation)],
  };
}

// "how much cash did Apple use to acquire NeXT", no period named: a line whose latest figure is a dash while an
// earlier one is not names an event of some other period; which one is asked back, never the dash given.
function nilLatest(p: Picked, cands: RowRef[]): Outcome | null {
  if (!D(p.figure.value).isZero()) return null;
  const figs = cands.filter((c) => sameItem(c, p.ref)).flatMap((c) => figuresOfRow(c.doc, c.s, c.r));
  const earlier = figs.filter((f) => f.period.end < p.figure.period.end && !D(f.value).isZero());
  if (!earlier.length) return null;
  return problem('no_period', `${rowName(p.ref)} is nil in the latest period (${answerPeriod(p.figure.period, p.figure.doc).label}). Which period do you mean?`, [...new Set(earlier.map((f) => describeFigure(f)))].slice(0, 5));
}

// "Other (income) expense, net  (3.5)": income printed in parentheses, as a negative expense. Asked "other
// income", the figure is given as income (3.5); "Interest income (expense), net" asked as an expense likewise.
function signedAsAsked(phrase: string, item: AnswerItem, label: string): AnswerItem {
  const asks = (w: string) => new RegExp(`\\b${w}\\b`, 'i').test(phrase);
  const flip = (asks('income') && !asks('expense') && /\(income\)\s*,?\s*(?:expense|loss)/i.test(label)) ||
    (asks('expense') && !asks('income') && /\b(?:income|gain)\s*\((?:expense|loss)\)/i.test(label));
  const tax = taxAsAsked(phrase, label);
  if ((!flip && !tax) || item.value === null || item.value === undefined) return item;
  const value = item.value.startsWith('-') ? item.value.slice(1) : item.value === '0' ? '0' : `-${item.value}`;
  const as = tax ?? (asks('income') ? 'income' : 'an expense');
  return { ...item, value, notes: [...(item.notes ?? []), `the report prints this line as "${label}"; the figure is given as ${as}`] };
}

// "Income tax benefit (provision)  (404)": a provision printed as a negative benefit. Asked "income tax expense"
// (or "provision"), it is given as an expense (404); "Income tax (benefit) expense  (2.7)" asked as a benefit, as
// a benefit (2.7). Only a label naming both readings is turned; null when the figure stands as asked.
function taxAsAsked(phrase: string, label: string): string | null {
  if (!/\btax/i.test(label)) return null;
  const outside = label.replace(/\([^)]*\)/g, ' ');
  const inside = (label.match(/\([^)]*\)/g) ?? []).join(' ');
  const asks = (re: RegExp) => re.test(phrase);
  const asksExpense = asks(/\b(?:expense|provision)\b/i);
  const asksBenefit = asks(/\bbenefit\b/i);
  if (/\bbenefit\b/i.test(outside) && /\b(?:provision|expense)\b/i.test(inside) && asksExpense && !asksBenefit) return 'an expense';
  if (/\b(?:provision|expense)\b/i.test(outside) && /\bbenefit\b/i.test(inside) && asksBenefit && !asksExpense) return 'a benefit';
  return null;
}
