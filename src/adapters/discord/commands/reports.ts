// /reports -> the companies and periods loaded.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { describeReports } from '../../catalog.js';
import type { Command } from '../command.js';
import type { BotContext } from '../context.js';
import { infoEmbed } from '../embed.js';
import { respond } from '../respond.js';

export const command: Command = {
  data: new SlashCommandBuilder().setName('reports').setDescription('The companies and periods loaded'),
  limited: false,

  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const lines = describeReports(ctx.store());
    const body = lines.length > 0 ? lines.map((l) => `• ${l}`).join('\n') : 'No reports are loaded.';
    await respond(interaction, { embeds: [infoEmbed(`Reports loaded (${ctx.store().documents.length})`, body)] });
  },
};
