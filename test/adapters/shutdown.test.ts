// SIGINT/SIGTERM path: stop() lets a reply in flight finish before the client is destroyed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SlashCommandBuilder } from 'discord.js';
import { afterAll, expect, it } from 'vitest';
import { LineitemBot } from '../../src/adapters/discord/bot.js';
import type { Command } from '../../src/adapters/discord/command.js';
import { respond } from '../../src/adapters/discord/respond.js';
import { createLogger } from '../../src/adapters/logger.js';
import { ChannelState } from '../../src/adapters/state.js';
import { FakeDiscord, type Recorded } from './fake-discord.js';
import { tinyStore } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'lineitem-shutdown-'));
const fake = new FakeDiscord();
afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

// Answers after 300 ms, standing for a slow chart.
const slow: Command = {
  data: new SlashCommandBuilder().setName('slow').setDescription('answers after 300 ms'),
  async execute(interaction) {
    await new Promise((r) => setTimeout(r, 300));
    await respond(interaction, { content: 'done' });
  },
};

it('finishes the reply in flight, then disconnects', async () => {
  await fake.start();
  const bot = new LineitemBot({
    store: tinyStore, state: new ChannelState(join(dir, 's.json')), logger: createLogger('error', []), api: fake.api, commands: [slow],
  });
  await bot.start('MTAw.fake.token');
  const token = fake.interaction('slow', []);
  await new Promise((r) => setTimeout(r, 50));
  await bot.stop(5000);
  const reply = fake.requests.find((r: Recorded) => r.path.includes(`/${token}/callback`));
  expect(reply?.json.data.content).toBe('done');
  expect(bot.client.isReady()).toBe(false);
});
