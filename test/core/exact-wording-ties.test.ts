// Lines tied on score: the one whose label holds every word asked, and no more, answers.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `Larchmont Peak Realty Trust, Inc. (NYSE: LPRT) today reported results for the first quarter ended March 31, 2023.

                         LARCHMONT PEAK REALTY TRUST, INC.
                   CONSOLIDATED STATEMENTS OF OPERATIONS
                          (dollars in thousands)

                                                        For the Three Months Ended
                                                                March 31,
                                                           2023            2022
Total revenues                                      $     102,322   $      94,525
Net income                                                 24,902          14,570
Net income attributable to noncontrolling interests          (805)           (690)
Net income attributable to the Company                     24,097          13,880


                         LARCHMONT PEAK REALTY TRUST, INC.
                          CONSOLIDATED BALANCE SHEETS
                            (dollars in thousands)

                                                         March 31,     December 31,
                                                           2023            2022
Real estate:
  Land                                                $     712,305   $     688,410
  Buildings and improvements                              2,410,905       2,318,210
                                                          3,123,210       3,006,620
  Less: accumulated depreciation                           (612,410)       (581,905)
    Real estate, net                                      2,510,800       2,424,715
Cash and cash equivalents                                    38,105          41,210
    Total assets                                      $   2,548,905   $   2,465,925
`;

const store = { documents: [readReport(TEXT, 'larchmont.txt')] };
const ctx = { today: '2023-08-01' };
const value = (q: string) => ask(q, store, ctx).answers[0]?.value;

describe('ties settled by the words asked', () => {
  it('"net income" is the line "Net income", not a share of it', () => {
    expect(value('Larchmont Peak net income Q1 2023')).toBe('24902000');
    expect(value('Larchmont Peak net income attributable to noncontrolling interests Q1 2022')).toBe('-690000');
  });
  it('"real estate, net" is that line, not the unlabelled total above it', () => {
    expect(value('Larchmont Peak real estate, net at March 31, 2023')).toBe('2510800000');
  });
  it('a line named by a word that elsewhere frames a question ("Land") is found by it', () => {
    expect(value('Larchmont Peak land at December 31, 2022')).toBe('688410000');
  });
});
