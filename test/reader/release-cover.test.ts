// The name and headline of a release, from its cover: a newswire headline above its sub-headlines, and the
// "Company name:" / "Securities code:" fields of a Japanese-style summary.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const TABLE = `

                                FENWICK CLOUD, INC.
                 CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                                 (in thousands)

                                                   Three Months Ended
                                                      September 30,
                                                  2019          2018
Revenue                                       $    53,418   $    40,191
Net loss                                      $   (10,166)  $   (11,149)
`;

describe('a newswire headline over its sub-headlines', () => {
  const doc = readReport(`Fenwick Cloud Announces Third Quarter 2019 Financial Results

Third quarter revenue of $53.4 million, up 33% year-over-year

Subscription revenue of $48.3 million, up 35% year-over-year

SAN MATEO, Calif., Nov. 6, 2019 /PRNewswire/ -- Fenwick Cloud, Inc. (NYSE: FWC), a provider of cloud-based
contract software, today announced financial results for its third quarter ended September 30, 2019.
${TABLE}`, 'fenwick.txt');
  it('takes the headline, not the sub-headline nearest the dateline', () => {
    expect(doc.title).toBe('Fenwick Cloud Announces Third Quarter 2019 Financial Results');
    expect(doc.company).toBe('Fenwick Cloud, Inc.');
  });
});

describe('the cover fields of a Japanese-style summary', () => {
  const doc = readReport(`Fenwick Seimitsu Co., Ltd.
Consolidated Financial Results for the Six Months Ended September 30, 2023 (Under IFRS)

November 8, 2023
Company name: Fenwick Seimitsu Co., Ltd.
Stock exchange listing: Tokyo Stock Exchange
Securities code: 7781
${TABLE}`, 'fenwick-jp.txt');
  it('names the company and its code from the fields, the results line as the title', () => {
    expect(doc.company).toBe('Fenwick Seimitsu Co., Ltd.');
    expect(doc.ticker).toBe('7781');
    expect(doc.title).toBe('Consolidated Financial Results for the Six Months Ended September 30, 2023 (Under IFRS)');
  });
});
