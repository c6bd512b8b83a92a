// Apple-style tables: capitalised titles, <TABLE> markup, "THREE MONTHS ENDED   SIX MONTHS ENDED" on one line,
// dates and years per column, narrow labels wrapped over several lines, unlabeled totals, tabs mixed with spaces.
import { monthDay } from '../calendar.js';
import type { Company } from '../companies.js';
import type { Rng } from '../random.js';
import { groupCols, groupSpan, renderLines, TextLine, widestFigure, type RowStyle } from '../render.js';
import type { Table } from '../tables.js';

const LABEL = 24;

/** Replaces some runs of spaces with tabs on 8-column stops; the text looks the same once tabs are expanded. */
export function tabify(line: string, r: Rng): string {
  let out = '';
  let col = 0;
  let i = 0;
  while (i < line.length) {
    const stop = (Math.floor(col / 8) + 1) * 8;
    const run = line.slice(i, i + (stop - col));
    if (stop - col > 1 && run.length === stop - col && /^ +$/.test(run) && r.chance(0.6)) {
      out += '\t';
      i += stop - col;
      col = stop;
    } else {
      out += line[i];
      i++;
      col++;
    }
  }
  return out;
}

/** Renders one table the Apple 10-Q way. */
export function renderTabbed(c: Company, t: Table, page: number, r: Rng): string[] {
  const groups = groupCols(t.cols);
  const COL = Math.max(12, widestFigure(t.lines, '---') + 3, ...t.cols.map((c) => monthDay(c.end).length + 2));
  const rights = t.cols.map((_, i) => LABEL + COL * (i + 1) + 3 * groups.findIndex((g) => g.includes(i)));
  const style: RowStyle = { labelWidth: LABEL, rights, colWidth: COL, zero: r.pick(['-', '--', '---']), dollar: 'tight', rules: false, wrapIndent: 1 };
  const span = new TextLine();
  const dates = new TextLine();
  const years = new TextLine();
  const marks = new TextLine().put(0, '<S>');
  for (const g of groups) {
    const c0 = t.cols[g[0]!]!;
    if (c0.months !== 0) span.center(Math.floor((rights[g[0]!]! - COL + rights[g[g.length - 1]!]!) / 2) + 2, groupSpan(g.map((i) => t.cols[i]!), false).toUpperCase());
    for (const i of g) {
      dates.right(rights[i]! + 1, monthDay(t.cols[i]!.end));
      years.right(rights[i]!, String(t.cols[i]!.end.y));
      marks.put(rights[i]! - COL + 4, '<C>');
    }
  }
  const units = `(${t.units.replace(/^in (\w+)/, (_, w: string) => `Dollars in ${w}`)})`;
  const title = t.title.replace('Condensed ', '').toUpperCase() + (t.kind === 'income' ? ' (Unaudited)' : '');
  const lines = [
    new TextLine().center(40, c.name.toUpperCase()).toString(),
    '',
    new TextLine().center(40, title).toString(),
    new TextLine().center(40, units).toString(),
    '',
    '<TABLE>',
    '<CAPTION>',
    span.toString(),
    '',
    dates.toString(),
    '',
    years.toString(),
    marks.toString(),
    ...renderLines(t.lines, style, (l) => l.values),
    '',
    '</TABLE>',
    new TextLine().put(0, '<PAGE>').put(38, String(page)).toString(),
    '',
  ];
  return lines.map((l) => (l.startsWith('<') ? l : tabify(l, r)));
}
