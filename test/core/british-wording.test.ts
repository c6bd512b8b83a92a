// British wording of the same lines and periods: "turnover", "profit after tax", "trade debtors", "shareholders'
// funds", "the quarter to 28 March 1997", "the half year to 30 June 2006".
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };
const value = (q: string) => ask(q, storeOf(), ctx).answers[0]?.value;

describe('British wording', () => {
  it.each([
    ['bms profit after tax for the first quarter of 1997', '810000000'],
    ['bristol-myers trade debtors at 31 march 1997', '2715000000'],
    ['sonus trade creditors at 30 june 2007', '24989000'],
    ["bms shareholders' funds at 31 march 1997", '6761000000'],
    ['sonus tangible fixed assets 30 june 2007', '20174000'],
    ['sonus net cash inflow from operating activities for the six months to 30 june 2006', '5385000'],
  ])('%s', (q, v) => {
    expect(value(q)).toBe(v);
  });

  it('"the quarter to" and "the half year to" a date end there, as "ended" does', () => {
    expect(value("what was apple's turnover in the quarter to 28 March 1997?")).toBe('1601000000');
    expect(value('sonus profit before tax for the half year to 30 june 2006')).toBe('15925000');
  });
});
