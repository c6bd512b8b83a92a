// Counts of things (stores, employees, subscribers) are counts in their noun, never money, and unscaled
// unless their own label gives a scale.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `
                          Redwood Outfitters, Inc.
                        Selected Operating Data
                 (in thousands, except store and employee data)
                                          Three Months Ended June 30,
                                             2012          2011
Net sales                                 $ 84,200      $ 79,100
Sales per square foot                     $    112      $    108
Number of stores at end of period              412           398
Stores opened                                   14            11
Employees                                    6,120         5,870
Loyalty members (in thousands)               2,310         2,050
Accounts receivable                          3,400         3,100
`;

describe('count rows', () => {
  const doc = readReport(TEXT, 'redwood.txt');
  const rows = Object.fromEntries(doc.statements[0]!.rows.map((r) => [r.label, [r.unit, r.values[0]]]));
  it('reads counts in their noun, unscaled', () => {
    expect(rows['Number of stores at end of period']).toEqual(['stores', '412']);
    expect(rows['Stores opened']).toEqual(['stores', '14']);
    expect(rows['Employees']).toEqual(['employees', '6120']);
  });
  it('a count with its own scale keeps it', () => {
    expect(rows['Loyalty members (in thousands)']).toEqual(['members', '2310000']);
  });
  it('money rows stay money, scaled by the units line', () => {
    expect(rows['Net sales']).toEqual(['USD', '84200000']);
    expect(rows['Accounts receivable']).toEqual(['USD', '3400000']);
  });
  it('money per square foot is dollars per square foot, not thousands of dollars', () => {
    expect(rows['Sales per square foot']).toEqual(['USD/square foot', '112']);
  });
  it('answers "how many stores" with the count, not dollars', () => {
    const r = ask('how many stores did Redwood have at the end of Q2 2012?', { documents: [doc] }, { today: '2026-01-01' });
    expect(r.status).toBe('answered');
    expect(r.answers[0]).toMatchObject({ value: '412', unit: 'stores' });
    expect(r.text).toContain('412 stores');
  });
});

// A restaurant count roll-forward: the steps under a heading that names what is counted, and the total of all
// kinds printed at the headings' indent below the last one.
const ROLL = `
                          Oakhaven Grill, Inc.
                      RESTAURANT COUNT ROLL-FORWARD

                                          Q4 2024       Q4 2023
Company-operated restaurants:
  Beginning of period                         402           388
  Openings                                     11             5
  Closures                                    (2)           (2)
  End of period                               411           391
Franchised restaurants:
  Beginning of period                         158           150
  Openings                                      6             3
  End of period                               164           153
Total restaurants, end of period              575           544
Passenger load factor (percent)              84.0          83.2
`;

describe('a count roll-forward', () => {
  const doc = readReport(ROLL, 'oakhaven.txt');
  const rows = doc.statements[0]!.rows.map((r) => ({ path: r.path.join(' › '), unit: r.unit, value: r.values[0] }));
  const row = (path: string) => rows.find((r) => r.path === path);
  it('reads each step under a heading of restaurants as restaurants, never money', () => {
    expect(row('Company-operated restaurants › Openings')).toMatchObject({ unit: 'restaurants', value: '11' });
    expect(row('Franchised restaurants › End of period')).toMatchObject({ unit: 'restaurants', value: '164' });
  });
  it('reads "Total restaurants, end of period" as a count, outside the heading above it', () => {
    expect(row('Total restaurants, end of period')).toMatchObject({ unit: 'restaurants', value: '575' });
    expect(rows.some((r) => r.path === 'Franchised restaurants › Total restaurants, end of period')).toBe(false);
  });
  it('reads a row labelled "(percent)" as percentages', () => {
    expect(row('Passenger load factor (percent)')).toMatchObject({ unit: 'percent', value: '84' });
  });
});
