// Chat abbreviations of lines: "OI" is operating income, never other income.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };
const value = (q: string) => ask(q, storeOf(), ctx).answers[0]?.value;

describe('abbreviations', () => {
  it('"OI" is operating income', () => {
    expect(value('sonus OI q2 2006')).toBe('5500000');
    expect(value('southern OI 2004')).toBe('2827000000');
  });
});
