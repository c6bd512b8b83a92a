// A computed ratio is rounded once for the text, from its exact value: equity 32,348 over assets 100,000 is 32.348%,
// said "32.3%" (its value field keeps two places, "32.35"; rounding that again would say "32.4%").
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const REPORT = `Roundel Tools, Inc. Reports Results

ROUNDEL TOOLS, INC.
CONDENSED CONSOLIDATED BALANCE SHEETS
(in thousands)
                                        June 30,     December 31,
                                          2025           2024
Total current assets                     60,000         55,000
Total assets                            100,000         90,000
Total current liabilities                40,000         38,000
Total liabilities                        67,652         60,000
Total stockholders' equity               32,348         30,000
Total liabilities and stockholders'
  equity                                100,000         90,000
`;

const store = () => ({ documents: [readReport(REPORT, 'roundel-2025-q2.txt')] });
const ctx = { today: '2025-08-01' };

describe('a ratio rounded once', () => {
  it('32.348% is said 32.3%, its value 32.35', () => {
    const r = ask('Roundel equity ratio at June 30, 2025', store(), ctx);
    expect(r.answers[0]).toMatchObject({ kind: 'ratio', value: '32.35', exact: '32.348' });
    expect(r.text).toContain('**32.3%**');
  });

  it('each end of a change of a ratio too', () => {
    // 32.348% at June 30, 2025 from 33.333...% at December 31, 2024
    const r = ask('Roundel equity ratio June 30, 2025 vs December 31, 2024', store(), ctx);
    expect(r.text).toContain('**32.3%**');
    expect(r.text).toContain('from 33.3%');
  });
});
