// /compare metric: from: to: company: -> "compare <metric> from <from> to <to> <company>", one reply per company;
// without `to` and with several companies -> "compare <metric> of A and B <from>", one reply across them.
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { compareQuestion, crossCompanyQuestion, metricQuestion, splitCompanies } from '../../questions.js';
import type { Command } from '../command.js';
import { answer, type BotContext } from '../context.js';
import { replyEmbeds } from '../embed.js';
import { respond } from '../respond.js';
import { suggestStoreOption } from './metric.js';

/** At most this many companies per /compare (one embed each, 10 per message). */
const MAX_COMPANIES = 10;

export const command: Command = {
  data: new SlashCommandBuilder()
    .setName('compare')
    .setDescription('A figure in two periods with the change, e.g. Total revenue from Q2 2006 to Q2 2007')
    .addStringOption((o) => o.setName('metric').setDescription('A row of the statements').setRequired(true).setAutocomplete(true).setMaxLength(200))
    .addStringOption((o) => o.setName('from').setDescription('The earlier period, e.g. Q2 2006').setRequired(true).setAutocomplete(true).setMaxLength(200))
    .addStringOption((o) => o.setName('to').setDescription('The later period, e.g. Q2 2007; leave out to compare companies in one period').setAutocomplete(true).setMaxLength(200))
    .addStringOption((o) => o.setName('company').setDescription('Name or ticker; several separated by ";"').setAutocomplete(true).setMaxLength(500)),

  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const o = interaction.options;
    const [metric, from, to] = [o.getString('metric', true), o.getString('from', true), o.getString('to')];
    const companies = splitCompanies(o.getString('company')).slice(0, MAX_COMPANIES);
    let questions: string[];
    if (to) questions = companies.length > 0 ? companies.map((c) => compareQuestion(metric, from, to, c)) : [compareQuestion(metric, from, to)];
    else if (companies.length > 1) questions = [crossCompanyQuestion(metric, companies, from)];
    else questions = [`compare ${metricQuestion(metric, from, companies[0])}`];
    const replies = questions.map((q) => answer(ctx, q, interaction.channelId));
    await respond(interaction, { embeds: replyEmbeds(replies) });
  },

  async autocomplete(interaction: AutocompleteInteraction, ctx: BotContext) {
    await suggestStoreOption(interaction, ctx);
  },
};
