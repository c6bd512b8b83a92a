// `npm start`: the Discord bot when DISCORD_TOKEN is set, else a chat in the terminal over the loaded reports.
import { LineitemBot } from '../adapters/discord/bot.js';
import { todayFromClock } from '../adapters/discord/context.js';
import { createLogger } from '../adapters/logger.js';
import { ChannelState } from '../adapters/state.js';
import { runTerminalChat } from '../adapters/terminal.js';
import { argumentError, loadConfig, loadDotEnv } from '../config.js';
import { companyIndex } from '../core/index.js';
import { loadReportsParallel } from '../reader/load-parallel.js';
import { openReadCache } from '../reader/read-cache.js';
import { watchReports } from '../reader/watch.js';

loadDotEnv();
const badArgs = argumentError(process.argv.slice(2));
if (badArgs) {
  process.stderr.write(`lineitem: ${badArgs}\n`);
  process.exit(2);
}
const config = loadConfig(process.env, process.argv.slice(2));
const logger = createLogger(config.logLevel, [config.discordToken]);

// many reports are read on a worker thread too when a core is free; readings kept by an earlier run are used again
const cache = openReadCache(config.readCacheDir, config.reports);
const loaded = await loadReportsParallel(config.reports, { cache });
logger.debug(`${loaded.store.documents.length} report(s) read, ${loaded.cached} of them from the read cache${cache ? ` (${cache.file})` : ' (off)'}`);
// the new readings are written to the cache in the background, while questions are answered
void cache?.save();
// One line per problem; the reader's message already names the file.
for (const { file, message } of loaded.problems) process.stderr.write(`${message.includes(file) ? message : `${file}: ${message}`}\n`);
if (loaded.store.documents.length === 0) {
  process.stderr.write(`lineitem: no reports could be read from ${config.reports.join(', ')}\n`);
  process.exit(1);
}
// Releases dropped into the folders while we run: both the bot and the terminal chat read the newest store.
let store = loaded.store;
const watcher = watchReports(
  config.reports,
  (next, problems) => {
    for (const { file, message } of problems) logger.warn(message.includes(file) ? message : `${file}: ${message}`);
    if (next.documents.length !== store.documents.length) logger.info(`${next.documents.length} report(s) loaded (was ${store.documents.length})`);
    // the company index is built before the swap, so no question waits for it
    companyIndex(next);
    store = next;
  },
  { initial: loaded.store, cache },
);
const state = new ChannelState(config.stateFile, (message) => logger.warn(message));

if (config.discordToken) {
  const bot = new LineitemBot({ store: () => store, state, logger, api: config.discordApi });
  // SIGINT/SIGTERM: finish the replies in flight, then disconnect.
  const shutdown = (signal: string): void => {
    logger.info(`${signal}: finishing in-flight replies, then disconnecting`);
    watcher.close();
    bot.stop().then(() => process.exit(0), (err: unknown) => (logger.error('shutdown failed', err), process.exit(1)));
  };
  // Stays up: a stray rejection is logged, not fatal.
  process.on('unhandledRejection', (err) => logger.error('unhandled rejection', err));
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  logger.info(`${store.documents.length} report(s) loaded; connecting to Discord`);
  bot.start(config.discordToken).catch((err: unknown) => {
    logger.error('could not connect to Discord', err);
    process.exit(1);
  });
} else {
  await runTerminalChat({
    input: process.stdin,
    output: process.stdout,
    store: () => store,
    today: todayFromClock,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    state,
  });
  watcher.close();
}
