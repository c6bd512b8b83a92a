// Small synthetic releases in the Sonus-like layout, written by tests (multi-release and derived-quarter tests).
import { readReport } from '../../src/reader/index.js';
import type { Document } from '../../src/core/store.js';

/** One table: title, units line, stacked column headers (one array per column, top line first), rows. */
export interface TableSpec {
  title: string;
  units?: string;
  headers: string[][];
  rows: [string, ...string[]][];
}

const LABEL_W = 40;
const COL_W = 17;

function center(s: string): string {
  return ' '.repeat(Math.max(0, Math.round((LABEL_W + 2 * COL_W - s.length) / 2))) + s;
}

function pad(cells: string[]): string {
  return cells.map((c) => c.padStart(COL_W)).join('');
}

/** A statement as the releases print it: company line, title, units, stacked headers, rows. */
export function tableText(company: string, t: TableSpec): string {
  const lines = [
    center(company.toUpperCase()),
    center(t.title),
    center(`(${t.units ?? 'in thousands, except per share data'})`),
    '',
  ];
  const depth = Math.max(...t.headers.map((h) => h.length));
  for (let i = 0; i < depth; i++) lines.push(' '.repeat(LABEL_W) + pad(t.headers.map((h) => h[i] ?? '')));
  // a row with no label is a blank line
  for (const [label, ...values] of t.rows) lines.push(label ? (label.padEnd(LABEL_W) + pad(values)).trimEnd() : '');
  return lines.join('\n');
}

/** Header of a quarter column: ["Three months", "ended", "June 30,", "2007"]. */
export function quarterHeader(monthDay: string, year: number): string[] {
  return ['Three months', 'ended', `${monthDay},`, String(year)];
}

/** Header of a year-to-date column: ["Six months", "ended", "June 30,", "2007"]. */
export function ytdHeader(months: 'Six' | 'Nine' | 'Twelve', monthDay: string, year: number): string[] {
  return [`${months} months`, 'ended', `${monthDay},`, String(year)];
}

/** Header of a balance-sheet column: ["June 30,", "2007"]. */
export function dateHeader(monthDay: string, year: number): string[] {
  return [`${monthDay},`, String(year)];
}

/** A whole release: headline, a paragraph naming the company and ticker, then the tables. */
export function releaseText(company: string, ticker: string, headline: string, tables: TableSpec[]): string {
  const intro = `      BOSTON -- ${company} (Nasdaq: ${ticker}) today reported its financial results.`;
  return [headline, '', intro, '', '', ...tables.map((t) => tableText(company, t) + '\n\n\n')].join('\n');
}

/** Reads a synthetic release as the loader would. */
export function readRelease(fileName: string, text: string): Document {
  return readReport(text, fileName);
}
