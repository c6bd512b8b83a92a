// Column headers of real annual and quarterly report notes: a reorganized company's stub periods ("Period from
// October 1, through November 9, 2025"), quarter columns dated only by the report's cover, and a segment note whose
// columns pair a measure with each year ("Revenue   Operating Profit" under "2025" and "2024").
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';
import { readColumnHeader } from '../../src/reader/period.js';

describe('a span named by its first and last days', () => {
  it('is a period of its own when it is no whole quarter, half or year', () => {
    expect(readColumnHeader('Period from October 1, through November 9, 2025').period).toEqual({ type: 'other', start: '2025-10-01', end: '2025-11-09' });
    expect(readColumnHeader('Successor April 2 through June 30, 2017').period).toEqual({ type: 'other', start: '2017-04-02', end: '2017-06-30' });
  });
  it('is the quarter it spans when it runs from a month\'s first day to a month\'s last', () => {
    expect(readColumnHeader('Period from April 1 through June 30, 2025').period).toEqual({ type: 'quarter', start: '2025-04-01', end: '2025-06-30' });
  });
});

const SEGMENTS = `GREYFOLD DATA, INC.
Quarterly Report on Form 10-Q for the quarter ended June 30, 2025

4. Segment Information

                                                                    Three Months
                                                          2025                        2024
                                                                Operating                   Operating
(in millions)                                       Revenue        Profit       Revenue        Profit
Indexes                                         $       210   $       120   $       190   $       101
Ratings                                                 300           160           280           150
Total                                           $       510   $       280   $       470   $       251
`;

describe('a segment note with a revenue and an operating profit column under each year', () => {
  const doc = readReport(SEGMENTS, 'greyfold.txt');
  it('reads one table per measure, its rows under the measure, its columns the quarters the cover dates', () => {
    expect(doc.statements).toHaveLength(2);
    const [revenue, profit] = doc.statements;
    expect(revenue!.columns.map((c) => c.period)).toEqual([
      { type: 'quarter', start: '2025-04-01', end: '2025-06-30' },
      { type: 'quarter', start: '2024-04-01', end: '2024-06-30' },
    ]);
    expect(revenue!.rows.map((r) => [r.path.join(' › '), r.values[0]])).toEqual([['Revenue › Indexes', '210000000'], ['Revenue › Ratings', '300000000'], ['Revenue › Total', '510000000']]);
    expect(profit!.rows.map((r) => [r.path.join(' › '), r.values[1]])).toEqual([['Operating Profit › Indexes', '101000000'], ['Operating Profit › Ratings', '150000000'], ['Operating Profit › Total', '251000000']]);
  });
});

const QUARTERS = `ALDERWICK FOODS CORPORATION
Annual Report on Form 10-K for the fiscal year ended June 30, 2025

Selected Quarterly Financial Data (Unaudited)
(Amounts in thousands, except per share data)

                                                         First       Second        Third       Fourth       Fiscal
                                                       Quarter      Quarter      Quarter      Quarter         Year
2025
Net Sales                                           $  100,000   $  110,000   $  105,000   $  115,000   $  430,000
Net Income                                          $   10,000   $   12,000   $   11,000   $   13,000   $   46,000
`;

describe('quarters of a fiscal year named but not dated', () => {
  it('are dated by the fiscal year-end the annual report\'s cover states', () => {
    const doc = readReport(QUARTERS, 'alderwick.txt');
    expect(doc.statements[0]!.columns.map((c) => c.period?.end)).toEqual(['2024-09-30', '2024-12-31', '2025-03-31', '2025-06-30', '2025-06-30']);
    expect(doc.statements[0]!.columns[4]!.period?.type).toBe('year');
  });
});
