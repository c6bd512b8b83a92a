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
    // Past what an embed holds, count the rest instead of cutting a line in half.
    const shown: string[] = [];
    for (const line of lines) {
      if (shown.join('\n').length + line.length > 3800) break;
      shown.push(`• ${line}`);
    }
    if (shown.length < lines.length) shown.push(`… and ${lines.length - shown.length} more companies.`);
    const body = lines.length > 0 ? shown.join('\n') : 'No reports are loaded.';
    await respond(interaction, { embeds: [infoEmbed(`Reports loaded (${ctx.store().documents.length})`, body)] });
  },
};
