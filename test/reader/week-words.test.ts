// Column headers that count a 53-week year's longer spans in words: "Forty weeks ended" (three quarters, one of
// fourteen weeks), "Twenty-seven weeks ended", "Fifty-three weeks ended". Synthetic tables written here.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';
import { ask } from '../../src/core/index.js';

const text = [
  '                         Larkspur Outfitters, Inc.',
  '                Condensed Consolidated Statements of Operations',
  '                    (in thousands, except per share data)',
  '',
  '                                           Forty weeks  Thirty-nine weeks',
  '                                              ended           ended',
  '                                            March 31,       March 25,',
  '                                              2007            2006',
  'Total revenue                             1,661,895       1,540,220',
  'Net income                                  201,300         188,450',
  '',
  '',
  '                                   Twenty-seven weeks  Twenty six weeks',
  '                                              ended           ended',
  '                                           December 30,    December 24,',
  '                                              2006            2005',
  'Total revenue                             1,118,448       1,048,300',
  'Net income                                  137,778         121,900',
].join('\n');

describe('spans of weeks counted in words', () => {
  const doc = readReport(text, 'larkspur-fy2007-q3.txt');
  const periods = doc.statements.flatMap((s) => s.columns.map((c) => c.period));

  it('reads forty and twenty-seven weeks as nine and six months', () => {
    expect(periods).toEqual([
      { type: 'nine_months', start: '2006-06-25', end: '2007-03-31', weeks: 40 },
      { type: 'nine_months', start: '2005-06-26', end: '2006-03-25', weeks: 39 },
      { type: 'six_months', start: '2006-06-25', end: '2006-12-30', weeks: 27 },
      { type: 'six_months', start: '2005-06-26', end: '2005-12-24', weeks: 26 },
    ]);
  });

  it('reads a question that counts the weeks in words ("the forty weeks ended March 31, 2007")', () => {
    const store = { documents: [doc] };
    expect(ask('net income for the forty weeks ended March 31, 2007', store, { today: '2026-11-25' }).answers[0]?.value).toBe('201300000');
    expect(ask('revenue for the twenty-seven weeks ended December 30, 2006', store, { today: '2026-11-25' }).answers[0]?.value).toBe('1118448000');
  });

  it('answers the forty weeks as the nine months asked', () => {
    const r = ask('revenue for the nine months ended March 31, 2007', { documents: [doc] }, { today: '2026-11-25' });
    expect(r.status).toBe('answered');
    expect(r.answers[0]?.value).toBe('1661895000');
  });
});

describe('a span stacked over two lines above one column only', () => {
  // "Thirty-nine" alone on the top header line (the other column's "Forty weeks" fits on one line): a header word,
  // not the table's title, so the title and its units above stay the table's
  const stacked = [
    '                         LARKSPUR OUTFITTERS, INC.',
    '                 Condensed Consolidated Statements of Operations',
    '                      (in thousands, except per share data)',
    '                                   (unaudited)',
    '',
    '',
    '                                                            Thirty-nine',
    '                                            Forty weeks        weeks',
    '                                               ended           ended',
    '                                             March 31,       March 25,',
    '                                               2007            2006',
    'Total revenue                               1,661,895       1,676,354',
    'Net income                                    201,300         188,450',
  ].join('\n');
  const doc = readReport(stacked, 'larkspur-fy2007-q3.txt');

  it('keeps the title and its units, and reads both columns', () => {
    const st = doc.statements[0]!;
    expect(st.title).toBe('Condensed Consolidated Statements of Operations');
    expect(st.columns.map((c) => c.period?.type)).toEqual(['nine_months', 'nine_months']);
    expect(st.rows[0]?.values).toEqual(['1661895000', '1676354000']);
  });
});
