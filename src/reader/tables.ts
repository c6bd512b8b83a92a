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
// "Numerator (in millions):": a section of the table with a scale of its own, not the table's units line.
const SCALED_SECTION = /^\s*[A-Za-z][^()]*\((?:in )?(?:thousands|millions|billions)\)\s*:\s*$/i;
// Currency codes that print before a scale ("EUR m", "CHF million").
export const CODES = '(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|JPY|CAD|AUD|NZD|HKD|SGD|CNY|RMB|INR|BRL|MXN|ZAR|PLN|CZK|HUF|ISK)';
// "(in thousands, except per share data)": a units line, never a header. ("in EUR million", "EUR m", "€m", "A$m", "TEUR",
// "in CHF thousand": the singular after a currency or "in", and a currency's short scales, as European releases print them.)
export const UNITS_WORDS = new RegExp(String.raw`\b(?:thousands|millions|billions|in dollars|of dollars)\b|\(\$?000'?s\b|\b000'?s omitted\b|\bin\s+(?:${CODES}\s?|[€£¥$]\s?)?(?:million|thousand|billion)\b|(?:\b${CODES}|[€£¥]|(?:\b(?:A|C|NZ|US|HK|S))?\$)\s?(?:million|thousand|billion|mn|m|bn|k)\b|\b[TK]${CODES}\b`, 'i');

// "2024   % of Total   2023   % of Total   % Change": three or more short names set apart by wide
// gaps, one of them a year or a percent column, are column headers however many words they add up to.
// ("Q3 2020   Q3 2019   Change   9M 2020   9M 2019   Change": short period names with their years count as years.)
// ("March 31,      June 30, September 30,  November 19,": two dates of a tight header kept one space apart are two names)
const TIGHT_DATES = /\s{2,}|(?<=\b\d{1,2},) (?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b)/i;

