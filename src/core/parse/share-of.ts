import { findMetricMentions } from '../../metrics/mentions.js';

// "X as a percent of Y", "X as a share of Y", "X % of Y", "X to Y" ratios of two arbitrary lines.

// e.g. "R&D as a percentage of revenue" -> part "R&D", whole "revenue"
// "portion", "fraction", "proportion" only after "as a": "current portion of long-term debt" is one line
const SHARE_OF = /^(.+?)\s+(?:(?:as\s+(?:an?\s+)?)?(?:percent(?:age)?|pct|%|share)|as\s+(?:an?\s+)?(?:proportion|fraction|portion))\s+of\s+(?:the\s+)?(?:total\s+)?(.+)$/i;
// e.g. "what share of revenue was service" -> whole "revenue", part "service"; "what % of revenue was retail"
const SHARE_OF_REVERSED = /^(?:what\s+)?(?:percent(?:age)?|pct|%|share|proportion|fraction|portion)\s+of\s+(?:the\s+)?(?:total\s+)?(.+?)\s+(?:was|is|were|are|came from|comes from|did)\s+(.+)$/i;

// e.g. "how much of net income went to dividends" -> whole "net income", part "dividends"
const WENT_TO = /^(?:how\s+much\s+)?of\s+(?:the\s+|its\s+|their\s+)?(.+?)\s+(?:went\s+(?:to|on|in(?:to)?)|was\s+(?:spent|paid\s+out)\s+(?:on|as|in))\s+(.+)$/i;

/** Splits a metric phrase that asks for one line as a share of another. */
export function splitShareOf(phrase: string): { part: string; whole: string; paidOut?: true } | null {
  const g = WENT_TO.exec(phrase);
  if (g && g[1].trim() && g[2].trim()) return { part: g[2].trim(), whole: g[1].trim(), paidOut: true };
  const r = SHARE_OF_REVERSED.exec(phrase);
  if (r && r[1].trim() && r[2].trim()) return { part: r[2].trim(), whole: r[1].trim() };
  const m = SHARE_OF.exec(phrase);
  if (m && m[1].trim() && m[2].trim()) return { part: m[1].trim(), whole: wholeOf(m[1].trim(), m[2].trim()) };
  return null;
}

// "service revenue share of total": the total of the part's own metric (revenue)
function wholeOf(part: string, whole: string): string {
  if (!/^(?:the\s+)?total$/i.test(whole)) return whole;
  const named = findMetricMentions(part);
  return named.length ? named[named.length - 1]!.text : whole;
}
