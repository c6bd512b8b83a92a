// Figure tokens of a table line: "$ 1,200", "(716)", "54.8%", "$.81", "--".
import { plainDigits } from './decimal-text.js';

/** One figure cell as printed, with its character span (end exclusive). */
export interface Cell {
  start: number;
  end: number;
  raw: string;
}

/** A line split into its label and its trailing figure cells. */
export interface SplitLine {
  indent: number;
  label: string;
  labelEnd: number;
  cells: Cell[];
}

/** A figure's value before scaling. */
export interface Figure {
  value: string;
  percent: boolean;
}

// "1,234", "(1,234)", "$1,234", "$(0.03)", ".81", "-4.1%", "106.2%": a number with optional $, parens, sign, %.
const NUMBER = /^\$?\(?\$?[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?%?\)?%?$/;
// "-", "--", "---", "—", "–": printed zero.
const DASH = /^(?:-{1,3}|—|–)$/;

// "n/a", "NM", "N.M.": a cell that holds no figure (read as empty).
const NOT_MEANINGFUL = /^(?:n\/?a|nm|n\.m\.|n\/m)$/i;
// "(a)", "*", "**": footnote marks after a figure, skipped.
const MARK = /^(?:\([a-z]\)|\*{1,3})$/;

function isFigureWord(w: string): boolean {
  if (NOT_MEANINGFUL.test(w)) return true;
  if (DASH.test(w)) return true;
  if (!/\d/.test(w)) return false;
  if (!NUMBER.test(w)) return false;
  const open = w.includes('(');
  const close = w.includes(')');
  return open === close;
}

interface Word {
  start: number;
  end: number;
  text: string;
}

function words(line: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    while (i < n && line[i] === ' ') i++;
    if (i >= n) break;
    const s = i;
    while (i < n && line[i] !== ' ') i++;
    out.push({ start: s, end: i, text: line.slice(s, i) });
  }
  return out;
}

/** Splits "Product   $ 52,171   $ 51,627" into label "Product" and two cells. Linear in the line length. */
export function splitLine(line: string): SplitLine {
  const ws = words(line);
  const indent = ws.length ? ws[0].start : 0;
  let k = ws.length;
  const rev: Cell[] = [];
  while (k > 0) {
    const w = ws[k - 1];
    if (MARK.test(w.text) && k > 1 && isFigureWord(ws[k - 2].text)) {
      k--;
      continue;
    }
    // "54.8 %": a percent sign standing apart joins its number
    if (w.text === '%' && k > 1 && NUMBER.test(ws[k - 2].text) && /\d/.test(ws[k - 2].text)) {
      rev.push({ start: ws[k - 2].start, end: w.end, raw: ws[k - 2].text + '%' });
      k -= 2;
      continue;
    }
    // "2003*", "1,250**", "40,118(a)", "512(2)": a footnote mark printed onto the figure is skipped
    const marked = /^(.*\d\)?)(?:\*{1,3}|†|\([a-z]\)|\(\d\))$/i.exec(w.text);
    if (marked && isFigureWord(marked[1])) {
      rev.push({ start: w.start, end: w.start + marked[1].length, raw: marked[1] });
      k -= 1;
      continue;
    }
    if (isFigureWord(w.text)) {
      // "$ 1,200" / "$   --": a lone dollar sign joins the figure after it.
      const prev = ws[k - 2];
      if (prev && prev.text === '$') {
        rev.push({ start: prev.start, end: w.end, raw: '$' + w.text });
        k -= 2;
      } else {
        rev.push({ start: w.start, end: w.end, raw: w.text });
        k -= 1;
      }
      continue;
    }
    break;
  }
  let cells = rev.reverse();
  // A figure separated from the label by a single space belongs to the label ("in 1996", "28, 1997").
  let first = 0;
  while (k > 0 && first < cells.length && cells[first].start - ws[k - 1].end < 2) {
    const c = cells[first++];
    while (k < ws.length && ws[k].end <= c.end) k++;
  }
  if (first > 0) cells = cells.slice(first);
  const labelWords = ws.slice(0, k);
  const label = labelWords.map((w) => w.text).join(' ');
  const labelEnd = labelWords.length ? labelWords[labelWords.length - 1].end : 0;
  return { indent, label, labelEnd, cells };
}

/** Reads a printed figure: "(1,234)" -> "-1234", "--" -> "0", "54.8%" -> percent "54.8". Null when not a figure. */
export function parseFigure(raw: string): Figure | null {
  const t = raw.replace(/\$/g, '').trim();
  if (DASH.test(t)) return { value: '0', percent: false };
  if (NOT_MEANINGFUL.test(t)) return null;
  if (!/\d/.test(t)) return null;
  const percent = t.includes('%');
  let body = t.replace('%', '');
  let negative = false;
  if (body.startsWith('(') && body.endsWith(')')) {
    negative = true;
    body = body.slice(1, -1);
  }
  if (body.startsWith('-')) {
    negative = !negative;
    body = body.slice(1);
  } else if (body.startsWith('+')) body = body.slice(1);
  body = body.replace(/,/g, '');
  if (!/^\d*(\.\d+)?$/.test(body) || body === '') return null;
  const value = plainDigits(body);
  return { value: negative && value !== '0' ? `-${value}` : value, percent };
}
