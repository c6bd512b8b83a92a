// A reconciliation that prints one label twice with two figures ("Stock-based compensation" added back to gross
// profit, then to operating income) holds two lines: a question naming that label is asked back, never answered
// with the first one.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `SAN JOSE, Calif., Nov. 20, 2023 /PRNewswire/ -- Lumen Optic, Inc. (NASDAQ: LMOP) today reported results for
its first quarter ended September 30, 2023.

RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES
(In thousands)

                                                               Three Months Ended
                                                          September 30,     September 30,
                                                               2023               2022
GAAP gross profit                                          66,470             57,965
  Stock-based compensation                                  1,205              1,030
Non-GAAP gross profit                                      67,675             58,995

GAAP operating income                                      14,195             10,100
  Stock-based compensation                                  7,820              6,890
Non-GAAP operating income                                  22,015             16,990
`;

const store = { documents: [readReport(TEXT, 'lumen.txt')] };
const ctx = { today: '2023-12-01' };

describe('one label twice in one table, with two figures', () => {
  it('asks which line, naming where each stands', () => {
    const r = ask('Lumen stock-based compensation Q1 fiscal 2024', store, ctx);
    expect(r.status).toBe('clarify');
    expect(r.suggestions.length).toBe(2);
    expect(new Set(r.suggestions).size).toBe(2);
  });
  it('answers the lines whose labels differ as before', () => {
    expect(ask('Lumen non-GAAP operating income for the quarter ended September 30, 2023', store, ctx).answers[0]?.value).toBe('22015000');
  });
});
