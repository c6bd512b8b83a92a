// Share counts printed whole in a table "in thousands, except per share amounts": "Weighted average shares
// outstanding: Basic  57,171,190" beside "Net income  $ 2,507" and "Basic earnings per share  $ 0.04" is 57 million
// shares, not 57 billion. The table's own figures tell: net income over the shares must give the per-share amount
// it prints. When, in every column where the three stand, that holds only with the shares taken as printed, the
// share counts were never in the table's scale.
import { Decimal } from './decimal.js';
import type { Row, Statement } from '../core/store.js';
import { readUnits } from './units.js';

// "Net income", "Net income (loss)", "Net (loss) income", "Net earnings": the numerator of the per-share amount.
const NET_INCOME = /^net (?:income|earnings|loss|\(loss\) income|\(loss\) earnings)(?: \(loss\))?$/i;
const BASIC = /\bbasic\b/i;

// a ratio of implied to printed per-share amount that rounding of a per-share figure to the cent can explain
const near = (r: Decimal): boolean => r.gte(0.6) && r.lte(1.6);

function firstRow(rows: Row[], test: (r: Row) => boolean): Row | undefined {
  return rows.find(test);
}

/** Divides back, in place, the share counts of a scaled table whose own net income and per-share amounts show them printed whole. */
export function unscaleWholeShareCounts(statements: Statement[], trace?: string[]): void {
  tables: for (const s of statements) {
    const shareRows = s.rows.filter((r) => r.unit === 'shares');
    if (shareRows.length === 0 || !s.units) continue;
    const { scale } = readUnits(s.units);
    if (scale === '1') continue;
    const shares = firstRow(shareRows, (r) => r.path.some((p) => BASIC.test(p))) ?? shareRows[0]!;
    const eps = firstRow(s.rows, (r) => r.unit.endsWith('/share') && r.path.some((p) => BASIC.test(p))) ?? firstRow(s.rows, (r) => r.unit.endsWith('/share'));
    const income = firstRow(s.rows, (r) => !r.unit.includes('/') && r.unit !== 'shares' && r.unit !== 'percent' && NET_INCOME.test(r.label.trim()));
    if (!eps || !income) continue;
    let asPrinted = 0;
    let scaled = 0;
    for (let c = 0; c < s.columns.length; c++) {
      const [n, k, e] = [income.values[c], shares.values[c], eps.values[c]];
      if (!n || !k || !e) continue;
      const [nd, kd, ed] = [new Decimal(n), new Decimal(k), new Decimal(e)];
      if (kd.isZero() || ed.abs().lt(0.05) || nd.isZero()) continue;
      const ratio = nd.div(kd).div(ed);
      if (near(ratio)) scaled++;
      else if (near(ratio.times(scale))) asPrinted++;
      // (a column the counts fit neither way: this table is left as it is, the next one is still looked at)
      else continue tables;
    }
    if (asPrinted < 2 || scaled > 0) continue;
    trace?.push(`reader.shares: line ${s.line}: net income over the share counts gives the per-share amounts only with the counts as printed: not in ${scale}s`);
    for (const r of shareRows) r.values = r.values.map((v) => (v === null ? null : new Decimal(v).div(scale).toFixed()));
  }
}
