// `npm run deploy-commands`: registers the slash commands (to DISCORD_GUILD_ID when set, else globally). Never run on start.
import { deployCommands } from '../adapters/discord/deploy.js';
import { createLogger } from '../adapters/logger.js';
import { loadConfig, loadDotEnv } from '../config.js';

loadDotEnv();
const config = loadConfig(process.env, process.argv.slice(2));
const logger = createLogger(config.logLevel, [config.discordToken]);

if (!config.discordToken) {
  process.stderr.write('deploy-commands: DISCORD_TOKEN is not set (see .env.example)\n');
  process.exit(1);
}
try {
  const { count, scope } = await deployCommands({
    token: config.discordToken,
    applicationId: config.applicationId,
    guildId: config.guildId,
    api: config.discordApi,
  });
  process.stdout.write(`Registered ${count} command(s) (${scope}).\n`);
} catch (err) {
  logger.error('deploy-commands failed', err);
  process.exit(1);
}
