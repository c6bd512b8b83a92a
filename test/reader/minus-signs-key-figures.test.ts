// Negative figures printed with the minus sign ("−12.4") or a dash standing before the number ("–15.0") are
// negative figures in their column, not words of the label; a dash alone is still a zero.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const KEY_FIGURES = `
Velden AG today reported results for the third quarter ended September 30, 2025.

KEY FIGURES
in EUR million

                                          Q3 2025    Q3 2024
Revenue                                     680.1      741.8
EBIT                                        \u221212.4       46.4
Net result                                  \u201315.0       30.1
Free cash flow                               \u2013          57.5
`;

describe('minus signs', () => {
  const rows = readReport(KEY_FIGURES, 'velden.txt').statements[0].rows;
  const row = (label: string) => rows.find((r) => r.label === label);
  it('reads "−12.4" and "–15.0" as negative figures of their rows', () => {
    expect(row('EBIT')).toMatchObject({ values: ['-12400000', '46400000'] });
    expect(row('Net result')).toMatchObject({ values: ['-15000000', '30100000'] });
  });
  it('reads a dash alone as zero', () => {
    expect(row('Free cash flow')).toMatchObject({ values: ['0', '57500000'] });
  });
});
