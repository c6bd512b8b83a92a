// Every message the bot sends goes through here, with mentions switched off.
import {
  MessageFlags,
  type APIEmbed,
  type AttachmentPayload,
  type ChatInputCommandInteraction,
  type MessageMentionOptions,
} from 'discord.js';

/** No @everyone, @here, user or role ping, and no ping of the user replied to. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

/** What a command answers with. */
export interface Answer {
  embeds?: APIEmbed[];
  content?: string;
  files?: AttachmentPayload[];
  ephemeral?: boolean;
}

/** Replies to an interaction, or edits the deferred reply; always with mentions off. */
export async function respond(interaction: ChatInputCommandInteraction, answer: Answer): Promise<void> {
  const body = { embeds: answer.embeds ?? [], content: answer.content, files: answer.files ?? [], allowedMentions: NO_MENTIONS };
  if (interaction.deferred) await interaction.editReply(body);
  else if (interaction.replied) await interaction.followUp({ ...body, flags: answer.ephemeral ? MessageFlags.Ephemeral : undefined });
  else await interaction.reply({ ...body, flags: answer.ephemeral ? MessageFlags.Ephemeral : undefined });
}

/**
 * The error answer, always ephemeral: a deferred (public) reply is deleted first and the text sent as an
 * ephemeral follow-up, so only the asker sees it.
 */
export async function respondError(interaction: ChatInputCommandInteraction, text: string): Promise<void> {
  const body = { content: text, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral as const };
  if (interaction.deferred && !interaction.replied) {
    await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp(body);
  } else if (interaction.replied) await interaction.followUp(body);
  else await interaction.reply(body);
}
