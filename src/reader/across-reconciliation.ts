// A reconciliation printed across: "GAAP | Adjustments | Non-GAAP" (or "As Reported (GAAP) | Restructuring |
// Amortization | Adjusted (Non-GAAP)") under one period. Only the GAAP column holds the row's figure as reported;
// the columns after it hold adjustments, not the row's figure of any period; the last holds the adjusted figure,
// which is read as a row of its own ("Non-GAAP Operating income"), so that "operating income" never answers with it.
import type { Column, Row, Statement } from '../core/store.js';

// "Non-GAAP", "Adjusted (Non-GAAP)", "As Adjusted"
const ADJUSTED = /\bnon-?\s?gaap\b|\b(?:as )?adjusted\b/i;
// "GAAP", "As Reported (GAAP)", "Reported"
const REPORTED = /\bgaap\b|\b(?:as )?reported\b/i;
// a row label that already names the adjusted figure ("Adjusted EBITDA", "Non-GAAP net income")
const ADJUSTED_LABEL = /\bnon-?\s?gaap\b|\badjusted\b/i;

interface Group {
  reported: number;
  between: number[];
  adjusted: number;
}

const reportedColumn = (c: Column): boolean => REPORTED.test(c.label.replace(/\bnon-?\s?gaap\b/gi, '')) && !ADJUSTED.test(c.label) && (c.kind === 'period' || c.kind === 'other');
const adjustedColumn = (c: Column): boolean => ADJUSTED.test(c.label) && (c.kind === 'period' || c.kind === 'other');

// Each run: a reported column, any columns that are neither, then an adjusted column; all of one period (or none said).
function groups(columns: Column[]): Group[] {
  const out: Group[] = [];
  for (let i = 0; i < columns.length; i++) {
    if (!reportedColumn(columns[i]!)) continue;
    let j = i + 1;
    while (j < columns.length && !reportedColumn(columns[j]!) && !adjustedColumn(columns[j]!) && columns[j]!.kind !== 'change' && columns[j]!.kind !== 'percent_change') j++;
    if (j >= columns.length || !adjustedColumn(columns[j]!)) continue;
    out.push({ reported: i, between: Array.from({ length: j - i - 1 }, (_, k) => i + 1 + k), adjusted: j });
    i = j;
  }
  return out;
}

const samePeriod = (a: Column['period'], b: Column['period']): boolean => a!.type === b!.type && a!.start === b!.start && a!.end === b!.end;

/**
 * Reads the across reconciliations of a document's tables: the columns between reported and adjusted lose their
 * period, the reported column takes the run's period, and the adjusted figures are returned as tables of their own
 * (to stand right after the table they come from).
 */
export function acrossReconciliations(statements: Statement[], trace?: string[]): Map<Statement, Statement> {
  const out = new Map<Statement, Statement>();
  for (const s of statements) {
    const gs = groups(s.columns);
    if (gs.length === 0) continue;
    const kept: Group[] = [];
    for (const g of gs) {
      const cols = [g.reported, ...g.between, g.adjusted].map((c) => s.columns[c]!);
      const dated = cols.filter((c) => c.period !== null);
      if (dated.length === 0 || dated.some((c) => !samePeriod(c.period, dated[0]!.period))) continue;
      kept.push(g);
    }
    if (kept.length === 0) continue;
    const columns: Column[] = [];
    const rows: Row[] = s.rows.map((r) => {
      const label = ADJUSTED_LABEL.test(r.label) ? r.label : `Non-GAAP ${r.label}`;
      return { ...r, label, path: [...r.path.slice(0, -1), label], values: [] };
    });
    for (const g of kept) {
      const period = [g.reported, ...g.between, g.adjusted].map((c) => s.columns[c]!.period).find((p) => p !== null)!;
      const adjusted = s.columns[g.adjusted]!;
      columns.push({ label: adjusted.label, period, kind: 'period' });
      s.rows.forEach((r, i) => rows[i]!.values.push(r.values[g.adjusted] ?? null));
      s.columns[g.reported] = { ...s.columns[g.reported]!, period, kind: 'period' };
      for (const c of [...g.between, g.adjusted]) s.columns[c] = { ...s.columns[c]!, period: null, kind: 'other' };
    }
    trace?.push(`reader.across-reconciliation: line ${s.line} "${s.title}": ${kept.length} reported | adjustments | adjusted run(s)`);
    out.set(s, { ...s, columns, rows: rows.filter((r) => r.values.some((v) => v !== null)) });
  }
  return out;
}
