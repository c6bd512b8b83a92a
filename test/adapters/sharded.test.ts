// `npm run start:sharded`: the ShardingManager starts the same bot file, whose client identifies as shard 0 of 1
// against the fake Discord (shard count asked of DISCORD_API, never of Discord).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FakeDiscord } from './fake-discord.js';

const dir = mkdtempSync(join(tmpdir(), 'lineitem-sharded-'));
const fake = new FakeDiscord();
let child: ChildProcess | undefined;

afterAll(async () => {
  // The manager and its shard run in their own process group: end that group only.
  if (child?.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

it('spawns a shard that logs in through DISCORD_API', async () => {
  await fake.start();
  let err = '';
  child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start-sharded.ts'], {
    env: { ...process.env, DISCORD_TOKEN: 'MTAw.fake.token', DISCORD_API: fake.api, REPORTS: 'data/', STATE_FILE: join(dir, 's.json'), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  child.stderr!.on('data', (d) => (err += d));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no shard identified; stderr: ${err}`)), 40_000)));
  await Promise.race([fake.ready, timeout]).finally(() => clearTimeout(timer));
  expect(fake.identifies[0].shard).toEqual([0, 1]);
  expect(fake.requests.some((r) => r.path === '/gateway/bot')).toBe(true);
  expect(err).not.toContain('MTAw.fake.token');
}, 50_000);
