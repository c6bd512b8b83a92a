// /company name: -> sets this channel's default company (kept across restarts); without a name, clears it.
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { resolveCompany } from '../../catalog.js';
import { escapeUserText } from '../../escape.js';
import { suggest, type Command } from '../command.js';
import { catalogOf, type BotContext } from '../context.js';
import { infoEmbed } from '../embed.js';
import { respond } from '../respond.js';

export const command: Command = {
  data: new SlashCommandBuilder()
    .setName('company')
    .setDescription('Set this channel\'s default company; leave the name out to clear it')
    .addStringOption((o) => o.setName('name').setDescription('Company name or ticker').setAutocomplete(true).setMaxLength(200)),
  limited: false,

  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const typed = interaction.options.getString('name');
    const channel = interaction.channelId;
    const before = ctx.state.company(channel);
    if (!typed) {
      ctx.state.setCompany(channel, null);
      const text = before ? `Cleared. Questions here no longer default to ${before}.` : 'This channel had no default company.';
      return respond(interaction, { embeds: [infoEmbed('Default company', text)] });
    }
    const company = resolveCompany(ctx.store(), typed);
    if (!company) {
      const known = catalogOf(ctx.store()).companies.map((c) => c.name).join('; ') || 'none';
      const text = `I have no single company matching "${escapeUserText(typed)}". Loaded: ${known}.`;
      return respond(interaction, { embeds: [infoEmbed('Default company not changed', text)], ephemeral: true });
    }
    ctx.state.setCompany(channel, company);
    await respond(interaction, { embeds: [infoEmbed('Default company', `Questions in this channel now default to **${company}**.`)] });
  },

  async autocomplete(interaction: AutocompleteInteraction, ctx: BotContext) {
    await suggest(interaction, catalogOf(ctx.store()).companies);
  },
};
