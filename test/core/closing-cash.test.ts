// "cash at June 30, 2006" when no balance sheet prints that date: the cash flow statement's closing cash for a
// period ending then is that balance (Sonus prints it for the six months ended June 30, 2006). A closing line
// that holds restricted cash too is another figure and is not given as cash.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';
import { storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };

describe('cash at a date only the cash flow statement closes on', () => {
  it('is the closing cash of the period ending that day, cited from the cash flow statement', () => {
    const r = ask('sonus cash at june 30 2006', storeOf('sonus-2007-q2.txt'), ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]).toMatchObject({ value: '30383000' });
    expect(r.answers[0]!.citations.map((c) => c.line)).toContain(425);
  });
  it('the balance sheet answers when it prints the date', () => {
    expect(ask('sonus cash at june 30 2007', storeOf('sonus-2007-q2.txt'), ctx).answers[0]).toMatchObject({ value: '61617000' });
  });
  it('a date neither statement closes on is still declined', () => {
    expect(ask('sonus cash at march 31 2007', storeOf('sonus-2007-q2.txt'), ctx).status).not.toBe('answered');
  });
  it('a closing line with restricted cash in it is not given as cash', () => {
    const text = `Larkspur Tools, Inc. reported results for the quarter ended March 31, 2024.

                              LARKSPUR TOOLS, INC.
                      CONDENSED CONSOLIDATED BALANCE SHEETS
                                 (in thousands)
                                              March 31,     December 31,
                                                2024            2023
Cash and cash equivalents                     $ 41,200        $ 38,900
Total assets                                   210,400         205,100

                              LARKSPUR TOOLS, INC.
                 CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
                                 (in thousands)
                                              Three Months Ended March 31,
                                                2024            2023
Net cash provided by operating activities        5,100           4,300
Cash, cash equivalents and restricted cash,
  end of period                               $ 43,700        $ 36,500
`;
    const st = { documents: [readReport(text, 'larkspur.txt')] };
    expect(ask('Larkspur cash at March 31, 2024', st, ctx).answers[0]).toMatchObject({ value: '41200000' });
    const r = ask('Larkspur cash at March 31, 2023', st, ctx);
    expect(r.answers[0]?.value).not.toBe('36500000');
  });
});
