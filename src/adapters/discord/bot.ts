// The Discord bot: a discord.js client wired to the dispatcher and the message handler, with a clean shutdown.
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { Store } from '../../core/store.js';
import type { Choice } from '../catalog.js';
import type { Logger } from '../logger.js';
import { loadRatioChoices } from '../ratios.js';
import { RecentQuestions } from '../recent-questions.js';
import { RateLimiter } from '../ratelimit.js';
import type { ChannelState } from '../state.js';
import type { Command } from './command.js';
import { COMMANDS, commandMap } from './commands/index.js';
import { catalogOf, todayFromClock, type BotContext } from './context.js';
import { dispatchInteraction } from './dispatcher.js';
import { handleMessage } from './messages.js';
import { NO_MENTIONS } from './respond.js';

/** What the bot is built from; tests inject commands, a limiter and a clock. */
export interface BotOptions {
  store: () => Store;
  state: ChannelState;
  logger: Logger;
  /** REST base URL (DISCORD_API), e.g. "http://127.0.0.1:8080/api"; null = Discord's. */
  api: string | null;
  commands?: Command[];
  limiter?: RateLimiter;
  today?: () => string;
  ratios?: () => Choice[];
}

/** A running (or ready to run) bot. */
export class LineitemBot {
  readonly client: Client;
  private readonly ctx: BotContext;
  private readonly commands: Map<string, Command>;
  private readonly inFlight = new Set<Promise<void>>();
  private closing = false;

  constructor(options: BotOptions) {
    // Read once, on first use: autocomplete runs on every keystroke.
    let ratioList: Choice[] | undefined;
    const ratios = options.ratios ?? (() => (ratioList ??= loadRatioChoices()));
    this.ctx = {
      store: options.store,
      state: options.state,
      limiter: options.limiter ?? new RateLimiter(5, 10_000),
      logger: options.logger,
      today: options.today ?? todayFromClock,
      ratios,
      recent: new RecentQuestions(),
    };
    this.commands = commandMap(options.commands ?? COMMANDS);
    this.client = new Client({
      // No MessageContent intent: a bot still gets the content of messages that mention it and of DMs.
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      partials: [Partials.Channel],
      allowedMentions: NO_MENTIONS,
      rest: options.api ? { api: options.api } : {},
    });
    const log = options.logger;
    this.client.once(Events.ClientReady, (c) => log.info(`connected as ${c.user.tag} (${c.guilds.cache.size} guild(s))`));
    this.client.on(Events.Error, (err) => log.error('discord client error', err));
    this.client.on(Events.Warn, (message) => log.warn(message));
    this.client.on(Events.InteractionCreate, (interaction) => this.track(dispatchInteraction(interaction, this.commands, this.ctx)));
    this.client.on(Events.MessageCreate, (message) => {
      const me = this.client.user?.id;
      if (me) this.track(handleMessage(message, me, this.ctx));
    });
  }

  /** Logs in; resolves once the gateway session is ready. */
  async start(token: string): Promise<void> {
    // Build the autocomplete listings now: autocomplete has 3 s to answer.
    catalogOf(this.ctx.store());
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    await this.client.login(token);
    await ready;
  }

  /** Stops taking new work, lets in-flight replies finish (up to `graceMs`), then destroys the client. */
  async stop(graceMs = 10_000): Promise<void> {
    this.closing = true;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([Promise.allSettled([...this.inFlight]), grace]);
    clearTimeout(timer);
    await this.client.destroy();
  }

  // Work that arrives while closing is dropped; the rest is tracked until it settles.
  private track(work: Promise<void>): void {
    if (this.closing) return;
    const p = work.catch((err: unknown) => this.ctx.logger.error('unhandled handler error', err)).finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
  }
}
