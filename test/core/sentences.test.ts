// The answering sentence agrees with its subject: "Revenues were", "Net income (loss) was".
import { describe, expect, it } from 'vitest';
import type { AnswerItem } from '../../src/core/answer.js';
import { sentence } from '../../src/core/format/sentences.js';

const item = (metric: string): AnswerItem => ({
  company: 'Acme', metric, kind: 'value', value: '1000000', unit: 'USD', citations: [],
  period: { label: 'Q2 2009', type: 'quarter', start: '2009-04-01', end: '2009-06-30' },
});

describe('sentence verb', () => {
  it.each([
    ['Revenues', 'were'], ['Net sales', 'were'], ['Cash and cash equivalents', 'were'], ['Total liabilities', 'were'],
    ['Net income (loss)', 'was'], ['Total revenue', 'was'], ['Gross profit', 'was'], ['Diluted earnings per share', 'was'],
    ['Net cash provided by operating activities', 'was'], ['Income from operations', 'was'], ['Loss', 'was'],
    ['Selling, general and administrative expenses', 'were'], ['Cash to total assets', 'was'],
  ])('%s %s', (metric, verb) => {
    expect(sentence(item(metric))).toMatch(new RegExp(`^${metric.replace(/[()]/g, '\\$&')} ${verb} \\*\\*`));
  });
});
