// Spans of a question's text: periods marked or blanked out, lexicon names kept whole while framing words
// and cues are removed around them. Every function returns new text; none reads anything but its arguments.
import { findMetricMentions } from '../../metrics/mentions.js';
import { stripFillers } from './intents.js';

// "revenue Q2 2007 vs Q2 2006" -> "revenue  PERIOD  vs  PERIOD ": the intent rules read periods as one word.
export function mark(text: string, spans: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (a < at) continue;
    out += `${text.slice(at, a)} PERIOD `;
    at = b;
  }
  return out + text.slice(at);
}

// A span of `text` moved to where it stands once `mark` has put PERIOD for the period spans.
export function shifted(text: string, periodSpans: [number, number][], a: number, b: number): [number, number] {
  let d = 0;
  let at = 0;
  for (const [x, y] of [...periodSpans].sort((p, q) => p[0] - q[0])) {
    if (x < at || x >= a) continue;
    d += ' PERIOD '.length - (y - x);
    at = y;
  }
  return [a + d, b + d];
}

// A lexicon term holding words that elsewhere only frame a question ("spend on property and equipment"):
// its words are joined so that no filler is taken out of it (U+2060, a word joiner, splits words as a space does).
const JOIN = '\u2060';
const GLUE_WORDS = new Set(['in', 'of', 'the', 'at', 'for', 'a', 'an', 'to', 'on', 'from', 'by']);
export function joinTerms(text: string): string {
  let out = text;
  for (const m of findMetricMentions(text)) {
    const kept = new Set(stripFillers(m.text).toLowerCase().split(/\s+/));
    const lost = m.text.toLowerCase().split(/\s+/).filter((w) => !kept.has(w) && !GLUE_WORDS.has(w));
    if (lost.length) out = out.slice(0, m.span[0]) + m.text.replace(/\s+/g, JOIN) + out.slice(m.span[1]);
  }
  return out;
}

// Applies `fn` to the text outside the spans, keeping the spans as they are.
export function outside(text: string, spans: [number, number][], fn: (s: string) => string): string {
  let out = '';
  let at = 0;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (a < at) continue;
    out += `${fn(text.slice(at, a))} ${text.slice(a, b)} `;
    at = b;
  }
  return out + fn(text.slice(at));
}

export function blank(text: string, spans: [number, number][]): string {
  const chars = text.split('');
  for (const [a, b] of spans) for (let i = a; i < b && i < chars.length; i++) chars[i] = ' ';
  return chars.join('');
}

// The named spans stand in the text as placeholder words while fillers are removed around them.
export function shield(text: string, spans: [number, number][]): { text: string; kept: string[] } {
  let out = '';
  let at = 0;
  const kept: string[] = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (a < at) continue;
    out += `${text.slice(at, a)} keptterm${kept.length}x `;
    kept.push(text.slice(a, b));
    at = b;
  }
  return { text: out + text.slice(at), kept };
}

export function unshield(text: string, kept: string[]): string {
  return text.replace(/\bkeptterm(\d+)x\b/g, (_, i: string) => kept[Number(i)] ?? '');
}
