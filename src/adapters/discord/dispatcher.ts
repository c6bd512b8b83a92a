// One dispatcher for every interaction: autocomplete, rate limit, the command, and errors that never stop the bot.
import type { Interaction } from 'discord.js';
import type { Command } from './command.js';
import type { BotContext } from './context.js';
import { respondError } from './respond.js';

/** What a user sees when a handler throws (details go to the log only). */
export const SOMETHING_WRONG = 'Something went wrong while answering that. Please try again; the bot is still running.';

/** The polite refusal past the per-user limit: "…try again in 7 s." */
export function slowDown(retryAfterMs: number): string {
  return `You are asking faster than I can keep up. Please try again in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s.`;
}

/** Routes one interaction to its command; never throws. */
export async function dispatchInteraction(interaction: Interaction, commands: Map<string, Command>, ctx: BotContext): Promise<void> {
  if (interaction.isAutocomplete()) {
    const command = commands.get(interaction.commandName);
    try {
      if (command?.autocomplete) await command.autocomplete(interaction, ctx);
      else await interaction.respond([]);
    } catch (err) {
      ctx.logger.warn(`autocomplete /${interaction.commandName} failed: ${(err as Error).message}`);
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    }
    return;
  }
  if (!interaction.isChatInputCommand()) return;
  const command = commands.get(interaction.commandName);
  try {
    if (!command) return await respondError(interaction, `I do not know /${interaction.commandName} (yet).`);
    if (command.limited !== false) {
      const gate = ctx.limiter.take(interaction.user.id);
      if (!gate.allowed) return await respondError(interaction, slowDown(gate.retryAfterMs));
    }
    ctx.logger.debug(`/${interaction.commandName} from ${interaction.user.id} in ${interaction.channelId}`);
    await command.execute(interaction, ctx);
  } catch (err) {
    ctx.logger.error(`/${interaction.commandName} failed`, err);
    await respondError(interaction, SOMETHING_WRONG).catch((e: unknown) => ctx.logger.error('could not send the error reply', e));
  }
}
