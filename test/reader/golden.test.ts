// Golden tests: the reader's output for the four shared reports equals the hand-checked expected JSON.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';
import { goldenShape } from './golden-shape.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const REPORTS = ['sonus-2007-q2', 'apple-10q-1997-03', 'bristol-myers-10q-1997-03', 'southern-2004-q4'];

describe('golden reports', () => {
  for (const name of REPORTS) {
    it(`${name}.txt reads exactly as ${name}.expected.json`, () => {
      const text = readFileSync(new URL(`${name}.txt`, FIXTURES), 'utf8');
      const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, FIXTURES), 'utf8'));
      expect(goldenShape(readReport(text, `${name}.txt`))).toEqual(expected);
    });
  }
});
