// Ratios a finance team computes by hand from the reports' lines: one line over another written with a slash or
// "to", a share whose part is printed in two statements, a margin's change taken before rounding, a balance ratio
// against the year-end balance, a subsidiary's margin from its own lines, and coverage declined over a loss.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };
const first = (q: string) => {
  const r = ask(q, storeOf(), ctx);
  return { status: r.status, a: r.answers[0], text: r.text };
};

describe('ratios of report lines', () => {
  it('"opex/rev" is total operating expenses over revenue; "a/r" is one line', () => {
    expect(first('sonus opex/rev q1 07').a).toMatchObject({ value: '78.44', unit: 'percent' });
    expect(first('sonus a/r june 30 2007').a).toMatchObject({ value: '72438000', unit: 'USD' });
  });

  it('"operating profit / (loss)" is one line written with both signs, not a ratio', () => {
    expect(first('sonus operating profit / (loss) H1 2007').a).toMatchObject({ value: '-25727000', unit: 'USD' });
  });

  it('"revenue growth vs last qtr" compares with the quarter before, as "vs last quarter" does', () => {
    expect(first('sonus revenue growth vs last qtr').a?.change?.percent).toBe('6.11');
  });

  it('"inventories to current assets" is two lines, though the inventories stand under current assets', () => {
    expect(first('apple inventories to current assets sept 1996').a).toMatchObject({ value: '0.15', unit: 'ratio' });
  });

  it('operating cash flow over net earnings reads the cash flow total, not net earnings printed again', () => {
    expect(first('bms operating cash flow as % of net earnings q1 1997').a?.value).toBe('84.81');
  });

  it('a margin compared with a year before moves by the change of the unrounded margins', () => {
    // 810 / 4,045 = 20.0247%, 726 / 3,669 = 19.7874%: 0.24 points (the rounded margins differ by 0.23)
    expect(first('bms net margin yoy change q1 97').a).toMatchObject({ value: '0.24', unit: 'percent' });
  });

  it('working capital since year end compares with the year-end balance sheet', () => {
    expect(first('sonus working capital change since december').a).toMatchObject({ value: '28812000' });
    expect(first('sonus current ratio vs a year ago').status).not.toBe('answered');
  });

  it('SG&A as a percent of revenue from sales and marketing plus G&A', () => {
    expect(first('sonus SG&A as a % of revenue Q2 2007').a?.value).toBe('46.92');
  });

  it("a subsidiary's margin from its own lines; a measure of another kind is no section", () => {
    expect(first('alabama power net margin 2004').a).toMatchObject({ value: '11.36', metric: 'Net margin of Alabama Power' });
    expect(first('sonus adjusted operating margin q2 2007').status).not.toBe('answered');
  });

  it('interest coverage over an operating loss is declined, in the ratio unit', () => {
    expect(first('sonus interest coverage q2 2006').a?.value).toBe('67.9');
    const loss = first('sonus interest coverage q2 2007');
    expect(loss.status).not.toBe('answered');
    expect(loss.text).toMatch(/not meaningful.*-194\.96x/);
  });

  it('a margin of a quarter no column prints is derived from the year-to-date columns', () => {
    // (3,730 - 1,601) sales and (3,030 - 1,298) cost of sales: 397 / 2,129
    expect(first('apple gross margin q1 fy97').a?.value).toBe('18.65');
  });
});
