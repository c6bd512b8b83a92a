// The report reader: plain-text release -> Document (statements, prose, checks). Pure; never throws.
import type { Document, Paragraph, Statement } from '../core/store.js';
import { runChecks } from './checks/index.js';
import { companyAtTop, companyFromProse, headline, preferProseCase, tickerFromSymbolSentence } from './company.js';
import { fiscalYearEnd } from './fiscal.js';
import { undateTrailingYears } from './trailing-year.js';
import { withNaming } from './fiscal-naming.js';
import { unitsFromTwins } from './twin-units.js';
import { dropUnscaledMoney } from './unknown-scale.js';
import { unscaleWholeShareCounts } from './share-scale.js';
import { documentCurrency } from './doc-currency.js';
import { dateUndatedColumns } from './undated-columns.js';
import { proseYearEnd } from './fiscal-anchors.js';
import { calendarSpanYearEnd, coverYearEnd, dateByCoverQuarter } from './cover.js';
import { dateBareYearColumns } from './bare-year-columns.js';
import { classifyLines, type Line } from './lines.js';
import { readProse } from './prose.js';
import { readTable, type ReadTable } from './statement.js';
import { acrossReconciliations } from './across-reconciliation.js';
import { perShareColumns } from './per-share-columns.js';
import { splitPeriodBlocks } from './period-blocks.js';
import { splitMeasureColumns } from './metric-columns.js';
import { splitMemberColumns } from './member-columns.js';
import { findTables } from './tables.js';
import { cleanText, detached } from './text.js';
import { joinSpaceGroups } from './space-grouped.js';
import { markAhead, underOutlook } from './ahead-table.js';
import { highlightStatements } from './highlights.js';

function emptyDocument(fileName: string, problem: string): Document {
  return { document: fileName, company: null, ticker: null, title: '', statements: [], checks: [], prose: [], fiscalYearEnd: null, problems: [`${fileName}: ${problem}`] };
}

// "NOTE 3 - CONSOLIDATED FINANCIAL STATEMENT DETAILS (IN MILLIONS)": the units a note's heading states hold for
// every table of that note (the nearest "Note n" heading above the table).
// One pass: the units of the note heading in force at each line.
// "(1) Includes ...", "* Excludes ...", "(a) Amounts ...": a footnote's mark leading a line.
const FOOTNOTE_LEAD = /^\s*(?:\(\w{1,2}\)|\*{1,3}|\d\))\s+\S/;

function noteUnitsByLine(lines: Line[]): string[] {
  let current = '';
  return lines.map((l) => {
    if (/^\s*note\s+\d+\b/i.test(l.text)) current = /\(([^()]*\b(?:thousands|millions|billions)\b[^()]*)\)/i.exec(l.text)?.[1].trim() ?? '';
    return current;
  });
}

/** Reads one report. `trace` collects which reader rules fired ("reader.section: line 195 ..."). */
export function readReport(text: string, fileName: string, trace?: string[]): Document {
  try {
    return read(text, fileName, trace);
  } catch (err) {
    return emptyDocument(fileName, `could not be read (${err instanceof Error ? err.message : String(err)})`);
  }
}

