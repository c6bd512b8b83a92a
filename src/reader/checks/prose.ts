// Figures in the prose against the tables: "Revenues for the second quarter of fiscal 2007 were $75.5 million" vs 75,493.
import type { Check, Paragraph, Statement } from '../../core/store.js';
import { Decimal } from '../decimal.js';
import { proseCellIndex } from './prose-cells.js';

// "<metric> for the <period> was/were $<n> million" (metric first, then the period, then the figure).
const SENTENCE = /\b(revenues?|net sales|net loss|net income|net earnings)\b( for the [a-z ,0-9]{4,60}?)\s+(?:was|were|of|totaled)\s+\$(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s+(million|billion)\b/gi;
// Metric words -> the row labels they name.
const ROWS: [RegExp, RegExp][] = [
  [/revenue|net sales/i, /^(?:total )?(?:net )?(?:operating )?revenues?$|^net sales$/i],
  [/net (?:loss|income|earnings)/i, /^net (?:income|loss|earnings)(?: \(loss\))?$/i],
];
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

interface ProsePeriod {
  type: string;
  /** Calendar month the period ends in ("06"), and its year when the sentence gives one. */
  month: string;
  year: string | null;
}

// "second quarter of fiscal 2007" -> quarter ending June 2007; "first six months of 2007"; "the fourth quarter" (year: the latest shown);
// "the full year" -> year ending December. Calendar years only (the caller checks the fiscal year end).
function periodOf(text: string): ProsePeriod | null {
  const q = /\b(first|second|third|fourth) quarter(?: of (?:fiscal )?((?:19|20)\d\d))?\b/i.exec(text);
  if (q) return { type: 'quarter', month: String(ORDINAL[q[1].toLowerCase()] * 3).padStart(2, '0'), year: q[2] ?? null };
  const h = /\bfirst (six|nine) months(?: of (?:fiscal )?((?:19|20)\d\d))?\b/i.exec(text);
  if (h) return { type: h[1].toLowerCase() === 'six' ? 'six_months' : 'nine_months', month: h[1].toLowerCase() === 'six' ? '06' : '09', year: h[2] ?? null };
  const y = /\b(?:full|fiscal) year(?: (?:of )?((?:19|20)\d\d))?\b/i.exec(text);
  if (y) return { type: 'year', month: '12', year: y[1] ?? null };
  return null;
}

/** Prose figures checked against the one table cell they name; only where row and column are unambiguous. */
export function proseChecks(statements: Statement[], prose: Paragraph[]): Check[] {
  const out: Check[] = [];
  const index = proseCellIndex(statements);
  for (const p of prose) {
    for (const m of p.text.matchAll(SENTENCE)) {
      const period = periodOf(m[2]);
      const rowRe = ROWS.find(([w]) => w.test(m[1]))?.[1];
      if (!period || !rowRe) continue;
      const year = period.year ?? index.latestYear(period.type, period.month);
      if (!year) continue;
      // the one cell of that row and period (null when none, or when the tables disagree)
      const cell = index.cell(rowRe, period.type, `${year}-${period.month}`);
      if (!cell) continue;
      const said = new Decimal(m[3].replace(/,/g, ''));
      const scale = new Decimal(m[4].toLowerCase() === 'billion' ? '1e9' : '1e6');
      const places = m[3].includes('.') ? m[3].split('.')[1].length : 0;
      const table = new Decimal(cell.value).abs().dividedBy(scale).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
      const lineIdx = p.offsets.findIndex((o, i) => m.index! >= o && (i === p.offsets.length - 1 || m.index! < p.offsets[i + 1]));
      out.push({
        ok: table.equals(said),
        line: p.lines[0] + Math.max(0, lineIdx),
        rule: `prose "${m[0].replace(/\s+/g, ' ')}" matches ${cell.row.label} (line ${cell.row.line})`,
        detail: table.equals(said) ? '' : `table gives ${table.toFixed(places)} ${m[4]}`,
      });
    }
  }
  return out;
}
