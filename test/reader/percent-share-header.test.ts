// A header line of years interleaved with "% of Sales" columns is a header, not a sentence of prose.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const REPORT = `
                          NORTHWIND TRADERS, INC.
                        NET SALES BY REGION (UNAUDITED)
                              (in thousands)

                                          Year Ended June 30,
                               2023     % of Sales      2022     % of Sales    % Change
Americas                   $ 51,300        61.0%    $ 47,020        60.2%         9.1%
Europe                     $ 22,410        26.6%    $ 21,300        27.3%         5.2%
Asia Pacific               $ 10,420        12.4%    $  9,780        12.5%         6.5%
  Total net sales          $ 84,130       100.0%    $ 78,100       100.0%         7.7%
`;

describe('years interleaved with percent-of-total columns', () => {
  const doc = readReport(REPORT, 'northwind.txt');
  const s = doc.statements[0]!;
  it('reads the title, the units and a period for each year column', () => {
    expect(s.title).toMatch(/NET SALES BY REGION/);
    expect(s.columns.map((c) => c.period?.end ?? c.kind)).toEqual(['2023-06-30', 'other', '2022-06-30', 'other', 'percent_change']);
  });
  it('scales the amounts by the units and leaves the percentages alone', () => {
    expect(s.rows[0]!.label).toBe('Americas');
    expect(s.rows[0]!.values).toEqual(['51300000', '61', '47020000', '60.2', '9.1']);
  });
  it('still takes a long indented sentence for prose', () => {
    const prose = readReport('          The company said that sales in all   three regions grew faster than   the market in 2023 as a whole.\n', 'p.txt');
    expect(prose.prose.length).toBe(1);
  });
});
