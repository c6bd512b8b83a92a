// A section heading or a row label broken inside the company's name, its rest indented on the next line.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const TEXT = `
                        BRIDGEWATER CHEMICAL CORPORATION
                        CONSOLIDATED STATEMENTS OF INCOME
                    (In thousands, except per share amounts)

                                               Three Months Ended
                                                    March 31,
                                                 2011        2010
Net sales ....................................   $212,846    $189,203
Net income attributable to Bridgewater
  Chemical Corporation .......................   $ 13,474    $  7,612

Earnings per share attributable to Bridgewater
  Chemical Corporation common shareholders:
    Basic ....................................   $   0.47    $   0.27
    Diluted ..................................   $   0.46    $   0.26

Operating Data
  Tons Shipped:
    Coatings .................................     41,200      38,900
`;

describe('a heading wrapped inside a name', () => {
  const rows = readReport(TEXT, 'b.txt').statements[0].rows;
  const pathOf = (label: string) => rows.find((r) => r.label === label)?.path;
  it('is one heading over its rows', () => {
    expect(pathOf('Diluted')).toEqual(['Earnings per share attributable to Bridgewater Chemical Corporation common shareholders', 'Diluted']);
  });
  it('a row label broken inside the name is one label', () => {
    expect(rows.find((r) => r.values[0] === '13474000')?.path).toEqual(['Net income attributable to Bridgewater Chemical Corporation']);
  });
  it('a heading in title case over a deeper one stays two headings', () => {
    expect(pathOf('Coatings')?.length).toBe(3);
  });
});
