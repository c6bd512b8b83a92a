// A British interim statement: "£m" printed at the left of the column names' line, day-first dates
// ("30 June 2023", "31 Dec 2022"), "Six months to" / "Year to" columns, a "Note" column of note numbers,
// per-share figures in pence, and the company named "... plc" in the dateline.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const INTERIM = `Fellmoor plc
Interim results for the six months ended 30 June 2023

LONDON, 27 July 2023 – Fellmoor plc (LSE: FELL), the specialist testing group, announces its unaudited
interim results for the six months ended 30 June 2023.


Summary of results

£m                                           H1 2023      H1 2022     Change %
Revenue                                        642.5        598.1          7.4
Adjusted earnings per share (p)                 31.6         28.4         11.3


Condensed consolidated income statement
For the six months ended 30 June 2023

                                                         Six months to   Six months to     Year to
                                                          30 June 2023    30 June 2022   31 Dec 2022
                                                 Note          £m              £m              £m
Revenue                                             3        642.5           598.1         1,231.6
Cost of sales                                               –421.8          –396.4          –812.9
Gross profit                                                 220.7           201.7           418.7

Earnings per share                                  6
  Basic (pence)                                               24.1            20.9            45.2


Condensed consolidated balance sheet

                                                    30 June 2023    30 June 2022    31 December 2022
                                                          £m              £m                £m
Inventories                                               48.9            45.2              46.0
Cash and cash equivalents                                 96.2            88.8             101.8
`;

describe('a British interim statement', () => {
  const doc = readReport(INTERIM, 'fellmoor.txt');
  const [summary, income, balance] = doc.statements;
  it('names the company "Fellmoor plc" from the dateline', () => {
    expect(doc.company).toBe('Fellmoor plc');
    expect(doc.ticker).toBe('FELL');
  });
  it('reads "£m   H1 2023   H1 2022   Change %" as both the units and the column names', () => {
    expect(summary!.columns.map((c) => c.label)).toEqual(['H1 2023', 'H1 2022', 'Change %']);
    expect(summary!.columns[0]!.period).toMatchObject({ type: 'six_months', end: '2023-06-30' });
    expect(summary!.rows[0]).toMatchObject({ label: 'Revenue', unit: 'GBP', values: ['642500000', '598100000', '7.4'] });
  });
  it('reads day-first dates and "Year to 31 Dec 2022" as the columns, and leaves the Note column out', () => {
    expect(income!.columns.map((c) => c.period)).toEqual([
      { type: 'six_months', start: '2023-01-01', end: '2023-06-30' },
      { type: 'six_months', start: '2022-01-01', end: '2022-06-30' },
      { type: 'year', start: '2022-01-01', end: '2022-12-31' },
    ]);
    expect(income!.rows.find((r) => r.label === 'Revenue')?.values).toEqual(['642500000', '598100000', '1231600000']);
  });
  it('gives earnings per share printed in pence in pounds per share, under its heading', () => {
    expect(income!.rows.find((r) => r.label === 'Basic (pence)')).toMatchObject({ path: ['Earnings per share', 'Basic (pence)'], unit: 'GBP/share', values: ['0.241', '0.209', '0.452'] });
    expect(summary!.rows[1]).toMatchObject({ unit: 'GBP/share', values: ['0.316', '0.284', '11.3'] });
  });
  it('dates the balance sheet columns written day first', () => {
    expect(balance!.columns.map((c) => c.period?.end)).toEqual(['2023-06-30', '2022-06-30', '2022-12-31']);
    expect(balance!.rows[1]).toMatchObject({ label: 'Cash and cash equivalents', values: ['96200000', '88800000', '101800000'] });
  });
});
