// The terminal chat: in-process over streams, and `npm start` driven through a pipe.
import { forTerminal } from '../../src/adapters/terminal-text.js';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ChannelState } from '../../src/adapters/state.js';
import { runTerminalChat } from '../../src/adapters/terminal.js';
import { ask, formatReply } from '../../src/core/index.js';
import { tinyStore } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'lineitem-terminal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


// Feeds `input` to the chat over a pipe-like stream and returns everything it printed.
async function chat(input: string, state?: ChannelState, interactive = false): Promise<string> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d) => (out += d));
  const done = runTerminalChat({ input: stdin, output: stdout, store: tinyStore, today: () => '2026-01-01', interactive, state });
  stdin.end(input);
  await done;
  return out;
}

// `npx tsx src/cli/start.ts` with no token, `input` on stdin; killed after 40 s so it can never hang.
// (Start-up alone takes 1-2 s, more on a busy machine: the spawned tests get 45 s.)
function start(input: string, extraEnv: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, DISCORD_TOKEN: '', REPORTS: 'data/', STATE_FILE: join(dir, 'state.json'), READ_CACHE_DIR: join(dir, 'cache'), ...extraEnv };
    const child = spawn('npx', ['tsx', 'src/cli/start.ts'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
    child.on('close', (code) => (clearTimeout(timer), resolve({ code, out, err })));
    child.stdin.end(input);
  });
}

describe('terminal chat', () => {
  it('prints help, lists the reports, and stops at quit (nothing after it is read)', async () => {
    const out = await chat('help\nreports\nquit\nhelp\n');
    expect(out).toContain('Examples:');
    expect(out).toContain('Acme Widgets, Inc. (ACME): 1 report(s) [acme-2010-q1.txt]');
    expect(out.match(/Examples:/g)).toHaveLength(1);
    expect(out).not.toContain('lineitem>');
  });

  it('answers every question line and ends at end of input', async () => {
    const questions = ['what was total revenue?', 'service revenue in Q1 2009'];
    const out = await chat(`${questions[0]}\n\n${questions[1]}`);
    // The core's replies, in order, the first one first (no prompt on a pipe).
    // (shown without Markdown bold markers on a pipe)
    const [first, second] = questions.map((q) => out.indexOf(forTerminal(formatReply(ask(q, tinyStore(), { today: '2026-01-01' })), false)));
    expect(first).toBe(0);
    expect(second).toBeGreaterThan(first!);
  });

  it('at a prompt, "and Q1 2009?" goes on from the question before; piped lines are questions of their own', async () => {
    const lines = 'total revenue in Q1 2010\nand Q1 2009?\n';
    expect(await chat(lines, undefined, true)).toMatch(/1,300/);
    expect(await chat(lines)).not.toMatch(/1,300/);
  });

  it('at a prompt, "thanks!" between a question and its follow-up leaves the question before to go on from', async () => {
    expect(await chat('total revenue in Q1 2010\nthanks!\nand Q1 2009?\n', undefined, true)).toMatch(/1,300/);
  });

  it('keeps a default company set with "company NAME" in the state file', async () => {
    const state = new ChannelState(join(dir, 'chat-state.json'));
    const out = await chat('company nobody\ncompany acme\n', state);
    expect(out).toContain('No single company matches "nobody"');
    expect(out).toContain('Default company: Acme Widgets, Inc.');
    expect(new ChannelState(join(dir, 'chat-state.json')).company('terminal')).toBe('Acme Widgets, Inc.');
    await chat('company\n', state);
    expect(new ChannelState(join(dir, 'chat-state.json')).company('terminal')).toBeUndefined();
  });

  // The two spawned runs go side by side: each pays tsx's start-up.
  it.concurrent('runs as `npm start` without a token through a pipe: help, an answer with its citation, quit, exit 0', async () => {
    const { code, out } = await start('help\nWhat was Q2 2007 service revenue?\nquit\nhelp\n');
    expect(code).toBe(0);
    expect(out).toContain('Examples:');
    expect(out.match(/Examples:/g)).toHaveLength(1);
    expect(out).toContain('$23.3 million');
    expect(out).toContain('sonus-2007-q2.txt, line 197');
  }, 45_000);

  it('a second start takes the reading of the report from the read cache and answers the same', async () => {
    const env = { LOG_LEVEL: 'debug', READ_CACHE_DIR: join(dir, 'cache-restart') };
    const first = await start('What was Q2 2007 service revenue?\nquit\n', env);
    const second = await start('What was Q2 2007 service revenue?\nquit\n', env);
    expect(first.err).toContain('1 report(s) read, 0 of them from the read cache');
    expect(second.err).toContain('1 report(s) read, 1 of them from the read cache');
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(second.out).toContain('$23.3 million');
    expect(second.out).toContain('sonus-2007-q2.txt, line 197');
    expect(second.out).toBe(first.out);
  }, 90_000);

  it.concurrent('exits 1 with one line per problem when no report can be read', async () => {
    const missing = join(dir, 'no-such-folder');
    const { code, err, out } = await start('quit\n', { REPORTS: missing });
    expect(code).toBe(1);
    expect(out).toBe('');
    const lines = err.trim().split('\n').filter((l) => !l.startsWith('npm warn'));
    expect(lines[0]).toContain(missing);
    expect(lines[lines.length - 1]).toContain('no reports could be read');
  }, 45_000);
});
