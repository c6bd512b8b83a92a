// The synthetic releases of bench/generate.ts against the reader: the generator is deterministic, and the
// reader finds each release's company, ticker and tables, with every arithmetic check holding (the figures
// are generated consistent, so a failed check is a reader or generator bug).
import { describe, expect, it } from 'vitest';
import { generateReleases } from '../../bench/generate.js';
import { readReport } from '../../src/reader/index.js';

const releases = generateReleases(40, 5);

describe('synthetic releases', () => {
  it('are deterministic for a seed, and a shorter run is a prefix of a longer one', () => {
    expect(generateReleases(10, 5)).toEqual(releases.slice(0, 10));
    expect(generateReleases(10, 6)).not.toEqual(releases.slice(0, 10));
    expect(new Set(releases.map((r) => r.fileName)).size).toBe(releases.length);
  });

  it('cover all four layouts and several fiscal calendars', () => {
    const all = releases.map((r) => r.text).join('\n');
    expect(all).toContain('<TABLE>');
    expect(all).toContain('\t');
    expect(all).toMatch(/-{10}/);
    expect(all).toMatch(/ended\n +(January|February|March|April|May|June|July|August|September|October|November|December) \d+,\n +\d{4}/);
  });

  it.each(releases.map((r) => [r.fileName, r.text]))('%s reads with its company, tables and every check holding', (name, text) => {
    const d = readReport(text, name);
    const dateline = /([A-Z][\w ,.]+?) \((Nasdaq|NYSE): ([A-Z]+)\)/.exec(text.replace(/\s+/g, ' '))!;
    expect(d.ticker).toBe(dateline[3]);
    expect(d.company).toBe(dateline[1]!.replace(/^.*-- /, ''));
    expect(d.statements.map((s) => s.kind).sort()).toEqual(expect.arrayContaining(['balance', 'cash_flow', 'income']));
    expect(d.checks.length).toBeGreaterThan(0);
    expect(d.checks.filter((c) => !c.ok)).toEqual([]);
  });
});
