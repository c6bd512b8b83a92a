// A table that states no units ("RECONCILIATION OF NON-GAAP FINANCIAL MEASURES" under statements "in millions")
// takes them from the figures it repeats: when its money lines print, under the same names, figures another
// table of the release gives in its scale ("Net cash provided by operating activities  268.4" where the cash
// flow statement's 268.4 is $268.4 million), its money figures are in that scale too.
import type { Statement } from '../core/store.js';
import { timesPowerOfTen } from './decimal-text.js';
import { readUnits } from './units.js';

// figures that must agree before a scale is taken (one could be chance)
const ENOUGH = 2;
const MANY = 8;

const key = (label: string): string => label.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

interface Twin {
  scale: string;
  measure: string;
  units: string;
  values: Set<string>;
}

/** Scales, in place, the money figures of each table without units whose figures another table states in its units. */
export function unitsFromTwins(statements: Statement[]): void {
  if (!statements.some((s) => !s.units)) return;
  // every row of a scaled table, by its name (one pass over the release)
  const twins = new Map<string, Twin[]>();
  for (const u of statements) {
    if (!u.units) continue;
    const { scale, measure } = readUnits(u.units);
    if (scale === '1') continue;
    for (const r of u.rows) {
      const list = twins.get(key(r.label)) ?? [];
      list.push({ scale, measure, units: u.units, values: new Set(r.values.filter((v): v is string => v !== null)) });
      twins.set(key(r.label), list);
    }
  }
  if (twins.size === 0) return;
  for (const t of statements) {
    if (t.units) continue;
    const votes = new Map<string, { hits: number; units: string; measure: string }>();
    for (const r of t.rows) {
      const same = twins.get(key(r.label)) ?? [];
      // a name printed in many tables ("Total", "Other") says little, and would make the search quadratic
      if (same.length > MANY) continue;
      for (const twin of same) {
        if (r.unit !== twin.measure) continue;
        const zeros = twin.scale.length - 1;
        let hits = 0;
        for (const [c, v] of r.values.entries()) {
          if (v === null || v === '0' || t.columns[c]?.kind === 'percent_change') continue;
          if (twin.values.has(timesPowerOfTen(v, zeros))) hits++;
        }
        const seen = votes.get(twin.scale) ?? { hits: 0, units: twin.units, measure: twin.measure };
        seen.hits += hits;
        votes.set(twin.scale, seen);
      }
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
