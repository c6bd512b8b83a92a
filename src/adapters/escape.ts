// Text that goes back to a chat must never ping anyone and user text must not turn into markup.

// A zero-width space after "@" or "<@" breaks the mention syntax while reading the same.
const ZWSP = '\u200b';

/**
 * Neutralizes every mention form: "@everyone" -> "@\u200beveryone", "<@123>" -> "<@\u200b123>",
 * "<@&456>" (role), "<@!789>" (nickname). Applied to everything sent, core text included.
 */
export function defuseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<@([!&]?\d)/g, `<@${ZWSP}$1`);
}

/** User text quoted back: mentions defused and Markdown characters escaped ("*bold*" -> "\*bold\*"). */
export function escapeUserText(text: string): string {
  return defuseMentions(text.replace(/([\\*_~`|>#[\]])/g, '\\$1'));
}

/**
 * Strips the bot's own mention (and its managed role's) from a message:
 * "<@123> what was revenue?" -> "what was revenue?".
 */
export function stripBotMention(content: string, botId: string, roleId?: string): string {
  const ids = roleId ? `(?:!?${botId}|&${roleId})` : `!?${botId}`;
  return content.replace(new RegExp(`<@${ids}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}
