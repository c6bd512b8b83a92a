// The rows of a company's reports that a metric phrase may mean, best first.
import type { Document, Row, Statement } from '../store.js';
import { matchRowsIn } from '../../metrics/rows.js';
import { natureOf } from './facts.js';

/** A row of one document that may be the metric asked for. */
export interface RowRef {
  doc: Document;
  s: number;
  r: number;
  score: number;
  metricId?: string;
  reason: string;
}

/** Scores at and above this answer without asking back. */
export const CONFIDENT = 0.75;
/** Candidates closer than this to the best are rivals. */
export const TIE = 0.05;
/** Below this a candidate is not offered even as a suggestion. */
export const FLOOR = 0.4;

// Documents are not changed once read: what is derived from one is kept beside it.
const recency = new WeakMap<Document, string>();

/** Latest period end a document reports: newer releases first. */
export function docRecency(doc: Document): string {
  let best = recency.get(doc);
  if (best === undefined) {
    best = '';
    for (const st of doc.statements) for (const c of st.columns) if (c.period && c.period.end > best) best = c.period.end;
    recency.set(doc, best);
  }
  return best;
}

/** Rows of these documents that match the phrase, best first; among equals, newer documents first. */
export function rowCandidates(phrase: string, docs: Document[], trace: string[]): RowRef[] {
  const out: RowRef[] = [];
  const ordered = [...docs].sort((a, b) => docRecency(b).localeCompare(docRecency(a)));
  matchRowsIn(phrase, ordered).forEach((cands, d) => {
    const doc = ordered[d];
    for (const c of cands) {
      if (c.score >= FLOOR) out.push({ doc, s: c.statement, r: c.row, score: c.score, metricId: c.metricId, reason: c.reason });
    }
  });
  out.sort((a, b) => b.score - a.score);
  for (const c of out.slice(0, 3)) {
    trace.push(`row: ${c.doc.document}:${c.doc.statements[c.s].rows[c.r].line} "${rowName(c)}" score ${c.score.toFixed(2)} (${c.reason})`);
  }
  return out;
}

export function rowName(c: RowRef): string {
  return c.doc.statements[c.s].rows[c.r].path.join(' › ');
}

const natures = new WeakMap<Statement, 'balance' | 'flow'>();

export function rowNature(c: RowRef): 'balance' | 'flow' {
  const st = c.doc.statements[c.s];
  let nature = natures.get(st);
  if (nature === undefined) {
    nature = natureOf(st);
    natures.set(st, nature);
  }
  return nature;
}

const itemKeys = new WeakMap<Row, string>();

// "Revenue › Product (see notes)" on a flow statement -> "revenue›product|flow": equal keys are one line item.
export function itemKey(c: RowRef): string {
  const row = c.doc.statements[c.s].rows[c.r];
  let key = itemKeys.get(row);
  if (key === undefined) {
    key = `${row.path.join(' › ').toLowerCase().replace(/\(see notes?\)|[^a-z0-9›]+/g, '')}|${rowNature(c)}`;
    itemKeys.set(row, key);
  }
  return key;
}

/** Same line item: same section path, label compared loosely. */
export function sameItem(a: RowRef, b: RowRef): boolean {
  return itemKey(a) === itemKey(b);
}
