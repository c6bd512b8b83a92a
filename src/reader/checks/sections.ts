// Components against their totals: the rows of a section add up to its "Total ..." row.
import type { Check } from '../../core/store.js';
import { Decimal } from '../decimal.js';
import { sameExact, sumExact } from '../decimal-text.js';
import { shared } from '../text.js';
import { isTotalLabel, keyWords } from '../labels.js';
import type { ReadTable } from '../statement.js';
import { isShareOfColumn } from '../period.js';

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
  // (a "% of Rev." column's shares are each rounded: they need not add up to the total's)
  const usable = statement.columns.map((c) => c.kind !== 'percent_change' && !isShareOfColumn(c.label));
  drafts.forEach((d, i) => {
    const row = statement.rows[i];
    if (!(isTotalLabel(d.label) || d.label === 'Subtotal') || d.sectionId <= 0 || row.unit === 'percent') return;
    let j = i - 1;
    const limit = i - 200;
    // "Current assets:" ... "Inventories:" parts, their "Total Inventories", ... "Total current assets": a sub-section's
    // total stands for its parts among the members
    const picked: number[] = [];
    const nested = (k: number) => drafts[k].sections.length > d.sections.length && d.sections.every((t, n) => drafts[k].sections[n] === t);
    let subTotal: string | null = null;
    while (j >= 0 && j >= limit) {
      const m = drafts[j];
      if (m.sectionId === d.sectionId && !isTotalLabel(m.label)) picked.push(j);
      else if (nested(j) && isTotalLabel(m.label) && m.sections.length === d.sections.length + 1 && subTotal === null) {
        picked.push(j);
        subTotal = m.sections[d.sections.length];
      } else if (nested(j) && subTotal !== null && m.sections[d.sections.length] === subTotal) {
        // a part of the sub-section whose total is already counted
      } else break;
      if (m.sectionId === d.sectionId) subTotal = null;
      j--;
    }
    // more than 200 members: too long a list to check (and keeps the work linear)
    if (j >= 0 && j < limit) return;
    let members = picked.reverse().map((k) => statement.rows[k]);
    if (members.length === 0 || members.some((m) => m.unit !== row.unit)) return;
    // a rule line or a "Less ..." row among the members: the sum is not a plain one; skip unless it holds
    const plain = picked.slice(1).every((k) => !drafts[k].afterRule || isTotalLabel(drafts[k].label)) && members.every((m) => !/^less\b/i.test(m.label));
    const compare = (rows: typeof members): { broken: string[]; compared: number } => {
      const broken: string[] = [];
      let compared = 0;
      statement.columns.forEach((col, c) => {
        if (!usable[c] || row.values[c] === null) return;
        const sum = sumColumn(rows.map((m) => m.values), c);
        if (sum === null) return;
        compared++;
        if (!same(sum, row.values[c]!)) broken.push(`${col.label || `column ${c + 1}`}: rows add to ${sum}, printed ${row.values[c]}`);
      });
      return { broken, compared };
    };
    let { broken, compared } = members.length >= 2 ? compare(members) : { broken: ['one member'], compared: 0 };
    // "Total current assets" closing a subsection just above ("Current assets" inside "Assets"), then the
    // section's other rows, then "Total assets": the subtotal is a member too when the sum then holds
    if (broken.length > 0 && j >= 0 && isTotalLabel(drafts[j].label) && drafts[j].sectionId !== d.sectionId && statement.rows[j].unit === row.unit) {
      const withSub = [statement.rows[j], ...members];
      const again = compare(withSub);
      if (again.compared > 0 && again.broken.length === 0) {
        ({ broken, compared } = again);
        members = withSub;
      }
    }
    // a nested subsection without a total of its own ("Convertible preferred stock:" / "Series A" / "Series B")
    // above the section's own rows: its rows are members too when the sum then holds
    if (broken.length > 0) {
      const inside = (k: number): boolean => {
        const r = drafts[k];
        return r.sectionId === d.sectionId || (r.sections.length > d.sections.length && d.sections.every((t, x) => r.sections[x] === t));
      };
      let k = i - 1;
      while (k >= 0 && k >= limit && inside(k) && !isTotalLabel(drafts[k].label)) k--;
      const nested = statement.rows.slice(k + 1, i);
      if (nested.length > members.length && nested.every((m) => m.unit === row.unit)) {
        const again = compare(nested);
        if (again.compared > 0 && again.broken.length === 0) {
          ({ broken, compared } = again);
          members = nested;
        }
      }
    }
    // a broken sum is reported only when the total names its section ("Total revenue" under "Revenue") or is a bare "Total"
    const section = d.sections[d.sections.length - 1] ?? '';
    const totalWords = new Set(keyWords(d.label));
    const names = keyWords(section).every((w) => totalWords.has(w)) || /^(?:sub)?total$/i.test(d.label);
    if (compared === 0 || members.length < 2 || (broken.length > 0 && (!plain || !names))) return;
    out.push({ ok: broken.length === 0, line: row.line, rule: shared(ruleText(members.map((m) => m.label), row.label)), detail: broken.join('; ') });
  });
  return out;
}
