// Reading one figure out of the store: the column for a period, the value, and its citation.
import type { AnswerPeriod, Citation } from '../answer.js';
import type { Column, Document, Period, Row, Statement } from '../store.js';
import { fiscalCalendarOf, type FiscalCalendar } from '../../periods/match.js';
import { periodLabel, periodLongLabel } from '../../periods/label.js';

/** One reported figure with where it stands. */
export interface Figure {
  doc: Document;
  statement: Statement;
  row: Row;
  column: Column;
  col: number;
  period: Period;
  value: string;
  citation: Citation;
}

/** Whether a row holds balances (instants) or flows (periods). */
export function natureOf(statement: Statement): 'balance' | 'flow' {
  if (statement.kind === 'balance') return 'balance';
  const periods = statement.columns.filter((c) => c.kind === 'period' && c.period);
  if (periods.length && periods.every((c) => c.period!.type === 'instant')) return 'balance';
  return 'flow';
}

export function calendarOf(doc: Document): FiscalCalendar {
  return fiscalCalendarOf(doc.fiscalYearEnd);
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.type === b.type && a.end === b.end;
}

export function figureAt(doc: Document, s: number, r: number, col: number): Figure | null {
  const statement = doc.statements[s];
  const row = statement?.rows[r];
  const column = statement?.columns[col];
  if (!row || !column || column.kind !== 'period' || !column.period) return null;
  const value = row.values[col];
  if (value === null || value === undefined) return null;
  return {
    doc, statement, row, column, col, period: column.period, value,
    citation: { document: doc.document, line: row.line, statement: statement.title, row: row.path.join(' › '), column: column.label },
  };
}

/** Every figure a row holds, one per period column with a value. */
export function figuresOfRow(doc: Document, s: number, r: number): Figure[] {
  return figuresWhere(doc, s, r, () => true);
}

/** The figures of a row whose period passes `test`, in column order (only those are built). */
export function figuresWhere(doc: Document, s: number, r: number, test: (period: Period) => boolean): Figure[] {
  const out: Figure[] = [];
  const st = doc.statements[s];
  const row = st?.rows[r];
  if (!row) return out;
  st.columns.forEach((column, col) => {
    if (column.kind !== 'period' || !column.period || !test(column.period)) return;
    const f = figureAt(doc, s, r, col);
    if (f) out.push(f);
  });
  return out;
}

/** The figure of a row for exactly this period, if the row's statement has it. */
export function figureForPeriod(doc: Document, s: number, r: number, period: Period): Figure | null {
  return figuresWhere(doc, s, r, (p) => samePeriod(p, period))[0] ?? null;
}

export function answerPeriod(period: Period, doc: Document): AnswerPeriod {
  return { label: periodLabel(period, calendarOf(doc)), type: period.type, start: period.start, end: period.end, long: periodLongLabel(period) };
}

// A document's distinct periods of each nature (by type and end; the last column of a period wins).
const docPeriods = new WeakMap<Document, { balance: Map<string, Period>; flow: Map<string, Period> }>();

function periodsOfDoc(d: Document): { balance: Map<string, Period>; flow: Map<string, Period> } {
  let out = docPeriods.get(d);
  if (!out) {
    out = { balance: new Map(), flow: new Map() };
    for (const st of d.statements) {
      for (const c of st.columns) {
        if (c.kind !== 'period' || !c.period) continue;
        (c.period.type === 'instant' ? out.balance : out.flow).set(`${c.period.type}:${c.period.end}`, c.period);
      }
    }
    docPeriods.set(d, out);
  }
  return out;
}

/** Every distinct period a company's documents report, of one nature. */
export function periodsOf(docs: Document[], want: 'balance' | 'flow'): Period[] {
  if (docs.length === 1) return [...periodsOfDoc(docs[0]!)[want].values()];
  const seen = new Map<string, Period>();
  for (const d of docs) for (const [key, period] of periodsOfDoc(d)[want]) seen.set(key, period);
  return [...seen.values()];
}
