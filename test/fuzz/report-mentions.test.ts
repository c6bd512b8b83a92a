// Reports come from anywhere: a release whose labels, company line or prose carry mentions must not make
// the bot ping when it quotes them. Mentions are planted on random lines of a real release, then real
// questions are asked; the formatted reply must stay valid and unable to ping.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ask, formatReply } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';
import { corpus } from './corpus.js';
import { pingingMention } from './mentions.js';
import { replyProblems } from './reply-check.js';
import { params } from './settings.js';

const TOKENS = ['@everyone', '@here', '<@123456>', '<@&42>', '<#7>', '<@!99>'];
const QUESTIONS = ['what was revenue in Q2 2007', 'service revenue last quarter', 'net income', 'total assets',
  'cash at June 30, 2007', 'gross margin', 'who is the CEO?', 'what did the company say about customers',
  'which company is this', 'accrued expenses', 'list the statements', 'help'];

/** Plants a mention after the first word of every k-th line (labels, titles, the dateline, prose). */
function plant(text: string, token: string, every: number, offset: number): string {
  return text.split('\n').map((l, i) => ((i + offset) % every === 0 ? l.replace(/(\S+)/, `$1 ${token}`) : l)).join('\n');
}

describe('mentions planted in a report', () => {
  it('never reach the formatted reply as a ping', () => {
    const real = corpus().filter((s) => !s.name.startsWith('synthetic'));
    fc.assert(fc.property(fc.nat(real.length - 1), fc.constantFrom(...TOKENS), fc.integer({ min: 1, max: 6 }), fc.nat(5),
      fc.subarray(QUESTIONS, { minLength: 1, maxLength: 4 }), (k, token, every, offset, qs) => {
        const s = real[k]!;
        const store = { documents: [readReport(plant(s.text, token, every, offset), s.name)] };
        for (const q of qs) {
          const reply = ask(q, store, { today: '2026-11-25' });
          const problems = replyProblems(reply);
          if (problems.length) throw new Error(`${s.name} + ${token}/${every}: ${q}: ${problems.join('; ')}`);
          const ping = pingingMention(formatReply(reply));
          if (ping) throw new Error(`${s.name} + ${token} every ${every} lines: "${q}" -> ${ping}`);
        }
      }), params(15, 0.05));
  });
});
