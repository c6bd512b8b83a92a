// A figure printed as two lines: "Long-term operating lease liabilities" beside "Current portion of operating lease
// liabilities" (neither is "operating lease liabilities", asked back), and depreciation beside "Amortization of
// intangible assets" on a cash flow statement (D&A is both added; a change or a share of D&A is asked back rather
// than given for depreciation alone).
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeIn } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };

describe('lease liabilities in a current and a long-term line', () => {
  const store = storeIn('phrasings3');
  it('the whole asked is neither line: asked back', () => {
    expect(ask('HPO operating lease liabilities Oct 30 2021', store, ctx).status).toBe('clarify');
  });
  it('each part asked by name is answered', () => {
    expect(ask('HPO current portion of operating lease liabilities Oct 30 2021', store, ctx).answers[0]?.value).toBe('172480000');
    expect(ask('HPO long-term operating lease liabilities Oct 30 2021', store, ctx).answers[0]?.value).toBe('1018420000');
  });
});

describe('depreciation and amortization printed apart', () => {
  const store = storeIn('tenq');
  it('D&A is the two lines added, citing both', () => {
    const a = ask('Halbrook D&A 9M 1998', store, ctx).answers[0]!;
    expect(a.value).toBe('5740000');
    expect(a.citations.map((c) => c.line)).toEqual([212, 213]);
  });
  it('depreciation asked alone is its own line', () => {
    expect(ask('Halbrook depreciation 9M 1998', store, ctx).answers[0]?.value).toBe('3904000');
  });
  it('a change or a share of D&A is asked back, not given for depreciation alone', () => {
    expect(ask('Halbrook D&A yoy 9M 1998', store, ctx).status).toBe('clarify');
    expect(ask('Halbrook D&A as % of sales 9M 1998', store, ctx).status).toBe('clarify');
  });
});
