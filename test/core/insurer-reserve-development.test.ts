// An insurer's "prior-year reserve development" is how much the reserves set for earlier accident years moved in
// the period asked: "prior-year" there names the measure, so the question asks one figure, not a comparison.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `HALBERD CASUALTY GROUP, INC.
SELECTED UNDERWRITING DATA (UNAUDITED)
(dollars in millions)

                                               Three Months Ended        Nine Months Ended
                                                  September 30,            September 30,
                                               2025         2024         2025         2024
Net premiums earned                       $ 1,842.6    $ 1,701.3    $ 5,384.9    $ 4,977.2
Catastrophe losses                             86.5        142.9        297.4        365.0
Prior-year reserve development (favorable)    (22.1)       (15.4)       (58.7)       (41.2)
`;
const store = { documents: [readReport(TEXT, 'halberd.txt')] };
const ctx = { today: '2025-11-15' };

describe('prior-year reserve development', () => {
  it('gives the quarter asked, not the change from a year before', () => {
    const r = ask('Halberd prior-year reserve development Q3 2025', store, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]?.kind).toBe('value');
    expect(r.answers[0]?.value).toBe('-22100000');
  });
  it('reads "prior year" before other reserve words the same way', () => {
    expect(ask('Halberd prior year reserve development for the nine months ended September 30, 2024', store, ctx).answers[0]?.value).toBe('-41200000');
  });
  it('still reads "prior year" before another line as the year before', () => {
    const r = ask('Halberd catastrophe losses Q3 2025 vs prior year', store, ctx);
    expect(r.answers[0]?.change?.from.value).toBe('142900000');
  });
});
