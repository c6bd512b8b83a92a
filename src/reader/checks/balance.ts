// Total assets = total liabilities and equity (also across a balance sheet printed in two tables).
import type { Check, Row, Statement } from '../../core/store.js';
import { Decimal } from '../decimal.js';
import { sameExact } from '../decimal-text.js';
import { shared } from '../text.js';

interface Found {
  row: Row;
  statement: Statement;
}

function find(statements: Statement[], re: RegExp): Found | null {
  for (const s of statements) {
    if (s.kind !== 'balance') continue;
    const row = s.rows.find((r) => re.test(r.label));
    if (row) return { row, statement: s };
  }
  return null;
}

// Figures of two rows compared column by column, matching columns by their period end date.
function compare(a: Found, b: Found): { compared: number; broken: string[] } {
  const broken: string[] = [];
  let compared = 0;
  a.statement.columns.forEach((col, c) => {
    const k = b.statement.columns.findIndex((x) => x.period && col.period && x.period.end === col.period.end);
    const va = a.row.values[c];
    const vb = k >= 0 ? b.row.values[k] : null;
    if (va === null || vb === null || vb === undefined) return;
    compared++;
    if (!(sameExact(va, vb) ?? new Decimal(va).equals(new Decimal(vb)))) broken.push(`${col.label}: ${va} vs ${vb}`);
  });
  return { compared, broken };
}

/** "Total assets = Total liabilities and stockholders' equity" for each balance-sheet date. */
export function balanceChecks(statements: Statement[]): Check[] {
  const assets = find(statements, /^total assets$/i);
  const both = find(statements, /^total liabilities and .*(?:equity|investment|deficit)/i);
  if (!assets || !both) return [];
  const { compared, broken } = compare(assets, both);
  if (compared === 0) return [];
  return [{ ok: broken.length === 0, line: both.row.line, rule: shared(`${assets.row.label} = ${both.row.label}`), detail: broken.join('; ') }];
}
