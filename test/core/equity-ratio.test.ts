// "Equity ratio", "equity to assets" (one ratio, "Equity to assets"): stockholders' equity as a percent of total assets, computed from the balance
// sheet and citing both lines; a bank's capital ratios of other names ("tangible common equity ratio") are never it.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeIn, storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };

describe('equity ratio', () => {
  it('is equity over total assets at the balance date asked', () => {
    for (const q of ['sonus equity ratio june 30 2007', 'equity to total assets for Sonus at June 30, 2007']) {
      const r = ask(q, storeOf('sonus-2007-q2.txt'), ctx);
      // 444,127 / 597,945 = 74.28%
      expect(r.answers[0]).toMatchObject({ kind: 'ratio', value: '74.28', unit: 'percent', metric: 'Equity to assets' });
      expect(r.answers[0]!.citations.map((c) => c.line)).toEqual([341, 314]);
    }
  });

  it('a tangible common equity ratio is not computed as the equity ratio', () => {
    const r = ask('larchmont tangible common equity ratio Q3 2024', storeIn('services'), ctx);
    expect(r.status).not.toBe('answered');
  });
});
