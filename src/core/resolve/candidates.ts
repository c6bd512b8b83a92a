// The rows of a company's reports that a metric phrase may mean, best first.
import type { Document } from '../store.js';
import { matchRows } from '../../metrics/rows.js';
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

/** Latest period end a document reports: newer releases first. */
export function docRecency(doc: Document): string {
  let best = '';
  for (const st of doc.statements) for (const c of st.columns) if (c.period && c.period.end > best) best = c.period.end;
  return best;
}

/** Rows of these documents that match the phrase, best first; among equals, newer documents first. */
export function rowCandidates(phrase: string, docs: Document[], trace: string[]): RowRef[] {
  const out: RowRef[] = [];
  const ordered = [...docs].sort((a, b) => docRecency(b).localeCompare(docRecency(a)));
  for (const doc of ordered) {
    for (const c of matchRows(phrase, doc)) {
      if (c.score >= FLOOR) out.push({ doc, s: c.statement, r: c.row, score: c.score, metricId: c.metricId, reason: c.reason });
    }
  }
  out.sort((a, b) => b.score - a.score);
  for (const c of out.slice(0, 3)) {
    trace.push(`row: ${c.doc.document}:${c.doc.statements[c.s].rows[c.r].line} "${rowName(c)}" score ${c.score.toFixed(2)} (${c.reason})`);
  }
  return out;
}

export function rowName(c: RowRef): string {
  return c.doc.statements[c.s].rows[c.r].path.join(' › ');
}

export function rowNature(c: RowRef): 'balance' | 'flow' {
  return natureOf(c.doc.statements[c.s]);
}

/** Same line item: same section path, label compared loosely. */
export function sameItem(a: RowRef, b: RowRef): boolean {
  const key = (c: RowRef) => rowName(c).toLowerCase().replace(/\(see notes?\)|[^a-z0-9›]+/g, '');
  return key(a) === key(b) && rowNature(a) === rowNature(b);
}
