// Abbreviations and loose wordings a finance team types find the row a made-up company prints:
// "GP", "op inc", "EPS dil", "weighted avg shares", "cash from ops", "APIC", "LT debt", "taxes payable",
// a cost named with "expense" its label lacks, and kWh rows named by their unit.
import { describe, expect, it } from 'vitest';
import { matchRows, CONFIDENT_SCORE } from '../../src/metrics/rows.js';
import { makeDoc, pathOf, statement } from './helpers.js';

const harbor = makeDoc('harbor.txt', [
  statement('Statements of Operations', 'income', [
    'Operating revenues', 'Fuel and purchased power', 'Non-fuel O & M', 'Gross profit', 'Research and development', 'Income from operations', 'Net income',
    'Net income per share › Basic | USD/share', 'Net income per share › Diluted | USD/share',
    'Shares used in computing net income per share › Basic | shares', 'Shares used in computing net income per share › Diluted | shares',
  ]),
  statement('Balance Sheets', 'balance', [
    'Property, plant and equipment', 'Less: Accumulated depreciation', 'Net property, plant and equipment',
    'Current liabilities › Accounts payable', 'Current liabilities › U.S. and foreign income taxes payable',
    'Long-term debt', "Stockholders' equity › Capital in excess of par value of stock",
    "Stockholders' equity › Less cost of treasury stock", "Stockholders' equity › Total stockholders' equity",
  ]),
  statement('Statements of Cash Flows', 'cash_flow', [
    'Operating activities › Amortization of purchased intangible assets',
    'Operating activities › Net cash provided by operating activities', 'Financing activities › Purchases of treasury stock',
    'Increase (Decrease) in Cash and Cash Equivalents', 'Effect of Exchange Rates on Cash',
  ]),
  statement('Financial Highlights', 'other', ['Average Shares Outstanding | shares', 'End of Period Shares Outstanding | shares']),
  statement('Kilowatt-Hour Sales', 'other', ['Total Retail Sales › Residential | kWh', 'Total Retail Sales › Industrial | kWh']),
]);

function best(phrase: string): string | null {
  const c = matchRows(phrase, harbor);
  return c[0] && c[0].score >= CONFIDENT_SCORE ? pathOf(harbor, c[0]) : null;
}

describe('abbreviations and loose wordings', () => {
  it.each([
    ['GP', 'Gross profit'],
    ['op inc', 'Income from operations'],
    ['oper income', 'Income from operations'],
    ['net inc', 'Net income'],
    ['NI', 'Net income'],
    ['rnd', 'Research and development'],
    ['op rev', 'Operating revenues'],
    ['EPS dil', 'Net income per share › Diluted'],
    ['weighted avg basic shares', 'Shares used in computing net income per share › Basic'],
    ['avg diluted shares', 'Shares used in computing net income per share › Diluted'],
    ['cash from ops', 'Operating activities › Net cash provided by operating activities'],
    ['APIC', "Stockholders' equity › Capital in excess of par value of stock"],
    ['LT debt', 'Long-term debt'],
    ['income taxes payable', 'Current liabilities › U.S. and foreign income taxes payable'],
    ['treasury stock', "Stockholders' equity › Less cost of treasury stock"],
    ['buybacks', 'Financing activities › Purchases of treasury stock'],
    ['change in cash', 'Increase (Decrease) in Cash and Cash Equivalents'],
    ['effect of fx on cash', 'Effect of Exchange Rates on Cash'],
    ['fx impact', 'Effect of Exchange Rates on Cash'],
    ['end of period shares', 'End of Period Shares Outstanding'],
    ['ending share count', 'End of Period Shares Outstanding'],
    ['fuel & purchased power expense', 'Fuel and purchased power'],
    ['net PP&E', 'Net property, plant and equipment'],
    ['PP&E', 'Net property, plant and equipment'],
    ['gross PP&E', 'Property, plant and equipment'],
    ['amortization of intangibles', 'Operating activities › Amortization of purchased intangible assets'],
    ['O&M expense', 'Non-fuel O & M'],
    ['residential kwh sales', 'Total Retail Sales › Residential'],
    ['industrial kilowatt-hour sales', 'Total Retail Sales › Industrial'],
  ])('"%s" is %s', (phrase, path) => {
    expect(best(phrase)).toBe(path);
  });

  it('a word of cost that names another metric still counts: "cost of revenue" is no revenue row', () => {
    expect(best('cost of operating revenues')).toBeNull();
  });
});

describe('a word of several metrics narrowed by a qualifier only one of them has', () => {
  const doc = makeDoc('acme.txt', [
    statement('Statements of Operations', 'income', [
      'Revenue › Product', 'Revenue › Service', 'Revenue › Total revenue', 'Gross profit', 'Income from operations', 'Net income',
      'Gross profit % › Product | percent', 'Gross profit % › Service | percent', 'Gross profit % › Total gross profit | percent',
    ]),
  ]);
  const top = (phrase: string) => {
    const c = matchRows(phrase, doc)[0];
    return c && c.score >= CONFIDENT_SCORE ? pathOf(doc, c) : null;
  };
  it('"product margin" is the product gross margin, the only margin printed per product', () => {
    expect(top('product margin')).toBe('Gross profit % › Product');
    expect(top('service margin')).toBe('Gross profit % › Service');
  });
  it('"margin" alone stays open, and a qualifier no margin row has finds nothing', () => {
    expect(top('margin')).toBeNull();
    expect(top('hardware margin')).toBeNull();
  });
});
