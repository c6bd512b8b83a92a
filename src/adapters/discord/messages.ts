// A message that mentions the bot, or a DM, is answered as a reply (the mention stripped from the question).
import type { Message } from 'discord.js';
import { stripBotMention } from '../escape.js';
import { discordHelp } from '../help.js';
import { answer, type BotContext } from './context.js';
import { SOMETHING_WRONG, slowDown } from './dispatcher.js';
import { infoEmbed, replyEmbed } from './embed.js';
import { NO_MENTIONS } from './respond.js';

/** Answers `message` when it is a DM or mentions `botId`; ignores everything else; never throws. */
export async function handleMessage(message: Message, botId: string, ctx: BotContext): Promise<void> {
  if (message.author.bot || message.author.id === botId) return;
  // In a server, only messages that mention the bot, or its managed role (what Discord inserts when the
  // role is picked from the mention list), are questions.
  const roleId = message.inGuild() ? message.guild.members.me?.roles.botRole?.id : undefined;
  if (message.inGuild() && !message.mentions.users.has(botId) && !(roleId && message.mentions.roles.has(roleId))) return;
  const question = stripBotMention(message.content, botId, roleId);
  try {
    if (!question || /^(help|\?)$/i.test(question)) {
      await message.reply({ embeds: [infoEmbed('Lineitem help', discordHelp())], allowedMentions: NO_MENTIONS });
      return;
    }
    const gate = ctx.limiter.take(message.author.id);
    if (!gate.allowed) {
      await message.reply({ content: slowDown(gate.retryAfterMs), allowedMentions: NO_MENTIONS });
      return;
    }
    await message.reply({ embeds: [replyEmbed(answer(ctx, question, message.channelId, message.author.id), question)], allowedMentions: NO_MENTIONS });
  } catch (err) {
    ctx.logger.error('answering a message failed', err);
    await message.reply({ content: SOMETHING_WRONG, allowedMentions: NO_MENTIONS }).catch(() => undefined);
  }
}
