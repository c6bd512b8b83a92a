// Beginning cash + net change in cash = ending cash, per cash-flow column.
import type { Check, Row, Statement } from '../../core/store.js';
import { Decimal } from '../decimal.js';
import { sameExact, sumExact } from '../decimal-text.js';
import { shared } from '../text.js';

// "Cash and cash equivalents, beginning of period"; "... at End of Period"; "Net increase (decrease) in cash ...", "Total cash used".
const BEGIN = /\bcash\b.*\bbeginning\b/i;
const END = /\bcash\b.*\bend of\b/i;
const CHANGE = /^(?:net )?(?:increase|decrease|change)(?: \((?:increase|decrease)\))? in cash(?: and cash equivalents)?$|^total cash (?:used|generated|provided)\b/i;

/** One check per cash-flow statement that prints all three rows. */
export function cashChecks(statements: Statement[]): Check[] {
  const out: Check[] = [];
  for (const s of statements) {
    if (s.kind !== 'cash_flow') continue;
    const begin = s.rows.find((r) => BEGIN.test(r.label));
    const end = s.rows.find((r) => END.test(r.label));
    const change = [...s.rows].reverse().find((r: Row) => CHANGE.test(r.label));
    if (!begin || !end || !change) continue;
    const broken: string[] = [];
    let compared = 0;
    s.columns.forEach((col, c) => {
      const [b, d, e] = [begin.values[c], change.values[c], end.values[c]];
      if (b === null || d === null || e === null) return;
      compared++;
      const sum = sumExact([b, d]) ?? new Decimal(b).plus(new Decimal(d)).toFixed();
      if (!(sameExact(sum, e) ?? new Decimal(sum).equals(new Decimal(e)))) broken.push(`${col.label}: ${b} + ${d} = ${sum}, printed ${e}`);
    });
    if (compared) out.push({ ok: broken.length === 0, line: end.line, rule: shared(`${begin.label} + ${change.label} = ${end.label}`), detail: broken.join('; ') });
  }
  return out;
}
