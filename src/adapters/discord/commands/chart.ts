// /chart metric: company: periods: -> a bar chart PNG of the core's figures, with each figure and citation in the embed.
import { SlashCommandBuilder, type APIEmbed, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { seriesPng } from '../../../charts/chart.js';
import { chartSeries, type ChartSeries } from '../../../charts/series.js';
import { defuseMentions } from '../../escape.js';
import { metricQuestion, splitCompanies, splitPeriods } from '../../questions.js';
import type { Command } from '../command.js';
import { answer, type BotContext } from '../context.js';
import { replyEmbed } from '../embed.js';
import { LIMITS, trimTo } from '../limits.js';
import { respond } from '../respond.js';
import { suggestStoreOption } from './metric.js';

const FILE = 'chart.png';

// "• Q2 2007 — Sonus Networks, Inc.: **$23.3 million** (sonus-2007-q2.txt, line 197)", one line per bar.
function chartEmbed(series: ChartSeries): APIEmbed {
  const several = new Set(series.points.map((p) => p.company)).size > 1;
  const lines = series.points.map((p) => `• ${p.period}${several ? ` — ${p.company}` : ''}: **${p.figure}** (${p.citation})`);
  // Periods asked for by name that the core could not answer: say so with the first line of its reply.
  for (const reply of series.unanswered) lines.push(`Not charted: ${reply.text.split('\n')[0]}`);
  const company = several ? '' : ` — ${series.points[0]?.company ?? ''}`;
  return {
    title: trimTo(defuseMentions(`${series.metric}${company}`), LIMITS.title),
    description: trimTo(defuseMentions(lines.join('\n')), LIMITS.description),
    image: { url: `attachment://${FILE}` },
    color: 0x1565c0,
    footer: { text: 'Figures and citations from the reports; the chart plots them.' },
  };
}

export const command: Command = {
  data: new SlashCommandBuilder()
    .setName('chart')
    .setDescription('A bar chart of a figure over the periods loaded, e.g. Total revenue for SONS')
    .addStringOption((o) => o.setName('metric').setDescription('A row of the statements').setRequired(true).setAutocomplete(true).setMaxLength(200))
    .addStringOption((o) => o.setName('company').setDescription('Name or ticker; several separated by ";"').setAutocomplete(true).setMaxLength(500))
    .addStringOption((o) => o.setName('periods').setDescription('Periods separated by ";" (default: every period loaded)').setAutocomplete(true).setMaxLength(500)),

  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    // Rendering can pass Discord's 3-second acknowledgement window: defer first.
    await interaction.deferReply();
    const o = interaction.options;
    const metric = o.getString('metric', true);
    // No company named: the channel's default, so that only its periods are asked.
    const fallback = ctx.state.company(interaction.channelId);
    const named = splitCompanies(o.getString('company')).slice(0, 10);
    const companies = named.length > 0 ? named : fallback ? [fallback] : [];
    const askCore = (q: string) => answer(ctx, q, interaction.channelId);
    const series = chartSeries(ctx.store(), metric, companies, splitPeriods(o.getString('periods')), askCore);
    if (series.points.length === 0) {
      // Nothing to plot: say why with the core's own reply to the plain question.
      const reply = series.unanswered[0] ?? askCore(metricQuestion(metric, null, companies[0]));
      return respond(interaction, { embeds: [replyEmbed(reply)] });
    }
    const png = await seriesPng(series);
    await respond(interaction, { embeds: [chartEmbed(series)], files: [{ attachment: png, name: FILE }] });
  },

  async autocomplete(interaction: AutocompleteInteraction, ctx: BotContext) {
    await suggestStoreOption(interaction, ctx);
  },
};
