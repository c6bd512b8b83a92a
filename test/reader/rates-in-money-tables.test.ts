// Highlights "in millions, except per share data and percentages" that print margins without a "%" sign: the
// margin rows are percentages, not millions of dollars, so "gross profit" is never answered with a margin.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const HIGHLIGHTS = `
Ashby Controls, Inc. today reported results for the second quarter ended June 30, 2025.

FINANCIAL HIGHLIGHTS
(in millions, except per share data and percentages)

                                          Q2 2025    Q2 2024
Revenue                                     412.6      389.1
Gross margin                                 31.7       31.0
Operating income                             48.3       41.7
Operating margin                             11.7       10.7
Diluted EPS                                  1.12       0.94
`;

describe('rates printed without a sign in a table of millions', () => {
  const doc = readReport(HIGHLIGHTS, 'ashby.txt');
  const row = (label: string) => doc.statements[0].rows.find((r) => r.label === label);
  it('reads the margins as percentages and the amounts in millions', () => {
    expect(row('Gross margin')).toMatchObject({ unit: 'percent', values: ['31.7', '31'] });
    expect(row('Operating margin')).toMatchObject({ unit: 'percent', values: ['11.7', '10.7'] });
    expect(row('Operating income')).toMatchObject({ unit: 'USD', values: ['48300000', '41700000'] });
  });
  it('never answers gross profit with the gross margin', () => {
    const r = ask('gross profit Q2 2025', { documents: [doc] }, { today: '2025-08-01' });
    expect(r.answers[0]?.value).not.toBe('31700000');
  });
  it('leaves a units line without the exception as it was (no rate rows then)', () => {
    const plain = readReport(HIGHLIGHTS.replace(' except per share data and percentages', ' except per share data'), 'ashby.txt');
    expect(plain.statements[0].rows.find((r) => r.label === 'Revenue')).toMatchObject({ values: ['412600000', '389100000'] });
  });
});
