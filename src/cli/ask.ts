// npm run ask -- "QUESTION" | --json "QUESTION" | --jsonl (stdin batch), with --data PATH (repeatable).
import { createInterface } from 'node:readline';
import { ask, formatReply } from '../core/index.js';
import type { AskContext } from '../core/answer.js';
import type { Store } from '../core/store.js';
import { loadStoreOrReport, takeDataArgs } from './reports-arg.js';
import { reportPaths } from '../config.js';

const USAGE = 'usage: npm run ask -- [--json] [--debug] [--data PATH]... "QUESTION"  |  npm run ask -- --jsonl [--data PATH]... < questions.txt';

function fail(msg: string): never {
  process.stderr.write(`${msg}\n`);
  process.exit(2);
}

function context(debug: boolean): AskContext {
  return { today: new Date().toISOString().slice(0, 10), debug };
}

async function batch(store: Store, debug: boolean): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const ctx = context(debug);
  for await (const line of rl) {
    const reply = ask(line, store, ctx);
    process.stdout.write(`${JSON.stringify(reply)}\n`);
  }
}

async function main(): Promise<void> {
  const { paths, rest, error } = takeDataArgs(process.argv.slice(2));
  if (error) fail(error);
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  for (const f of flags) if (!['--json', '--jsonl', '--debug'].includes(f)) fail(`unknown option ${f}\n${USAGE}`);
  const words = rest.filter((a) => !a.startsWith('--'));
  const jsonl = flags.has('--jsonl');
  if (!jsonl && !words.length) fail(USAGE);
  const { store, error: loadError } = loadStoreOrReport(reportPaths(process.env, paths.flatMap((p) => ['--data', p])), (l) => process.stderr.write(`${l}\n`));
  if (!store) fail(loadError ?? 'no report could be read');
  const debug = flags.has('--debug') || process.env.LOG_LEVEL === 'debug';
  if (jsonl) return batch(store, debug);
  const reply = ask(words.join(' '), store, context(debug));
  if (flags.has('--json')) process.stdout.write(`${JSON.stringify(reply, null, 2)}\n`);
  else {
    process.stdout.write(`${formatReply(reply)}\n`);
    if (reply.trace) process.stdout.write(`\ntrace:\n${reply.trace.map((t) => `  ${t}`).join('\n')}\n`);
  }
}

main().catch((err) => fail(`error: ${(err as Error).message}`));
