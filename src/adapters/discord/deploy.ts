// Registers the slash commands with Discord: to one guild (instant, for development) or globally.
import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Command } from './command.js';
import { COMMANDS } from './commands/index.js';

/** Where and with what to register. */
export interface DeployOptions {
  token: string;
  /** The application id; looked up from the token's application when null. */
  applicationId: string | null;
  /** Register to this guild only; null = globally. */
  guildId: string | null;
  /** REST base URL (DISCORD_API); null = Discord's. */
  api: string | null;
  commands?: Command[];
}

/** The JSON of every command, as Discord's bulk-overwrite endpoint takes it. */
export function commandBodies(commands: Command[] = COMMANDS): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((c) => c.data.toJSON());
}

/** PUTs every command (replacing the registered set); returns how many and where. */
export async function deployCommands(options: DeployOptions): Promise<{ count: number; scope: string }> {
  const rest = new REST(options.api ? { api: options.api } : {}).setToken(options.token);
  const appId = options.applicationId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const body = commandBodies(options.commands);
  const route = options.guildId ? Routes.applicationGuildCommands(appId, options.guildId) : Routes.applicationCommands(appId);
  const saved = (await rest.put(route, { body })) as unknown[];
  return { count: Array.isArray(saved) ? saved.length : body.length, scope: options.guildId ? `guild ${options.guildId}` : 'global' };
}
