// "Net financial debt (€ million)", "Weighted average number of shares (million)": a row's own scale printed in the
// singular, as European releases print it, in a table that states no units of its own.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const TABLE = `Halvard Getriebe SE
Half-Year Financial Report January to June 2024

                                             30 June 2024    31 Dec 2023
Net financial debt (€ million)                     412.6          388.1
Weighted average number of shares (million)        49.85          49.85
Employees                                          6,120          6,044
`;

describe('a singular scale in a row label', () => {
  const rows = readReport(TABLE, 'halvard.txt').statements[0]!.rows;
  const row = (start: string) => rows.find((r) => r.label.startsWith(start))!;
  it('scales money in € million', () => {
    expect(row('Net financial debt')).toMatchObject({ unit: 'EUR', values: ['412600000', '388100000'] });
  });
  it('scales a share count in million', () => {
    expect(row('Weighted average')).toMatchObject({ unit: 'shares', values: ['49850000', '49850000'] });
  });
  it('leaves a plain count alone', () => {
    expect(row('Employees').values).toEqual(['6120', '6044']);
  });
});

describe('a per-share row with its currency sign in the label', () => {
  const rows = readReport(`Halvard Getriebe SE

€ million                          H1 2024    H1 2023
Revenue                              820.4      790.1
Earnings per share (€)                1.12       0.98
`, 'halvard.txt').statements[0]!.rows;
  it('is euros per share, unscaled', () => {
    expect(rows.find((r) => r.label.startsWith('Earnings per share'))).toMatchObject({ unit: 'EUR/share', values: ['1.12', '0.98'] });
  });
});
