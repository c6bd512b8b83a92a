// Finds the tables of a report: title lines, column-header lines and body lines, by layout alone.
import type { Line } from './lines.js';

/** Where one table stands (indexes into the classified lines). */
export interface TableRegion {
  title: Line[];
  header: Line[];
  /** Units lines found among the header lines or just above the body ("(Dollars in millions)"). */
  units: Line[];
  body: Line[];
  /** First and last index the table occupies (title to last figure line), for telling prose apart. */
  from: number;
  to: number;
}

// Words of column headers: years, months, "months", "weeks", "ended", "change", "%".
const PERIOD_WORDS =
  /\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|,|$)|\bmonths?\b|\bweeks?\b|\bended\b|\bending\b|\bquarter\b|\bchange\b|%|\bvariance\b|\bactual\b/i;
// "(Unaudited)", "(Notes)": neutral lines that may sit among header lines.
const NEUTRAL = /^\s*\((?:unaudited|notes?|see notes?)\)(?:\s+\((?:unaudited|notes?|see notes?)\))*\s*$/i;
// "(in thousands, except per share data)": a units line, never a header.
export const UNITS_WORDS = /\b(?:thousands|millions|billions|in dollars|of dollars)\b|\(\$?000'?s\b|\b000'?s omitted\b/i;

// "2024   % of Total   2023   % of Total   % Change": three or more short names set apart by wide
// gaps, one of them a year or a percent column, are column headers however many words they add up to.
function isColumnNames(text: string): boolean {
  const names = text.trim().split(/\s{2,}/);
  return names.length >= 3 && names.every((n) => n.split(' ').length <= 4) && names.some((n) => /^(?:(?:19|20)\d\d|%.*)$/.test(n));
}

/** A line of prose: a long sentence rather than a row label. Lines are asked more than once: read once. */
export function isProse(line: Line): boolean {
  if (line.kind !== 'text') return false;
  line.prose ??= readsAsProse(line);
  return line.prose;
}

function readsAsProse(line: Line): boolean {
  const t = line.text.trim().replace(/\s+/g, ' ');
  let words = 1;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 32) words++;
  // a short line is never prose, whatever else it is
  if (words < 9 && t.length < 70) return false;
  if (/^\(.*\)$/.test(t) || t === t.toUpperCase()) return false;
  if (isColumnNames(line.text)) return false;
  // "For the Three Months Ended September 30, 2009 and 2008" names a period; it is not prose
  if (/\b(?:ended|ending)\b/i.test(t) && /\b(?:19|20)\d\d\b/.test(t) && !/[.;]$/.test(t) && words <= 14) return false;
  return true;
}

function isHeader(line: Line): boolean {
  if (line.kind === 'years') return true;
  if (line.kind !== 'text' || line.split.indent < 10) return false;
  if (UNITS_WORDS.test(line.text)) return false;
  if (isProse(line)) return false;
  if (PERIOD_WORDS.test(line.text)) return true;
  // "Americas     Europe     Total": two or more short column names set apart
  const names = line.text.trim().split(/\s{2,}/);
  return names.length >= 2 && names.every((n) => n.split(' ').length <= 4 && !/:$/.test(n));
}

function isGap(line: Line): boolean {
  return line.kind === 'blank' || line.kind === 'rule' || (line.kind === 'markup' && !/<TABLE>/i.test(line.text));
}

