// Text rendering shared by the layouts: figures, fixed-width lines, wrapped labels, column rows.
import { MONTHS, type Day } from './calendar.js';
import type { Fig, PeriodCol, TLine } from './tables.js';

/** How a layout prints its rows. */
export interface RowStyle {
  /** Column where the figures area starts (labels stay left of it). */
  labelWidth: number;
  /** Right edge (exclusive) of each column's digits. */
  rights: number[];
  colWidth: number;
  /** Printed for a zero: "--" (Sonus), "-" (Apple, Southern). */
  zero: string;
  /** `$` at a fixed place in the cell, right before the figure, or never. */
  dollar: 'fixed' | 'tight' | 'none';
  /** Dash rules before totals and double rules after grand totals. */
  rules: boolean;
  /** Extra indent of a wrapped label's continuation lines. */
  wrapIndent: number;
}

/** 1234567 -> "1,234,567". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** { n: -697, dp: 2 } -> "(6.97)"; zero -> the layout's dash; { n: 548, dp: 1, pct } -> "54.8%". */
export function formatFig(f: Fig | null, zero: string): string {
  if (f === null) return '';
  if (f.n === 0 && !f.pct) return zero;
  const abs = String(Math.abs(f.n)).padStart(f.dp + 1, '0');
  const int = abs.slice(0, abs.length - f.dp);
  const body = groupThousands(int) + (f.dp ? `.${abs.slice(abs.length - f.dp)}` : '') + (f.pct ? '%' : '');
  return f.n < 0 ? `(${body})` : body;
}

/** A line being assembled at fixed columns. */
export class TextLine {
  private chars: string[] = [];
  put(pos: number, text: string): this {
    while (this.chars.length < pos) this.chars.push(' ');
    for (let i = 0; i < text.length; i++) this.chars[pos + i] = text[i]!;
    return this;
  }
  /** Places text so that it ends at `right` (exclusive). */
  right(right: number, text: string): this {
    return this.put(Math.max(0, right - text.length), text);
  }
  center(center: number, text: string): this {
    return this.put(Math.max(0, center - Math.floor(text.length / 2)), text);
  }
  toString(): string {
    return this.chars.join('').trimEnd();
  }
}

/** Splits a label into lines no wider than `width`. */
export function wrapWords(label: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of label.split(' ')) {
    if (cur && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  out.push(cur);
  return out;
}

/** Puts one figure in its column: digits end at `right`; a closing parenthesis or % hangs one past it. */
function putFigure(line: TextLine, s: RowStyle, i: number, text: string, dollar: boolean): void {
  if (!text) return;
  const hang = /[)%]$/.test(text) ? 1 : 0;
  const end = s.rights[i]! + hang;
  if (dollar && s.dollar === 'tight') {
    line.right(end, `$${text}`);
    return;
  }
  line.right(end, text);
  if (dollar && s.dollar === 'fixed') line.put(Math.min(s.rights[i]! - s.colWidth + 3, end - text.length - 1), '$');
}

function ruleLine(s: RowStyle, ch: string): string {
  const line = new TextLine();
  for (const r of s.rights) line.right(r + 1, ch.repeat(Math.max(3, s.colWidth - 5)));
  return line.toString();
}

/** Renders the rows of a table; `values` of each row line up with `s.rights`. */
export function renderLines(lines: TLine[], s: RowStyle, valuesOf: (l: Extract<TLine, { type: 'row' }>) => (Fig | null)[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (l.type === 'blank') {
      out.push('');
      continue;
    }
    const width = Math.max(12, s.labelWidth - 2 - l.indent);
    const parts = l.label ? wrapWords(l.label, width) : [''];
    if (l.type === 'section') {
      parts.forEach((p, k) => out.push(new TextLine().put(l.indent + (k ? s.wrapIndent : 0), p).toString()));
      continue;
    }
    if (s.rules && l.total) out.push(ruleLine(s, '-'));
    parts.slice(0, -1).forEach((p, k) => out.push(new TextLine().put(l.indent + (k ? s.wrapIndent : 0), p).toString()));
    const last = new TextLine().put(l.indent + (parts.length > 1 ? s.wrapIndent : 0), parts[parts.length - 1]!);
    valuesOf(l).forEach((v, i) => putFigure(last, s, i, formatFig(v, s.zero), Boolean(l.dollar || l.total === 'grand')));
    out.push(last.toString());
    if (s.rules && l.total === 'grand') out.push(ruleLine(s, '='));
  }
  return out;
}

const WEEK_WORDS: Record<number, string> = {
  13: 'Thirteen', 14: 'Fourteen', 26: 'Twenty-six', 27: 'Twenty-seven', 39: 'Thirty-nine', 40: 'Forty',
  52: 'Fifty-two', 53: 'Fifty-three',
};
const MONTH_WORDS: Record<number, string> = { 3: 'Three', 6: 'Six', 9: 'Nine', 12: 'Twelve' };

/** "Three months ended", "Thirteen weeks ended", "3 Months Ended", "13 Weeks Ended". */
export function spanWords(c: PeriodCol, numeric: boolean): string {
  if (c.weeks !== null) return numeric ? `${c.weeks} Weeks Ended` : `${WEEK_WORDS[c.weeks] ?? c.weeks} weeks ended`;
  return numeric ? `${c.months} Months Ended` : `${MONTH_WORDS[c.months]} months ended`;
}

/** The words over a group of columns: weeks only when every column has the same number of weeks. */
export function groupSpan(cols: PeriodCol[], numeric: boolean): string {
  const sameWeeks = cols.every((c) => c.weeks === cols[0]!.weeks);
  return spanWords(sameWeeks ? cols[0]! : { ...cols[0]!, weeks: null }, numeric);
}

/** True when the columns of a group end on different days of the month (52/53-week years). */
export const datesDiffer = (cols: PeriodCol[]): boolean => cols.some((c) => c.end.d !== cols[0]!.end.d);

/** "June" for a day. */
export const monthName = (d: Day): string => MONTHS[d.m - 1]!;

/** Groups consecutive columns covering the same length of time (e.g. two quarters, then two six-month spans). */
export function groupCols(cols: PeriodCol[]): number[][] {
  const groups: number[][] = [];
  cols.forEach((c, i) => {
    const g = groups[groups.length - 1];
    const prev = g ? cols[g[g.length - 1]!]! : null;
    if (g && prev && c.months !== 0 && prev.months === c.months && prev.end.m === c.end.m) g.push(i);
    else groups.push([i]);
  });
  return groups;
}

/** Width of the widest figure in a table, so a layout can widen its columns for big numbers. */
export function widestFigure(lines: TLine[], zero: string): number {
  let w = 0;
  for (const l of lines) if (l.type === 'row') for (const v of l.values) w = Math.max(w, formatFig(v, zero).length);
  return w;
}
