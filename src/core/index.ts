// The answering core's entry point: question + store + context -> reply. Pure: no clock, no I/O.
import type { AskContext, Reply } from './answer.js';
import type { Store } from './store.js';

/** Answers one question against the store. Never throws. */
export function ask(question: string, store: Store, ctx: AskContext): Reply {
  void store;
  void ctx;
  return { question, status: 'not_understood', text: 'Not implemented yet.', answers: [], suggestions: [] };
}

/** Renders a reply as chat text: Markdown that reads cleanly in a terminal too. */
export function formatReply(reply: Reply): string {
  return reply.text;
}
