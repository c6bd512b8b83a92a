// "What is the revenue guidance for Q4?": no line of the statements holds an expectation; the sentence of the
// release that states it is quoted (never a figure of another period).
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `Fenwick Cloud Announces Third Quarter 2019 Financial Results

SAN MATEO, Calif., Nov. 6, 2019 /PRNewswire/ -- Fenwick Cloud, Inc. (NYSE: FWC) today announced financial results
for its third quarter ended September 30, 2019.

"We added a record number of customers in the quarter and crossed $200 million in annual recurring revenue,"
said Rowan Achterberg, Chief Executive Officer. "Enterprise demand for our clause analytics module was strong,
and we closed our first seven-figure deal in Japan." Revenue grew 33% year over year to $53.4 million, and
subscription revenue grew 35% to $48.3 million. Cash, cash equivalents and marketable securities were
$170.2 million as of September 30, 2019. The company will host a conference call today at 2:00 p.m.
Pacific Time; a replay will be available on its investor relations website for 30 days.

Financial Outlook

For the fourth quarter of 2019, Fenwick expects total revenue of $56.0 million to $57.0 million. For the full
year 2019, the company expects diluted earnings per share of $0.31 to $0.33.

                                FENWICK CLOUD, INC.
                 CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                     (in thousands, except per share data)

                                                   Three Months Ended
                                                      September 30,
                                                  2019          2018
Revenue                                       $    53,418   $    40,191
Net income                                    $     5,166   $     3,149
Diluted earnings per share                    $      0.07   $      0.05
`;

const store = { documents: [readReport(TEXT, 'fenwick.txt')] };
const ctx = { today: '2019-12-01' };

describe('guidance and outlook', () => {
  it('quotes the sentence that gives it', () => {
    const r = ask("What is Fenwick's revenue guidance for the fourth quarter of 2019?", store, ctx);
    expect(r.answers[0]?.kind).toBe('text');
    expect(r.text).toContain('$56.0 million to $57.0 million');
    expect(ask('Fenwick EPS outlook for 2019', store, ctx).text).toContain('$0.31 to $0.33');
  });
  it('quotes it for "what revenue does ... expect for ..."', () => {
    const r = ask('What revenue does Fenwick expect for the fourth quarter of 2019?', store, ctx);
    expect(r.answers[0]?.kind).toBe('text');
    expect(r.text).toContain('$56.0 million to $57.0 million');
  });
  it('quotes no outlook of another period than the one asked', () => {
    const text = TEXT.replace('For the fourth quarter of 2019, Fenwick expects total revenue of $56.0 million to $57.0 million. For the full\nyear 2019, the company expects diluted earnings per share of $0.31 to $0.33.',
      'For the fourth quarter of 2019, Fenwick expects total revenue of $56.0 million to $57.0 million.');
    const st = { documents: [readReport(text, 'fenwick.txt')] };
    expect(ask("What is Fenwick's revenue guidance for the first quarter of 2020?", st, ctx).text).not.toContain('$56.0 million');
    expect(ask('Fenwick revenue guidance Q4 2019', st, ctx).text).toContain('$56.0 million to $57.0 million');
  });
  it('leaves the reported figures to plain questions', () => {
    expect(ask('Fenwick revenue Q3 2019', store, ctx).answers[0]?.value).toBe('53418000');
  });
});

describe('a forecast under its own heading', () => {
  it('quotes the sentence with the figure, not the heading above it', () => {
    const text = TEXT.replace('Financial Outlook\n', '3. Forecast of Results for the Fiscal Year Ending December 31, 2019\n\nThe outlook below was issued on August 2, 2019 and is unchanged.\n');
    const st = { documents: [readReport(text, 'fenwick.txt')] };
    expect(ask("What is Fenwick's revenue forecast for the fourth quarter of 2019?", st, ctx).text).toContain('$56.0 million to $57.0 million');
  });
});
