// A core Reply as Discord embeds: the figure in the title, the sentence in the description,
// the citations in fields, the question in the footer; everything within Discord's limits.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { AnswerItem, Citation, Reply } from '../../core/answer.js';
import { defuseMentions } from '../escape.js';
import { LIMITS, trimTo } from './limits.js';

const COLORS: Record<Reply['status'], number> = {
  answered: 0x2e7d32,
  clarify: 0xf9a825,
  not_found: 0x6d4c41,
  not_understood: 0x757575,
};

const STATUS_TITLES: Record<Reply['status'], string> = {
  answered: 'Answer',
  clarify: 'Which one do you mean?',
  not_found: 'Not in the loaded reports',
  not_understood: 'I did not understand that',
};

// The first bold span of the core's text is its headline figure: "Service revenue was **$23.3 million** in ..." -> "$23.3 million".
function headlineFigure(text: string): string | null {
  const match = /\*\*([^*]+)\*\*/.exec(text);
  return match ? match[1]!.trim() : null;
}

/**
 * The embed title: "Service revenue: $23.3 million (Q2 2007) — Sonus Networks, Inc." for one company's answer,
 * "Total revenue (Q2 2007) — 3 companies" when the answers span companies, a status line otherwise.
 */
export function replyTitle(reply: Reply): string {
  const first = reply.answers[0];
  if (reply.status !== 'answered' || !first) return STATUS_TITLES[reply.status];
  const period = first.period?.label ? ` (${first.period.label})` : '';
  const companies = new Set(reply.answers.map((a) => a.company));
  if (companies.size > 1) {
    const samePeriod = new Set(reply.answers.map((a) => a.period?.label)).size === 1;
    return trimTo(defuseMentions(`${first.metric}${samePeriod ? period : ''} — ${companies.size} companies`), LIMITS.title);
  }
  // A passage of the report's prose: no figure to headline.
  if (first.kind === 'text') return trimTo(defuseMentions(`From the report${first.company ? ` — ${first.company}` : ''}`), LIMITS.title);
  const figure = headlineFigure(reply.text);
  const company = first.company ? ` — ${first.company}` : '';
  return trimTo(defuseMentions(figure ? `${first.metric}: ${figure}${period}${company}` : `${first.metric}${period}${company}`), LIMITS.title);
}

// "sonus-2007-q2.txt, line 197" / "Condensed Consolidated Statements of Operations › Revenue › Service › Three months ended June 30, 2007".
function citationField(c: Citation, n: number): APIEmbedField {
  return {
    name: trimTo(`[${n}] ${c.document}, line ${c.line}`, LIMITS.fieldName),
    value: trimTo(defuseMentions([c.statement, [c.row, c.column].filter(Boolean).join(' · ')].filter(Boolean).join('\n') || c.document), LIMITS.fieldValue),
  };
}

// Every citation once, in answer order.
function allCitations(answers: AnswerItem[]): Citation[] {
  const seen = new Set<string>();
  return answers.flatMap((a) => a.citations).filter((c) => {
    const key = `${c.document}|${c.line}|${c.column}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

// Lines under the sentence that the core's text does not already say: formula, derived/restated marks, notes.
function extraLines(first: AnswerItem | undefined, text: string): string[] {
  if (!first) return [];
  const says = (words: string): boolean => text.toLowerCase().includes(words.toLowerCase());
  const out: string[] = [];
  if (first.formula && !says(first.formula)) out.push(`Formula: ${first.formula}`);
  if (first.derived && !says('derived')) out.push('Derived from reported figures (not printed in the report).');
  if (first.restated && !says('restated')) out.push('Restated: a later release printed a different figure.');
  for (const note of first.notes ?? []) if (!says(note)) out.push(`Note: ${note}`);
  return out;
}

// The core's text without its "Source: …" lines: the embed shows citations as fields instead.
function bodyText(reply: Reply): string {
  const lines = reply.text.split('\n');
  const kept = reply.answers.length > 0 ? lines.filter((l) => !/^Source: /.test(l)) : lines;
  return [...kept, ...extraLines(reply.answers[0], reply.text)].filter((l) => l.trim()).join('\n');
}

function embedSize(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** One embed for a reply, at most 6,000 characters in all: citations beyond the room are counted, not dropped silently. */
export function replyEmbed(reply: Reply, question: string = reply.question): APIEmbed {
  const body = bodyText(reply);
  const fields: APIEmbedField[] = [];
  // Suggestions the core's text does not list already.
  if (reply.suggestions.some((s) => !reply.text.includes(s)))
    fields.push({ name: 'Try', value: trimTo(defuseMentions(reply.suggestions.map((s) => `• ${s}`).join('\n')), LIMITS.fieldValue) });
  const citations = allCitations(reply.answers);
  const room = LIMITS.fields - fields.length;
  const shown = citations.length > room ? room - 1 : citations.length;
  citations.slice(0, shown).forEach((c, i) => fields.push(citationField(c, i + 1)));
  if (shown < citations.length) fields.push({ name: `… ${citations.length - shown} more citation(s)`, value: 'Ask a narrower question to see them.' });
  const embed: APIEmbed = {
    title: replyTitle(reply),
    description: trimTo(defuseMentions(body), LIMITS.description) || undefined,
    color: COLORS[reply.status],
    fields,
    footer: { text: trimTo(defuseMentions(`Q: ${question.replace(/\s+/g, ' ')}`), 300) },
  };
  // Over the total: drop citation fields from the end (keeping a count), then shorten the description.
  const trimmedNote: APIEmbedField = { name: '… more citations', value: 'Trimmed to fit Discord: ask a narrower question.' };
  while (embedSize(embed) > LIMITS.embedTotal && (embed.fields?.length ?? 0) > 1) {
    embed.fields!.splice(-2, 2, trimmedNote);
  }
  if (embedSize(embed) > LIMITS.embedTotal && embed.description)
    embed.description = trimTo(embed.description, Math.max(100, embed.description.length - (embedSize(embed) - LIMITS.embedTotal)));
  return embed;
}

/** Embeds for several replies (e.g. one per company), at most 10 and 6,000 characters per message together. */
export function replyEmbeds(replies: Reply[]): APIEmbed[] {
  const out: APIEmbed[] = [];
  let total = 0;
  for (const reply of replies.slice(0, LIMITS.embedsPerMessage)) {
    const embed = replyEmbed(reply);
    if (total + embedSize(embed) > LIMITS.embedTotal) break;
    total += embedSize(embed);
    out.push(embed);
  }
  return out;
}

/** A plain embed for command output that is not a core reply (/help, /reports, /company). */
export function infoEmbed(title: string, description: string): APIEmbed {
  return { title: trimTo(defuseMentions(title), LIMITS.title), description: trimTo(defuseMentions(description), LIMITS.description), color: 0x1565c0 };
}
