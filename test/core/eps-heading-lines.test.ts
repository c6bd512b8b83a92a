// Per-share lines printed under a heading that names the measure and its basis ("Earnings per share - diluted:"
// over "Continuing operations", "Discontinued operations", "Net income"), with an "Adjusted diluted EPS" line in a
// reconciliation further down. Diluted EPS is the heading's "Net income" line, never the adjusted figure.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const RELEASE = `Corliss Inns Reports Fourth Quarter 2025 Results

BOSTON, February 19, 2026 -- Corliss Inns, Inc. today reported results for the fourth quarter of 2025.

                         CORLISS INNS, INC.
               CONDENSED CONSOLIDATED STATEMENTS OF INCOME
             (in millions, except per share amounts)

                                          Three Months Ended December 31,
                                             2025          2024
Total revenues                              640.0         602.0
Income from continuing operations            44.0          38.0
Loss from discontinued operations            (4.0)         (2.0)
Net income                                   40.0          36.0

Earnings per share - basic:
  Continuing operations                    $ 0.88        $ 0.74
  Discontinued operations                   (0.08)        (0.04)
  Net income                               $ 0.80        $ 0.70
Earnings per share - diluted:
  Continuing operations                    $ 0.86        $ 0.73
  Discontinued operations                   (0.08)        (0.04)
  Net income                               $ 0.78        $ 0.69


                         CORLISS INNS, INC.
                 RECONCILIATION TO ADJUSTED MEASURES
             (in millions, except per share amounts)

                                          Three Months Ended December 31,
                                             2025          2024
Net income                                   40.0          36.0
Loss from discontinued operations             4.0           2.0
Adjusted net income                          44.0          38.0
Adjusted diluted EPS                       $ 0.95        $ 0.81
`;

describe('per-share lines under an "Earnings per share - diluted" heading', () => {
  const store = { documents: [readReport(RELEASE, 'corliss.txt')] };
  const ctx = { today: '2026-03-01' };
  it('answers diluted and basic EPS with the heading\'s net income line', () => {
    expect(ask('Corliss diluted EPS Q4 2025', store, ctx).answers[0]?.value).toBe('0.78');
    expect(ask('Corliss basic EPS Q4 2024', store, ctx).answers[0]?.value).toBe('0.7');
  });
  it('still answers the adjusted figure when it is asked', () => {
    expect(ask('Corliss adjusted diluted EPS Q4 2025', store, ctx).answers[0]?.value).toBe('0.95');
  });
});

// "EPS" alone where one table prints basic and diluted figures that differ: the diluted figure, the one a release
// headlines, named as diluted; "basic EPS" is answered as asked, and an adjusted EPS that is not printed is not
// made up from the reported lines.
describe('"EPS" with no form named', () => {
  const store = { documents: [readReport(RELEASE.replace(/\n\n\s+CORLISS INNS, INC\.\n\s+RECONCILIATION[\s\S]*$/, '\n'), 'corliss.txt')] };
  const ctx = { today: '2026-03-01' };
  it('is the diluted figure, named as such', () => {
    const r = ask('Corliss EPS Q4 2025', store, ctx);
    expect(r.answers[0]?.value).toBe('0.78');
    expect(r.text).toMatch(/diluted/i);
    expect(ask('Corliss earnings per share Q4 2024', store, ctx).answers[0]?.value).toBe('0.69');
  });
  it('keeps a form that is named, and declines an adjusted EPS that is not printed', () => {
    expect(ask('Corliss basic EPS Q4 2025', store, ctx).answers[0]?.value).toBe('0.8');
    expect(ask('Corliss adjusted EPS Q4 2025', store, ctx).status).not.toBe('answered');
  });
});
