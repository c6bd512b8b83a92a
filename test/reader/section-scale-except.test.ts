// A summary table with an operating block and a "Financial (in millions, except per share amounts)" heading
// inside it: the rows under that heading are in millions, its per-share rows are not, and no row is read as a
// per-share amount because the heading mentions "per share".
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const RELEASE = `Corrabin Gold Corp. Reports Second Quarter 2024 Results

Operating and Financial Summary

                                            Three months ended
                                                 June 30
                                             2024        2023
Operating
Gold produced (oz)                        112,410     104,880
Financial (in millions, except per share amounts)
Revenue                                     301.7       244.9
Adjusted EBITDA                             152.3       108.6
Earnings per share, basic and diluted        0.41        0.27
`;

describe('a scaled heading that excepts per-share amounts', () => {
  const rows = readReport(RELEASE, 'corrabin.txt').statements[0]!.rows;
  const row = (label: string) => rows.find((r) => r.label === label)!;
  it('scales the money rows under it', () => {
    expect(row('Revenue')).toMatchObject({ unit: 'USD', values: ['301700000', '244900000'] });
    expect(row('Adjusted EBITDA')).toMatchObject({ unit: 'USD', values: ['152300000', '108600000'] });
  });
  it('keeps its per-share rows per share, unscaled', () => {
    expect(row('Earnings per share, basic and diluted')).toMatchObject({ unit: 'USD/share', values: ['0.41', '0.27'] });
  });
  it('leaves the ounces above it alone', () => {
    expect(row('Gold produced (oz)')).toMatchObject({ unit: 'oz', values: ['112410', '104880'] });
  });
});