// Upward from the first figure line: body label lines, then header lines, then title lines.
function scanUp(lines: Line[], first: number, floor: number): { title: Line[]; header: Line[]; units: Line[]; bodyFrom: number; from: number } {
  const units: Line[] = [];
  let j = first - 1;
  let bodyFrom = first;
  let blanks = 0;
  while (j >= floor) {
    const l = lines[j];
    if (isGap(l)) {
      blanks = l.kind === 'blank' ? blanks + 1 : 0;
      if (blanks >= 2) break;
    } else if (isHeader(l) || (l.kind === 'text' && UNITS_WORDS.test(l.text) && !isProse(l))) break;
    else if (l.kind === 'text' && !isProse(l) && !UNITS_WORDS.test(l.text) && !(NEUTRAL.test(l.text) && l.split.indent >= 10)) {
      bodyFrom = j;
      blanks = 0;
    } else break;
    j--;
  }
  // header lines
  const header: Line[] = [];
  let h = bodyFrom - 1;
  while (h >= floor && isGap(lines[h]) && lines[h].kind !== 'markup') h--;
  let k = h;
  let headerTop = bodyFrom;
  blanks = 0;
  while (k >= floor) {
    const l = lines[k];
    if (NEUTRAL.test(l.text) && l.split.indent >= 10 && header.length === 0) {
      // "(Unaudited)" between the header and the body
    } else if (l.kind === 'text' && UNITS_WORDS.test(l.text) && !isProse(l) && header.length === 0) {
      units.push(l);
    } else if (l.kind === 'text' && UNITS_WORDS.test(l.text) && !isProse(l) && l.split.indent < 10) {
      // "(Dollars in millions)" at the left of the header lines
      units.push(l);
    } else if (isHeader(l) || (header.length > 0 && NEUTRAL.test(l.text) && l.split.indent >= 10)) {
      header.unshift(l);
      headerTop = k;
      blanks = 0;
    } else if (isGap(l) && header.length > 0) {
      blanks = l.kind === 'blank' ? blanks + 1 : 0;
      if (blanks >= 2) break;
      if (l.kind === 'rule') header.unshift(l);
    } else if (!(isGap(l) && header.length === 0)) break;
    k--;
  }
  while (header.length && header[0].kind === 'rule') header.shift();
  // title lines: up to 10 non-blank lines above, stopping at prose, page marks, or two blank lines once begun.
  const title: Line[] = [];
  let t = headerTop - 1;
  blanks = 0;
  let from = headerTop;
  while (t >= floor && title.length < 10) {
    const l = lines[t];
    if (l.kind === 'page' || l.kind === 'tableEnd' || /<PAGE>/i.test(l.text) || isProse(l)) break;
    if (l.kind === 'blank' || l.kind === 'markup' || l.kind === 'rule') {
      blanks = l.kind === 'blank' ? blanks + 1 : blanks;
      if (blanks >= 2 && title.length > 0) break;
      if (blanks >= 6) break;
    } else if (l.kind === 'text') {
      title.unshift(l);
      from = t;
      blanks = 0;
    } else break;
    t--;
  }
  return { title, header: header.filter((l) => l.kind !== 'markup'), units, bodyFrom, from };
}

// A long label wrapped onto an indented figures line that goes on in lower case:
// "  Taxes paid related to net share settlement of equity" / "    awards     (25.2)".
function isWrappedLabel(line: Line, next: Line | undefined): boolean {
  return line.kind === 'text' && next !== undefined && next.kind === 'figures' && next.split.indent > line.split.indent &&
    /^[a-z]/.test(next.split.label) && !/[.;:]$/.test(line.text.trim());
}

// Downward from the first figure line: the body runs until </TABLE>, three empty lines, prose or a new header.
function scanDown(lines: Line[], first: number): number {
  let last = first;
  let gap = 0;
  for (let j = first + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l.kind === 'tableEnd') break;
    if (l.kind === 'blank' || l.kind === 'page' || l.kind === 'markup') {
      gap += l.kind === 'blank' ? 1 : 3;
      if (gap >= 3) break;
      continue;
    }
    gap = 0;
    if (l.kind === 'figures') last = j;
    else if (isWrappedLabel(l, lines[j + 1])) continue;
    else if (l.kind === 'years' || isHeader(l) || isProse(l)) break;
  }
  // a wrapped label's tail below its figures ("settlement of restricted (300)" / "stock award")
  const next = lines[last + 1];
  if (next && next.kind === 'text' && /^[a-z]/.test(next.text.trim()) && !isProse(next)) last++;
  return last;
}

/** Every table in the classified lines, in order. Linear in the number of lines. */
export function findTables(lines: Line[]): TableRegion[] {
  const out: TableRegion[] = [];
  let floor = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== 'figures') continue;
    const up = scanUp(lines, i, floor);
    const last = scanDown(lines, i);
    out.push({ title: up.title, header: up.header, units: up.units, body: lines.slice(up.bodyFrom, last + 1), from: up.from, to: last });
    floor = last + 1;
    i = last;
  }
  return out;
}
