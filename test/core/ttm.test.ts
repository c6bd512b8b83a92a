// Trailing twelve months derived from the loaded releases (FY + YTD − prior YTD, or four quarters), checked
// against the true figures behind synthetic releases: never a wrong sum, and answered when the inputs are loaded.
import { describe, expect, it } from 'vitest';
import { generateReleases } from '../../bench/generate.js';
import { flowValue, truths } from '../../bench/gen/truth.js';
import { ask } from '../../src/core/index.js';
import type { Store } from '../../src/core/store.js';
import { readReport } from '../../src/reader/index.js';

describe('trailing twelve months', () => {
  for (const seed of [3, 21]) {
    it(`equal the true four-quarter sums (seed ${seed})`, () => {
      const releases = generateReleases(14, seed);
      const store: Store = { documents: releases.map((r) => readReport(r.text, r.fileName)) };
      let derived = 0;
      for (const t of truths(seed, 8)) {
        if (!releases.some((r) => r.fileName.startsWith(t.company.ticker.toLowerCase()))) continue;
        for (const [words, metric] of [['revenue', 'totalRevenue'], ['net income', 'netIncome']] as const) {
          const r = ask(`${t.company.ticker} ${words} TTM`, store, { today: '2026-01-01' });
          if (r.status !== 'answered') continue;
          const a = r.answers[0]!;
          expect(a.value, `${t.company.ticker} ${words} ${a.period?.label}`).toBe(flowValue(t, metric, 'year', a.period!.end));
          if (a.derived) derived++;
        }
      }
      expect(derived).toBeGreaterThan(0);
    });
  }
});
