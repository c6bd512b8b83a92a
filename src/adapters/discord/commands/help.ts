// /help -> what can be asked, with examples.
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { discordHelp } from '../../help.js';
import type { Command } from '../command.js';
import { infoEmbed } from '../embed.js';
import { respond } from '../respond.js';

export const command: Command = {
  data: new SlashCommandBuilder().setName('help').setDescription('What you can ask, with examples'),
  limited: false,

  async execute(interaction: ChatInputCommandInteraction) {
    await respond(interaction, { embeds: [infoEmbed('Lineitem help', discordHelp())], ephemeral: true });
  },
};
