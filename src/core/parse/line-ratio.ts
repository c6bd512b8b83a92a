import { findMetricMentions } from '../../metrics/mentions.js';

// "cash to total assets", "ratio of cash to current liabilities", "inventory-to-assets ratio": one
// line over another. Never the first line alone: when the two cannot both be read, it is declined.
// Both sides must name a metric, and no one term may span the "to": "notes payable to banks",
// "additions to fixed assets", "net income available to common" and "cash used to acquire X" are one line.
export function metricToMetric(phrase: string): { part: string; whole: string; as: 'ratio' } | null {
  return overSlash(phrase) ?? overTo(phrase);
}

// "opex/rev", "r&d / sales", "liabilities/equity": one line over another, written with a slash. Both sides must name a
// metric and no term may span the slash ("a/r", "s/h equity", "d/e" are one term or no line at all).
function overSlash(phrase: string): { part: string; whole: string; as: 'ratio' } | null {
  const m = /^(?:the\s+)?(.+?)\s*\/\s*(.+?)(?:\s+ratio)?$/i.exec(phrase);
  if (!m || m[2]!.includes('/') || SIGN_ALTERNATIVE.test(m[2]!)) return null;
  const slash = phrase.indexOf('/');
  if (findMetricMentions(phrase).some((t) => t.span[0] < slash && t.span[1] > slash)) return null;
  if (!findMetricMentions(m[1]!).length || !findMetricMentions(m[2]!).length) return null;
  return { part: m[1]!.trim(), whole: m[2]!.trim(), as: 'ratio' };
}

// "operating profit / (loss)", "income/(loss)", "surplus/(deficit)": the sign of one line written both ways, not a ratio
const SIGN_ALTERNATIVE = /^\(?(?:loss(?:es)?|deficit)\)?$/i;

function overTo(phrase: string): { part: string; whole: string; as: 'ratio' } | null {
  const m = /^(?:the\s+)?(?:ratio\s+of\s+)?(.+?)(?:\s+|-)to(?:\s+|-)(.+?)(?:\s+ratio)?$/i.exec(phrase);
  if (!m) return null;
  if (NOT_A_RATIO_BEFORE.test(m[1]!) || NOT_A_RATIO_AFTER.test(m[2]!)) return null;
  const endOfPart = m[0].indexOf(m[1]!) + m[1]!.length;
  const cut = m[0].indexOf(m[2]!, endOfPart);
  if (findMetricMentions(phrase).some((t) => t.span[0] < endOfPart && t.span[1] > cut)) return null;
  if (!findMetricMentions(m[1]!).length || !findMetricMentions(m[2]!).length) return null;
  // "cash use to acquire X", "cash spent to buy back shares": a purpose, not a ratio
  if (/\b(?:use|used|spend|spent|pay|paid|need|needed|required)$/i.test(m[1]!.trim())) return null;
  // hyphenated as one word ("debt-to-assets"): its hyphens were spaces
  const words = (t: string): string => (/-to-/i.test(phrase) ? t.replace(/-/g, ' ') : t).trim();
  return words(m[1]!) && words(m[2]!) ? { part: words(m[1]!), whole: words(m[2]!), as: 'ratio' } : null;
}

// "net income attributable to common stockholders", "cash used to acquire NeXT", "payments to suppliers": a "to"
// that joins one line's words (after a participle or a payment word, or before a verb), never two lines of a ratio.
const NOT_A_RATIO_BEFORE = /\b(?:attributable|available|due|related|relating|according|pursuant|subject|prior|up|equal|used|paid|applied|contributed|transferred|distributed|allocated|charged|credited|issued|sold|payments?|contributions?|distributions?|transfers?|advances?|loans?|dividends?|additions?|adjustments?|reconcile)$/i;
const NOT_A_RATIO_AFTER = /^(?:acquire|purchase|buy|repay|repurchase|redeem|retire|fund|pay|settle|finance|reconcile|date|maturity)\b/i;
