// One table region -> a Statement: columns with periods, rows with paths, units and base-unit values.
import { quartersFromEnds } from './quarterly-dates.js';
import type { Column, Row, Statement } from '../core/store.js';
import { findAnchors } from './columns.js';
import { columnLabels } from './header.js';
import { statementKind } from './kind.js';
import { readColumnHeader } from './period.js';
import { buildRows, type DraftRow } from './rows.js';
import type { TableRegion } from './tables.js';
import { readTitle } from './title.js';
import { shared } from './text.js';
import { nameUnlabeled } from './unlabeled.js';
import { dropNoteColumn } from './note-column.js';
import { baseValue, readUnits } from './units.js';
import { rowUnit } from './row-unit.js';
import { countTableUnits } from './count-table.js';
import { currencyOfFigure } from './currency.js';
import { dollarSigned } from './doc-currency.js';
import { keepWholeOfSamePeriod } from './member-columns.js';

/** A statement with what the checks need to know about its rows. */
export interface ReadTable {
  statement: Statement;
  drafts: DraftRow[];
  company: string | null;
}

// "2009" under a title line "For the Three Months Ended September 30, 2009 and 2008" -> "... Ended September 30 2009";
// "1996" beside "September 26, 1997 and September 27, 1996" -> "September 27, 1996" (the date printed for that year).
function withTitlePeriod(label: string, period: string): string {
  const year = label.trim();
  // ("Three Months Ended June 30, 2025" over "U.S. & Canada   EMEA   APEC": the one period of every part's column)
  if (period && year && WHOLE_TITLE_PERIOD.test(period.trim()) && !/\d|%/.test(year)) return `${period.trim()} ${label}`;
  if (!period || !/^(?:19|20)\d\d$/.test(year)) return label;
  // "Year ended December 31, 1997 and period from June 3, 1996 to December 31, 1996": a span for each year;
  // "Three Months Ended September 26, 1997 and September 27, 1996": the lead words go with each date
  const parts = period.split(/\s+(?:and|&)\s+/i);
  if (parts.length > 1 && parts.every((p) => DATED.test(p))) {
    const own = parts.filter((p) => (p.match(/\b(?:19|20)\d\d\b/g) ?? []).pop() === year);
    if (own.length !== 1) return label;
    const lead = parts[0]!.slice(0, parts[0]!.search(DATED)).trim();
    return DURATION.test(own[0]!) ? own[0]! : `${lead} ${own[0]}`.trim();
  }
  const bare = period.replace(/,?\s*\b(?:19|20)\d\d\b(?:\s*(?:and|&|,)\s*\b(?:19|20)\d\d\b)*/gi, '').trim();
  return `${bare} ${label}`;
}

