// Finance shorthand people type ("rev", "op income", "stock comp", "ad spend", "impairment charge")
// finds the row a made-up company prints, and nothing else.
import { describe, expect, it } from 'vitest';
import { matchRows, CONFIDENT_SCORE } from '../../src/metrics/rows.js';
import { findRatioMentions } from '../../src/metrics/mentions.js';
import { normWord } from '../../src/metrics/text.js';
import { makeDoc, pathOf, statement } from './helpers.js';

const tailwind = makeDoc('tailwind.txt', [
  statement('Consolidated Statements of Income', 'income', [
    'Net revenues', 'Cost of goods sold', 'Gross profit',
    'Operating expenses › Selling, general and administrative', 'Operating expenses › Advertising and promotion expense',
    'Operating expenses › Impairment of long-lived assets', 'Operating expenses › Research and development',
    'Operating expenses › Acquired in-process research and development', 'Operating expenses › Total operating expenses',
    'Income from operations', 'Net income',
    'Shares used in computing net income per share › Basic | shares', 'Shares used in computing net income per share › Diluted | shares',
  ]),
  statement('Consolidated Statements of Cash Flows', 'cash_flow', [
    'Operating activities › Net income', 'Operating activities › Share-based compensation expense',
    'Operating activities › Net cash provided by operating activities',
    'Cash and cash equivalents at beginning of period', 'Cash and cash equivalents at end of period',
  ]),
  statement('Consolidated Balance Sheets', 'balance', ['Current assets › Cash and cash equivalents', 'Current assets › Total current assets']),
]);

function best(phrase: string): string | null {
  const c = matchRows(phrase, tailwind);
  return c[0] && c[0].score >= CONFIDENT_SCORE ? pathOf(tailwind, c[0]) : null;
}

describe('shorthand for common lines', () => {
  it.each([
    ['rev', 'Net revenues'],
    ['net rev', 'Net revenues'],
    ['op income', 'Income from operations'],
    ['op expenses', 'Operating expenses › Total operating expenses'],
    ['op ex', 'Operating expenses › Total operating expenses'],
    ['stock comp', 'Operating activities › Share-based compensation expense'],
    ['ad spend', 'Operating expenses › Advertising and promotion expense'],
    ['advertising', 'Operating expenses › Advertising and promotion expense'],
    ['impairment charge', 'Operating expenses › Impairment of long-lived assets'],
    ['in-process r&d charge', 'Operating expenses › Acquired in-process research and development'],
    ['ipr&d', 'Operating expenses › Acquired in-process research and development'],
    ['r&d', 'Operating expenses › Research and development'],
    ['basic shares outstanding (weighted)', 'Shares used in computing net income per share › Basic'],
    ['average diluted shares', 'Shares used in computing net income per share › Diluted'],
    ['cash end of period', 'Cash and cash equivalents at end of period'],
    ['beginning of period cash', 'Cash and cash equivalents at beginning of period'],
    ['selling general and admin', 'Operating expenses › Selling, general and administrative'],
  ])('"%s" is %s', (phrase, path) => {
    expect(best(phrase)).toBe(path);
  });
  it('a qualified impairment the report does not print is no match', () => {
    expect(best('goodwill impairment')).toBeNull();
  });
  it('"op margin" and "gm %" are the operating and gross margin ratios', () => {
    expect(findRatioMentions('acme op margin 2023').map((r) => r.ratioId)).toEqual(['operating_margin']);
    expect(findRatioMentions('acme gm % 2023').map((r) => r.ratioId)).toEqual(['gross_margin']);
    expect(findRatioMentions('acme net earnings margin 2023').map((r) => r.ratioId)).toEqual(['net_margin']);
    expect(findRatioMentions('acme net loss margin 2023').map((r) => r.ratioId)).toEqual(['net_margin']);
  });
});

describe('clipped words', () => {
  it('read as the full word a label prints', () => {
    expect(['admin', 'Mktg', 'intl', 'amort', 'calc', 'equiv'].map(normWord)).toEqual(['administrative', 'marketing', 'international', 'amortization', 'calculation', 'equivalent']);
  });
});
