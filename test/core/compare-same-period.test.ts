// "revenue Q2 vs Q2": when both sides of a comparison read as one period, the figure is not compared with
// itself ("unchanged, +0.0%"); the bot asks which two periods were meant. Read on the Sonus release.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

const store = storeOf('sonus-2007-q2.txt');
const ctx = { today: '2026-11-25' };

describe('a comparison of one period with itself', () => {
  it('is not answered as unchanged', () => {
    const r = ask('sonus revenue Q2 vs Q2', store, ctx);
    expect(r.status).not.toBe('answered');
    expect(r.answers[0]?.change?.absolute).toBeUndefined();
  });
  it('two different quarters are still compared', () => {
    const r = ask('sonus revenue Q2 2007 vs Q1 2007', store, ctx);
    expect(r.answers[0]!.change).toMatchObject({ absolute: '4347000' });
  });
});
