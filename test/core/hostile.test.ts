// Hostile input must never throw, must always give a valid reply, and the reply must not ping.
import { describe, expect, it } from 'vitest';
import { ask, formatReply } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };
const STATUSES = ['answered', 'clarify', 'not_found', 'not_understood'];

const HOSTILE: [string, string][] = [
  ['empty', ''],
  ['whitespace', ' \t\n  '],
  ['100 KB', 'revenue '.repeat(12_800)],
  ['100 KB no spaces', 'x'.repeat(100_000)],
  ['binary', String.fromCharCode(...Array.from({ length: 512 }, (_, i) => i % 256))],
  ['emoji', '💰📈 revenue?? 🚀'],
  ['RTL', 'ما هي الإيرادات؟'],
  ['Chinese', '第二季度收入是多少？'],
  ['zero-width', 're\u200bve\u200bnue in Q2\u200d 2007'],
  ['combining marks', 'r̷̛e̸v̵e̶n̷u̸e̵'],
  ['markdown', '**bold** _it_ `code` ```js\nalert(1)\n``` > quote [link](http://x)'],
  ['everyone', '@everyone what was revenue?'],
  ['here', '@here revenue Q2 2007'],
  ['user mention', '<@123456789> revenue'],
  ['role mention', '<@&987654321> gross margin'],
  ['channel mention', '<#555> cash'],
  ['number garbage', '$$$(((1,2,3'],
  ['bad quarter', 'Q9 99999'],
  ['repeated words', 'revenue revenue revenue revenue revenue revenue revenue revenue revenue'],
  ['regex bait', '('.repeat(5000) + 'a'.repeat(5000)],
  ['dates bait', '1/1/1 '.repeat(2000)],
  ['html', '<script>alert(1)</script> revenue'],
  ['mention in unknown company', "@everyone's revenue in Q2 2007"],
  ['a list of a thousand lines', 'revenue, net income and EPS, '.repeat(1_000) + 'for Q2 2007'],
  ['a list of mentions', '@everyone revenue, <@123> net income and @here EPS for Q2 2007'],
  ['a run of quarters with mentions', '@everyone revenue last 3 quarters <@&1>'],
];

function pings(text: string): boolean {
  return /(^|[^\u200b])@(everyone|here)/i.test(text) || /<[@#][!&]?\d+>/.test(text);
}

describe('hostile questions', () => {
  for (const [name, q] of HOSTILE) {
    it(`${name}: answers without throwing, validly, without pinging`, () => {
      const r = ask(q, storeOf(), ctx);
      expect(STATUSES).toContain(r.status);
      expect(Array.isArray(r.answers)).toBe(true);
      expect(typeof r.text).toBe('string');
      expect(pings(formatReply(r))).toBe(false);
    });
  }

  it('non-string input does not throw', () => {
    const r = ask(undefined as unknown as string, storeOf(), ctx);
    expect(r.status).toBe('not_understood');
  });

  it('an empty store declines politely', () => {
    const r = ask('revenue Q2 2007', { documents: [] }, ctx);
    expect(r.status).toBe('not_found');
  });
});