// "Three Months Ended June 30, 2025": one whole period with its date, as a title over columns of parts.
const WHOLE_TITLE_PERIOD = /^(?:for the )?[\w-]+ (?:months?|weeks?|quarters?) (?:ended|ending) [A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d$/i;

// "June 30, 2001", "Sept. 26, 1997": a date with its year; "months", "year", "period": words of a duration.
const DATED = /\b[A-Za-z]{3,9}\.? \d{1,2},? ?(?:19|20)\d\d\b/;
const DURATION = /\b(?:months?|weeks?|years?|quarters?|period)\b/i;

// The currency the table's figures carry ("€45,210", "EUR 45,210"), when one does.
function tableCurrency(drafts: DraftRow[]): string | null {
  for (const d of drafts) for (const r of d.raw) if (r && !/^\s*\$/.test(r)) { const c = currencyOfFigure(r); if (c) return c; }
  return null;
}

// "THREE FISCAL YEARS ENDED SEPTEMBER 26, 1997     1997   1996   1995": period words printed left of a header's years.
// ("Three fiscal years ended   1994   1993" over "September 30, 1994": the two lines' left words read together.)
function headerPeriod(region: TableRegion): string {
  const i = region.header.findIndex((h) => h.kind === 'years' && h.split.label !== '');
  if (i < 0) return '';
  const below = region.header[i + 1];
  const date = below && below.kind === 'text' && /^\s*[A-Za-z]{3,9}\.? \d{1,2}, ?(?:19|20)\d\d\s*$/.test(below.text) ? ` ${below.text.trim()}` : '';
  const text = (region.header[i].split.label + date).replace(/[-.:\s]+$/, '');
  return /\b(?:ended|ending)\b|\b[A-Za-z]{3,9}\.? \d{1,2}, ?(?:19|20)\d\d\b/i.test(text) ? text : '';
}

// Words a header's line of years may print at its left that name no rows: units, periods, "(unaudited)".
const YEAR_HEADING_WORDS = /^\(|^[^()]*\)$|\b(?:thousands|millions|billions|dollars|fiscal|years?|quarters?|months|weeks|ended|ending|unaudited)\b|^[A-Z][A-Z '’&,-]*$/i;

// "Net income (loss), millions of dollars   Q3 2024 ...": a name, a comma, then the units.
const UNITS_LEAD = /^\s*([A-Za-z][^,]*?[a-z)][^,]*),\s+(?:[$€£]\s*)?(?:in\s+)?(?:thousands|millions|billions)\b/;

// "Diluted EPS Q3 2024 Q3 2023" less the column names " Q3 2024 Q3 2023" -> "Diluted EPS"; any other heading as it is.
function withoutTail(section: string, tail: string): string {
  if (section.length <= tail.length) return section;
  const flat = section.replace(/\s+/g, ' ').trim();
  const head = flat.endsWith(tail) ? flat.slice(0, -tail.length).trim() : '';
  return head || section;
}

// "(1) Includes stock-based compensation expense as follows:", "(a) Amounts include depreciation of:".
const INCLUDES_FOOTNOTE = /^\s*(?:\(\w{1,2}\)|\*{1,3}|\d\))\s+(?:amounts\s+)?(?:includes?|included|consists? of)\s+(?:the\s+following\s+)?(.+?)(?:\s+as\s+follows|\s+of)?\s*:?\s*$/i;

// "1.73", ".08", "(0.21)", "—": figures as a per-share line prints them (cents, under a thousand dollars).
const PER_SHARE_FIGURE = /^\$?\(?\$?-?\d{0,3}\.\d{2}\)?$|^\$?\s*(?:-{1,3}|—|–)$/;

// "Diluted EPS, as reported  1.73" / "Restructuring charges, net of tax  0.08" / "Adjusted diluted EPS  1.81":
// money lines standing between two per-share lines, with per-share figures, are steps of a per-share bridge.
function bridgePerShare(drafts: DraftRow[], kinds: { unit: string; scale: string }[]): void {
  const perShare = (i: number): boolean => kinds[i]!.unit.endsWith('/share');
  for (let i = 0; i < drafts.length; i++) {
    if (perShare(i) || /\/|^shares$|^percent$/.test(kinds[i]!.unit) || !/^[A-Z]{3}$/.test(kinds[i]!.unit)) continue;
    const raw = drafts[i]!.raw.filter((r): r is string => r !== null);
    if (raw.length === 0 || !raw.every((r) => PER_SHARE_FIGURE.test(r.trim())) || !raw.some((r) => /\d/.test(r))) continue;
    let above = i - 1;
    while (above >= 0 && !perShare(above) && /^[A-Z]{3}$/.test(kinds[above]!.unit) && drafts[above]!.raw.every((r) => r === null || PER_SHARE_FIGURE.test(r.trim()))) above--;
    let below = i + 1;
    while (below < drafts.length && !perShare(below) && /^[A-Z]{3}$/.test(kinds[below]!.unit) && drafts[below]!.raw.every((r) => r === null || PER_SHARE_FIGURE.test(r.trim()))) below++;
    if (above >= 0 && below < drafts.length && perShare(above) && perShare(below)) kinds[i] = { unit: kinds[above]!.unit, scale: '1' };
  }
}

/**
 * Reads one table region; null when it holds no usable figures. `continues`: the region has no header or title of its
 * own and stands right after `previous` (a balance sheet printed as two tables): it takes that table's columns.
 * `noteUnits`: the units stated by the heading of the note the table stands in.
 */
