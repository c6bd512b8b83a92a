// A Japanese quarterly release: the fiscal year ends March 31 and is named by the year it starts in ("the fiscal
// year ending March 31, 2025 (FY2024)"); a forecast column sits beside last year's results, each with its months
// ("April 2024 - March 2025"). The forecast is no reported period; the results column is the year to March 2024.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';
import { readColumnHeader } from '../../src/reader/period.js';

const RELEASE = `Tsubame Denki Co., Ltd.
Consolidated Financial Results for the First Quarter of the Fiscal Year Ending March 31, 2025 (FY2024)

KYOTO, Japan, July 30, 2024 -- Tsubame Denki Co., Ltd. today announced its consolidated financial results for
the first quarter of the fiscal year ending March 31, 2025 (April 1, 2024 to June 30, 2024).


Consolidated Forecast for the Fiscal Year Ending March 31, 2025

                                          FY2024 forecast       FY2023 results
                                        (April 2024 - March    (April 2023 - March
                                                2025)                  2024)
                                          Millions of yen      Millions of yen
Net sales                                     1,280,000            1,215,930
Operating income                                102,000               88,270


Quarterly Consolidated Statements of Income
(Millions of yen)

                                              Three months ended    Three months ended
                                                 June 30, 2023         June 30, 2024
Net sales                                             285,960               306,240
Operating income                                       18,210                24,160
`;

describe('a forecast column and a fiscal year named by its start', () => {
  const doc = readReport(RELEASE, 'tsubame.txt');
  const store = { documents: [doc] };
  const ctx = { today: '2024-08-20' };
  it('reads no period in a forecast column, and a month span with both years as the year it covers', () => {
    expect(readColumnHeader('FY2024 forecast (April 2024 - March 2025)').period).toBeNull();
    expect(readColumnHeader('Outlook 2025').period).toBeNull();
    expect(readColumnHeader('FY2023 results (April 2023 - March 2024)').period).toEqual({ type: 'year', start: '2023-04-01', end: '2024-03-31' });
  });
  it('takes the year-end from the results column, not from "first quarter of the fiscal year ending March 31"', () => {
    expect(doc.fiscalYearEnd).toMatchObject({ month: 3, day: 31, startNamed: true });
  });
  it('never gives the forecast as a fiscal year\'s figure', () => {
    for (const q of ['Tsubame net sales fiscal 2024', 'Tsubame net sales FY2024', 'Tsubame operating income 2025']) {
      expect(ask(q, store, ctx).status, q).not.toBe('answered');
    }
  });
  it('answers FY2023 with the year ended March 31, 2024, and Q1 FY2024 with April to June 2024', () => {
    expect(ask('Tsubame net sales FY2023', store, ctx).answers[0]?.value).toBe('1215930000000');
    expect(ask('Tsubame net sales Q1 FY2024', store, ctx).answers[0]?.value).toBe('306240000000');
  });
});
