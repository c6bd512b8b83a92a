// A table that prints each period's amount and its amount per share side by side: "2025" over "Amount   Per Share"
// (a REIT's reconciliation of net income to FFO: "FFO attributable to common stockholders  92,805  0.76"). One row
// holds two measures: the amount in the table's scale, and dollars per share as printed. The amount columns keep
// the period; the per-share columns become a table of their own whose rows are per-share figures.
import type { Column, Row, Statement } from '../core/store.js';
import type { ReadTable } from './statement.js';

// "Per Share", "Per Diluted Share", "Per Share and Unit", "Per Common Share", "Per unit": a column of per-share amounts
const PER_SHARE = /\bper\s+(?:(?:diluted|basic|common|weighted)\s+)*(?:share|unit)s?\b/i;
// a row label that already names a per-share figure
const PER_SHARE_LABEL = /\bper\b.*\b(?:share|unit)s?\b|\beps\b/i;
// "... attributable to common stockholders and unitholders", "... available to common shareholders": whose the
// amount is; a per-share figure is per share of those owners, so the name of the per-share line drops it
const OWNERS = /\s*,?\s+(?:attributable|available|allocable|applicable)\s+to\b.*$/i;
// an ISO currency code: the unit of a money row
const CURRENCY = /^[A-Z]{3}$/;

/** Whether a column heading names per-share amounts ("Three Months Ended September 30, 2025 Per Share"). */
export const isPerShareColumn = (label: string): boolean => PER_SHARE.test(label);

const samePeriod = (a: Column['period'], b: Column['period']): boolean => a !== null && b !== null && a.type === b.type && a.start === b.start && a.end === b.end;

/**
 * Splits the per-share columns off each table that prints them beside amount columns of the same periods: in the
 * table they lose their period; returned is a table of them (to stand right after the one they come from) whose rows
 * are named "... per share", in dollars per share as printed.
 */
export function perShareColumns(tables: ReadTable[], trace?: string[]): Map<Statement, Statement> {
  const out = new Map<Statement, Statement>();
  for (const t of tables) {
    const s = t.statement;
    const pairs = s.columns
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.kind === 'period' && c.period !== null && isPerShareColumn(c.label))
      .filter(({ c }) => s.columns.some((o) => o !== c && o.kind === 'period' && !isPerShareColumn(o.label) && samePeriod(o.period, c.period)));
    if (pairs.length === 0) continue;
    const rows: Row[] = [];
    t.drafts.forEach((d, r) => {
      const row = s.rows[r];
      if (!row) return;
      const figures = pairs.map(({ i }) => d.figures[i] ?? null);
      if (figures.every((f) => f === null) || figures.some((f) => f?.percent)) return;
      const unit = row.unit.endsWith('/share') ? row.unit : CURRENCY.test(row.unit) ? `${row.unit}/share` : null;
      if (!unit) return;
      const label = PER_SHARE_LABEL.test(row.label) ? row.label : `${row.label.replace(OWNERS, '')} per share`;
      rows.push({ ...row, label, path: [...row.path.slice(0, -1), label], unit, values: figures.map((f) => f?.value ?? null) });
    });
    const columns: Column[] = pairs.map(({ c }) => ({ ...c }));
    for (const { i } of pairs) s.columns[i] = { ...s.columns[i]!, kind: 'other', period: null };
    trace?.push(`reader.per-share-columns: line ${s.line} "${s.title}": ${pairs.length} per-share column(s) beside amounts, a table of their own`);
    if (rows.length > 0) out.set(s, { ...s, title: `${s.title} (per share)`, columns, rows });
  }
  return out;
}
