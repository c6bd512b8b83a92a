// Starts the real bot against a fake Discord, with a logger that keeps every line for the tests to read.
import { LineitemBot } from '../../src/adapters/discord/bot.js';
import type { Command } from '../../src/adapters/discord/command.js';
import { createLogger } from '../../src/adapters/logger.js';
import { RateLimiter } from '../../src/adapters/ratelimit.js';
import { ChannelState } from '../../src/adapters/state.js';
import type { Store } from '../../src/core/store.js';
import type { FakeDiscord } from './fake-discord.js';

/** A token of Discord's shape; never a real one. */
export const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GfakeT.0123456789abcdefghijklmnopqrstuvwxyzAB';

/** Logs in a bot over `store` to `fake` (which must be started); rejects after 15 s. */
export async function startBot(fake: FakeDiscord, o: { store: Store; stateFile: string; logs: string[]; limiter: RateLimiter; commands?: Command[] }): Promise<LineitemBot> {
  const bot = new LineitemBot({
    store: () => o.store,
    state: new ChannelState(o.stateFile),
    logger: createLogger('debug', [TOKEN], (line) => o.logs.push(line)),
    api: fake.api,
    ...(o.commands ? { commands: o.commands } : {}),
    limiter: o.limiter,
    today: () => '2026-01-01',
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('login timed out')), 15_000)));
  await Promise.race([bot.start(TOKEN), timeout]).finally(() => clearTimeout(timer));
  return bot;
}
