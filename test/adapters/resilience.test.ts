// The bot under trouble: REST 500s and 429s, gateway disconnects. It stays up, answers the next question,
// and never writes its token to the log.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LineitemBot } from '../../src/adapters/discord/bot.js';
import { RateLimiter } from '../../src/adapters/ratelimit.js';
import { CHANNEL_ID, FakeDiscord, type Recorded } from './fake-discord.js';
import { realStore } from './fixtures.js';
import { startBot, TOKEN } from './bot-harness.js';

const QUESTION = 'What was Q2 2007 service revenue?';
const ANSWER = '$23.3 million';

const fake = new FakeDiscord();
const logs: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'lineitem-resilience-'));
let bot: LineitemBot;
const store = realStore();

const isCallback = (token: string) => (r: Recorded) => r.method === 'POST' && r.path.includes(`/${token}/callback`);
const callbacks = (token: string): Recorded[] => fake.requests.filter(isCallback(token));
const ask = (): string => fake.interaction('ask', [{ name: 'question', value: QUESTION }]);

// Polls `cond` every 20 ms; fails after `ms`.
async function until(cond: () => boolean, ms: number, label: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// The answer to a fresh /ask: the last callback of its token (earlier ones may be the faults).
async function answerOf(token: string, attempts = 1): Promise<Recorded> {
  await until(() => callbacks(token).length >= attempts, 15_000, `${attempts} callback(s) for ${token}`);
  return callbacks(token).at(-1)!;
}

beforeAll(async () => {
  await fake.start();
  // a roomy limiter: keep it out of the way of the retries
  bot = await startBot(fake, { store, stateFile: join(dir, 'state.json'), logs, limiter: new RateLimiter(100, 10_000) });
}, 30_000);

afterAll(async () => {
  await bot?.stop(1000);
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the bot under REST and gateway trouble', () => {
  it('retries a reply that got a 500 once, and the answer arrives', async () => {
    let token = '';
    fake.failNext((r) => token !== '' && isCallback(token)(r), 500, 1);
    token = ask();
    const answer = await answerOf(token, 2);
    expect(callbacks(token)).toHaveLength(2);
    expect(answer.json.data.embeds[0].title).toContain(ANSWER);
  }, 30_000);

  it('survives a reply that keeps failing with 500, logs it, and answers the next question', async () => {
    let doomed = '';
    fake.failNext((r) => doomed !== '' && isCallback(doomed)(r), 500, 1000);
    doomed = ask();
    await until(() => logs.some((l) => l.includes('could not send the error reply')), 15_000, 'the error reply to fail');
    // the reply failed after discord.js's retries, then the "Something went wrong" reply failed the same way
    expect(logs.some((l) => l.includes('/ask failed') && l.includes('Internal Server Error'))).toBe(true);
    expect(callbacks(doomed).length).toBeGreaterThan(2);
    const next = ask();
    expect((await answerOf(next)).json.data.embeds[0].title).toContain(ANSWER);
    expect(bot.client.isReady()).toBe(true);
  }, 30_000);

  it('waits out a 429 with retry-after and still delivers the reply', async () => {
    let token = '';
    fake.failNext((r) => token !== '' && isCallback(token)(r), 429, 1);
    token = ask();
    const answer = await answerOf(token, 2);
    expect(callbacks(token)).toHaveLength(2);
    expect(answer.json.data.embeds[0].title).toContain(ANSWER);
  }, 30_000);

  it('waits out a 429 on a channel message post and still replies to the mention', async () => {
    const isPost = (r: Recorded): boolean => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`;
    const before = fake.requests.filter(isPost).length;
    fake.failNext(isPost, 429, 1);
    const id = fake.message(`<@${bot.client.user!.id}> ${QUESTION}`, true);
    await until(() => fake.requests.filter(isPost).length >= before + 2, 15_000, 'the retried message post');
    const sent = fake.requests.filter(isPost).at(-1)!;
    expect(sent.json.message_reference.message_id).toBe(id);
    expect(sent.json.embeds[0].title).toContain(ANSWER);
  }, 30_000);

  for (const code of [4000, 1006] as const) {
    it(`reconnects after the gateway drops the connection (${code}) and answers the next question`, async () => {
      const connections = fake.connections;
      const sessions = fake.resumes.length + fake.identifies.length;
      fake.disconnect(code);
      await until(() => fake.connections > connections && fake.resumes.length + fake.identifies.length > sessions, 15_000, 'RESUME or IDENTIFY');
      // the RESUMED (or READY) went out on the new socket before this dispatch
      const token = ask();
      expect((await answerOf(token)).json.data.embeds[0].title).toContain(ANSWER);
      expect(bot.client.isReady()).toBe(true);
    }, 30_000);
  }

  it('resumed the first session rather than starting over', () => {
    expect(fake.resumes.length).toBeGreaterThanOrEqual(1);
    expect(fake.resumes[0].session_id).toBe('session-1');
    expect(fake.identifies).toHaveLength(1);
  });

  it('never wrote the token to the log, through all of the above', () => {
    expect(logs.length).toBeGreaterThan(0);
    const all = logs.join('\n');
    expect(all).not.toContain(TOKEN);
    // nor its secret part alone
    expect(all).not.toContain(TOKEN.split('.')[2]);
  });
});
