// "Who is the CEO?": people named beside their titles, the release's own company's titles included.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { peopleIn } from '../../src/core/resolve/people.js';
import { readReport } from '../../src/reader/index.js';
import { quarterHeader, tableText } from '../helpers/releases.js';

describe('people by title', () => {
  it('a title "of" the release\'s own company is the person\'s', () => {
    expect(peopleIn('"It was a record year," said Maria Chen, Chief Executive Officer of Kestrel Analytics.', 'Kestrel Analytics, Inc.'))
      .toEqual([{ name: 'Maria Chen', titles: ['ceo'] }]);
  });
  it('a title of address before the name ("Dr.") is no part of it', () => {
    expect(peopleIn('"Prescriptions grew again," said Chief Executive Officer Dr. Miriam Achebe-Strand.', 'Hollis Therapeutics, Inc.'))
      .toEqual([{ name: 'Miriam Achebe-Strand', titles: ['ceo'] }]);
  });
  it('a title "of" another company is not', () => {
    expect(peopleIn('"We are pleased," said John Park, Chief Executive Officer of Bluefin Telecom.', 'Kestrel Analytics, Inc.')).toEqual([]);
  });
  it('answers "who is the CEO" from the dateline paragraph of a release', () => {
    const text = 'Kestrel Analytics Reports Results\n\nSAN JOSE, Calif. -- Kestrel Analytics, Inc. (NYSE: KSTL) today reported results.\n\n' +
      '"It was a record year," said Maria Chen, Chief Executive Officer of Kestrel Analytics.\n';
    const r = ask('Who is the CEO of Kestrel?', { documents: [readReport(text, 'kestrel.txt')] }, { today: '2026-01-01' });
    expect(r.status).toBe('answered');
    expect(r.text).toContain('Maria Chen');
  });
  it('reads a title and a company name alone ("Kestrel CFO") as asking who holds the title', () => {
    const text = 'Kestrel Analytics Reports Results\n\nSAN JOSE, Calif. -- Kestrel Analytics, Inc. (NYSE: KSTL) today reported results.\n\n' +
      '"It was a record year," said Maria Chen, Chief Executive Officer. Chief Financial Officer Omar Ruiz said, "Costs fell by $2 million as we cut lead times."\n';
    const store = { documents: [readReport(text, 'kestrel.txt')] };
    const cfo = ask('kestrel cfo', store, { today: '2026-01-01' });
    expect(cfo.status).toBe('answered');
    expect(cfo.text).toContain('Omar Ruiz');
    expect(ask('Kestrel CEO', store, { today: '2026-01-01' }).text).toContain('Maria Chen');
    // a question about the officer's pay is not a question of who holds the title
    expect(ask('kestrel ceo salary', store, { today: '2026-01-01' }).text).not.toContain('Maria Chen');
  });
  it('reads "who runs Kestrel" as asking for its chief executive, and names nobody for another company', () => {
    const text = 'Kestrel Analytics Reports Results\n\nSAN JOSE, Calif. -- Kestrel Analytics, Inc. (NYSE: KSTL) today reported results.\n\n' +
      '"It was a record year," said Maria Chen, Chief Executive Officer. Chief Financial Officer Omar Ruiz said, "Costs fell by $2 million as we cut lead times."\n';
    const store = { documents: [readReport(text, 'kestrel.txt')] };
    expect(ask('who runs kestrel analytics', store, { today: '2026-01-01' }).text).toContain('Maria Chen');
    expect(ask('Who leads Kestrel?', store, { today: '2026-01-01' }).text).toContain('Maria Chen');
    expect(ask('Who runs Oracle?', store, { today: '2026-01-01' }).status).not.toBe('answered');
  });
  it('names the officer of the latest release when releases name different ones', () => {
    const release = (year: number, ceo: string) => readReport(`Kestrel Analytics Reports Results\n\nSAN JOSE, Calif. -- Kestrel Analytics, Inc. (NYSE: KSTL) today reported results.\n\n` +
      `"It was a good quarter," said ${ceo}, Chief Executive Officer of Kestrel Analytics.\n\n\n` +
      tableText('Kestrel Analytics, Inc.', { title: 'Statements of Operations', headers: [quarterHeader('March 31', year), quarterHeader('March 31', year - 1)], rows: [['Revenue', '1,000', '900']] }), `kestrel-${year}.txt`);
    // the older release loaded last
    const r = ask('Who is the CEO of Kestrel?', { documents: [release(2024, 'Dana Ortiz'), release(2023, 'Maria Chen')] }, { today: '2026-01-01' });
    expect(r.text).toContain('Dana Ortiz');
    const r2 = ask('Who is the CEO of Kestrel?', { documents: [release(2023, 'Maria Chen'), release(2024, 'Dana Ortiz')] }, { today: '2026-01-01' });
    expect(r2.text).toContain('Dana Ortiz');
  });
});
