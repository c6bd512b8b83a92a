// Derived quarters checked against printed ones over the generated releases of bench/generate.ts (four
// layouts, December and other fiscal years, 52/53-week calendars): wherever a release prints a quarter AND
// the year-to-date figures it could be derived from are loaded, the derivation must give the printed figure.
import { describe, expect, it } from 'vitest';
import { generateReleases } from '../../bench/generate.js';
import { readReport } from '../../src/reader/index.js';
import { companyIndex } from '../../src/core/index.js';
import { deriveQuarter } from '../../src/core/resolve/derived-quarter.js';
import { figuresOfRow } from '../../src/core/resolve/facts.js';
import type { RowRef } from '../../src/core/resolve/candidates.js';
import type { Document } from '../../src/core/store.js';
import type { PeriodSpec } from '../../src/periods/spec.js';

const docs: Document[] = generateReleases(60, 7).map((r) => readReport(r.text, r.fileName));
const store = { documents: docs };

// Every row of a company's releases, grouped by row path: the candidates a question about it would find.
function rowsByPath(companyDocs: Document[]): Map<string, RowRef[]> {
  const out = new Map<string, RowRef[]>();
  for (const doc of companyDocs) {
    doc.statements.forEach((st, s) => st.rows.forEach((row, r) => {
      const key = `${st.kind}:${row.path.join(' › ').toLowerCase()}`;
      const list = out.get(key) ?? [];
      list.push({ doc, s, r, score: 1, reason: 'test' });
      out.set(key, list);
    }));
  }
  return out;
}

describe('derived quarters agree with printed quarters (generated releases)', () => {
  it('every derivable printed quarter of a money flow is derived to the same figure', () => {
    let compared = 0;
    const mismatches: string[] = [];
    for (const company of companyIndex(store).byKey.values()) {
      for (const refs of rowsByPath(company.docs).values()) {
        // the quarters this item prints, each asked by its end date
        const printed = new Map<string, string>();
        for (const ref of refs) for (const f of figuresOfRow(ref.doc, ref.s, ref.r)) if (f.period.type === 'quarter') printed.set(f.period.end, f.value);
        for (const [end, value] of printed) {
          const spec: PeriodSpec = { type: 'quarter', end, text: end, span: [0, 0], rule: 'test' };
          const item = deriveQuarter(refs, spec, []);
          if (!item) continue;
          compared++;
          if (item.value !== value) mismatches.push(`${company.name} ${item.metric} ${end}: derived ${item.value} (${item.formula}), printed ${value}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    // the set is big enough to mean something: many quarters across the four layouts
    expect(compared).toBeGreaterThan(100);
  });

  it('no per-share, share-count or balance row is ever derived', () => {
    for (const company of companyIndex(store).byKey.values()) {
      for (const refs of rowsByPath(company.docs).values()) {
        const row = refs[0].doc.statements[refs[0].s].rows[refs[0].r];
        const st = refs[0].doc.statements[refs[0].s];
        if (/^[A-Z]{3}$/.test(row.unit) && st.kind !== 'balance') continue;
        const ends = new Set(refs.flatMap((ref) => figuresOfRow(ref.doc, ref.s, ref.r).map((f) => f.period.end)));
        for (const end of ends) expect(deriveQuarter(refs, { type: 'quarter', end, text: end, span: [0, 0], rule: 'test' }, []), `${row.label} ${end}`).toBeNull();
      }
    }
  });
});
