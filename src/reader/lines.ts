// Classifies each line of a report: blank, markup, page number, rule, figures, year header, text.
import { splitLine, type SplitLine } from './figures.js';

export type LineKind = 'blank' | 'markup' | 'tableEnd' | 'page' | 'rule' | 'figures' | 'years' | 'text';

/** One classified line (number is 1-based). */
export interface Line {
  number: number;
  text: string;
  kind: LineKind;
  split: SplitLine;
  /** Whether the line reads as prose (tables.ts), once asked. */
  prose?: boolean;
}

// "<TABLE>", "<CAPTION>", "<S>  <C>  <C>", "<PAGE>   1": EDGAR markup.
const MARKUP = /^\s*<\/?(?:TABLE|CAPTION|S|C|PAGE|FN|F\d+|DOCUMENT|TYPE|SEQUENCE|FILENAME|DESCRIPTION|TEXT)>/i;
// "-2-", "- 3 -", "Page 4": page numbers between tables (tested on the trimmed line: no backtracking over indents).
const PAGE = /^(?:-\s*\d{1,3}\s*-|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?)$/i;
// "----------   ------", "=====": rules (only dashes, equals, underscores and spaces).
const RULE = /^[\s=_-]*$/;
// "2007   2006": a bare year, as in column headers.
const YEAR = /^(?:19|20)\d\d$/;
// Labels that may stand left of a header's years: units, "(unaudited)", period words, and the tail of a
// units line wrapped from the line above ("(millions, except earnings per" / "common share)   2004   2003").
// ("September 26, 1997 and September 27, 1996   1997   1996": the dates of a balance sheet's year columns.)
const YEAR_LABEL = /^\(|^[^()]*\)$|\b(?:thousands|millions|billions|dollars|fiscal|years?|quarters?|months|weeks|ended|ending|unaudited)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, ?(?:19|20)\d\d\b/i;

// "ASSETS      1997      1996": an upper-case section heading printed on the header's line of years,
// the years one apart (a row of figures that happen to look like years is not so regular).
function headingOverYears(split: SplitLine): boolean {
  if (split.cells.length < 2 || !/^[A-Z][A-Z '’&,-]*$/.test(split.label)) return false;
  const ys = split.cells.map((c) => Number(c.raw));
  return ys.every((y, i) => i === 0 || Math.abs(y - ys[i - 1]) === 1);
}

function classify(text: string, split: SplitLine): LineKind {
  const trimmed = text.trim();
  if (trimmed === '') return 'blank';
  // markup starts with "<", a rule with "-", "=" or "_" (the first character past the white space)
  const first = trimmed[0];
  if (first === '<' && /^\s*<\/TABLE>/i.test(text)) return 'tableEnd';
  if (first === '<' && MARKUP.test(text)) return 'markup';
  if (PAGE.test(trimmed)) return 'page';
  if ((first === '-' || first === '=' || first === '_') && RULE.test(text) && /[-=_]{3}/.test(text)) return 'rule';
  // a line needs one real figure ("n/a" alone is words)
  if (!split.cells.some((c) => /[\d\-—–\u2212]/.test(c.raw))) return 'text';
  // "2007   2006", "(In thousands)   2007   2006", "Fiscal Year   2007   2006": a header line of years
  if (split.cells.every((c) => YEAR.test(c.raw)) && (split.label === '' || YEAR_LABEL.test(split.label) || headingOverYears(split))) return 'years';
  return 'figures';
}

// "Three Months Ended Sept. 30,": a group of columns' duration, set in over the columns.
const DURATION_OVER = /^\s{10,}(?:for the )?[\w-]+ (?:months?|weeks?|quarters?) (?:ended|ending)\b/i;

/** Classifies every line. Linear in the text size. */
export function classifyLines(lines: string[]): Line[] {
  const out: Line[] = lines.map((text, i) => {
    const split = splitLine(text);
    return { number: i + 1, text, kind: classify(text, split), split, prose: undefined };
  });
  // "Three Months Ended Sept. 30," over "Net additions (losses)   2024   2023": the years right under a duration are
  // the columns' years, whatever heading stands at their left (statement.ts keeps that heading over the rows)
  for (let i = 1; i < out.length; i++) {
    const l = out[i]!;
    if (l.kind === 'figures' && l.split.label !== '' && l.split.cells.length >= 2 && l.split.cells.every((c) => YEAR.test(c.raw)) &&
      out[i - 1]!.kind === 'text' && DURATION_OVER.test(out[i - 1]!.text)) l.kind = 'years';
  }
  // "6" alone between empty lines below a table: a page number printed bare (a text rendering of an HTML exhibit
  // keeps the page's number, with no dashes or "Page"); it is no row of figures
  for (let i = 0; i < out.length; i++) {
    const l = out[i]!;
    if (l.kind === 'figures' && /^\s*\d{1,3}\s*$/.test(l.text) && (out[i - 1]?.kind ?? 'blank') === 'blank' && (out[i + 1]?.kind ?? 'blank') === 'blank') l.kind = 'page';
  }
  return out;
}
