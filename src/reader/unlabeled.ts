// Names figure lines printed without a label, from their place in the table and the arithmetic they satisfy.
import type { StatementKind } from '../core/store.js';
import { sumsTo } from './arith.js';
import { shared } from './text.js';
import type { DraftRow } from './rows.js';

function equityWords(rows: DraftRow[]): string {
  const re = /\b((?:stock|share)(?:holders|owners)['’]? (?:equity|investment))/i;
  for (const text of [...rows.map((r) => r.label), ...rows.flatMap((r) => r.sections)]) {
    const m = re.exec(text);
    if (m) return m[1].toLowerCase();
  }
  return 'equity';
}

const LIABILITIES = /liabilit/i;

// A figure line printed without a label, or labelled only "TOTAL": its place tells what it totals.
function isBare(r: DraftRow): boolean {
  return r.label === '' || /^total:?$/i.test(r.label);
}

// Balance sheet: the last figure line before the liabilities part is total assets; the table's last line is total liabilities and equity.
function mentions(r: DraftRow): boolean {
  return LIABILITIES.test([...r.sections, r.label].join(' '));
}

function balanceLabel(rows: DraftRow[], i: number, title: string, seenLiab: boolean): string | null {
  const next = rows[i + 1];
  if (!seenLiab && next && mentions(next)) {
    // verified against the table's last line (total liabilities and equity) when that line is unlabeled too
    const last = rows[rows.length - 1];
    if (isBare(last) && last !== rows[i] && !sumsTo([rows[i]], last)) return null;
    return 'Total assets';
  }
  if (i === rows.length - 1) {
    if (seenLiab || LIABILITIES.test(title)) return `Total liabilities and ${equityWords(rows)}`;
    if (/\bassets\b/i.test(title)) return 'Total assets';
  }
  return null;
}

/** Gives every unlabeled row a label (and a path) saying what it totals; "(unlabeled subtotal)" when that cannot be told. */
export function nameUnlabeled(rows: DraftRow[], kind: StatementKind, title: string, trace?: string[]): void {
  // which rows come after a liabilities row, and which labels occur later: computed once (linear)
  const seen: boolean[] = [];
  rows.forEach((r, i) => seen.push(i > 0 && (seen[i - 1] || mentions(rows[i - 1]))));
  const lastAt = new Map<string, number>();
  rows.forEach((r, i) => lastAt.set(r.label.toLowerCase(), i));
  rows.forEach((row, i) => {
    if (!isBare(row)) return;
    const printed = row.label;
    let label: string | null = kind === 'balance' ? balanceLabel(rows, i, title, seen[i]) : null;
    let rule = 'balance-position';
    // a printed "Total" elsewhere keeps its label: its section may go on below it (a subtotal, not the section's total)
    if (label === null && printed !== '') return;
    if (label === null) {
      // members of the same section, back to the section's first row
      const members: DraftRow[] = [];
      for (let j = i - 1; j >= Math.max(0, i - 200) && rows[j].sectionId === row.sectionId && row.sectionId > 0 && rows[j].label !== ''; j--) members.unshift(rows[j]);
      const section = row.sections[row.sections.length - 1];
      if (members.length >= 2 && section && sumsTo(members, row)) {
        const later = (lastAt.get(`total ${section.toLowerCase()}`) ?? -1) > i;
        label = later ? 'Subtotal' : `Total ${section}`;
        rule = 'section-sum';
      }
    }
    // "Costs and expenses:" ... "Special charges:" ... then an unlabeled line adding up every row of the outer
    // section, the inner one's included: the outer section's total (and no longer inside the inner one)
    for (let k = row.sections.length - 2; label === null && k >= 0; k--) {
      const outer = row.sections.slice(0, k + 1);
      const within = (r: DraftRow) => r.label !== '' && outer.every((t, n) => r.sections[n] === t);
      const members: DraftRow[] = [];
      for (let j = i - 1; j >= Math.max(0, i - 200) && within(rows[j]); j--) members.unshift(rows[j]);
      if (members.length >= 2 && sumsTo(members, row)) {
        const later = (lastAt.get(`total ${outer[k].toLowerCase()}`) ?? -1) > i;
        label = later ? 'Subtotal' : `Total ${outer[k]}`;
        row.sections = outer;
        rule = 'outer-section-sum';
      }
    }
    if (label === null && i >= 2) {
      const a = rows[i - 2];
      const b = rows[i - 1];
      if (a.label && /^less\b/i.test(b.label) && sumsTo([a, b], row, (k) => (k === 0 ? 1 : -1))) {
        label = `Net ${a.label}`;
        rule = 'less-difference';
      }
    }
    if (label === null) {
      label = '(unlabeled subtotal)';
      rule = 'unknown';
    }
    row.label = shared(label);
    trace?.push(`reader.unlabeled-${rule}: line ${row.line} -> "${label}"`);
  });
}
