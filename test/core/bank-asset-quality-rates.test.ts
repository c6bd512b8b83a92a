// A bank's "Allowance for credit losses to total loans  1.33 %" is a rate the report prints: asked by its own words,
// it is that line, not the allowance; asked in short ("ACL to loans"), it is computed from the balance sheet, where
// the allowance is printed as a deduction ("Less: allowance ... (178,650)"), so its size over the loans (1.33%).
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `
Tamarind Ridge Bancorp Reports Third Quarter 2024 Earnings

Tamarind Ridge Bancorp, Inc. today reported results for the third quarter ended September 30, 2024.
The Board declared a quarterly cash dividend of $0.315 per common share, payable November 15, 2024.

                       TAMARIND RIDGE BANCORP, INC.
                           FINANCIAL HIGHLIGHTS
                 (dollars in thousands, except per share data)
                                               Q3 2024      Q2 2024      Q3 2023
Net interest income                          $ 124,200    $ 120,400    $ 118,500
Per common share
Book value                                   $   41.87    $   40.95    $   38.12
Tangible book value                              33.24        32.31        29.46
Cash dividends declared                          0.315        0.315        0.300
Asset quality
Net charge-offs                              $   2,520    $   2,115    $   1,880
Allowance for credit losses to total loans        1.33 %       1.32 %       1.30 %

                       CONSOLIDATED BALANCE SHEETS
                              (in thousands)
                                           Sept. 30,      June 30,       Dec. 31,
                                               2024          2024           2023
Loans held for investment                 13,412,870    13,205,640     12,940,215
  Less: allowance for credit losses         (178,650)     (174,320)      (168,905)
    Loans, net                            13,234,220    13,031,320     12,771,310
    Total assets                          17,626,590    17,412,310     17,319,055
`;

describe('bank asset quality rates', () => {
  const store = { documents: [readReport(TEXT, 'tamarind-2024-q3.txt')] };
  const ctx = { today: '2026-01-01' };
  it('the printed rate named by its own words is that line, not the allowance', () => {
    const r = ask('Tamarind allowance for credit losses to total loans Q3 2024', store, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]).toMatchObject({ value: '1.33', unit: 'percent' });
    // the printed line is cited, not two balance sheet lines
    const cited = r.answers[0]!.citations.map((c) => TEXT.split('\n')[c.line - 1]);
    expect(cited).toEqual([expect.stringContaining('Allowance for credit losses to total loans')]);
  });
  it('computed from a "Less:" line, the allowance counts by its size and a small share is quoted in percent', () => {
    const r = ask('Tamarind ACL to loans at September 30, 2024', store, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]).toMatchObject({ value: '1.33', unit: 'percent' });
    expect(r.text).toContain('1.3%');
  });
  it('"book value per share" is the per-share line under a "Per common share" heading', () => {
    const r = ask('Tamarind book value per share Q3 2023', store, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]).toMatchObject({ value: '38.12' });
    const t = ask('Tamarind tangible book value per share Q2 2024', store, ctx);
    expect(t.answers[0]).toMatchObject({ value: '32.31' });
  });
  it('"what dividend did it declare", no period asked: the sentence of the dividend declared, not a clarifying question', () => {
    const r = ask('What dividend did Tamarind declare?', store, ctx);
    expect(r.status).toBe('answered');
    expect(r.text).toContain('0.315');
  });
});