function read(text: string, fileName: string, trace?: string[]): Document {
  const clean = cleanText(text);
  if (clean.problem) return emptyDocument(fileName, clean.problem);
  const lines = classifyLines(joinSpaceGroups(clean.lines));
  const regions = findTables(lines);
  const inTable = new Array<boolean>(lines.length).fill(false);
  const tables: ReadTable[] = [];
  let lastTo = -1;
  const noteUnits = noteUnitsByLine(lines);
  for (const r of regions) {
    // no header, no title, and nothing but markup since the last table's figures: the same table goes on
    const adjacent = lastTo >= 0 && lines.slice(lastTo + 1, r.from).every((l) => l.kind === 'blank' || l.kind === 'markup' || l.kind === 'tableEnd');
    const continues = adjacent && r.header.length === 0 && r.title.length === 0;
    const previous = tables[tables.length - 1]?.statement;
    // a table right below another with no title of its own, or only a footnote's ("(1) Includes stock-based
    // compensation expense as follows:"), is printed in that table's units when it states none
    const underPrevious = adjacent && (r.title.length === 0 || FOOTNOTE_LEAD.test(r.title[0]!.text)) ? previous?.units ?? '' : '';
    const t = readTable(r, trace, previous, continues, (r.from > 0 ? noteUnits[r.from - 1] : '') || underPrevious);
    if (!t) continue;
    if (underOutlook(lines, r, lastTo) && t.statement.columns.some((c) => c.kind === 'period') && markAhead(t.statement)) {
      trace?.push(`reader.outlook: line ${t.statement.line}: the table stands under an outlook; its columns are expectations`);
    }
    tables.push(...splitPeriodBlocks(t, trace).flatMap((b) => splitMeasureColumns(b, trace)).flatMap((m) => splitMemberColumns(m, trace)));
    lastTo = r.to;
    for (let i = r.from; i <= r.to; i++) inTable[i] = true;
  }
  unitsFromTwins(tables.map((t) => t.statement));
  dropUnscaledMoney(tables.map((t) => t.statement));
  unscaleWholeShareCounts(tables.map((t) => t.statement), trace);
  documentCurrency(tables.map((t) => t.statement));
  const prose = readProse(lines, inTable);
  undateTrailingYears(tables.map((t) => t.statement), prose, trace);
  // "Q2 2009", "Third Quarter / Fiscal 2025", "YTD 2009" columns: the dates the release gives those periods
  const title = detached(headline(lines, prose));
  dateByCoverQuarter(tables.map((t) => t.statement), lines, trace);
  dateUndatedColumns(tables.map((t) => t.statement), prose, withNaming(yearEndOf(tables.map((t) => t.statement), prose, lines), prose, title, tables.map((t) => t.statement)), trace);
  dateBareYearColumns(tables.map((t) => t.statement), trace);
  const adjusted = acrossReconciliations(tables.map((t) => t.statement), trace);
  const perShare = perShareColumns(tables, trace);
  const problems: string[] = [];
  if (tables.length === 0) problems.push(`${fileName}: no tables found (prose only)`);
  for (const t of tables) {
    const s = t.statement;
    if (s.columns.every((c) => c.period === null)) problems.push(`${fileName}: line ${s.line}: no column periods could be read for "${s.title}"`);
    if (s.rows.length < 2) problems.push(`${fileName}: line ${s.line}: table "${s.title}" has only ${s.rows.length} row (cut off?)`);
  }
  const fromProse = companyFromProse(prose);
  const ticker = fromProse.ticker ?? tickerFromSymbolSentence(lines);
  let company = fromProse.company;
  if (!company) {
    const heading = tables.find((t) => t.company)?.company ?? companyAtTop(lines);
    if (heading) company = preferProseCase(heading, prose);
  }
  const printed = tables.flatMap((t) => [t.statement, ...[adjusted, perShare].flatMap((m) => (m.has(t.statement) ? [m.get(t.statement)!] : []))]);
  const fye = withNaming(yearEndOf(printed, prose, lines), prose, title, printed);
  const statements = [...printed, ...highlightStatements(lines, inTable, printed, fye, trace)];
  return {
    document: fileName,
    company,
    ticker,
    title,
    statements,
    checks: runChecks(tables, prose, fye),
    prose,
    fiscalYearEnd: fye,
    problems,
  };
}

// The year-end the tables show ("Twelve Months Ended June 30"), else the one the sentences date ("fiscal second
// quarter ended March 31" -> September), else the one an annual report's cover names ("Form 10-K for the fiscal
// year ended June 30, 2018"), else December 31 when a title counts a half year from January 1; without any, quarters
// would be read as calendar quarters.
function yearEndOf(statements: Statement[], prose: Paragraph[], lines: Line[]): { month: number; day: number } | null {
  return fiscalYearEnd(statements) ?? proseYearEnd(prose) ?? coverYearEnd(lines) ?? calendarSpanYearEnd(lines);
}
