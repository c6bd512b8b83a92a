// /ask question: -> the core's answer to free text.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { Command } from '../command.js';
import { answer, type BotContext } from '../context.js';
import { replyEmbed } from '../embed.js';
import { respond } from '../respond.js';

export const command: Command = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about the loaded reports, e.g. "What was Q2 2007 service revenue?"')
    .addStringOption((o) => o.setName('question').setDescription('Your question in plain English').setRequired(true).setMaxLength(1000)),

  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const question = interaction.options.getString('question', true);
    await respond(interaction, { embeds: [replyEmbed(answer(ctx, question, interaction.channelId, interaction.user.id))] });
  },
};
