// Southern-style tables: EDGAR <TABLE>/<CAPTION>/<S>/<C> markup, "3 Months Ended December" spanning
// two year columns and a Change column, `----` rules, money in millions or thousands, `-` for zero.
import { monthDay } from '../calendar.js';
import type { Company } from '../companies.js';
import { datesDiffer, groupCols, groupSpan, monthName, renderLines, TextLine, widestFigure, type RowStyle } from '../render.js';
import type { Fig, Table } from '../tables.js';

const LABEL = 38;

/** Column plan: each period column, and after each pair of flow periods a change column (first - second). */
function plan(t: Table): { cols: (number | [number, number])[]; groups: number[][] } {
  const cols: (number | [number, number])[] = [];
  const groups: number[][] = [];
  for (const g of groupCols(t.cols)) {
    const start = cols.length;
    g.forEach((i) => cols.push(i));
    if (t.kind !== 'balance' && g.length === 2) cols.push([g[0]!, g[1]!]);
    groups.push(cols.map((_, k) => k).slice(start));
  }
  return { cols, groups };
}

const diff = (a: Fig | null, b: Fig | null): Fig | null => (a && b ? { n: a.n - b.n, dp: a.dp, pct: a.pct } : null);

/** Renders one table as an EDGAR exhibit. */
export function renderEdgar(c: Company, t: Table, exhibit: number): string[] {
  const { cols, groups } = plan(t);
  const COL = Math.max(14, widestFigure(t.lines, '-') + 4);
  const rights = cols.map((_, k) => LABEL + COL * (k + 1) + 4 * groups.findIndex((g) => g.includes(k)));
  const style: RowStyle = { labelWidth: LABEL, rights, colWidth: COL, zero: '-', dollar: 'fixed', rules: true, wrapIndent: 2 };
  const span = new TextLine();
  const rule = new TextLine();
  const dates = new TextLine();
  const years = new TextLine();
  const under = new TextLine();
  const marks = new TextLine().put(0, '<S>');
  for (const g of groups) {
    const left = rights[g[0]!]! - COL + 2;
    const right = rights[g[g.length - 1]!]! + 1;
    const first = t.cols[cols[g[0]!] as number]!;
    // "3 Months Ended December" over a quarter pair; "13 Weeks Ended" with each column's date below it.
    const periods = g.map((k) => cols[k]).filter((c): c is number => typeof c === 'number').map((i) => t.cols[i]!);
    const perColumnDates = first.months === 0 || datesDiffer(periods);
    if (first.months !== 0) {
      span.center(Math.floor((left + right) / 2), perColumnDates ? groupSpan(periods, true) : `${groupSpan(periods, true)} ${monthName(first.end)}`);
      rule.put(left, '-'.repeat(right - left));
    }
    for (const k of g) {
      const col = cols[k]!;
      if (typeof col === 'number') {
        if (perColumnDates) dates.right(rights[k]! + 1, monthDay(t.cols[col]!.end));
        years.right(rights[k]!, String(t.cols[col]!.end.y));
      } else years.right(rights[k]!, 'Change');
      under.right(rights[k]!, '----');
      marks.put(rights[k]! - COL + 3, '<C>');
    }
  }
  const scaleWords = t.units.startsWith('in thousands') ? 'Thousands' : 'Millions';
  const units = `(In ${scaleWords} of Dollars${t.kind === 'income' ? ' Except Earnings Per Share' : ''})`;
  return [
    new TextLine().put(67, `Exhibit 99.0${exhibit}`).toString(),
    new TextLine().center(40, c.name).toString(),
    new TextLine().center(40, t.title.replace('Condensed Consolidated ', '')).toString(),
    new TextLine().center(40, units).toString(),
    '', '',
    '<TABLE>',
    '<CAPTION>',
    '',
    ...[span.toString(), rule.toString(), dates.toString()].filter(Boolean), years.toString(), under.toString(),
    '',
    marks.toString(),
    ...renderLines(t.lines, style, (l) => cols.map((col) => (typeof col === 'number' ? l.values[col]! : diff(l.values[col[0]]!, l.values[col[1]]!)))),
    '',
    '</TABLE>',
    '', '', '', '',
  ];
}
