// `npm run start:sharded`: the same bot as `npm start`, one process per shard (needed past 2,500 guilds).
import { fileURLToPath } from 'node:url';
import { startShards } from '../adapters/discord/shards.js';
import { createLogger } from '../adapters/logger.js';
import { loadConfig, loadDotEnv } from '../config.js';

loadDotEnv();
const config = loadConfig(process.env, process.argv.slice(2));
const logger = createLogger(config.logLevel, [config.discordToken]);

if (!config.discordToken) {
  process.stderr.write('start:sharded: DISCORD_TOKEN is not set (see .env.example)\n');
  process.exit(1);
}
try {
  const manager = await startShards({
    file: fileURLToPath(new URL('./start.ts', import.meta.url)),
    token: config.discordToken,
    api: config.discordApi,
    logger,
    execArgv: ['--import', 'tsx'],
    shardArgs: process.argv.slice(2),
  });
  logger.info(`${manager.shards.size} shard(s) running`);
} catch (err) {
  logger.error('start:sharded failed', err);
  process.exit(1);
}
