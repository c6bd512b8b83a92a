// Bristol-Myers-style tables: capitalised titles, a header spanning its columns over a `----` rule,
// year lines with per-column rules, `----` before totals and `====` after grand totals, page numbers.
import { monthDay } from '../calendar.js';
import type { Company } from '../companies.js';
import { datesDiffer, groupCols, groupSpan, renderLines, TextLine, widestFigure, type RowStyle } from '../render.js';
import type { Table } from '../tables.js';

const LABEL = 50;

function header(t: Table, rights: number[], COL: number): string[] {
  const groups = groupCols(t.cols);
  const span = new TextLine();
  const date = new TextLine();
  const rule = new TextLine();
  const years = new TextLine();
  const under = new TextLine();
  for (const g of groups) {
    const left = rights[g[0]!]! - COL + 3;
    const right = rights[g[g.length - 1]!]! + 1;
    const mid = Math.floor((left + right) / 2);
    const c = t.cols[g[0]!]!;
    const perColumnDates = c.months === 0 || datesDiffer(g.map((i) => t.cols[i]!));
    if (c.months !== 0) {
      span.center(mid, groupSpan(g.map((i) => t.cols[i]!), false).replace(/\b\w/g, (ch) => ch.toUpperCase()));
      if (!perColumnDates) date.center(mid, monthDay(c.end));
      rule.put(left, '-'.repeat(right - left));
    }
    for (const i of g) {
      if (perColumnDates) date.right(rights[i]! + 1, monthDay(t.cols[i]!.end));
      years.right(rights[i]!, String(t.cols[i]!.end.y));
      under.right(rights[i]! + 1, '-'.repeat(COL - 3));
    }
  }
  return [span.toString(), date.toString(), rule.toString(), years.toString(), under.toString()].filter((l, k) => l || k > 2);
}

/** Renders one table the Bristol-Myers way, followed by a page number. */
export function renderRuled(c: Company, t: Table, page: number): string[] {
  const COL = Math.max(14, widestFigure(t.lines, '-') + 4);
  const rights = t.cols.map((_, i) => LABEL + COL * (i + 1) - 2);
  const style: RowStyle = { labelWidth: LABEL, rights, colWidth: COL, zero: '-', dollar: 'tight', rules: true, wrapIndent: 2 };
  const units = `(Unaudited, ${t.units.replace(/^in (\w+)/, 'in $1 of dollars')})`;
  return [
    new TextLine().center(40, c.name.toUpperCase()).toString(),
    new TextLine().center(40, t.title.toUpperCase()).toString(),
    new TextLine().center(40, units).toString(),
    '', '',
    ...header(t, rights, COL),
    '',
    ...renderLines(t.lines, style, (l) => l.values),
    '', '',
    new TextLine().center(40, `-${page}-`).toString(),
    '',
    '<PAGE>',
    '',
  ];
}
