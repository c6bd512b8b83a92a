// Fuzzed questions: ask never throws, always returns a valid reply, the formatted reply never pings,
// and a 100 KB question finishes. Fixed seed; `npm run fuzz` runs more cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ask, formatReply } from '../../src/core/index.js';
import type { Store } from '../../src/core/store.js';
import { readReport } from '../../src/reader/index.js';
import { hugeQuestion, question } from './arbitraries.js';
import { corpus } from './corpus.js';
import { pingingMention } from './mentions.js';
import { replyProblems } from './reply-check.js';
import { params } from './settings.js';

const store: Store = { documents: corpus().filter((s) => !s.name.startsWith('synthetic')).map((s) => readReport(s.text, s.name)) };
const contexts = [{ today: '2007-08-07' }, { today: '2026-11-25', defaultCompany: 'Sonus Networks, Inc.' }, { today: '2005-01-25', debug: true }];

/** Asks and checks everything a user or the Discord adapter relies on; throws with the reason on failure. */
function askAndCheck(q: string, ctx: (typeof contexts)[number]): void {
  const reply = ask(q, store, ctx);
  const problems = replyProblems(reply);
  if (problems.length) throw new Error(`${JSON.stringify(q.slice(0, 200))}: ${problems.join('; ')}`);
  const text = formatReply(reply);
  if (typeof text !== 'string' || !text.trim()) throw new Error(`${JSON.stringify(q.slice(0, 200))}: empty formatted reply`);
  const ping = pingingMention(text);
  if (ping) throw new Error(`${JSON.stringify(q.slice(0, 200))}: formatted reply can ping: ${ping}`);
}

describe('fuzzed questions', () => {
  it('the store for the questions holds the releases', () => {
    expect(store.documents.length).toBeGreaterThan(0);
    expect(store.documents.some((d) => d.statements.length > 0)).toBe(true);
  });

  it('never throw, always give a valid reply, and never ping', () => {
    fc.assert(fc.property(question, fc.nat(contexts.length - 1), (q, c) => askAndCheck(q, contexts[c]!)), params(300));
  });

  it('with a mention or markdown wrapped around a real question, still never ping', () => {
    const wrapped = fc.tuple(fc.constantFrom('@everyone', '@here', '<@123>', '<@&123>', '<#9>', '`@everyone`', '**@here**'),
      fc.constantFrom('what was revenue in Q2 2007', 'gross margin last quarter', 'cash at June 30, 2007', 'who is the CEO'),
      fc.boolean())
      .map(([m, q, before]) => (before ? `${m} ${q}` : `${q} ${m}`));
    fc.assert(fc.property(wrapped, (q) => askAndCheck(q, contexts[0]!)), params(60, 0.2));
  });

  it('a 100 KB question finishes within 2 s with a valid reply', () => {
    fc.assert(fc.property(hugeQuestion, (q) => {
      const t = performance.now();
      askAndCheck(q, contexts[0]!);
      const ms = performance.now() - t;
      if (ms > 2000) throw new Error(`took ${ms.toFixed(0)} ms on ${JSON.stringify(q.slice(0, 60))}...`);
    }), params(8, 0.02));
  });
});
