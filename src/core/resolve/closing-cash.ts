// "cash at June 30, 2006" when no balance sheet prints that date: the cash flow statement's closing cash for a
// period ending then ("Cash and cash equivalents, end of period ... 30,383") is that balance. Not when the
// closing line holds restricted cash too (then it is another figure than the balance sheet's cash).
import type { PeriodSpec } from '../../periods/spec.js';
import type { Document } from '../store.js';
import { rowCandidates } from './candidates.js';
import { isPicked, pickFigure, type Picked } from './pick.js';

/** The closing cash of a cash flow statement for the date asked, when the balance sheet has no column for it. */
export function closingCash(top: { metricId?: string } | undefined, spec: PeriodSpec | undefined, docs: Document[], trace: string[]): Picked | null {
  if (top?.metricId !== 'cash' || !spec || spec.relative || (spec.type && spec.type !== 'instant')) return null;
  const cands = rowCandidates('cash at end of period', docs, trace).filter((c) => c.metricId === 'cash_ending' && !/restricted/i.test(c.doc.statements[c.s]!.rows[c.r]!.label));
  if (!cands.length) return null;
  const picked = pickFigure(cands, { ...spec, type: 'instant' }, docs, 'cash at end of period', trace);
  if (!isPicked(picked)) return null;
  trace.push(`cash at ${picked.figure.period.end}: the cash flow statement's closing cash`);
  return picked;
}
