// "Quarterly Financial Data" headed only by quarter-end dates ("March 31, 2015   June 30, 2015   September 30, 2015
// December 31, 2015") over an income statement's rows: each date ends its quarter. (Without the title's word, a date
// over income rows names no period: the span it ends is not told.)
import type { Column } from '../core/store.js';
import { quarterEnding } from './fiscal-anchors.js';

// "Quarterly Financial Data", "Summary of quarterly results", "Selected Quarterly Data (Unaudited)"
const QUARTERLY = /\bquarterly\b/i;

const monthIndex = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
const isMonthEnd = (iso: string): boolean => new Date(Date.parse(iso + 'T00:00:00Z') + 86_400_000).getUTCDate() === 1;

/** Dates the quarters of a quarterly table headed by its quarters' month ends; true when it did. */
export function quartersFromEnds(title: string, columns: Column[]): boolean {
  const dated = columns.filter((c) => c.kind === 'period');
  if (!QUARTERLY.test(title) || dated.length < 2 || !dated.every((c) => c.period?.type === 'instant' && isMonthEnd(c.period.end))) return false;
  // consecutive quarters, three months apart in order (newest first or last)
  const months = dated.map((c) => monthIndex(c.period!.end));
  const steps = months.slice(1).map((m, i) => m - months[i]!);
  if (!(steps.every((s) => s === 3) || steps.every((s) => s === -3))) return false;
  for (const c of dated) c.period = quarterEnding(c.period!.end);
  return true;
}
