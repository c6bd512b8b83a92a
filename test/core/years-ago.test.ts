// "A year ago" in a release that reports full years only is the year before the latest; "three years ago" (an
// offset the bot does not read) is never answered with the latest year.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `TULSA, Okla.--(BUSINESS WIRE)--March 1, 2024-- Brakespur Midstream Corporation (NYSE: BKSM) today reported
results for the year ended December 31, 2023.

                       BRAKESPUR MIDSTREAM CORPORATION
                     CONSOLIDATED STATEMENTS OF INCOME
                                (in thousands)

                                                   Years Ended December 31,
                                          2023              2022              2021
Total revenues                          $       1,210,700   $     1,257,180   $     1,021,020
Net income                              $         148,700   $       119,505   $        75,890
`;

const store = { documents: [readReport(TEXT, 'brakespur.txt')] };
const ctx = { today: '2024-04-01' };

describe('years ago in an annual release', () => {
  it('"a year ago" is the year before the latest', () => {
    expect(ask('Brakespur revenue a year ago', store, ctx).answers[0]?.value).toBe('1257180000');
  });
  it('"three years ago" and "two quarters ago" are not answered with the latest figure', () => {
    expect(ask('Brakespur revenue three years ago', store, ctx).status).not.toBe('answered');
    expect(ask('Brakespur net income two quarters ago', store, ctx).status).not.toBe('answered');
  });
});
