// End to end: the real discord.js client against a fake Discord on 127.0.0.1 (REST + gateway).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LineitemBot } from '../../src/adapters/discord/bot.js';
import type { Command } from '../../src/adapters/discord/command.js';
import { COMMANDS } from '../../src/adapters/discord/commands/index.js';
import { respond } from '../../src/adapters/discord/respond.js';
import { RateLimiter } from '../../src/adapters/ratelimit.js';
import { ChannelState } from '../../src/adapters/state.js';
import { seriesPng } from '../../src/charts/chart.js';
import { APP_ID, BOT_ID, BOT_ROLE_ID, CHANNEL_ID, FakeDiscord, type Recorded } from './fake-discord.js';
import { realStore } from './fixtures.js';
import { startBot, TOKEN } from './bot-harness.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// A command that always throws, to prove the bot answers "something went wrong" and goes on.
const boom: Command = {
  data: new SlashCommandBuilder().setName('boom').setDescription('always fails'),
  async execute() {
    throw new Error('handler exploded');
  },
};

// Defers (as /chart does), then throws: the public "thinking…" reply must give way to an ephemeral error.
const boomLate: Command = {
  data: new SlashCommandBuilder().setName('boomlate').setDescription('fails after deferring'),
  async execute(interaction) {
    await interaction.deferReply();
    throw new Error('late explosion');
  },
};

// Sends a chart rendered from a hand-made series through the same respond() path: the attachment plumbing on its
// own (the /chart test asserts the real figures).
const pngDemo: Command = {
  data: new SlashCommandBuilder().setName('pngdemo').setDescription('chart plumbing'),
  async execute(interaction) {
    await interaction.deferReply();
    const point = { company: 'Acme', period: 'Q1 2010', end: '2010-03-31', periodType: 'quarter', value: '1500000', unit: 'USD', figure: '$1.5 million', citation: 'acme.txt, line 16' };
    const png = await seriesPng({ metric: 'Total revenue', points: [point], unanswered: [] });
    await respond(interaction, { embeds: [{ title: 'demo', image: { url: 'attachment://chart.png' } }], files: [{ attachment: png, name: 'chart.png' }] });
  },
};

const fake = new FakeDiscord();
const logs: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'lineitem-discord-'));
const stateFile = join(dir, 'state.json');
let bot: LineitemBot;
// data/ through the real reader, answered by the real core.
const store = realStore();

// The bot's answer to one interaction: its callback, and the edit of the deferred reply when there is one.
const callbackOf = (token: string) => (r: Recorded) => r.method === 'POST' && r.path.includes(`/${token}/callback`);
const editOf = (token: string) => (r: Recorded) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;
const allText = (r: Recorded): string => JSON.stringify(r.json);

beforeAll(async () => {
  await fake.start();
  bot = await startBot(fake, { store, stateFile, logs, commands: [...COMMANDS, boom, boomLate, pngDemo], limiter: new RateLimiter(5, 10_000) });
}, 30_000);

