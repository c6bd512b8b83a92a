// deploy-commands against the fake REST: one PUT holding every command with its options.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/adapters/discord/commands/index.js';
import { deployCommands } from '../../src/adapters/discord/deploy.js';
import { APP_ID, FakeDiscord, GUILD_ID, type Json } from './fake-discord.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GfakeT.0123456789abcdefghijklmnopqrstuvwxyzAB';
const fake = new FakeDiscord();

beforeAll(() => fake.start());
afterAll(() => fake.close());

// Runs a CLI script with the given environment; resolves with its exit code and output (killed after 40 s).
function run(script: string, env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
    child.on('close', (code) => (clearTimeout(timer), resolve({ code, out, err })));
  });
}

describe('deploy-commands', () => {
  it('PUTs every command with its options to the guild', async () => {
    const result = await deployCommands({ token: TOKEN, applicationId: APP_ID, guildId: GUILD_ID, api: fake.api });
    expect(result).toEqual({ count: COMMANDS.length, scope: `guild ${GUILD_ID}` });
    const put = await fake.waitFor((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    const byName = new Map((put.json as Json[]).map((c) => [c.name, c]));
    expect([...byName.keys()].sort()).toEqual(['ask', 'chart', 'company', 'compare', 'help', 'metric', 'ratio', 'reports']);
    const options = (name: string): string[] => (byName.get(name).options ?? []).map((o: Json) => o.name);
    expect(options('ask')).toEqual(['question']);
    expect(options('metric')).toEqual(['metric', 'period', 'company']);
    expect(options('ratio')).toEqual(['name', 'period', 'company']);
    expect(options('compare')).toEqual(['metric', 'from', 'to', 'company']);
    expect(options('chart')).toEqual(['metric', 'company', 'periods']);
    expect(options('company')).toEqual(['name']);
    expect(byName.get('metric').options[0]).toMatchObject({ required: true, autocomplete: true, type: 3 });
    for (const c of put.json as Json[]) expect(c.description.length).toBeGreaterThan(0);
  });

  it('runs as `npm run deploy-commands`: global when no guild is set, application id looked up', async () => {
    const before = fake.requests.length;
    const { code, out, err } = await run('src/cli/deploy-commands.ts', {
      DISCORD_TOKEN: TOKEN, DISCORD_API: fake.api, DISCORD_APPLICATION_ID: '', DISCORD_GUILD_ID: '',
    });
    expect(err).not.toContain(TOKEN);
    expect(code).toBe(0);
    expect(out).toContain(`Registered ${COMMANDS.length} command(s) (global)`);
    const put = fake.requests.slice(before).find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/applications/${APP_ID}/commands`);
    expect(put?.json).toHaveLength(COMMANDS.length);
  }, 45_000);
});
