// The report reader: plain-text release -> Document (statements, prose, checks). Pure; never throws.
import type { Document } from '../core/store.js';
import { runChecks } from './checks/index.js';
import { companyFromProse, headline, preferProseCase } from './company.js';
import { fiscalYearEnd } from './fiscal.js';
import { dateQuarterColumns } from './quarter-columns.js';
import { classifyLines } from './lines.js';
import { readProse } from './prose.js';
import { readTable, type ReadTable } from './statement.js';
import { findTables } from './tables.js';
import { cleanText, detached } from './text.js';

function emptyDocument(fileName: string, problem: string): Document {
  return { document: fileName, company: null, ticker: null, title: '', statements: [], checks: [], prose: [], fiscalYearEnd: null, problems: [`${fileName}: ${problem}`] };
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
  const lines = classifyLines(clean.lines);
  const regions = findTables(lines);
  const inTable = new Array<boolean>(lines.length).fill(false);
  const tables: ReadTable[] = [];
  for (const r of regions) {
    const t = readTable(r, trace, tables[tables.length - 1]?.statement);
    if (!t) continue;
    tables.push(t);
    for (let i = r.from; i <= r.to; i++) inTable[i] = true;
  }
  const prose = readProse(lines, inTable);
  // "Third Quarter / Fiscal 2025" columns take the dates another table gives that quarter
  dateQuarterColumns(tables.map((t) => t.statement), fiscalYearEnd(tables.map((t) => t.statement)), trace);
  const problems: string[] = [];
  if (tables.length === 0) problems.push(`${fileName}: no tables found (prose only)`);
  for (const t of tables) {
    const s = t.statement;
    if (s.columns.every((c) => c.period === null)) problems.push(`${fileName}: line ${s.line}: no column periods could be read for "${s.title}"`);
    if (s.rows.length < 2) problems.push(`${fileName}: line ${s.line}: table "${s.title}" has only ${s.rows.length} row (cut off?)`);
  }
  const fromProse = companyFromProse(prose);
  const ticker = fromProse.ticker;
  let company = fromProse.company;
  if (!company) {
    const heading = tables.find((t) => t.company)?.company;
    if (heading) company = preferProseCase(heading, prose);
  }
  const statements = tables.map((t) => t.statement);
  const fye = fiscalYearEnd(statements);
  return {
    document: fileName,
    company,
    ticker,
    title: detached(headline(lines, prose)),
    statements,
    checks: runChecks(tables, prose, fye),
    prose,
    fiscalYearEnd: fye,
    problems,
  };
}
