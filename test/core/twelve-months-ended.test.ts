// "revenue for the twelve months ended March 31, 2005": twelve months ending on a day no fiscal year closes on,
// derived from the loaded releases (the year before + the months since − the same months a year before), checked
// against the true figures behind synthetic releases. Never for a per-share figure or a balance.
import { describe, expect, it } from 'vitest';
import { generateReleases } from '../../bench/generate.js';
import { quarterOf } from '../../bench/gen/calendar.js';
import { flowValue, quarterEndIso, truths } from '../../bench/gen/truth.js';
import { ask } from '../../src/core/index.js';
import type { Store } from '../../src/core/store.js';
import { readReport } from '../../src/reader/index.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const words = (iso: string): string => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8))}, ${iso.slice(0, 4)}`;

describe('twelve months ended on a day asked', () => {
  for (const seed of [3, 21]) {
    it(`equal the true four-quarter sums, never a per-share figure (seed ${seed})`, () => {
      const releases = generateReleases(14, seed);
      const store: Store = { documents: releases.map((r) => readReport(r.text, r.fileName)) };
      let answered = 0;
      for (const t of truths(seed, 8)) {
        const mine = releases.filter((r) => r.fileName.startsWith(`${t.company.ticker.toLowerCase()}-`));
        if (!mine.length) continue;
        // each quarter the company released, other than its fiscal year's last
        for (let f = t.to - mine.length + 1; f <= t.to; f++) {
          if (quarterOf(f) === 4) continue;
          const end = words(quarterEndIso(t, f));
          const r = ask(`${t.company.ticker} revenue for the twelve months ended ${end}`, store, { today: '2026-01-01' });
          if (r.status === 'answered') {
            answered++;
            const a = r.answers[0]!;
            expect(a.value, `${t.company.ticker} ${end}`).toBe(flowValue(t, 'totalRevenue', 'year', quarterEndIso(t, f)));
            expect(a.derived).toBeTruthy();
          }
          expect(ask(`${t.company.ticker} diluted EPS for the twelve months ended ${end}`, store, { today: '2026-01-01' }).status).not.toBe('answered');
        }
      }
      expect(answered).toBeGreaterThan(0);
    });
  }
});
