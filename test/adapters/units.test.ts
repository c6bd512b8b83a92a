// The adapters' pure pieces: catalog listings, escaping, rate limit, state file, embeds, question text, settings.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeReports, filterChoices, listCompanies, listMetrics, listPeriods } from '../../src/adapters/catalog.js';
import { catalogOf } from '../../src/adapters/discord/context.js';
import { replyEmbed } from '../../src/adapters/discord/embed.js';
import { trimTo } from '../../src/adapters/discord/limits.js';
import { defuseMentions, escapeUserText, stripBotMention } from '../../src/adapters/escape.js';
import { createLogger, redact } from '../../src/adapters/logger.js';
import { compareQuestion, crossCompanyQuestion, metricQuestion, periodPhrase, splitCompanies, splitPeriods } from '../../src/adapters/questions.js';
import { RateLimiter } from '../../src/adapters/ratelimit.js';
import { loadRatioChoices } from '../../src/adapters/ratios.js';
import { ChannelState } from '../../src/adapters/state.js';
import { argumentError, DEFAULT_READ_CACHE, DEFAULT_REPORTS, loadConfig, loadDotEnv } from '../../src/config.js';
import type { Reply } from '../../src/core/answer.js';
import { tinyStore } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'lineitem-units-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('catalog', () => {
  const store = tinyStore();
  it('lists companies by name and ticker, metrics by label (path when shared), periods by column label', () => {
    expect(listCompanies(store).map((c) => c.value)).toEqual(['Acme Widgets, Inc.', 'ACME']);
    const metrics = listMetrics(store).map((c) => c.value);
    expect(metrics).toEqual(['Product', 'Service Revenue', 'Service Cost of revenue', 'Total revenue']);
    expect(listPeriods(store).map((c) => c.value)).toEqual(['Three months ended March 31, 2010', 'Three months ended March 31, 2009']);
  });
  it('filters by what was typed, prefix first, at most 25, 100 characters each', () => {
    expect(filterChoices(listMetrics(store), 'serv').map((c) => c.value)).toEqual(['Service Revenue', 'Service Cost of revenue']);
    expect(filterChoices(listMetrics(store), 'cost').map((c) => c.value)).toEqual(['Service Cost of revenue']);
    const many = Array.from({ length: 40 }, (_, i) => ({ name: `Row ${i} ${'x'.repeat(120)}`, value: `Row ${i}` }));
    const picked = filterChoices(many, 'row');
    expect(picked).toHaveLength(25);
    expect(Math.max(...picked.map((c) => c.name.length))).toBeLessThanOrEqual(100);
    expect(filterChoices([{ name: ' ', value: 'x' }, { name: 'Royalties', value: '' }, { name: 'Rent', value: 'Rent' }], '')).toEqual([{ name: 'Rent', value: 'Rent' }]);
  });
  it('narrows metrics and periods to the chosen company (by ticker or part of its name)', () => {
    const acme = store.documents[0]!;
    const other = { ...acme, document: 'zeta.txt', company: 'Zeta Corp', ticker: 'ZETA', statements: [{ ...acme.statements[0]!, rows: [{ ...acme.statements[0]!.rows[0]!, label: 'Royalties', path: ['Royalties'] }] }] };
    const two = { documents: [acme, other] };
    expect(catalogOf(two, 'zeta').metrics.map((c) => c.value)).toEqual(['Royalties']);
    expect(catalogOf(two, 'ACME').metrics.map((c) => c.value)).not.toContain('Royalties');
    expect(catalogOf(two, null).metrics.map((c) => c.value)).toContain('Royalties');
    expect(catalogOf(two, 'nobody').companies).toHaveLength(4);
  });

  it('describes the loaded reports per company', () => {
    expect(describeReports(store)).toEqual(['Acme Widgets, Inc. (ACME): 1 report(s) [acme-2010-q1.txt], periods ending 2009-03-31 to 2010-03-31']);
    const many = { documents: ['a', 'b', 'c', 'd', 'e'].map((n) => ({ ...store.documents[0]!, document: `acme-${n}.txt` })) };
    expect(describeReports(many)[0]).toContain('5 report(s) [latest: acme-c.txt, acme-d.txt, acme-e.txt]');
  });
});

