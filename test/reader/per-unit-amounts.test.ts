// An airline's operating statistics "in millions, except per-unit and percentage data": fares, costs per gallon
// and revenue per seat mile in cents are amounts per unit, never millions; seat miles are a quantity, not money.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const STATS = `
Corrib Air Group, Inc. today reported results for the second quarter ended June 30, 2025.

                            CORRIB AIR GROUP, INC.
                        OPERATING STATISTICS (UNAUDITED)
                 (in millions, except per-unit and percentage data)

                                                Three Months Ended June 30,
                                                   2025              2024
Total operating revenues                        $ 2,410.5         $ 2,290.8
Available seat miles (ASMs)                       18,905            18,210
Passenger load factor                               86.4%             85.1%
Passenger revenue per ASM (cents)                   11.82             11.64
Average fare ($)                                  $ 182.40          $ 179.95
Fuel cost per gallon                              $   2.41          $   2.78
Interest expense                                     41.2              44.9
Diluted earnings per share (cents)                  45.2              38.0
`;

describe('amounts per unit in a table of millions', () => {
  const rows = readReport(STATS, 'corrib.txt').statements[0].rows;
  const row = (label: string) => rows.find((r) => r.label === label);
  it('reads a cost per gallon and a fare in dollars, and cents per seat mile as a hundredth of a dollar', () => {
    expect(row('Fuel cost per gallon')).toMatchObject({ unit: 'USD/gallon', values: ['2.41', '2.78'] });
    expect(row('Average fare ($)')).toMatchObject({ unit: 'USD', values: ['182.4', '179.95'] });
    expect(row('Passenger revenue per ASM (cents)')).toMatchObject({ unit: 'USD/ASM', values: ['0.1182', '0.1164'] });
  });
  it('reads earnings per share in cents as dollars per share, and in pence as pounds per share', () => {
    expect(row('Diluted earnings per share (cents)')).toMatchObject({ unit: 'USD/share', values: ['0.452', '0.38'] });
    const uk = readReport('Thornbury plc today reported results for the six months ended 30 June 2025.\n\nKEY FIGURES\n(GBP millions, except per share data)\n\n                                          H1 2025    H1 2024\nRevenue                                     680.1      741.8\nBasic earnings per share (pence)             12.4       14.1\n', 'thornbury.txt');
    expect(uk.statements[0].rows[1]).toMatchObject({ unit: 'GBP/share', values: ['0.124', '0.141'] });
  });
  it('reads seat miles as a quantity in millions, and money in millions', () => {
    expect(row('Available seat miles (ASMs)')).toMatchObject({ unit: 'seat miles', values: ['18905000000', '18210000000'] });
    expect(row('Total operating revenues')).toMatchObject({ unit: 'USD', values: ['2410500000', '2290800000'] });
    expect(row('Interest expense')).toMatchObject({ unit: 'USD', values: ['41200000', '44900000'] });
  });
});
