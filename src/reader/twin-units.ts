// A table that states no units ("RECONCILIATION OF NON-GAAP FINANCIAL MEASURES" under statements "in millions")
// takes them from the figures it repeats: when its money lines print, under the same names, figures another
// table of the release gives in its scale ("Net cash provided by operating activities  268.4" where the cash
// flow statement's 268.4 is $268.4 million), its money figures are in that scale too.
import type { Statement } from '../core/store.js';
import { timesPowerOfTen } from './decimal-text.js';
import { readUnits } from './units.js';

// figures that must agree before a scale is taken (one could be chance)
const ENOUGH = 2;

const key = (label: string): string => label.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Scales, in place, the money figures of each table without units whose figures another table states in its units. */
export function unitsFromTwins(statements: Statement[]): void {
  for (const t of statements) {
    if (t.units) continue;
    const votes = new Map<string, { hits: number; units: string; measure: string }>();
    for (const u of statements) {
      if (u === t || !u.units) continue;
      const { scale, measure } = readUnits(u.units);
      if (scale === '1') continue;
      const zeros = scale.length - 1;
      const byLabel = new Map(u.rows.map((r) => [key(r.label), new Set(r.values.filter((v): v is string => v !== null))]));
      let hits = 0;
      for (const r of t.rows) {
        const twin = r.unit === measure ? byLabel.get(key(r.label)) : undefined;
        if (!twin) continue;
        for (const [c, v] of r.values.entries()) {
          if (v === null || v === '0' || t.columns[c]?.kind === 'percent_change') continue;
          if (twin.has(timesPowerOfTen(v, zeros))) hits++;
        }
      }
      const seen = votes.get(scale) ?? { hits: 0, units: u.units, measure };
      seen.hits += hits;
      votes.set(scale, seen);
    }
    const agreed = [...votes.entries()].filter(([, v]) => v.hits >= ENOUGH);
    if (agreed.length !== 1) continue;
    const [scale, { units, measure }] = agreed[0]!;
    t.units = units;
    for (const r of t.rows) {
      if (r.unit !== measure) continue;
      r.values = r.values.map((v, c) => (v === null || t.columns[c]?.kind === 'percent_change' ? v : timesPowerOfTen(v, scale.length - 1)));
    }
  }
}
