// A subscription company's key-metrics table: quarter columns "Q3'19 ... Q3'18", counts of customers (one of
// them bounded by an amount of money), a rate in percent and ARR "($ in millions)".
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `Fenwick Cloud, Inc. (NYSE: FWC) today announced results for its third quarter ended September 30, 2019.

                                FENWICK CLOUD, INC.
                                  KEY METRICS
                                  (unaudited)

                                                       Q3'19      Q2'19      Q1'19      Q4'18      Q3'18
Total customers                                        4,812      4,590      4,371      4,150      3,962
Customers with ARR of $100,000 or more                   412        388        361        340        318
Dollar-based net retention rate                          118%       119%       119%       120%       121%
Annual recurring revenue ($ in millions)               $205.4     $192.6     $180.1     $169.9     $157.7
`;

const doc = readReport(TEXT, 'fenwick.txt');
const store = { documents: [doc] };
const ctx = { today: '2019-12-01' };
const row = (label: string) => doc.statements[0]!.rows.find((r) => r.label === label)!;

describe('a key-metrics table', () => {
  it('reads a count bounded by money as a count, and "($ in millions)" as the row\'s scale', () => {
    expect(row('Customers with ARR of $100,000 or more')).toMatchObject({ unit: 'customers', values: ['412', '388', '361', '340', '318'] });
    expect(row('Annual recurring revenue ($ in millions)')).toMatchObject({ unit: 'USD', values: ['205400000', '192600000', '180100000', '169900000', '157700000'] });
  });
  it('answers a question that names the amount ("$100,000") and bounds it in other words', () => {
    expect(ask("Fenwick customers with ARR of $100,000 or more in Q2 2019", store, ctx).answers[0]?.value).toBe('388');
    expect(ask('how many customers with ARR over $100,000 did Fenwick have last quarter', store, ctx).answers[0]?.value).toBe('412');
  });
  it('reads "annual recurring revenue" as the metric, not "annual" as a period', () => {
    expect(ask('Fenwick annual recurring revenue Q4 2018', store, ctx).answers[0]?.value).toBe('169900000');
    expect(ask('Fenwick ARR Q3 2019', store, ctx).answers[0]?.value).toBe('205400000');
  });
});
