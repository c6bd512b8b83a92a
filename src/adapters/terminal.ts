// The terminal chat: questions in, answers out, over the loaded reports. Works on a TTY (prompt, history)
// and on a pipe (no prompt: one answer per question, then exit at end of input).
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { AskContext } from '../core/answer.js';
import { ask, formatReply } from '../core/index.js';
import type { Store } from '../core/store.js';
import { describeReports, resolveCompany } from './catalog.js';
import { terminalHelp } from './help.js';
import { forTerminal } from './terminal-text.js';
import type { ChannelState } from './state.js';
import { RecentQuestions } from './recent-questions.js';

/** What the terminal chat reads from and writes to. */
export interface TerminalOptions {
  input: Readable;
  output: Writable;
  store: () => Store;
  today: () => string;
  /** Prompt and history when true (stdin is a TTY). */
  interactive: boolean;
  /** Keeps the `company NAME` default across runs (channel id "terminal"). */
  state?: ChannelState;
}

const CHANNEL = 'terminal';

/** Runs the chat until `quit`, `exit` or end of input. */
export async function runTerminalChat(options: TerminalOptions): Promise<void> {
  const { input, output, interactive } = options;
  const say = (text: string): void => void output.write(text + '\n');
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, historySize: 500, prompt: 'lineitem> ' });
  const recent = interactive ? new RecentQuestions() : undefined;
  // Ctrl-C leaves like "quit" (readline would only pause otherwise).
  rl.on('SIGINT', () => rl.close());
  if (interactive) {
    say(`Lineitem: ${options.store().documents.length} report(s) loaded. Type a question, "help", or "quit".`);
    rl.prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (/^(quit|exit)$/i.test(line)) break;
    say(forTerminal(respondTo(line, options, recent), interactive));
    if (interactive) rl.prompt();
  }
  rl.close();
}

// One input line -> the text to print: a chat command, or the core's formatted reply.
function respondTo(line: string, options: TerminalOptions, recent?: RecentQuestions): string {
  if (/^(help|\?)$/i.test(line)) return terminalHelp();
  if (/^reports$/i.test(line)) {
    const lines = describeReports(options.store());
    return lines.length > 0 ? lines.join('\n') : 'No reports are loaded.';
  }
  // "company Sonus" sets the default company; "company" alone clears it.
  const company = /^company\b\s*(.*)$/i.exec(line);
  if (company && options.state) {
    const typed = company[1]!.trim();
    if (!typed) {
      options.state.setCompany(CHANNEL, null);
      return 'Default company cleared.';
    }
    const name = resolveCompany(options.store(), typed);
    if (!name) return `No single company matches "${typed}". Type "reports" to see what is loaded.`;
    options.state.setCompany(CHANNEL, name);
    return `Default company: ${name}`;
  }
  if (!line) return '';
  const ctx: AskContext = { today: options.today() };
  const fallback = options.state?.company(CHANNEL);
  if (fallback) ctx.defaultCompany = fallback;
  // "and Q1?": a follow-up goes on from the question before it in this session (typed at a prompt only: piped
  // lines are questions of their own)
  const previous = recent?.get(CHANNEL, 'you');
  if (previous) ctx.previous = previous;
  const reply = ask(line, options.store(), ctx);
  if (reply.followUpBase) recent?.set(CHANNEL, 'you', reply.followUpBase);
  return formatReply(reply) + '\n';
}
