// Building answer items from chosen figures.
import type { AnswerItem, Citation } from '../answer.js';
import type { Document } from '../store.js';
import { metricName } from '../format/names.js';
import { exactValue } from '../format/numbers.js';
import { answerPeriod, type Figure } from './facts.js';
import type { Picked } from './pick.js';

/** Failed checks whose line falls inside the table a figure comes from. */
export function checkNotes(f: Figure): string[] {
  const first = f.statement.line;
  const last = f.statement.rows.length ? f.statement.rows[f.statement.rows.length - 1].line : first;
  return f.doc.checks.filter((c) => !c.ok && c.line >= first && c.line <= last).map((c) => `a check on this table failed: ${c.rule}${c.detail ? ` (${c.detail})` : ''}`);
}

export function companyOf(doc: Document): string | null {
  return doc.company;
}

/** A reported figure as an answer item, citing every place it is printed. */
export function valueItem(p: Picked): AnswerItem {
  const f = p.figure;
  const citations: Citation[] = [f.citation, ...p.also.map((a) => a.citation)];
  const item: AnswerItem = {
    company: companyOf(f.doc),
    metric: metricName(f.row),
    kind: 'value',
    period: answerPeriod(f.period, f.doc),
    value: f.value,
    unit: f.row.unit,
    citations,
  };
  const notes = checkNotes(f);
  if (p.restatedFrom) {
    item.restated = true;
    item.citations.push(p.restatedFrom.citation);
    notes.push(`restated: ${p.restatedFrom.doc.document} printed ${exactValue(p.restatedFrom.value, p.restatedFrom.row.unit)}`);
  }
  if (p.revisedBy) {
    item.citations.push(p.revisedBy.citation);
    notes.push(`as first reported; ${p.revisedBy.doc.document} later printed ${exactValue(p.revisedBy.value, p.revisedBy.row.unit)}`);
  }
  if (f.row.stated === 'text') {
    item.statedInText = true;
    notes.push('stated in the text of the release (a highlight), rounded as written there');
  }
  if (notes.length) item.notes = notes;
  return item;
}
