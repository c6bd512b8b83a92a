// Which table cell a prose sentence names, looked up in indexes built once per document (not a scan of every
// table per sentence, which made long documents quadratic).
import type { Row, Statement } from '../../core/store.js';

/** The one cell a sentence names: its row and value. */
export interface ProseCell {
  row: Row;
  value: string;
}

/** Answers, for a period type, month and row pattern, the latest year shown and the one cell named. */
export interface ProseCellIndex {
  /** Latest year in which any table shows a `type` period ending in `month` ("06"), or null. */
  latestYear(type: string, month: string): string | null;
  /** The first matching cell when every matching cell holds the same value; null when none or they differ. */
  cell(rowRe: RegExp, type: string, endMonth: string): ProseCell | null;
}

interface Column {
  statement: Statement;
  k: number;
}

// the company's own line: top level or under "Consolidated", not a subsidiary's or segment's
const ownLine = (r: Row): boolean => r.path.length === 1 || /consolidated/i.test(r.path[0]) || /^total\b/i.test(r.label);

/** Builds the indexes over a document's statements. Linear in the number of columns. */
export function proseCellIndex(statements: Statement[]): ProseCellIndex {
  // "quarter|06" -> latest end date among every statement's columns
  const latest = new Map<string, string>();
  // "quarter|2007-06" -> income and other statements' columns of that type ending in that month, in order
  const columns = new Map<string, Column[]>();
  for (const s of statements) {
    s.columns.forEach((c, k) => {
      if (!c.period) return;
      const key = `${c.period.type}|${c.period.end.slice(5, 7)}`;
      const best = latest.get(key);
      if (best === undefined || c.period.end > best) latest.set(key, c.period.end);
      if ((s.kind !== 'income' && s.kind !== 'other') || c.period.end.length < 7) return;
      const at = `${c.period.type}|${c.period.end.slice(0, 7)}`;
      const list = columns.get(at) ?? [];
      list.push({ statement: s, k });
      columns.set(at, list);
    });
  }
  const cells = new Map<RegExp, Map<string, ProseCell | null>>();
  return {
    latestYear: (type, month) => latest.get(`${type}|${month}`)?.slice(0, 4) ?? null,
    cell(rowRe, type, endMonth) {
      const memo = cells.get(rowRe) ?? new Map<string, ProseCell | null>();
      cells.set(rowRe, memo);
      const key = `${type}|${endMonth}`;
      if (!memo.has(key)) memo.set(key, findCell(columns.get(key) ?? [], rowRe));
      return memo.get(key)!;
    },
  };
}

function findCell(columns: Column[], rowRe: RegExp): ProseCell | null {
  let first: ProseCell | null = null;
  for (const { statement, k } of columns)
    for (const r of statement.rows) {
      const value = r.values[k];
      if (!rowRe.test(r.label) || r.unit !== 'USD' || value === null || !ownLine(r)) continue;
      if (first === null) first = { row: r, value };
      else if (first.value !== value) return null;
    }
  return first;
}