export function readTable(region: TableRegion, trace?: string[], previous?: Statement, continues = false, noteUnits = ''): ReadTable | null {
  const figureLines = region.body.filter((l) => l.kind === 'figures');
  if (figureLines.length === 0) return null;
  if (region.header.length === 0 && figureLines.length < 2) return null;
  let anchors = findAnchors(figureLines.map((l) => l.split.cells));
  // "Note" over a column of note numbers: no column of figures
  const noNotes = dropNoteColumn([...region.header, ...region.units], region.body, anchors);
  if (noNotes) {
    region = { ...region, body: noNotes.body };
    anchors = noNotes.anchors;
    trace?.push(`reader.note-column: line ${region.body[0]!.number}: the column under "Note" holds note numbers, not figures`);
  }
  const labels = columnLabels(region.header, anchors);
  const info = readTitle([...region.title, ...region.units]);
  // "(Dollars in millions)" in the title over "(In thousands)" under the share columns: the title's units rule the table
  const titleUnits = region.units.length ? readTitle(region.title).units : '';
  if (titleUnits) info.units = titleUnits;
  // "BALANCE SHEETS (Continued)" with no units line of its own: the units of the table it continues
  if (!info.units && info.continued && previous?.units) info.units = previous.units;
  // no units of its own under a note heading that states them ("NOTE 3 - ... (IN MILLIONS)")
  if (!info.units && noteUnits) info.units = noteUnits;
  const period = info.period || headerPeriod(region);
  let columns: Column[] = labels.map((label) => {
    const read = withTitlePeriod(label, period);
    // (a part's name under the title's one period is labelled with that period: "Three Months Ended June 30, 2025 EMEA")
    return { label: shared(read !== label && !/\d/.test(label) ? read : label), ...readColumnHeader(read) };
  });
  // "(1) Includes ... as follows:" over "2019   2018" right under a statement dated "Three Months Ended
  // September 30, 2019 / 2018": the footnote's years are the statement's columns
  const sameYears = previous !== undefined && previous.columns.length === anchors.length && INCLUDES_FOOTNOTE.test(info.title) && !period &&
    labels.every((l, i) => /^(?:19|20)\d\d$/.test(l.trim()) && previous.columns[i]!.period?.end.slice(0, 4) === l.trim());
  const carried = (continues || sameYears) && previous !== undefined && previous.columns.length === anchors.length;
  if (carried) {
    columns = previous.columns.map((c) => ({ ...c }));
    if (!sameYears) info.title = previous.title;
    if (!info.units) info.units = previous.units;
    trace?.push(`reader.continued: line ${region.body[0].number} goes on with the columns of "${previous.title}"`);
  }
  // "(In thousands)   2007   2006": units printed on a header line
  if (!info.units) {
    const m = region.header.map((l) => /\(([^()]*\b(?:thousands|millions|billions)\b[^()]*)\)/i.exec(l.text)).find((x) => x);
    if (m) info.units = m[1].trim();
    // ("amounts in thousands, except per share amounts   2015   2015": without parentheses, at the left of the years)
    else info.units = region.header.find((l) => l.kind === 'years' && /\b(?:thousands|millions|billions)\b/i.test(l.split.label))?.split.label.trim() ?? info.units;
  }
  const firstLine = region.header[0]?.number ?? region.body[0].number;
  // "(1) Includes stock-based compensation expense as follows:": a footnote's table of what the statement above
  // includes; its lines are parts of that amount ("Stock-based compensation expense › Sales and marketing")
  const includes = INCLUDES_FOOTNOTE.exec(info.title);
  if (includes) info.title = includes[1]!.charAt(0).toUpperCase() + includes[1]!.slice(1);
  const title = info.title || `Table at line ${firstLine}`;
  // "Net additions (losses)   2024   2023" as the header's years: its heading is the first rows' section
  const headed = region.header.find((l) => l.kind === 'years' && l.split.label !== '' && !YEAR_HEADING_WORDS.test(l.split.label));
  const body = headed ? [{ ...headed, kind: 'text' as const, text: headed.text.slice(0, headed.split.labelEnd), split: { ...headed.split, cells: [] } }, ...region.body] : region.body;
  const drafts = buildRows(body, anchors, trace);
  // "Net income (loss), millions of dollars   Q3 2024   Q3 2023": the words before the units name the rows below
  // that line, up to the table's next heading ("Electric Utility" is the segment's net income)
  // "Diluted EPS   Q3 2024   Q3 2023   YTD 2024": a heading inside the table that repeats the column names is the heading alone
  // (compared as text: a pattern made of each table's own column names would be compiled once per table)
  const names = columns.map((c) => c.label.trim()).filter((n) => n);
  if (names.length >= 2) {
    const tail = ` ${names.join(' ').replace(/\s+/g, ' ')}`;
    for (const d of drafts) d.sections = d.sections.map((sec) => withoutTail(sec, tail));
  }
  const lead = info.units ? UNITS_LEAD.exec(info.units) : null;
  if (lead && region.header.some((l) => l.text.includes(info.units!))) {
    for (const d of drafts) {
      if (d.sections.length) break;
      d.sections = [lead[1]!.trim()];
    }
  }
  if (includes) for (const d of drafts) d.sections = [info.title, ...d.sections];
  // an untitled table without units right after one that has them, printing the same line items
  // ("* Domestic segment detail ...": the segment table's rows again): the same units
  if (!info.units && !info.title && previous?.units) {
    const before = new Set(previous.rows.map((r) => r.label.toLowerCase()));
    if (drafts.filter((d) => d.label && before.has(d.label.toLowerCase())).length >= 3) info.units = previous.units;
  }
  const kind = carried && !sameYears ? previous.kind : statementKind(info.title, drafts.map((d) => d.label));
  nameUnlabeled(drafts, kind, title, trace);
  // an income or cash-flow column without a duration is not a balance-sheet date: its period is unknown
  // (unless the table is a year's quarters headed by their month ends: "Quarterly Financial Data   March 31, 2015 ...")
  if ((kind === 'income' || kind === 'cash_flow') && !quartersFromEnds(title, columns)) for (const col of columns) if (col.period?.type === 'instant') col.period = null;
  keepWholeOfSamePeriod(columns);
  // a "Change" column whose figures are all percentages ("-4.1%") is a percent change
  columns.forEach((col, c) => {
    const cells = drafts.map((d) => d.figures[c]).filter((f) => f !== null);
    if (col.kind === 'change' && cells.length > 0 && cells.every((f) => f!.percent)) col.kind = 'percent_change';
  });
  const units = readUnits(info.units, tableCurrency(drafts));
  const perShareTable = /\b(?:eps|per share)\b/i.test(info.title);
  const kinds = drafts.map((d) => rowUnit([...d.sections, d.label], units, perShareTable, d.figures, d.raw));
  bridgePerShare(drafts, kinds);
  // (an untitled table printed under a table of counts, with its units carried over, counts as that one does)
  const countTitle = info.title || (previous && info.units === previous.units ? previous.title : '');
  countTableUnits(countTitle, info.units ?? '', units.measure, drafts, kinds);
  const rows: Row[] = drafts.map((d, i) => {
    const path = [...d.sections, d.label];
    const { unit, scale } = kinds[i]!;
    // a dash in a % change column means "not meaningful", not zero
    const values = d.figures.map((f, c) =>
      columns[c].kind === 'percent_change' && f ? (/^\s*\$?(?:-{1,3}|—|–)\s*$/.test(d.raw[c] ?? '') ? null : f.value) : baseValue(f, scale),
    );
    return { label: d.label, path, line: d.line, lines: d.lines, unit, values };
  });
  trace?.push(`reader.table: line ${info.titleLine ?? firstLine} "${title}" ${kind}, ${columns.length} columns, ${rows.length} rows`);
  const statement: Statement = { title: shared(title), kind, line: info.titleLine ?? firstLine, units: shared(info.units), columns, rows };
  if (drafts.some((d) => d.raw.some((r) => r !== null && r.includes('$') && !/[A-Z]{1,2}\$/.test(r)))) dollarSigned.add(statement);
  return {
    statement,
    drafts,
    company: info.company,
  };
}
