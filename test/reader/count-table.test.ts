// A table titled by what it counts, whose units line names no currency ("(in thousands, except ARPU and churn)"):
// its counts are in those thousands, and a row with no counted noun of its own is a count too, never dollars.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `
Brackwater Cable Reports Second Quarter 2025 Results

                       BRACKWATER CABLE, INC.
                  SUBSCRIBER AND CUSTOMER DATA
             (in thousands, except ARPU and churn)
                                      June 30,     March 31,     June 30,
                                          2025          2025         2024
Broadband customers                      2,140         2,131        2,098
Video customers                            905           921          987
Wireless lines                             342           318          251
Total customer relationships             2,388         2,380        2,361
Monthly broadband ARPU                  $ 71.40       $ 70.95      $ 69.10
Broadband churn                           1.31 %        1.28 %       1.40 %

                                          Three Months Ended June 30,
Net additions (losses)                           2025         2024
  Broadband                                         9           14
  Wireless lines                                   24           19
Broadband churn (quarter)                       1.31 %       1.40 %

                       BRACKWATER CABLE, INC.
                      SELECTED OPERATING DATA
                 (in thousands, except store data)
                                  Three Months Ended June 30,
                                          2025          2024
Net sales                              $ 84,200      $ 79,100
Number of stores                            412           398
`;

describe('a table of counts in thousands', () => {
  const doc = readReport(TEXT, 'brackwater-2025-q2.txt');
  const rows = (title: RegExp) => Object.fromEntries(doc.statements.find((s) => title.test(s.title))!.rows.map((r) => [r.label, [r.unit, r.values[0]]]));
  it('scales the counts by the units line and keeps them counts', () => {
    const subs = rows(/SUBSCRIBER/);
    expect(subs['Broadband customers']).toEqual(['customers', '2140000']);
    expect(subs['Wireless lines']).toEqual(['lines', '342000']);
    expect(subs['Total customer relationships']).toEqual(['relationships', '2388000']);
  });
  it('leaves the money per user and the rates as printed', () => {
    const subs = rows(/SUBSCRIBER/);
    expect(subs['Monthly broadband ARPU']).toEqual(['USD/user', '71.4']);
    expect(subs['Broadband churn']).toEqual(['percent', '1.31']);
  });
  it('a table of money with a count in it keeps the count unscaled', () => {
    const ops = rows(/OPERATING/);
    expect(ops['Net sales']).toEqual(['USD', '84200000']);
    expect(ops['Number of stores']).toEqual(['stores', '412']);
  });
  it('answers "how many wireless lines" with lines, not dollars', () => {
    const r = ask('Brackwater wireless lines at June 30, 2025', { documents: [doc] }, { today: '2026-01-01' });
    expect(r.answers[0]).toMatchObject({ value: '342000', unit: 'lines' });
    expect(r.text).not.toContain('$');
  });
  it('the years under a duration are the columns, whatever heading stands at their left, and that heading names the rows', () => {
    const adds = doc.statements.find((st) => st.rows.some((r) => r.path[0] === 'Net additions (losses)'))!;
    expect(adds.columns.map((c) => c.period && `${c.period.type} ${c.period.end}`)).toEqual(['quarter 2025-06-30', 'quarter 2024-06-30']);
    const row = adds.rows.find((r) => r.label === 'Wireless lines')!;
    // a table under the counts table, its units carried over: counts in thousands too
    expect([row.path, row.unit, row.values]).toEqual([['Net additions (losses)', 'Wireless lines'], 'lines', ['24000', '19000']]);
  });
  it('net additions of a quarter are never the lines in service at its end', () => {
    const store = { documents: [doc] };
    expect(ask('Brackwater wireless lines at June 30, 2025', store, { today: '2026-01-01' }).answers[0]).toMatchObject({ value: '342000' });
    expect(ask('Brackwater wireless line net additions Q2 2025', store, { today: '2026-01-01' }).answers[0]).toMatchObject({ value: '24000' });
  });
});
