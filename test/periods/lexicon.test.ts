// Walks every entry of intents/periods.yaml: each has a reason, and each relative phrase is found as written.
import { describe, expect, it } from 'vitest';
import { extractPeriods } from '../../src/periods/extract.js';
import { lexicon } from '../../src/periods/lexicon.js';

describe('intents/periods.yaml', () => {
  const lists = Object.entries(lexicon) as [string, { reason?: string }[]][];
  it.each(lists)('every entry of %s has a reason', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    for (const entry of list) expect(entry.reason?.trim()).toBeTruthy();
  });

  it.each(lexicon.relative.map((r) => [r.phrase, r.relative, r.type] as const))('"%s" -> %s', (phrase, relative, type) => {
    const found = extractPeriods(`revenue ${phrase}?`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ relative, text: phrase });
    expect(found[0]!.type).toBe(type);
  });

  it.each(lexicon.ttm.map((t) => t.phrase))('"%s" is trailing twelve months', (phrase) => {
    expect(extractPeriods(`revenue ${phrase.toUpperCase()}`)).toMatchObject([{ relative: 'latest', ttm: true }]);
  });

  it.each(lexicon.months.map((m) => [m.word, m.value] as const))('month "%s" is %i', (word, month) => {
    expect(extractPeriods(`as of ${word} 2004`)).toMatchObject([{ type: 'instant', endMonth: { year: 2004, month } }]);
  });
});
