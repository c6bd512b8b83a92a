// Components against their totals: the rows of a section add up to its "Total ..." row.
import type { Check } from '../../core/store.js';
import { Decimal } from '../decimal.js';
import { sameExact, sumExact } from '../decimal-text.js';
import { shared } from '../text.js';
import { isTotalLabel, keyWords } from '../labels.js';
import type { ReadTable } from '../statement.js';

// The column's figures added up (decimal.js's print), or null when one is empty.
function sumColumn(values: (string | null)[][], c: number): string | null {
  const column: string[] = [];
  for (const v of values) {
    if (v[c] === null) return null;
    column.push(v[c]!);
  }
  const exact = sumExact(column);
  if (exact !== null) return exact;
  let sum = new Decimal(0);
  for (const x of column) sum = sum.plus(new Decimal(x));
  return sum.toFixed();
}

function same(a: string, b: string): boolean {
  return sameExact(a, b) ?? new Decimal(a).equals(new Decimal(b));
}

// "Product + Service = Total revenue"; longer lists by count.
function ruleText(members: string[], total: string): string {
  return members.length <= 4 ? `${members.join(' + ')} = ${total}` : `${members[0]} + ... + ${members[members.length - 1]} (${members.length} rows) = ${total}`;
}

/** One check per total row whose members are the rows right above it in the same section, same unit, not percentages. */
export function sectionChecks(table: ReadTable): Check[] {
  const { statement, drafts } = table;
  const out: Check[] = [];
  const usable = statement.columns.map((c) => c.kind !== 'percent_change');
  drafts.forEach((d, i) => {
    const row = statement.rows[i];
    if (!(isTotalLabel(d.label) || d.label === 'Subtotal') || d.sectionId <= 0 || row.unit === 'percent') return;
    let j = i - 1;
    const limit = i - 200;
    while (j >= 0 && j >= limit && drafts[j].sectionId === d.sectionId && !isTotalLabel(drafts[j].label)) j--;
    // more than 200 members: too long a list to check (and keeps the work linear)
    if (j >= 0 && j < limit) return;
    const members = statement.rows.slice(j + 1, i);
    if (members.length < 2 || members.some((m) => m.unit !== row.unit)) return;
    // a rule line or a "Less ..." row among the members: the sum is not a plain one; skip unless it holds
    const plain = drafts.slice(j + 2, i).every((m) => !m.afterRule) && members.every((m) => !/^less\b/i.test(m.label));
    const broken: string[] = [];
    let compared = 0;
    statement.columns.forEach((col, c) => {
      if (!usable[c] || row.values[c] === null) return;
      const sum = sumColumn(members.map((m) => m.values), c);
      if (sum === null) return;
      compared++;
      if (!same(sum, row.values[c]!)) broken.push(`${col.label || `column ${c + 1}`}: rows add to ${sum}, printed ${row.values[c]}`);
    });
    // a broken sum is reported only when the total names its section ("Total revenue" under "Revenue") or is a bare "Total"
    const section = d.sections[d.sections.length - 1] ?? '';
    const totalWords = new Set(keyWords(d.label));
    const names = keyWords(section).every((w) => totalWords.has(w)) || /^(?:sub)?total$/i.test(d.label);
    if (compared === 0 || (broken.length > 0 && (!plain || !names))) return;
    out.push({ ok: broken.length === 0, line: row.line, rule: shared(ruleText(members.map((m) => m.label), row.label)), detail: broken.join('; ') });
  });
  return out;
}
