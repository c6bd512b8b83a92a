// "Ostler revenue last 3 quarters": the latest quarter the question finds, then each quarter before it, each answered
// as it would be alone (a restated figure says so; a quarter not loaded is declined in its place, never filled in).
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { seriesAsked } from '../../src/core/series.js';
import { storeIn } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };
const season = () => storeIn('season');
const quarters = (q: string) => ask(q, season(), ctx).answers.filter((a) => a.kind === 'value').map((a) => [a.period?.label, a.value]);

describe('the last few quarters', () => {
  it('newest first, each quarter before the latest', () => {
    expect(quarters('Ostler revenue last 3 quarters')).toEqual([['Q3 2025', '162450000'], ['Q2 2025', '149600000'], ['Q1 2025', '143200000']]);
    const margins = ask('what was Northwind Foods gross margin the last two quarters?', season(), ctx).answers.filter((a) => a.kind === 'ratio');
    expect(margins.map((a) => a.period?.label)).toEqual(['Q3 FY2025', 'Q2 FY2025']);
  });

  it('a list of lines in each quarter of the run', () => {
    const r = ask('Quarry Lane net sales and net income last 2 quarters', season(), ctx);
    expect(r.answers.filter((a) => a.kind === 'value').map((a) => [a.metric, a.period?.label])).toEqual([
      ['Net sales', 'Q3 FY2025'], ['Net income', 'Q3 FY2025'], ['Net sales', 'Q2 FY2025'], ['Net income', 'Q2 FY2025'],
    ]);
  });

  it('a fiscal calendar of 13-week quarters', () => {
    const r = ask('Quarry Lane net sales over the past three quarters', season(), ctx);
    expect(r.answers.filter((a) => a.kind === 'value').map((a) => [a.period?.label, a.value])).toEqual([
      ['Q3 FY2025', '577250000'], ['Q2 FY2025', '548900000'], ['Q1 FY2025', '512400000'],
    ]);
  });

  it('"the last four quarters" is their sum (TTM), as "trailing four quarters" is', () => {
    expect(seriesAsked('revenue trailing 4 quarters')).toBeNull();
    expect(seriesAsked('revenue for the last four quarters')).toBeNull();
    expect(seriesAsked('revenue last 5 quarters')).toBeNull();
    expect(seriesAsked('revenue for the past two qtrs')).toMatchObject({ n: 2 });
    const r = ask('Ostler revenue for the last four quarters', season(), ctx);
    expect(r.answers[0]).toMatchObject({ value: '605050000', derived: true });
  });

  it('a list of lines over the run: each quarter asks every line, newest first', () => {
    expect(quarters('Ostler revenue and net income over the last 2 quarters').map((x) => x[0])).toEqual(['Q3 2025', 'Q3 2025', 'Q2 2025', 'Q2 2025']);
  });

  it('"trend" over a run is its figures, no comparison with a year before', () => {
    const r = ask('Ostler revenue trend last 3 quarters', season(), ctx);
    expect(r.answers.map((a) => [a.kind, a.period?.label])).toEqual([['value', 'Q3 2025'], ['value', 'Q2 2025'], ['value', 'Q1 2025']]);
  });
});

describe('a run with no company named', () => {
  it('asks which company, never "could not read the period"', () => {
    const r = ask('revenue last 3 quarters', season(), ctx);
    expect(r.status).toBe('clarify');
    expect(r.question).toBe('revenue last 3 quarters');
    expect(JSON.stringify(r)).not.toMatch(/period/i);
  });
});
