// Cleaning what users type, and making what the bot writes safe to post.
import { spokenDates } from './spoken-dates.js';

/** The longest question analysed; the rest is ignored (a 100 KB paste is not a question). */
export const MAX_QUESTION = 600;

/**
 * Folds a question for analysis: drops Discord mentions (`<@123>`, `<@&1>`, `<#1>`),
 * control and zero-width characters, folds white space, caps the length.
 * e.g. "<@42>  what was\u200b revenue?" -> "what was revenue?"
 */
export function cleanQuestion(q: string): string {
  let s = q.length > MAX_QUESTION * 4 ? q.slice(0, MAX_QUESTION * 4) : q;
  s = s.replace(/<(@[!&]?|#)\d+>/g, ' ');
  // chat-wide pings are not words of the question: "revenue q2 @everyone" -> "revenue q2"
  s = s.replace(/(^|\s)@(everyone|here)\b/gi, ' ');
  // a user named as typed, "@LineitemBot revenue q2", "@bot @ana can u check ...": a ping, not a word of the question
  s = s.replace(/(^|\s)@[A-Za-z][\w.]{0,31}(?=\s|$|[,:;!?])/g, ' ');
  // Discord's emoji, as shortcodes or custom ones: "revenue q2 :eyes:", "<:stonks:123456789>", "<a:party:123>"
  s = s.replace(/<a?:\w{2,32}:\d+>/g, ' ').replace(/(^|\s):[a-z][a-z0-9_+-]{1,31}:(?=\s|$|[,.!?])/gi, ' ');
  s = s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, ' ');
  s = s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, '-');
  // "1H FY97 v. 1H FY96", "Q2 v Q1": a lone "v" between words is "versus"
  s = s.replace(/(?<=\s)v\.?(?=\s)/gi, 'vs');
  // "cash + short-term investments": a plus between two words is "and"
  s = s.replace(/(?<=[A-Za-z])\s*\+\s*(?=[A-Za-z])/g, ' and ');
  // "FFO/share", "book value / sh": a slash before "share" is "per share" (never one line over another)
  s = s.replace(/(?<=[A-Za-z0-9)])\s*\/\s*(?:share|sh)\b/gi, ' per share');
  // "the second quarter of two thousand seven", "march twenty eight": spoken years and days in digits
  s = spokenDates(s);
  s = s.replace(/\s+/g, ' ').trim();
  return s.length > MAX_QUESTION ? s.slice(0, MAX_QUESTION) : s;
}

/**
 * Makes text safe to post where it could ping or break Markdown: `@everyone`/`@here` get a
 * zero-width joiner, raw mentions lose their brackets' meaning.
 * e.g. "@everyone <@123>" -> "@\u200beveryone <\u200b@123>"
 */
export function defuseMentions(s: string): string {
  return s.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<([@#])/g, '<\u200b$1');
}

/** Quotes user text back inside a reply: mentions defused, Markdown neutralised, length capped. */
export function quoteUserText(s: string, max = 120): string {
  const short = s.length > max ? `${s.slice(0, max)}…` : s;
  return defuseMentions(short.replace(/([*_`~|>\\])/g, '\\$1'));
}

// A question that asks for a number never falls back to quoting text ("how much was paid to acquire X").
export const ASKS_NUMBER = /\b(how much|how many|number of|what (was|were|is|are) (the )?(total|amount|value|level)|figure|\$|percent|ratio|margin)\b/i;
