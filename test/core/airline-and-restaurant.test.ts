// An airline's traffic, capacity and unit measures (RPMs, ASMs, CASM, CASM-ex, TRASM/RASM, PRASM, yield, fuel)
// and a restaurant chain's same-restaurant sales: words a user types that must never answer with a money line
// they only share words with ("passenger revenue" is not "Revenue passenger miles").
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const AIRLINE = `DENVER, Oct. 23, 2025 /PRNewswire/ -- Skylark Airways, Inc. (NYSE: SKYL) today reported results for the
third quarter ended September 30, 2025.

                                    SKYLARK AIRWAYS, INC.
                       CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                               (in millions) (unaudited)

                                              Q3 2025      Q3 2024     % Change
Operating revenues:
  Passenger                                   $ 2,140      $ 2,010        6.5
  Cargo                                            61           58        5.2
    Total operating revenues                    2,201        2,068        6.4
Operating expenses:
  Aircraft fuel and related taxes                 560          610       (8.2)
  Other                                         1,400        1,300        7.7
    Total operating expenses                    1,960        1,910        2.6
Operating income                                  241          158       52.5

                                OPERATING STATISTICS (unaudited)

                                                          Q3 2025      Q3 2024      Change
Revenue passenger miles - RPMs (millions)                  16,500       15,800        4.4 %
Available seat miles - ASMs (millions)                     19,600       18,900        3.7 %
Passenger yield (cents)                                     12.97        12.72        2.0 %
Passenger revenue per ASM - PRASM (cents)                   10.92        10.63        2.7 %
Total revenue per ASM - TRASM (cents)                       11.23        10.94        2.7 %
Cost per ASM - CASM (cents)                                 10.00        10.11       (1.1)%
CASM excluding fuel and special items (cents)                7.14         6.88        3.8 %
Fuel gallons consumed (millions)                              212          204        3.9 %
Passengers enplaned (thousands)                            12,050       11,610        3.8 %
`;

const RESTAURANT = `NASHVILLE, Tenn., Feb. 25, 2025 (BUSINESS WIRE) -- Oakhaven Grill, Inc. (NASDAQ: OKGR) today reported
results for the fourteen-week fourth quarter ended December 31, 2024.

- Same-restaurant sales increased 3.4%, driven by a 4.0% increase in average check.
- Restaurant-level margin of 17.5%, compared with 16.4%.

                                  OAKHAVEN GRILL, INC.
                     CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)
                                   (in thousands)

                                        Fourteen      Thirteen
                                       Weeks Ended   Weeks Ended
                                       December 31,  December 26,
                                           2024          2023
Revenues:
  Company-operated restaurant sales     $ 318,442     $ 279,105
  Franchise revenues                       14,886        12,740
    Total revenues                        333,328       291,845
Net income                              $  19,484     $  11,842
`;

const ctx = { today: '2025-11-01' };
const airline = { documents: [readReport(AIRLINE, 'skylark.txt')] };
const restaurant = { documents: [readReport(RESTAURANT, 'oakhaven.txt')] };
const first = (q: string, store: typeof airline) => ask(q, store, ctx).answers[0];

describe("an airline's operating statistics", () => {
  it('answers passenger revenue in money, never from the revenue passenger miles line', () => {
    expect(first('Skylark passenger revenue Q3 2025', airline)).toMatchObject({ value: '2140000000', unit: 'USD' });
    expect(first('Skylark passenger revenue growth Q3 2025', airline)?.metric).not.toMatch(/miles/i);
  });
  it('answers RPMs and ASMs as miles by their abbreviations', () => {
    expect(first('Skylark RPMs Q3 2025', airline)?.value).toBe('16500000000');
    expect(first('Skylark ASMs Q3 2024', airline)?.value).toBe('18900000000');
    expect(first('Skylark passenger miles Q3 2025', airline)?.value).toBe('16500000000');
    expect(first('Skylark seat miles Q3 2024', airline)?.value).toBe('18900000000');
  });
  it('reads traffic, fuel burned and passengers carried as those quantities, never dollars', () => {
    const rows = Object.fromEntries(airline.documents[0]!.statements[1]!.rows.map((r) => [r.label, [r.unit, r.values[0]]]));
    expect(rows['Revenue passenger miles - RPMs (millions)']).toEqual(['seat miles', '16500000000']);
    expect(rows['Fuel gallons consumed (millions)']).toEqual(['gallons', '212000000']);
    expect(rows['Passengers enplaned (thousands)']).toEqual(['passengers', '12050000']);
  });
  it('answers CASM, CASM-ex, RASM, PRASM and yield from their own lines, each kept apart', () => {
    expect(first('Skylark CASM Q3 2025', airline)?.value).toBe('0.1');
    expect(first('Skylark CASM-ex fuel Q3 2025', airline)).toMatchObject({ value: '0.0714', unit: 'USD/ASM' });
    expect(first('Skylark CASM excluding fuel Q3 2024', airline)?.value).toBe('0.0688');
    expect(first('Skylark RASM Q3 2025', airline)?.value).toBe('0.1123');
    expect(first('Skylark PRASM Q3 2024', airline)?.value).toBe('0.1063');
    expect(first('Skylark passenger yield Q3 2025', airline)?.value).toBe('0.1297');
    expect(first('Skylark cost per seat mile Q3 2025', airline)?.value).toBe('0.1');
    expect(first('Skylark revenue per passenger mile Q3 2025', airline)?.value).toBe('0.1297');
  });
  it('answers fuel expense in money, never the gallons consumed', () => {
    expect(first('Skylark aircraft fuel expense Q3 2025', airline)).toMatchObject({ value: '560000000', unit: 'USD' });
    expect(first('How much did Skylark spend on aircraft fuel in Q3 2024?', airline)?.value).toBe('610000000');
  });
});

describe("a restaurant chain's same-restaurant sales", () => {
  it('never answers same-restaurant sales with the restaurant sales line in money', () => {
    for (const q of ['Oakhaven same-restaurant sales Q4 2024', 'How did Oakhaven same-restaurant sales do?', 'Oakhaven comparable restaurant sales']) {
      const r = ask(q, restaurant, ctx);
      expect(r.status === 'answered' ? r.answers[0]?.unit : 'declined').not.toBe('USD');
    }
  });
});
