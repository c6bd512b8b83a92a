// `npm start` with a token: the bot process logs in through DISCORD_API, answers, and on SIGTERM
// finishes and exits 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FakeDiscord } from './fake-discord.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GfakeT.0123456789abcdefghijklmnopqrstuvwxyzAB';
const dir = mkdtempSync(join(tmpdir(), 'lineitem-start-'));
const fake = new FakeDiscord();
let child: ChildProcess | undefined;

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

it('runs the bot from `npm start`, answers, and exits 0 on SIGTERM', async () => {
  await fake.start();
  let err = '';
  child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], {
    env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API: fake.api, REPORTS: 'data/', STATE_FILE: join(dir, 's.json'), LOG_LEVEL: 'debug' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child!.on('close', (code) => resolve(code)));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`bot never identified; stderr: ${err}`)), 40_000)));
  await Promise.race([fake.ready, timeout]).finally(() => clearTimeout(timer));
  // READY and GUILD_CREATE went out first on the same socket, so the interaction arrives after them.
  const token = fake.interaction('ask', [{ name: 'question', value: 'What was Q2 2007 service revenue?' }]);
  const cb = await fake.waitFor((r) => r.path.includes(`/${token}/callback`), 20_000, 'answer');
  expect(cb.json.data.embeds[0].title).toContain('$23.3 million');
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(err).toContain('SIGTERM: finishing in-flight replies');
  expect(err).not.toContain(TOKEN);
}, 60_000);
