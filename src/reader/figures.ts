// Figure tokens of a table line: "$ 1,200", "(716)", "54.8%", "$.81", "--".
import { currencyWord, dollarSigned } from './currency.js';
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
// ("−7.9", "–421.8": a minus sign (U+2212) or an en dash before the digits is a sign, as a hyphen is;
// "12\u2009345": grouped by a thin space, see space-grouped.ts.)
const NUMBER = /^\$?\(?\$?[-+\u2212\u2013]?(?:\d{1,3}(?:[,\u2009]\d{3})+|\d+)?(?:\.\d+)?%?\)?%?$/;
// "-", "--", "---", "—", "–", "−": printed zero ("—%": with the column's percent sign glued to it).
const DASH = /^(?:-{1,3}|—|–|\u2212)%?$/;

// "1,234-", "$2,345.6-": a minus printed after the figure (grouped or with decimals, never a bare "1-").
const TRAILING_MINUS = /^\$?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)-$/;
// "n/a", "NM", "N.M.": a cell that holds no figure (read as empty).
const NOT_MEANINGFUL = /^(?:n\/?a|nm|n\.m\.|n\/m)$/i;
// "(a)", "*", "**": footnote marks after a figure, skipped.
const MARK = /^(?:\([a-z]\)|\*{1,3})$/;

function isFigureWord(word: string): boolean {
  const w = /[€£¥$]/.test(word) ? dollarSigned(word) : word;
  // "n/a" and dashes hold no digit ("$---": a dash under a column of dollar figures); a number does
  if (!/\d/.test(w)) return NOT_MEANINGFUL.test(w) || DASH.test(w.startsWith('$') ? w.slice(1) : w);
  if (!NUMBER.test(w)) return TRAILING_MINUS.test(w);
  const open = w.includes('(');
  const close = w.includes(')');
  return open === close;
}

interface Word {
  start: number;
  end: number;
  text: string;
}

// The words of a line (runs of characters other than a space) read from the right, one at a time:
// a prose line is done after its last word, not split whole.
class WordsFromRight {
  private readonly found: Word[] = [];
  private pos: number;

  constructor(private readonly line: string) {
    this.pos = line.length;
  }

  /** The i-th word counted from the right (0 is the last), or undefined. */
  at(i: number): Word | undefined {
    const line = this.line;
    while (this.found.length <= i && this.pos > 0) {
      let e = this.pos;
      while (e > 0 && line.charCodeAt(e - 1) === 32) e--;
      if (e === 0) {
        this.pos = 0;
        break;
      }
      let s = e;
      while (s > 0 && line.charCodeAt(s - 1) !== 32) s--;
      this.found.push({ start: s, end: e, text: line.slice(s, e) });
      this.pos = s;
    }
    return this.found[i];
  }
}

const NO_CELLS: readonly Cell[] = Object.freeze([]);

// The last characters a figure, a dash, "n/a", "NM", a lone "%", "pp", "pts", "bps" or a footnote mark can end with.
const FIGURE_END = /[\d%)*aAmMpPsS.\-—–\u2212\u00b9\u00b2\u00b3\u2070-\u2079†]/;
// "pp", "ppt", "pts": percentage points after a number.
// ("0.7 pts": points as a margin's change prints them too.)
const POINTS = /^(?:pp|ppt|pts)$/i;
const POINTS_GLUED = /^([-+(]?[\d.,]+\)?)(?:pp|ppt|pts)$/i;
// "bps", "bp": basis points after a number (a margin's change: "100 bps" is 1.0 point); "+120bps" glued.
const BASIS_POINTS = /^(?:bps?|bp\.)$/i;
const BASIS_POINTS_GLUED = /^([-+(]?[\d.,]+\)?)(?:bps?)$/i;

