// Figures in the prose against the tables: "Revenues for the second quarter of fiscal 2007 were $75.5 million" vs 75,493.
import type { Check, Paragraph, Row, Statement } from '../../core/store.js';
import { Decimal } from '../decimal.js';

// "<metric> for the <period> was/were $<n> million" (metric first, then the period, then the figure).
const SENTENCE = /\b(revenues?|net sales|net loss|net income|net earnings)\b( for the [a-z ,0-9]{4,60}?)\s+(?:was|were|of|totaled)\s+\$(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s+(million|billion)\b/gi;
// Metric words -> the row labels they name.
const ROWS: [RegExp, RegExp][] = [
  [/revenue|net sales/i, /^(?:total )?(?:net )?(?:operating )?revenues?$|^net sales$/i],
  [/net (?:loss|income|earnings)/i, /^net (?:income|loss|earnings)(?: \(loss\))?$/i],
];
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

// "second quarter of fiscal 2007" -> quarter ending 2007-06; "first six months of 2007" -> six months ending 2007-06 (calendar years only).
function periodOf(text: string): { type: string; endMonth: string } | null {
  const q = /\b(first|second|third|fourth) quarter of (?:fiscal )?((?:19|20)\d\d)\b/i.exec(text);
  if (q) return { type: 'quarter', endMonth: `${q[2]}-${String(ORDINAL[q[1].toLowerCase()] * 3).padStart(2, '0')}` };
  const h = /\bfirst (six|nine) months of (?:fiscal )?((?:19|20)\d\d)\b/i.exec(text);
  if (h) return h[1].toLowerCase() === 'six' ? { type: 'six_months', endMonth: `${h[2]}-06` } : { type: 'nine_months', endMonth: `${h[2]}-09` };
  return null;
}

/** Prose figures checked against the one table cell they name; only where row and column are unambiguous. */
export function proseChecks(statements: Statement[], prose: Paragraph[]): Check[] {
  const out: Check[] = [];
  for (const p of prose) {
    for (const m of p.text.matchAll(SENTENCE)) {
      const period = periodOf(m[2]);
      const rowRe = ROWS.find(([w]) => w.test(m[1]))?.[1];
      if (!period || !rowRe) continue;
      const cells: { row: Row; value: string }[] = [];
      for (const s of statements) {
        if (s.kind !== 'income' && s.kind !== 'other') continue;
        s.columns.forEach((c, k) => {
          if (c.period?.type !== period.type || !c.period.end.startsWith(period.endMonth)) return;
          for (const r of s.rows) if (rowRe.test(r.label) && r.unit === 'USD' && r.values[k] !== null) cells.push({ row: r, value: r.values[k]! });
        });
      }
      if (cells.length === 0 || new Set(cells.map((c) => c.value)).size !== 1) continue;
      const said = new Decimal(m[3].replace(/,/g, ''));
      const scale = new Decimal(m[4].toLowerCase() === 'billion' ? '1e9' : '1e6');
      const places = m[3].includes('.') ? m[3].split('.')[1].length : 0;
      const table = new Decimal(cells[0].value).abs().dividedBy(scale).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
      const lineIdx = p.offsets.findIndex((o, i) => m.index! >= o && (i === p.offsets.length - 1 || m.index! < p.offsets[i + 1]));
      out.push({
        ok: table.equals(said),
        line: p.lines[0] + Math.max(0, lineIdx),
        rule: `prose "${m[0].replace(/\s+/g, ' ')}" matches ${cells[0].row.label} (line ${cells[0].row.line})`,
        detail: table.equals(said) ? '' : `table gives ${table.toFixed(places)} ${m[4]}`,
      });
    }
  }
  return out;
}
