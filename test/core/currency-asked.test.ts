// A question that names a currency ("revenue in dollars") over a report printed in another one is declined with
// the currency the figure is in: no rate converts it, and a euro figure must never be given as dollars.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const EURO = `Halvard Getriebe SE
Half-Year Financial Report January to June 2024

Key figures

€ million                          H1 2024    H1 2023
Revenue                              820.4      790.1
Earnings per share (€)                1.12       0.98

Condensed consolidated statement of financial position

€ million                                                  30 June 2024    31 Dec 2023
Inventories                                                       301.2          288.7
Total assets                                                    1,640.3        1,602.9
`;

const store = { documents: [readReport(EURO, 'halvard.txt')] };
const ctx = { today: '2024-08-15' };

describe('a currency asked', () => {
  it.each([
    ['Halvard revenue in dollars H1 2024', 'EUR, not USD'],
    ['Halvard revenue in USD for H1 2024', 'EUR, not USD'],
    ['Halvard earnings per share in pence H1 2024', 'EUR, not GBP'],
    ['Halvard total assets in yen at 30 June 2024', 'EUR, not JPY'],
    ['Halvard revenue in Canadian dollars H1 2024', 'EUR, not CAD'],
  ])('declines "%s" with the currency it is printed in', (q, says) => {
    const r = ask(q, store, ctx);
    expect(r.status).not.toBe('answered');
    expect(r.text).toContain(says);
  });
  it.each([
    ['Halvard revenue in euros H1 2024', '820400000'],
    ['Halvard revenue in EUR H1 2024', '820400000'],
    ['Halvard revenue H1 2024', '820400000'],
  ])('answers "%s" in the currency it names (or none)', (q, value) => {
    const r = ask(q, store, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]!.value).toBe(value);
    expect(r.answers[0]!.unit).toBe('EUR');
  });
});
