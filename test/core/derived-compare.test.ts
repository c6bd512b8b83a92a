// "operating cash flow last quarter yoy" when the releases print cash flows year to date only: both quarters
// derived (six months − first quarter), the change checked against the true figures behind synthetic releases.
import { describe, expect, it } from 'vitest';
import { generateReleases } from '../../bench/generate.js';
import { flowValue, truths } from '../../bench/gen/truth.js';
import { ask } from '../../src/core/index.js';
import type { Store } from '../../src/core/store.js';
import { readReport } from '../../src/reader/index.js';
import { D } from '../../src/core/decimal.js';

describe('comparisons of derived quarters', () => {
  it('equal the true changes, and some are derived (seeds 3 and 21)', () => {
    let derived = 0;
    for (const seed of [3, 21]) {
      const releases = generateReleases(14, seed);
      const store: Store = { documents: releases.map((r) => readReport(r.text, r.fileName)) };
      for (const t of truths(seed, 8)) {
        if (!releases.some((r) => r.fileName.startsWith(t.company.ticker.toLowerCase()))) continue;
        for (const q of [`${t.company.ticker} operating cash flow last quarter yoy`, `${t.company.ticker} cash from operations in the latest quarter`]) {
          const r = ask(q, store, { today: '2026-01-01' });
          if (r.status !== 'answered') continue;
          const a = r.answers[0]!;
          if (a.kind === 'change') {
            const to = flowValue(t, 'operatingCash', a.change!.to.period.type, a.change!.to.period.end);
            const from = flowValue(t, 'operatingCash', a.change!.from.period.type, a.change!.from.period.end);
            expect([a.change!.to.value, a.change!.from.value], q).toEqual([to, from]);
            expect(a.change!.absolute).toBe(D(to!).minus(D(from!)).toFixed());
          } else {
            expect(a.value, q).toBe(flowValue(t, 'operatingCash', a.period!.type, a.period!.end));
          }
          if (a.derived) derived++;
        }
      }
    }
    expect(derived).toBeGreaterThan(0);
  });
});
