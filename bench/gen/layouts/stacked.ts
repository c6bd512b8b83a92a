// Sonus-style tables: centred titles, column headers stacked over four lines per column
// ("Three months / ended / June 30, / 2007"), `$` at a fixed place, `--` for zero, no rules.
import { monthDay } from '../calendar.js';
import type { Company } from '../companies.js';
import { datesDiffer, groupCols, renderLines, spanWords, TextLine, widestFigure, type RowStyle } from '../render.js';
import type { Table } from '../tables.js';

const LABEL = 41;

// "Twenty-seven weeks" wider than its column: one word a line, as the releases stack it, never run into the next.
function fitted(words: string, width: number): string[] {
  return words.length > width ? words.split(' ') : [words];
}

function header(t: Table, rights: number[]): string[] {
  const lines: string[] = [];
  const width = (rights.length > 1 ? rights[1]! - rights[0]! : 16) - 2;
  const groups = groupCols(t.cols);
  const span = t.cols[0]!.months !== 0 && groups.length === 1 && t.cols.length === 2 && t.kind === 'cash_flow' && !datesDiffer(t.cols);
  if (span) {
    // One header over both year columns: "Six months ended / June 30," then the years.
    const mid = Math.round((rights[0]! + rights[1]!) / 2) - 4;
    lines.push(new TextLine().center(mid, spanWords(t.cols[0]!, false).replace(/^./, (c) => c.toUpperCase())).toString());
    lines.push(new TextLine().center(mid, monthDay(t.cols[0]!.end)).toString());
    lines.push(t.cols.reduce((l, c, i) => l.right(rights[i]!, String(c.end.y)), new TextLine()).toString());
    return lines;
  }
  const stack = t.cols.map((c) => c.months === 0
    ? [monthDay(c.end), String(c.end.y)]
    : [...spanWords(c, false).replace(/ ended$/, '').split(/(?<=s) /).flatMap((w) => fitted(w, width)), 'ended', monthDay(c.end), String(c.end.y)]
      .map((w, k) => (k === 0 ? w.replace(/^./, (ch) => ch.toUpperCase()) : w)));
  const height = Math.max(...stack.map((s) => s.length));
  for (let k = 0; k < height; k++) {
    const line = new TextLine();
    stack.forEach((s, i) => {
      const word = s[k - (height - s.length)];
      if (word) line.center(rights[i]! - 5, word);
    });
    lines.push(line.toString());
  }
  return lines;
}

/** Renders one table the Sonus way. */
export function renderStacked(c: Company, t: Table): string[] {
  const COL = Math.max(16, widestFigure(t.lines, '--') + 5);
  const rights = t.cols.map((_, i) => LABEL + COL * (i + 1) - 3);
  const style: RowStyle = { labelWidth: LABEL, rights, colWidth: COL, zero: '--', dollar: 'fixed', rules: false, wrapIndent: 1 };
  const out = [
    '', '', '',
    new TextLine().center(40, c.name.toUpperCase()).toString(),
    new TextLine().center(40, t.title).toString(),
    new TextLine().center(40, `(${t.units})`).toString(),
    new TextLine().center(40, '(unaudited)').toString(),
    '', '',
    ...header(t, rights),
  ];
  if (t.kind === 'balance') out.push(new TextLine().put(15, 'Assets').toString());
  out.push(...renderLines(t.lines, style, (l) => l.values));
  return out;
}
