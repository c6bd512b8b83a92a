// /ratio name: period: company: -> "<ratio name> <period> <company>" asked of the core.
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { ratioQuestion } from '../../questions.js';
import { suggest, type Command } from '../command.js';
import { answer, type BotContext } from '../context.js';
import { replyEmbed } from '../embed.js';
import { respond } from '../respond.js';
import { suggestStoreOption } from './metric.js';

export const command: Command = {
  data: new SlashCommandBuilder()
    .setName('ratio')
    .setDescription('A ratio computed from reported figures, e.g. Gross margin for Q2 2007')
    .addStringOption((o) => o.setName('name').setDescription('e.g. Gross margin, Current ratio').setRequired(true).setAutocomplete(true).setMaxLength(200))
    .addStringOption((o) => o.setName('period').setDescription('e.g. Q2 2007 (default: latest)').setAutocomplete(true).setMaxLength(200))
    .addStringOption((o) => o.setName('company').setDescription('Name or ticker (default: the channel\'s /company)').setAutocomplete(true).setMaxLength(200)),

  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const o = interaction.options;
    const question = ratioQuestion(o.getString('name', true), o.getString('period'), o.getString('company'));
    await respond(interaction, { embeds: [replyEmbed(answer(ctx, question, interaction.channelId))] });
  },

  async autocomplete(interaction: AutocompleteInteraction, ctx: BotContext) {
    if (interaction.options.getFocused(true).name === 'name') return suggest(interaction, ctx.ratios());
    await suggestStoreOption(interaction, ctx);
  },
};
