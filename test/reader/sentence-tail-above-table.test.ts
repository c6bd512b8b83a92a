// The last, short line of a sentence that runs on above a table ('... said Chief Executive Officer' /
// 'Marguerite Lind.') finishes that sentence: it is no title line of the table below.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `Halberd Casualty Reports Third Quarter 2025 Results

HARTFORD, Conn., Oct. 28, 2025 -- Halberd Casualty Group, Inc. (NYSE: HCG) today reported results for the third
quarter of 2025.

The Board declared a quarterly cash dividend of $0.85 per share, payable December 15, 2025.
"Disciplined pricing and lower weather losses drove a strong underwriting quarter," said Chief Executive Officer
Marguerite Lind.

                              HALBERD CASUALTY GROUP, INC.
                       CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)
                                     (in millions)

                                               Three Months Ended
                                                  September 30,
                                               2025         2024
Net premiums earned                       $ 1,842.6    $ 1,701.3
Net income                                $   245.8    $   185.2
`;

describe('a sentence ending on a short line above a table', () => {
  const doc = readReport(TEXT, 'halberd.txt');
  it('keeps the line in the sentence', () => {
    expect(doc.prose.some((p) => p.text.includes('said Chief Executive Officer Marguerite Lind.'))).toBe(true);
    expect(ask("Who is Halberd's CEO?", { documents: [doc] }, { today: '2025-11-01' }).text).toContain('Marguerite Lind');
  });
  it('leaves the table its own title', () => {
    expect(doc.statements[0]?.title).toBe('CONSOLIDATED STATEMENTS OF INCOME');
    expect(doc.statements[0]?.rows.map((r) => r.label)).toContain('Net income');
  });
});
