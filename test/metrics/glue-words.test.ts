// A term read with its small linking words dropped or added ("cash used financing" once question
// framing is removed is "cash used in financing"), and never across other words.
import { describe, expect, it } from 'vitest';
import { findMetricMentions, findRatioMentions } from '../../src/metrics/mentions.js';

describe('terms without their linking words', () => {
  it.each([
    ['cash used financing', 'financing_cash_flow'],
    ['cash beginning period', 'cash_beginning'],
    ['cash at beginning of the period', 'cash_beginning'],
    ['net change cash', 'net_change_in_cash'],
    ['additions fixed assets', 'capex'],
  ])('"%s" names %s', (text, id) => {
    expect(findMetricMentions(text)[0]?.metricId).toBe(id);
  });

  it('"debt/equity" is the debt-to-equity ratio', () => {
    expect(findRatioMentions('debt/equity')[0]?.ratioId).toBe('debt_to_equity');
  });

  it('other words still part a term: "income before taxes" is not "income taxes"', () => {
    expect(findMetricMentions('income before taxes')[0]?.metricId).toBe('pretax_income');
    expect(findMetricMentions('cash used')[0]?.metricId).toBe('cash');
  });
});