describe('escaping', () => {
  it('defuses every mention form so nothing can ping', () => {
    const out = defuseMentions('@everyone @here <@123> <@!456> <@&789>');
    expect(out).not.toMatch(/@everyone|@here|<@\d|<@!\d|<@&\d/);
    expect(out.replace(/\u200b/g, '')).toBe('@everyone @here <@123> <@!456> <@&789>');
  });
  it('escapes Markdown in quoted user text and strips the bot mention', () => {
    expect(escapeUserText('*bold* `code` @here')).toBe('\\*bold\\* \\`code\\` @\u200bhere');
    expect(stripBotMention('<@42> what was revenue? <@!42>', '42')).toBe('what was revenue?');
    expect(stripBotMention('<@&7> net loss <@43>', '42', '7')).toBe('net loss <@43>');
  });
});

describe('rate limit', () => {
  it('allows 5 questions in 10 s per user, then asks to wait, then allows again', () => {
    let now = 0;
    const limiter = new RateLimiter(5, 10_000, () => now);
    for (let i = 0; i < 5; i++) expect(limiter.take('a').allowed).toBe(true);
    now = 4_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 6_000 });
    expect(limiter.take('b').allowed).toBe(true);
    now = 10_000;
    expect(limiter.take('a').allowed).toBe(true);
  });
});

describe('channel state file', () => {
  it('keeps a channel default across instances, clears it, and leaves no temp file', () => {
    const path = join(dir, 'sub', 'state.json');
    new ChannelState(path).setCompany('c1', 'Acme Widgets, Inc.');
    expect(new ChannelState(path).company('c1')).toBe('Acme Widgets, Inc.');
    new ChannelState(path).setCompany('c1', null);
    expect(new ChannelState(path).company('c1')).toBeUndefined();
    expect(readdirSync(join(dir, 'sub'))).toEqual(['state.json']);
  });
  it('starts empty from a broken file and says so', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{ not json');
    const problems: string[] = [];
    expect(new ChannelState(path, (m) => problems.push(m)).company('c1')).toBeUndefined();
    expect(problems).toHaveLength(1);
  });
});

