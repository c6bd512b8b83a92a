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
