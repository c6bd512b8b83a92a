// A release whose tables show no fiscal year-end (quarter columns only) takes it from the sentence that dates
// its quarter, so "Q2 fiscal 2025" is the company's own second quarter, not April to June.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const release = (sentence: string, header: string, column: string): string => `Acme Widgets Reports Results

DAYTON, 2025 -- Acme Widgets, Inc. (NYSE: ACWX) ${sentence}


ACME WIDGETS, INC.
CONSOLIDATED STATEMENTS OF EARNINGS
(in thousands)

                                            ${header}
                                            ${column}
Net sales                                   120,400       110,300
Net earnings                                  9,800         8,700
`;

describe('fiscal year-end from the release sentences', () => {
  it('a second quarter ended March 31 is a September year', () => {
    const doc = readReport(release('reported results for its fiscal second quarter of fiscal 2025, which ended March 31, 2025.', 'Three Months Ended', 'March 31, 2025  March 31, 2024'), 'acme.txt');
    expect(doc.fiscalYearEnd).toMatchObject({ month: 9, day: 30 });
  });
  it('a 13-week first quarter ended on Saturday May 3 is a January year', () => {
    const doc = readReport(release('reported results for the thirteen-week first quarter of fiscal 2025 ended May 3, 2025.', 'Thirteen Weeks Ended', 'May 3, 2025   May 4, 2024'), 'acme.txt');
    expect(doc.fiscalYearEnd?.month).toBe(1);
  });
  it('no dated quarter in the sentences leaves it unknown', () => {
    const doc = readReport(release('reported results for the quarter.', 'Three Months Ended', 'March 31, 2025  March 31, 2024'), 'acme.txt');
    expect(doc.fiscalYearEnd).toBeNull();
  });
});