describe('embeds', () => {
  const reply: Reply = {
    question: 'what was service revenue? @everyone',
    status: 'answered',
    text: 'Service revenue was **$500 thousand** in Q1 2010 <@&1>.',
    suggestions: [],
    answers: [{
      company: 'Acme Widgets, Inc.', metric: 'Service revenue', kind: 'value', value: '500000', unit: 'USD',
      period: { label: 'Q1 2010', type: 'quarter', start: '2010-01-01', end: '2010-03-31' },
      citations: [{ document: 'acme-2010-q1.txt', line: 15, statement: 'Statements of Operations', row: 'Revenue › Service', column: 'Three months ended March 31, 2010' }],
    }],
  };
  it('puts the figure in the title, the sentence in the description, citations in fields, no live mention', () => {
    const e = replyEmbed(reply);
    expect(e.title).toBe('Service revenue: $500 thousand (Q1 2010) — Acme Widgets, Inc.');
    expect(e.description).toContain('Service revenue was **$500 thousand**');
    expect(e.fields?.[0]).toEqual({ name: '[1] acme-2010-q1.txt, line 15', value: 'Statements of Operations\nRevenue › Service · Three months ended March 31, 2010' });
    expect(JSON.stringify(e)).not.toMatch(/@everyone|<@&\d/);
  });
  it('stays within Discord limits with a huge reply', () => {
    const citation = reply.answers[0]!.citations[0]!;
    const huge: Reply = { ...reply, text: 'word '.repeat(3000), answers: [{ ...reply.answers[0]!, citations: Array.from({ length: 60 }, (_, i) => ({ ...citation, line: i, statement: 'S'.repeat(300) })) }] };
    const e = replyEmbed(huge);
    const size = (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(e.description!.length).toBeLessThanOrEqual(4096);
    expect(e.fields!.length).toBeLessThanOrEqual(25);
    expect(size).toBeLessThanOrEqual(6000);
  });
  it('trims at a break and closes bold', () => {
    expect(trimTo('a long sentence here', 10)).toBe('a long…');
    const t = trimTo('x **bold text that goes on and on**', 20);
    expect(t.length).toBeLessThanOrEqual(20);
    expect((t.match(/\*\*/g) ?? []).length % 2).toBe(0);
  });
});

describe('question text from command options', () => {
  it('builds one question per command', () => {
    expect(metricQuestion('Service revenue', 'Q2 2007', 'SONS')).toBe('Service revenue Q2 2007 SONS');
    expect(metricQuestion('Service revenue', null, null)).toBe('Service revenue');
    expect(compareQuestion('Total revenue', 'Q2 2006', 'Q2 2007')).toBe('compare Total revenue from Q2 2006 to Q2 2007');
    expect(crossCompanyQuestion('Net income', ['Sonus', 'Southern Company'], 'Q4 2004')).toBe('compare Net income of Sonus and Southern Company Q4 2004');
  });
  it('splits several companies without breaking "Name, Inc." and periods on ";"', () => {
    expect(splitCompanies('Sonus Networks, Inc., Apple Computer, Inc.')).toEqual(['Sonus Networks, Inc.', 'Apple Computer, Inc.']);
    expect(splitCompanies('SONS; AAPL')).toEqual(['SONS', 'AAPL']);
    expect(splitPeriods('Three months ended June 30, 2007; Q1 2007')).toEqual(['Three months ended June 30, 2007', 'Q1 2007']);
  });
  it('words a period from its type and dates', () => {
    expect(periodPhrase({ type: 'quarter', start: '2007-04-01', end: '2007-06-30' })).toBe('three months ended June 30, 2007');
    expect(periodPhrase({ type: 'instant', start: null, end: '2006-12-31' })).toBe('as of December 31, 2006');
    expect(periodPhrase({ type: 'quarter', start: '1997-01-01', end: '1997-03-28', weeks: 13 })).toBe('13 weeks ended March 28, 1997');
  });
});

describe('settings and logging', () => {
  it('reads every setting from the environment, --data over REPORTS over data/', () => {
    const c = loadConfig({ DISCORD_TOKEN: ' t ', DISCORD_API: 'http://x/api/', REPORTS: 'a, b', LOG_LEVEL: 'DEBUG', STATE_FILE: 's.json' }, []);
    expect(c).toMatchObject({ discordToken: 't', discordApi: 'http://x/api', reports: ['a', 'b'], logLevel: 'debug', stateFile: 's.json', guildId: null });
    expect(loadConfig({ REPORTS: 'a' }, ['--data', 'x', '--data=y']).reports).toEqual(['x', 'y']);
    expect(loadConfig({}, [])).toMatchObject({ reports: [DEFAULT_REPORTS], stateFile: '.lineitem-state.json', logLevel: 'info', discordToken: null });
    expect(DEFAULT_REPORTS).toMatch(/data\/$/);
    // the read cache: a folder, "off" for none, the default under node_modules/.cache
    expect(loadConfig({}, []).readCacheDir).toBe(DEFAULT_READ_CACHE);
    expect(DEFAULT_READ_CACHE).toMatch(/node_modules\/\.cache\/lineitem\/$/);
    expect(loadConfig({ READ_CACHE_DIR: '/tmp/x' }, []).readCacheDir).toBe('/tmp/x');
    expect(loadConfig({ READ_CACHE_DIR: 'off' }, []).readCacheDir).toBeNull();
    expect(argumentError(['--data', 'a', '--data=b'])).toBeNull();
    expect(argumentError(['--data'])).toBe('--data needs a file or folder');
    expect(argumentError(['--verbose'])).toContain('unknown argument: --verbose');
  });
  it('reads a .env file without overriding what the environment sets', () => {
    const path = join(dir, 'test.env');
    writeFileSync(path, 'LINEITEM_TEST_A=file\nLINEITEM_TEST_B=file\n');
    process.env.LINEITEM_TEST_A = '';
    loadDotEnv(path);
    loadDotEnv(join(dir, 'missing.env'));
    expect([process.env.LINEITEM_TEST_A, process.env.LINEITEM_TEST_B]).toEqual(['', 'file']);
    delete process.env.LINEITEM_TEST_A;
    delete process.env.LINEITEM_TEST_B;
  });

  it('never logs the token, even inside an error', () => {
    const token = 'MTAwMDAwMDAwMDAwMDAwMDAx.GfakeT.0123456789abcdefghijklmnopqrstuvwxyzAB';
    const lines: string[] = [];
    const log = createLogger('info', [token], (l) => lines.push(l));
    log.error('login failed', new Error(`bad token ${token}`));
    log.debug('hidden at info level');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('[redacted]');
    expect(lines[0]).not.toContain(token);
    expect(redact('Bot secret123', ['secret123'])).toBe('Bot [redacted]');
  });
});

describe('ratio names', () => {
  it('reads id/name entries from YAML, tolerates a missing file', () => {
    const path = join(dir, 'ratios.yaml');
    writeFileSync(path, 'ratios:\n  - id: gross_margin\n    name: Gross margin\n  - id: current_ratio\n');
    expect(loadRatioChoices(path).map((c) => c.value)).toEqual(['Gross margin', 'current ratio']);
    expect(loadRatioChoices(join(dir, 'missing.yaml'))).toEqual([]);
  });
});
