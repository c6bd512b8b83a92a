// /metric metric: period: company: -> "<metric> <period> <company>" asked of the core.
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { metricQuestion } from '../../questions.js';
import { suggest, type Command } from '../command.js';
import { answer, catalogOf, type BotContext } from '../context.js';
import { replyEmbed } from '../embed.js';
import { respond } from '../respond.js';

export const command: Command = {
  data: new SlashCommandBuilder()
    .setName('metric')
    .setDescription('One figure from the reports, e.g. Service revenue for the three months ended June 30, 2007')
    .addStringOption((o) => o.setName('metric').setDescription('A row of the statements').setRequired(true).setAutocomplete(true).setMaxLength(200))
    .addStringOption((o) => o.setName('period').setDescription('e.g. Q2 2007, FY2006, as of June 30, 2007 (default: latest)').setAutocomplete(true).setMaxLength(200))
    .addStringOption((o) => o.setName('company').setDescription('Name or ticker (default: the channel\'s /company)').setAutocomplete(true).setMaxLength(200)),

  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const o = interaction.options;
    const question = metricQuestion(o.getString('metric', true), o.getString('period'), o.getString('company'));
    await respond(interaction, { embeds: [replyEmbed(answer(ctx, question, interaction.channelId))] });
  },

  async autocomplete(interaction: AutocompleteInteraction, ctx: BotContext) {
    await suggestStoreOption(interaction, ctx);
  },
};

/**
 * Completes the store's options by name: metric, period/from/to, company. Once a single company is chosen
 * (the option, else the channel's default), metrics and periods are that company's.
 */
export async function suggestStoreOption(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const typed = interaction.options.getString('company');
  const company = typed && !/[;|]/.test(typed) ? typed : ctx.state.company(interaction.channelId ?? '');
  const cat = catalogOf(ctx.store(), company);
  const focused = interaction.options.getFocused(true).name;
  if (focused === 'company') return suggest(interaction, cat.companies);
  if (focused === 'metric') return suggest(interaction, cat.metrics);
  if (['period', 'from', 'to', 'periods'].includes(focused)) return suggest(interaction, cat.periods);
  await interaction.respond([]);
}