// "(50)" basis points -> "(0.5)%" percentage points: the point moves two places left, exactly.
function basisPointsAsPoints(text: string): string {
  const open = text.startsWith('(');
  const sign = /^[-+]/.test(text) ? text[0] : '';
  const body = text.replace(/[()+\-,]/g, '');
  const dot = body.indexOf('.');
  const int = (dot < 0 ? body : body.slice(0, dot)).padStart(3, '0');
  const frac = dot < 0 ? '' : body.slice(dot + 1);
  const moved = `${int.slice(0, -2)}.${int.slice(-2)}${frac}`.replace(/\.?0+$/, '') || '0';
  const points = sign === '-' ? `-${moved}` : moved;
  return open ? `(${points})%` : `${points}%`;
}

// The label's words joined by single spaces.
const collapse = (text: string): string => (text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text);

// "... for the quarter was as follows.", "Total assets": a last word without a digit that is neither a dash,
// "n/a", a footnote mark nor a unit of points: no figure can be taken from the right, the line is all label.
function endsInWord(line: string, end: number): boolean {
  const last = line.slice(line.lastIndexOf(' ', end - 1) + 1, end);
  if (/\d/.test(last)) return false;
  const bare = last.startsWith('$') ? last.slice(1) : last;
  return !(NOT_MEANINGFUL.test(last) || DASH.test(bare) || MARK.test(last) || last === '%' || POINTS.test(last) || BASIS_POINTS.test(last) || /[€£¥$]/.test(last));
}

// "$ 1,200": the cell opens with a "$" standing apart.
function dollarApart(line: string, c: Cell): boolean {
  return line.charCodeAt(c.start) === 36 && line.charCodeAt(c.start + 1) === 32;
}

/** Splits "Product   $ 52,171   $ 51,627" into label "Product" and two cells. Linear in the line length. */
export function splitLine(line: string): SplitLine {
  const n = line.length;
  let indent = 0;
  while (indent < n && line.charCodeAt(indent) === 32) indent++;
  if (indent === n) return { indent: 0, label: '', labelEnd: 0, cells: NO_CELLS as Cell[] };
  let end = n;
  while (line.charCodeAt(end - 1) === 32) end--;
  // a line that cannot end in a figure ("Revenue:", most prose) is all label
  if (!FIGURE_END.test(line[end - 1]!) || endsInWord(line, end)) return { indent, label: collapse(line.slice(indent, end)), labelEnd: end, cells: NO_CELLS as Cell[] };
  const ws = new WordsFromRight(line);
  // j: words taken from the right as figures (or marks)
  let j = 0;
  const rev: Cell[] = [];
  for (let w = ws.at(0); w; w = ws.at(j)) {
    const prev = ws.at(j + 1);
    if (prev && MARK.test(w.text) && isFigureWord(prev.text)) {
      j++;
      continue;
    }
    // "54.8 %": a percent sign standing apart joins its number; "1.3 pp" (percentage points, a margin's change) too
    if (prev && (w.text === '%' || POINTS.test(w.text)) && NUMBER.test(prev.text) && /\d/.test(prev.text) && !prev.text.includes('%')) {
      rev.push({ start: prev.start, end: w.end, raw: prev.text + '%' });
      j += 2;
      continue;
    }
    // "— %": a dash (zero) with the column's percent sign standing apart
    if (prev && w.text === '%' && DASH.test(prev.text)) {
      rev.push({ start: prev.start, end: w.end, raw: prev.text });
      j += 2;
      continue;
    }
    // "100 bps", "(25) bp": basis points standing apart, read as percentage points
    if (prev && BASIS_POINTS.test(w.text) && NUMBER.test(prev.text) && /\d/.test(prev.text) && !/[%$]/.test(prev.text)) {
      rev.push({ start: prev.start, end: w.end, raw: basisPointsAsPoints(prev.text) });
      j += 2;
      continue;
    }
    const gluedBps = BASIS_POINTS_GLUED.exec(w.text);
    if (gluedBps && isFigureWord(gluedBps[1]!) && !/[%$]/.test(gluedBps[1]!)) {
      rev.push({ start: w.start, end: w.end, raw: basisPointsAsPoints(gluedBps[1]!) });
      j += 1;
      continue;
    }
    // "-2.2pp": the points glued to the number
    const glued = POINTS_GLUED.exec(w.text);
    if (glued && isFigureWord(glued[1]!) && !glued[1]!.includes('%')) {
      rev.push({ start: w.start, end: w.end, raw: glued[1] + '%' });
      j += 1;
      continue;
    }
    // "2003*", "1,250**", "40,118(a)", "512(2)": a footnote mark printed onto the figure is skipped
    // ("24,194¹": a superscript digit too)
    const marked = /^(.*\d\)?)(?:\*{1,3}|†|\([a-z]\)|\(\d\)|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,2})$/i.exec(w.text);
    if (marked && isFigureWord(marked[1])) {
      rev.push({ start: w.start, end: w.start + marked[1].length, raw: marked[1] });
      j += 1;
      continue;
    }
    if (isFigureWord(w.text)) {
      // "$ 1,200" / "$   --" / "EUR 45,210" / "€ 3.1": a lone currency sign joins the figure after it.
      // (a currency code far from the figure ends the label: "Earnings per share, SEK        2.54")
      if (prev && (prev.text === '$' || (currencyWord(prev.text) && w.start - prev.end <= 3))) {
        rev.push({ start: prev.start, end: w.end, raw: prev.text === '$' ? '$' + w.text : `${prev.text} ${w.text}` });
        j += 2;
      } else {
        rev.push({ start: w.start, end: w.end, raw: w.text });
        j += 1;
      }
      continue;
    }
    break;
  }
  let cells = rev.reverse();
  // A figure separated from the label by a single space belongs to the label ("in 1996", "28, 1997"), unless a
  // "$" standing apart opens it: a long label runs up to its first figure ("... shareholders' equity $ 1,642,000").
  let first = 0;
  let last = ws.at(j);
  while (last && first < cells.length && cells[first].start - last.end < 2 && !dollarApart(line, cells[first])) {
    const c = cells[first++];
    while (j > 0 && ws.at(j - 1)!.end <= c.end) j--;
    last = ws.at(j);
  }
  if (first > 0) cells = cells.slice(first);
  const labelEnd = last ? last.end : 0;
  return { indent, label: last ? collapse(line.slice(indent, labelEnd)) : '', labelEnd, cells };
}

