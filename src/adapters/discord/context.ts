// What every command handler gets: the store, the channel settings, the clock, the logger, and the core's answers.
import type { AskContext, Reply } from '../../core/answer.js';
import { ask } from '../../core/index.js';
import type { Store } from '../../core/store.js';
import { documentsOf, listCompanies, listMetrics, listPeriods, resolveCompany, type Choice } from '../catalog.js';
import type { Logger } from '../logger.js';
import type { RateLimiter } from '../ratelimit.js';
import type { ChannelState } from '../state.js';
import type { RecentQuestions } from '../recent-questions.js';

/** Shared by the dispatcher and every command. */
export interface BotContext {
  /** The current store (a getter, so a reload can swap it). */
  store(): Store;
  state: ChannelState;
  limiter: RateLimiter;
  logger: Logger;
  /** Today's date, ISO, from the clock: the core's reference date. */
  today(): string;
  /** `/ratio` names from intents/ratios.yaml. */
  ratios(): Choice[];
  /** Each person's last question per channel, for follow-ups in `/ask` and mentions ("and Q1?"); none: no follow-ups. */
  recent?: RecentQuestions;
}

/**
 * Asks the core one question with the channel's default company and today's date. With `userId` (free-text
 * questions), the person's previous question in the channel is what a follow-up goes on from.
 */
export function answer(ctx: BotContext, question: string, channelId: string | null, userId?: string): Reply {
  const askCtx: AskContext = { today: ctx.today() };
  const company = channelId ? ctx.state.company(channelId) : undefined;
  if (company) askCtx.defaultCompany = company;
  const recent = userId && channelId ? ctx.recent : undefined;
  const previous = recent?.get(channelId!, userId!);
  if (previous) askCtx.previous = previous;
  const reply = ask(question, ctx.store(), askCtx);
  if (recent && reply.followUpBase) recent.set(channelId!, userId!, reply.followUpBase);
  return reply;
}

/** Autocomplete listings, computed once per store. */
export interface Catalog {
  companies: Choice[];
  metrics: Choice[];
  periods: Choice[];
}

const catalogs = new WeakMap<Store, Map<string, Catalog>>();

/**
 * The store's listings, cached until the store object changes (autocomplete must answer fast). With a company
 * (name or ticker, as resolveCompany reads it), metrics and periods come from that company's reports only.
 */
export function catalogOf(store: Store, company?: string | null): Catalog {
  let byCompany = catalogs.get(store);
  if (!byCompany) catalogs.set(store, (byCompany = new Map()));
  let all = byCompany.get('');
  if (!all) byCompany.set('', (all = { companies: listCompanies(store), metrics: listMetrics(store), periods: listPeriods(store) }));
  const name = company ? resolveCompany(store, company) : null;
  if (!name) return all;
  let mine = byCompany.get(name);
  if (!mine) {
    const docs: Store = { documents: documentsOf(store, name) };
    byCompany.set(name, (mine = { companies: all.companies, metrics: listMetrics(docs), periods: listPeriods(docs) }));
  }
  return mine;
}

/** Today's date from the system clock, ISO (UTC). */
export function todayFromClock(): string {
  return new Date().toISOString().slice(0, 10);
}