function isColumnNames(text: string): boolean {
  const names = text.trim().split(TIGHT_DATES);
  if (names.length >= 3 && names.every((n) => n.split(' ').length <= 4) && names.some((n) => /^(?:(?:19|20)\d\d|%.*|(?:Q[1-4]|[1-4]Q|H[12]|[1-4]H|[369]M|FY|YTD)\s?['’]?(?:(?:19|20)\d\d|\d\d))$/i.test(n))) return true;
  // "April 1, 2000   March 27, 1999": dates set apart by wide gaps, one per column;
  // "For the Three Months Ended   For the Nine Months Ended": durations, one per group of columns
  // ("April 2   Three Months   April 2   January 1   Six Months": the first lines of stacked headers, "through" and
  // "Ended" below them)
  return names.length >= 2 && names.every((n) => COLUMN_DATE.test(n) || BARE_SPAN.test(n) || (n.split(' ').length <= 8 && COLUMN_DURATION.test(n)));
}

// "Three Months", "Six Months", "52 Weeks": a span's length, the word "Ended" on the line below
const BARE_SPAN = /^(?:three|six|nine|twelve|thirteen|twenty-six|thirty-nine|fifty-two|\d{1,2}) (?:months|weeks)$/i;

// "For the Three Months Ended", "Nine months ending": a group of columns' duration
// ("Three Months Ended June 30,", "Six Months Ended June 30, 2024": with the date it ends on; "Year Ended December 31,":
// a year without its count).
const COLUMN_DURATION = /^(?:(?:at|as of) and )?(?:for the )?(?:[\w-]+ )?(?:months?|weeks?|quarters?|years?) (?:ended|ending)(?: (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},?(?: (?:19|20)\d\d)?)?$/i;

// "April 1, 2000", "Sept. 30, 2006", "June 26,": one column's date ("30 June 2023", "31 Dec 2022": the day first;
// "As of March 31, 2024", "At 30 June 2024": with the words of a balance date before it).
const COLUMN_DATE = /^(?:(?:as )?(?:of|at) )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},?(?: (?:19|20)\d\d)?|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,? (?:19|20)\d\d)$/i;

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
  // "RECONCILIATION OF NET INCOME TO FFO AND AFFO (unaudited)": a capitals heading with a lower-case aside
  const outsideAsides = t.replace(/\([^()]*\)/g, '').trim();
  if (/[A-Z]/.test(outsideAsides) && outsideAsides === outsideAsides.toUpperCase()) return false;
  if (isColumnNames(line.text)) return false;
  // "Net income (loss), millions of dollars   Q3 2024   Q3 2023   YTD 2024": a table's units and column names
  if (unitsThenNames(line)) return false;
  // "(in millions)   U.S. & Canada   EMEA   Greater China   APEC": the units, then short names set apart (segments)
  const parts = line.text.trim().split(/\s{2,}/);
  if (parts.length >= 3 && UNITS_WORDS.test(parts[0]!) && parts.slice(1).every((p) => p.split(' ').length <= 4 && !/\d/.test(p) && !UNITS_WORDS.test(p))) return false;
  // "For the Three Months Ended September 30, 2009 and 2008" names a period; it is not prose
  if (/\b(?:ended|ending)\b/i.test(t) && /\b(?:19|20)\d\d\b/.test(t) && !/[.;]$/.test(t) && words <= 14) return false;
  return true;
}

// "                          Community   Investment" over "(unaudited, in thousands)   Banking   Services   Consolidated":
// the units at the left of the last line of column names stacked over two lines (segments, entities); it is both.
function unitsThenStackedNames(line: Line, above: Line | undefined): boolean {
  const parts = line.text.trim().split(/\s{2,}/);
  // (or under the period they all share, at the left: "Three Months Ended June 30, 2025" over "(in millions)   U.S. &
  // Canada   EMEA   Greater China   APEC")
  if (parts.length < 3 || !UNITS_WORDS.test(parts[0]!) || !above || above.kind !== 'text' || !(isHeader(above) || WHOLE_PERIOD.test(above.text.trim()))) return false;
  return parts.slice(1).every((p) => p.split(' ').length <= 4 && !/\d/.test(p) && !UNITS_WORDS.test(p));
}

// "Three Months Ended June 30, 2025", "For the Six Months Ended June 30, 2024": one whole period, alone on its line.
const WHOLE_PERIOD = /^(?:for the )?[\w-]+ (?:months?|weeks?|quarters?|years?) (?:ended|ending) [A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d:?$/i;

// "£m      H1 2023    H1 2022    Change %": the units printed at the left of the column names' line; it is both.
function unitsThenNames(line: Line): boolean {
  const parts = line.text.trim().split(/\s{2,}/);
  if (parts.length < 3 || !UNITS_WORDS.test(parts[0]!) || parts.slice(1).some((p) => UNITS_WORDS.test(p))) return false;
  return isColumnNames(parts.slice(1).join('   ')) || parts.slice(1).every((p) => PERIOD_WORDS.test(p) && p.split(' ').length <= 4);
}

const SPELLED_COUNT = /^(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?$|^(?:three|six|nine|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)$/i;

// "Three months ended   2024   2024   2025   Y/Y %": the columns' duration in the row labels' place, then their names.
const LEAD_THEN_NAMES = /^(?:for the )?(?:[\w-]+ )?(?:months?|weeks?|quarters?|years?) (?:ended|ending)\s{2,}(\S.*)$/i;

// "Selected Balance Sheet Information:   June 30, 2026   December 31, 2025", "Reconciliation of Free Cash Flow:   Six
// Months Ended June 30,": a table's first-column title printed on the line of its column names (the names after a
// wide gap are dates or durations, one per column or group of columns; "Quarter Ended   Nine Months Ended" is no title).
export function labelThenNames(line: Line): boolean {
  if (line.kind !== 'text') return false;
  const parts = line.text.trim().split(/\s{2,}/);
  if (parts.length < 2 || UNITS_WORDS.test(parts[0]!) || PERIOD_WORDS.test(parts[0]!)) return false;
  const names = parts.slice(1);
  return names.every((n) => COLUMN_DATE.test(n) || COLUMN_DURATION.test(n) || (n.split(' ').length <= 8 && COLUMN_DURATION.test(n.replace(/,? (?:19|20)\d\d$/, ''))));
}

function isHeader(line: Line): boolean {
  if (line.kind === 'years') return true;
  if (labelThenNames(line)) return true;
  if (line.kind === 'text' && line.split.indent < 10) {
    const m = LEAD_THEN_NAMES.exec(line.text.trim());
    return m !== null && isColumnNames(m[1]!);
  }
  if (line.kind !== 'text') return false;
  if (UNITS_WORDS.test(line.text)) return false;
  // "As of      As of      As of      As of      As of": three or more short names set apart by wide gaps over the
  // columns are headers, however many small words they add up to (prose keeps single spaces)
  const cells = line.text.trim().split(/\s{2,}/);
  if (line.split.indent >= 10 && cells.length >= 3 && cells.every((n) => n.split(' ').length <= 3 && !/[:.]$/.test(n))) return true;
  // "At and For the Three Months Ended      At and For the Year Ended": spans of columns named by their durations
  if (line.split.indent >= 10 && cells.length >= 2 && isColumnNames(line.text)) return true;
  if (isProse(line)) return false;
  if (PERIOD_WORDS.test(line.text)) return true;
  // "Thirty-nine" alone over one column: the first word of a span stacked over two lines ("Thirty-nine" / "weeks")
  if (SPELLED_COUNT.test(line.text.trim())) return true;
  // "Americas     Europe     Total": two or more short column names set apart
  const names = line.text.trim().split(/\s{2,}/);
  return names.length >= 2 && names.every((n) => n.split(' ').length <= 4 && !/:$/.test(n));
}

// "Three fiscal years ended   1994   1993" / "September 30, 1994": the date below a header line of years goes on
// with that line's words (it is no row label of the body).
const LONE_DATE = /^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}, ?(?:19|20)\d\d\s*$/i;
function isDateUnderYears(lines: Line[], j: number): boolean {
  if (lines[j].kind !== 'text' || !LONE_DATE.test(lines[j].text)) return false;
  let k = j - 1;
  while (k >= 0 && lines[k].kind === 'markup') k--;
  return k >= 0 && lines[k].kind === 'years';
}

function isGap(line: Line): boolean {
  return line.kind === 'blank' || line.kind === 'rule' || (line.kind === 'markup' && !/<TABLE>/i.test(line.text));
}

// A release's contact line is no table title, however short: "Media contact: Lena Hargrove, (208) 555-0117",
// "Investor contact: Priya Nandakumar, investors@example.com"
const CONTACT_LINE = /\bcontacts?\s*:|[\w.+-]+@[\w-]+\.[\w.]+|\(\d{3}\)\s?\d{3}-\d{4}/i;

// A line that ends a sentence ("... with 412 employees.") with three words or more in lower case: text, no title
// ("Acme Holdings, Inc." ends with an abbreviation; "Dollars in millions, except per share data." is a units line).
function isShortSentence(line: Line): boolean {
  const t = line.text.trim();
  if (line.kind !== 'text' || !/[a-z0-9)"”][.!?]["”]?$/.test(t) || /\b(?:inc|corp|co|ltd|plc|llc|lp|sa|nv|ag|se|no)\.$/i.test(t) || UNITS_WORDS.test(t)) return false;
  return (t.match(/(?:^|\s)[a-z][a-z'’-]*/g) ?? []).length >= 3;
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
    } else if (isHeader(l) || isDateUnderYears(lines, j) || (l.kind === 'text' && UNITS_WORDS.test(l.text) && !isProse(l) && !SCALED_SECTION.test(l.text))) break;
    // (a long label wrapped onto the figures line below it, "Loans, net of allowance for credit losses of $52,300" /
    // "  and $48,700, respectively   4,258,300", is a label however many words it has)
    else if (l.kind === 'text' && (!isProse(l) || isWrappedLabel(l, lines[j + 1])) && (!UNITS_WORDS.test(l.text) || SCALED_SECTION.test(l.text)) && !(NEUTRAL.test(l.text) && l.split.indent >= 10)) {
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
      if (unitsThenNames(l) || unitsThenStackedNames(l, lines[k - 1])) {
        header.unshift(l);
        headerTop = k;
      }
    } else if (l.kind === 'text' && UNITS_WORDS.test(l.text) && !isProse(l) && l.split.indent < 10) {
      // "(Dollars in millions)" at the left of the header lines
      units.push(l);
    } else if (isHeader(l) || isDateUnderYears(lines, k) || (header.length > 0 && NEUTRAL.test(l.text) && l.split.indent >= 10)) {
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
    // "... earnings per share (in thousands, except per share amounts):" closing the sentence that leads into the table
    if (isProse(l) && title.length === 0 && /\([^()]*\b(?:thousands|millions|billions)\b[^()]*\)[^()]*:\s*$/i.test(l.text)) units.push(l);
    if (l.kind === 'page' || l.kind === 'tableEnd' || /<PAGE>/i.test(l.text) || isProse(l) || CONTACT_LINE.test(l.text)) break;
    // "Pinemarrow ended the quarter with 412 employees." a blank line above the title: a short sentence of the text
    if (title.length > 0 && blanks >= 1 && isShortSentence(l)) break;
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
  // '... said Chief Executive Officer' / 'Jane Doe.': the short lines right under an unfinished sentence of
  // prose end that sentence; they are no title
  if (t >= floor && isProse(lines[t]) && !/[.:;!?"”)]\s*$/.test(lines[t].text)) {
    while (title.length && title[0].number === lines[t].number + 1) {
      t++;
      title.shift();
      from = t + 1;
    }
  }
  // "2.   INVENTORIES" / "Inventories are stated at the lower of cost ..." / "... consist of the following (in
  // thousands):": a note's table under a sentence of several lines that leads into it takes the note's heading as
  // its title (the sentence stays prose)
  if (title.length === 0 && t >= floor && lines[t].kind === 'text') {
    let last = t;
    while (last + 1 < headerTop && lines[last + 1].kind === 'text') last++;
    let first = t;
    while (first - 1 >= floor && lines[first - 1].kind === 'text' && first > t - 8) first--;
    const heading = /:\s*$/.test(lines[last].text) && lines.slice(first, last + 1).some(isProse) ? noteHeadingAbove(lines, first, floor) : null;
    if (heading) title.push(heading);
  }
  return { title, header: header.filter((l) => l.kind !== 'markup'), units, bodyFrom, from };
}

// "2.   INVENTORIES", "(4)  Long-Term Debt", "Note 3 - Segment Information": a note's numbered heading line.
const NOTE_HEADING = /^\s*(?:note\s+)?(?:\(\d{1,2}\)|\d{1,2}[.:]?)\s*(?:[-\u2013\u2014]\s*)?[A-Za-z][A-Za-z ,&'()/-]*$/i;

// The numbered heading of the paragraph that starts at line `first`: its own first line, or the line above it (at
// most two blank lines between); else null.
function noteHeadingAbove(lines: Line[], first: number, floor: number): Line | null {
  const heading = (l: Line | undefined): boolean => l !== undefined && l.kind === 'text' && !isProse(l) && NOTE_HEADING.test(l.text) && l.text.trim().split(/\s+/).length <= 8;
  if (heading(lines[first])) return lines[first];
  let i = first - 1;
  let blanks = 0;
  for (; i >= floor && lines[i].kind === 'blank'; i--) blanks++;
  return i >= floor && blanks <= 2 && heading(lines[i]) ? lines[i] : null;
}

// A long label wrapped onto an indented figures line that goes on in lower case:
// "  Taxes paid related to net share settlement of equity" / "    awards     (25.2)";
// ("Series A preferred stock, no par value; 150,000" / "shares authorized, issued and outstanding   150": the tail may
// keep the label's own indent when it starts in lower case);
// or a long heading closed by a colon over a deeper figures line:
// "    Series B: 2,000,000 shares designated; shares issued and outstanding:" / "      1997, 1,943,666   5,915,572".
function isWrappedLabel(line: Line, next: Line | undefined): boolean {
  if (line.kind !== 'text' || next === undefined || next.kind !== 'figures') return false;
  const t = line.text.trim();
  if (next.split.indent >= line.split.indent && /^[a-z]/.test(next.split.label) && !/[.;:]$/.test(t)) return true;
  return next.split.indent > line.split.indent && /[^.;]:$/.test(t);
}

// A long label wrapped over lines that all fit in the label column, left of where its figures stand, and end on
// them: "Common stock, authorized 9,000,000 shares, $.01 par" / "value, 4,120,500 issued shares at June 27, 2026 and" /
// "4,101,200 issued shares at June 28, 2025      41      41" (its middle lines may read as prose; a sentence's end
// is never part of one).
function isLabelRun(lines: Line[], j: number): boolean {
  for (let k = j; k < lines.length && k < j + 4; k++) {
    const l = lines[k];
    if (l.kind === 'figures') {
      const column = l.split.cells[0]?.start ?? 0;
      return k > j && l.split.cells.length > 0 && lines.slice(j, k).every((t) => t.text.trimEnd().length < column - 1);
    }
    if (l.kind !== 'text' || /[.!?]["”’]?$/.test(l.text.trim())) return false;
  }
  return false;
}

// A long section heading wrapped onto a short lower-case line that closes it with a colon:
// "Reconciliation of net loss to net cash used in" / "operating activities:" is a label, not prose.
function isWrappedHeading(line: Line, next: Line | undefined): boolean {
  return line.kind === 'text' && next !== undefined && next.kind === 'text' && /^[a-z][^.;]*:$/.test(next.text.trim()) &&
    next.text.trim().split(/\s+/).length <= 5 && !/[.;:]$/.test(line.text.trim());
}

// "Adjustments to reconcile net income to cash generated by operating activities:" (or the same wrapped over two or
// three lines) right above figure lines: a long section label inside the table, not prose that ends it.
// (Column names above such a label — "13 Weeks Ended   39 Weeks Ended" — head a new table: they are no part of it.)
function isLongSectionLabel(lines: Line[], j: number): boolean {
  // "Adjustments to reconcile net income to net cash provided by operating activities" with no colon, right between
  // two figure lines: a section label the table goes on under
  const text = lines[j].text.trim();
  if (lines[j].kind === 'text' && lines[j - 1]?.kind === 'figures' && lines[j + 1]?.kind === 'figures' && lines[j + 1]!.split.label !== '' && /^[A-Z][^.;!?\d]*$/.test(text)) return true;
  for (let k = j; k < lines.length && k < j + 3; k++) {
    const l = lines[k];
    if (l.kind !== 'text' || isHeader(l)) return false;
    if (l.text.trim().endsWith(':')) {
      const next = lines[k + 1]?.kind === 'blank' ? lines[k + 2] : lines[k + 1];
      return next !== undefined && next.kind === 'figures' && next.split.label !== '';
    }
    if (/[.;]$/.test(l.text.trim())) return false;
  }
  return false;
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
    else if (isWrappedLabel(l, lines[j + 1]) || isWrappedHeading(l, lines[j + 1]) || isLongSectionLabel(lines, j) || isLabelRun(lines, j)) continue;
    // "€ million   30 June 2024   31 Dec 2023", "Net income (loss), millions of dollars   Q3 2024   YTD 2024" under a
    // statement: the units and the next table's column names
    else if (l.kind === 'years' || isHeader(l) || isProse(l) || unitsThenNames(l) || unitsThenStackedNames(l, lines[j - 1])) break;
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