/** Reads a printed figure: "(1,234)" -> "-1234", "--" -> "0", "54.8%" -> percent "54.8". Null when not a figure. */
export function parseFigure(raw: string): Figure | null {
  // "EUR 45,210", "€(3.1)", "C$1,200": the currency is the table's business, the number is read alone
  const bare = /[A-Za-z€£¥]/.test(raw) ? dollarSigned(raw.replace(/^\s*(?:[A-Z]{3}|Rs\.?|CDN\$)\s+/, '')) : raw;
  const t = (bare.includes('$') ? bare.replace(/\$/g, '') : bare).trim();
  // dashes and "n/a" hold no digit
  if (!/\d/.test(t)) return DASH.test(t) ? { value: '0', percent: t.endsWith('%') } : null;
  const percent = t.includes('%');
  let body = percent ? t.replace('%', '') : t;
  let negative = false;
  if (TRAILING_MINUS.test(body)) {
    negative = true;
    body = body.slice(0, -1);
  }
  if (body.startsWith('(') && body.endsWith(')')) {
    negative = true;
    body = body.slice(1, -1);
  }
  // "-7.9", "−7.9" (U+2212), "–421.8" (an en dash): a minus
  if (body.startsWith('-') || body.startsWith('\u2212') || body.startsWith('\u2013')) {
    negative = !negative;
    body = body.slice(1);
  } else if (body.startsWith('+')) body = body.slice(1);
  if (body.includes(',') || body.includes('\u2009')) body = body.replace(/[,\u2009]/g, '');
  if (!/^\d*(\.\d+)?$/.test(body) || body === '') return null;
  const value = plainDigits(body);
  return { value: negative && value !== '0' ? `-${value}` : value, percent };
}
