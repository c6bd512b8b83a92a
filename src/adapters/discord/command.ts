// The shape of one slash command, as the discord.js guide lays it out: data + execute (+ autocomplete).
import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { filterChoices, type Choice } from '../catalog.js';
import type { BotContext } from './context.js';

/** One slash command. */
export interface Command {
  /** The builder (SlashCommandBuilder); only `name` and `toJSON()` are used. */
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  /** Counted by the per-user question limit (default true). */
  limited?: boolean;
}

/**
 * Answers an autocomplete with the choices matching what was typed. When the option holds several
 * entries separated by ";" ("Sonus; App"), only the last one is completed and the earlier ones are kept.
 */
export async function suggest(interaction: AutocompleteInteraction, choices: Choice[]): Promise<void> {
  const typed = String(interaction.options.getFocused() ?? '');
  const cut = typed.lastIndexOf(';');
  const head = cut >= 0 ? typed.slice(0, cut + 1) + ' ' : '';
  const matches = filterChoices(choices, typed.slice(cut + 1)).map((c) => ({ name: head + c.name, value: head + c.value }));
  await interaction.respond(matches.map((c) => ({ name: c.name.slice(0, 100), value: c.value.slice(0, 100) })));
}
