// Hand-built Documents for the row matcher tests, in the shapes of src/core/store.ts.
// A row is written "Section › Label" with an optional " | unit" ("... › Diluted | shares").
import type { Document, Statement, StatementKind } from '../../src/core/store.js';

export interface StatementSpec { title: string; kind: StatementKind; rows: string[] }

export function statement(title: string, kind: StatementKind, rows: string[]): StatementSpec {
  return { title, kind, rows };
}

/** A document whose rows carry their path and unit; every value is "1". */
export function makeDoc(name: string, specs: StatementSpec[]): Document {
  let line = 1;
  const statements: Statement[] = specs.map((sp) => ({
    title: sp.title, kind: sp.kind, line: line++, units: 'in thousands',
    columns: [{ label: 'Three months ended June 30, 2007', kind: 'period', period: { type: 'quarter', start: '2007-04-01', end: '2007-06-30' } }],
    rows: sp.rows.map((spec) => {
      const [pathText, unit] = spec.split(' | ');
      const path = pathText!.split(' › ').map((p) => p.trim());
      const l = line++;
      return { label: path[path.length - 1]!, path, line: l, lines: [l, l] as [number, number], unit: unit ?? 'USD', values: ['1'] };
    }),
  }));
  return { document: name, company: null, ticker: null, title: name, statements, checks: [], prose: [], fiscalYearEnd: null, problems: [] };
}

/** The path of a candidate's row, joined as the reports print it. */
export function pathOf(doc: Document, c: { statement: number; row: number }): string {
  return doc.statements[c.statement]!.rows[c.row]!.path.join(' › ');
}
