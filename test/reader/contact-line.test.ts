// A release's short contact line just above a statement is text to quote, not the statement's title.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';
import { quarterHeader, tableText } from '../helpers/releases.js';

const table = tableText('Larkspur Tools, Inc.', {
  title: 'Condensed Consolidated Statements of Operations',
  headers: [quarterHeader('June 30', 2025), quarterHeader('June 30', 2024)],
  rows: [['Revenue', '42,611', '36,104'], ['Net income', '3,288', '1,202']],
});
const release = (contact: string) => readReport('Larkspur Tools Reports Second Quarter 2025 Results\n\n' +
  'DAYTON, Ohio -- Larkspur Tools, Inc. (NASDAQ: LKSP) today reported results for the quarter ended June 30, 2025.\n\n' +
  `${contact}\n\n` + table, 'larkspur.txt');

describe('a contact line above a statement', () => {
  for (const contact of ['Media contact: Lena Hargrove, (208) 555-0117', 'Contact: Marcus Tilley, (509) 555-0163', 'Priya Nandakumar, investors@larkspur.example']) {
    it(`is prose: ${contact}`, () => {
      const doc = release(contact);
      expect(doc.prose.map((p) => p.text)).toContain(contact);
      expect(doc.statements[0].title).not.toContain(contact.slice(0, 12));
      expect(doc.statements[0].rows.map((r) => r.label)).toContain('Revenue');
    });
  }
});
