// Question sets with expected answers: the shared sample, our own across every feature, and questions
// typed the way a finance team types in chat (shorthand, typos, periods written short, comparisons).
// Each question is asked over all four reports (or the one report it names), as a user would.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { judge, type Expected } from '../helpers/judge.js';
import { storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };
const load = (f: string): Expected[] => JSON.parse(readFileSync(new URL(`../questions/${f}`, import.meta.url), 'utf8'));

for (const file of ['sample.json', 'own.json', 'chat.json']) {
  describe(file, () => {
    for (const e of load(file)) {
      it(`${e.cat}: ${e.q}`, () => {
        const store = e.data ? storeOf(e.data) : storeOf();
        const reply = ask(e.q, store, ctx);
        expect(judge(e, reply)).toBe('');
      });
    }
  });
}