afterAll(async () => {
  await bot?.stop(1000);
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Discord bot against a fake Discord', () => {
  it('answers /ask with an embed, mentions off, the question quoted back without a ping', async () => {
    const token = fake.interaction('ask', [{ name: 'question', value: 'what was Q2 2007 service revenue? @everyone <@123>' }]);
    const cb = await fake.waitFor(callbackOf(token));
    expect(cb.json.type).toBe(4);
    expect(cb.json.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const embed = cb.json.data.embeds[0];
    expect(embed.footer.text).toContain('@\u200beveryone');
    expect(embed.footer.text).toContain('<@\u200b123>');
    expect(allText(cb)).not.toMatch(/@everyone|<@\d/);
  });

  it('gives the figure in the title and its citation in a field', async () => {
    const token = fake.interaction('ask', [{ name: 'question', value: 'What was Q2 2007 service revenue?' }]);
    const embed = (await fake.waitFor(callbackOf(token))).json.data.embeds[0];
    expect(embed.title).toContain('$23.3 million');
    expect(JSON.stringify(embed.fields)).toContain('sonus-2007-q2.txt, line 197');
  });

  it('reads "/ask and Q1 2007?" as going on from the same person\'s question before, not another person\'s', async () => {
    const first = fake.interaction('ask', [{ name: 'question', value: 'What was service revenue in Q2 2007?' }], { user: '7001' });
    await fake.waitFor(callbackOf(first));
    const other = fake.interaction('ask', [{ name: 'question', value: 'and Q1 2007?' }], { user: '7002' });
    expect((await fake.waitFor(callbackOf(other))).json.data.embeds[0].title).not.toContain('$19.5 million');
    const follow = fake.interaction('ask', [{ name: 'question', value: 'and Q1 2007?' }], { user: '7001' });
    const embed = (await fake.waitFor(callbackOf(follow))).json.data.embeds[0];
    expect(embed.title).toContain('$19.5 million');
  });

  it('answers /metric, /ratio and /compare through the core', async () => {
    const tokens = [
      fake.interaction('metric', [{ name: 'metric', value: 'Service revenue' }, { name: 'period', value: 'Q2 2007' }, { name: 'company', value: 'SONS' }]),
      fake.interaction('ratio', [{ name: 'name', value: 'Gross margin' }, { name: 'period', value: 'Q2 2007' }]),
      fake.interaction('compare', [{ name: 'metric', value: 'Total revenue' }, { name: 'from', value: 'Q2 2006' }, { name: 'to', value: 'Q2 2007' }]),
    ];
    for (const token of tokens) {
      const cb = await fake.waitFor(callbackOf(token));
      expect(cb.json.type).toBe(4);
      expect(cb.json.data.embeds.length).toBeGreaterThan(0);
      expect(cb.json.data.allowed_mentions.parse).toEqual([]);
    }
    const metric = (await fake.waitFor(callbackOf(tokens[0]!))).json.data.embeds[0];
    expect(metric.title).toContain('$23.3 million');
    expect(JSON.stringify(metric.fields)).toContain('sonus-2007-q2.txt, line 197');
    const ratio = (await fake.waitFor(callbackOf(tokens[1]!))).json.data.embeds[0];
    expect(ratio.title).toContain('56.1%');
    const compare = (await fake.waitFor(callbackOf(tokens[2]!))).json.data.embeds[0];
    expect(compare.description).toContain('$64.5 million');
    expect(compare.title).toContain('$75.5 million');
  });

  it('defers /chart, then edits in a PNG attachment with the figures and citations', async () => {
    const token = fake.interaction('chart', [{ name: 'metric', value: 'Total revenue' }, { name: 'company', value: 'SONS' }]);
    expect((await fake.waitFor(callbackOf(token))).json.type).toBe(5);
    const edit = await fake.waitFor(editOf(token), 8000, 'chart edit');
    expect(edit.json.allowed_mentions.parse).toEqual([]);
    expect(edit.contentType).toMatch(/^multipart\/form-data/);
    expect(edit.raw.includes(PNG_SIGNATURE)).toBe(true);
    const embed = edit.json.embeds[0];
    expect(embed.image.url).toBe('attachment://chart.png');
    // Every quarter the release reports, each with the core's figure and citation.
    expect(embed.description).toContain('Q2 2006: **$64.5 million** (sonus-2007-q2.txt, line 198)');
    expect(embed.description).toContain('Q1 2007: **$71.1 million** (sonus-2007-q2.txt, line 198)');
    expect(embed.description).toContain('Q2 2007: **$75.5 million** (sonus-2007-q2.txt, line 198)');
  });

  it('sends a PNG attachment as multipart with mentions off (chart plumbing)', async () => {
    const token = fake.interaction('pngdemo', []);
    const edit = await fake.waitFor(editOf(token), 8000, 'pngdemo edit');
    expect(edit.contentType).toMatch(/^multipart\/form-data/);
    expect(edit.raw.includes(PNG_SIGNATURE)).toBe(true);
    expect(edit.json.allowed_mentions.parse).toEqual([]);
    expect(edit.raw.toString('latin1')).toContain('filename="chart.png"');
  });

  it('answers /reports and /help (ephemeral)', async () => {
    const reports = await fake.waitFor(callbackOf(fake.interaction('reports', [])));
    expect(reports.json.data.embeds[0].description).toContain(store.documents[0]!.document);
    const help = await fake.waitFor(callbackOf(fake.interaction('help', [])));
    expect(help.json.data.flags & 64).toBe(64);
    expect(help.json.data.embeds[0].description).toContain('/metric');
  });

  it('sets and clears the channel default with /company, kept in the state file', async () => {
    const company = store.documents[0]!.company!;
    const ticker = store.documents[0]!.ticker!;
    const set = await fake.waitFor(callbackOf(fake.interaction('company', [{ name: 'name', value: ticker.toLowerCase() }])));
    expect(set.json.data.embeds[0].description).toContain(company);
    expect(JSON.parse(readFileSync(stateFile, 'utf8')).channels[CHANNEL_ID].company).toBe(company);
    expect(new ChannelState(stateFile).company(CHANNEL_ID)).toBe(company);
    await fake.waitFor(callbackOf(fake.interaction('company', [])));
    expect(JSON.parse(readFileSync(stateFile, 'utf8')).channels[CHANNEL_ID]).toBeUndefined();
  });

  it('answers an autocomplete with at most 25 matching choices', async () => {
    const token = fake.interaction('metric', [{ name: 'metric', value: 'serv', focused: true }], { type: 4 });
    const cb = await fake.waitFor(callbackOf(token));
    expect(cb.json.type).toBe(8);
    const choices = cb.json.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(`${c.name} ${c.value}`.toLowerCase()).toContain('serv');
  });

  it('offers the ratio names of intents/ratios.yaml for /ratio', async () => {
    const token = fake.interaction('ratio', [{ name: 'name', value: 'marg', focused: true }], { type: 4 });
    const choices = (await fake.waitFor(callbackOf(token))).json.data.choices as { value: string }[];
    expect(choices.map((c) => c.value)).toContain('Gross margin');
    for (const c of choices) expect(c.value.toLowerCase()).toContain('marg');
  });

  it('answers a failing handler with an ephemeral "Something went wrong" and keeps going', async () => {
    const cb = await fake.waitFor(callbackOf(fake.interaction('boom', [])));
    expect(cb.json.data.flags & 64).toBe(64);
    expect(cb.json.data.content).toMatch(/Something went wrong/);
    expect(logs.some((l) => l.includes('handler exploded'))).toBe(true);
    const after = await fake.waitFor(callbackOf(fake.interaction('help', [])));
    expect(after.json.type).toBe(4);
  });

  it('replaces a deferred reply by an ephemeral error when the handler fails after deferring', async () => {
    const token = fake.interaction('boomlate', []);
    const followUp = await fake.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${APP_ID}/${token}`);
    expect(followUp.json.flags & 64).toBe(64);
    expect(followUp.json.content).toMatch(/Something went wrong/);
    expect(fake.requests.some((r) => r.method === 'DELETE' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`)).toBe(true);
  });

  it('limits a user to 5 questions in 10 s, politely', async () => {
    const tokens = Array.from({ length: 6 }, (_, i) => fake.interaction('ask', [{ name: 'question', value: `revenue ${i}` }], { user: '999' }));
    const sixth = await fake.waitFor(callbackOf(tokens[5]!));
    expect(sixth.json.data.flags & 64).toBe(64);
    expect(sixth.json.data.content).toMatch(/try again in \d+ s/);
    const first = await fake.waitFor(callbackOf(tokens[0]!));
    expect(first.json.data.embeds.length).toBe(1);
  });

  it('answers a message that mentions the bot as a reply, and ignores one that does not', async () => {
    fake.message('what is the weather, @here?', false);
    const id = fake.message(`<@${BOT_ID}> What was Q2 2007 service revenue? @everyone`, true);
    const sent = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`);
    expect(sent.json.message_reference.message_id).toBe(id);
    expect(sent.json.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(sent.json.embeds[0].footer.text).not.toContain(`<@${BOT_ID}>`);
    expect(sent.json.embeds[0].title).toContain('$23.3 million');
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.requests.filter((r) => r.path === `/channels/${CHANNEL_ID}/messages`)).toHaveLength(1);
  });

  it('answers a message that mentions the bot\'s managed role', async () => {
    const id = fake.message(`<@&${BOT_ROLE_ID}> What was Q2 2007 service revenue?`, false, undefined, [BOT_ROLE_ID]);
    const sent = await fake.waitFor((r) => r.method === 'POST' && r.json?.message_reference?.message_id === id);
    expect(sent.json.embeds[0].title).toContain('$23.3 million');
    expect(sent.json.embeds[0].footer.text).toBe('Q: What was Q2 2007 service revenue?');
  });

  it('answers a direct message as a reply', async () => {
    const dmChannel = '310000000000000031';
    const id = fake.dm('help', dmChannel);
    const sent = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${dmChannel}/messages`);
    expect(sent.json.message_reference.message_id).toBe(id);
    expect(sent.json.allowed_mentions.parse).toEqual([]);
    expect(sent.json.embeds[0].description).toContain('/ask');
  });

  it('keeps the gateway session: heartbeats answered, one IDENTIFY only', async () => {
    const deadline = Date.now() + 10_000;
    while (fake.heartbeats < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(fake.heartbeats).toBeGreaterThanOrEqual(2);
    expect(fake.identifies).toHaveLength(1);
    expect(bot.client.isReady()).toBe(true);
  });

  it('never writes the token to the log', () => {
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toContain(TOKEN);
  });
});
