// A list of lines asked in one question: "revenue, net income and EPS for Q2 2007", "Q2 2007 revenue and gross
// margin", "R&D, S&M and G&A last quarter". Each item becomes a question of its own (the question with the list
// replaced by that item: "revenue for Q2 2007", "net income for Q2 2007", ...), asked in turn and answered as it would
// be alone (a quarter derived from year-to-date columns, a ratio computed). A joint inside a line's own name is no
// joint ("selling, general and administrative", "research and development"), and each item must name a line or a
// ratio of the lexicon.
import { findMetricMentions, findRatioMentions } from '../../metrics/mentions.js';
import { stripCues } from './cues.js';
import { stripFillers } from './intents.js';
import { tokenize } from '../../metrics/text.js';

/** The items of a listed question and the question asked for each. */
export interface MetricList {
  items: string[];
  questions: string[];
}

// ", ", ", and ", " and ", " & ", "; ": the joints of a list ("&" between letters is a line's own: "R&D").
const JOINT = /\s*[,;]\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/gi;
// Words that put the listed lines together into one figure ("sum of", "combined", "% of"): no list of questions.
const PUT_TOGETHER = /\b(?:sum|total\s+of|combined|together|difference|between|minus|plus|ratio\s+of|divided|percent(?:age)?\s+of|share\s+of|as\s+a\s+%|%\s+of|which|rank|highest|lowest|top|bottom)\b|\+/i;

const names = (t: string): { line: boolean; ratio: boolean } => {
  const bare = stripCues(t).trim();
  return { line: bare !== '' && findMetricMentions(bare).length > 0, ratio: findRatioMentions(t).length > 0 };
};

// The span of the words `stripped` keeps of `text` (from offset `at`): its first and last kept words.
function keptSpan(text: string, at: number, stripped: string): [number, number] | null {
  const words = stripped.split(' ').filter((w) => w);
  if (!words.length) return null;
  const lower = text.toLowerCase();
  const first = lower.indexOf(words[0]!.toLowerCase());
  const lastWord = words[words.length - 1]!.toLowerCase();
  const last = lower.lastIndexOf(lastWord);
  if (first < 0 || last < first) return null;
  return [at + first, at + last + lastWord.length];
}

/**
 * The list a question's metric words make, or null. `clean`: the question; `words`: the same text with its periods and
 * companies blanked out (same offsets), the metric words and the question's framing left; `rowWords`: the words of
 * the reports' row labels; `asked`: the question as typed ("R&D + S&M" adds).
 */
export function readMetricList(clean: string, words: string, rowWords: ReadonlySet<string>, asked = clean, periodSpans: [number, number][] = []): MetricList | null {
  if (PUT_TOGETHER.test(clean) || PUT_TOGETHER.test(asked)) return null;
  const mentions = [...findMetricMentions(words), ...findRatioMentions(words)];
  const all = [...words.matchAll(JOINT)];
  // a name read across a joint holds it only when the name ends where an item does ("selling, general and
  // administrative"; not "revenue, net" of "revenue, net income and EPS", whose "income" is left over)
  const endsItem = (end: number): boolean => {
    const next = all.find((j) => j.index! >= end);
    return stripFillers(stripCues(words.slice(end, next ? next.index! : words.length).replace(/[?!.,;:\u2060]+/g, ' '))) === '';
  };
  const joints = all.filter((j) => !mentions.some((m) => m.span[0] < j.index! && m.span[1] > j.index! + j[0].length && endsItem(m.span[1])));
  if (!joints.length) return null;
  // the segments between the joints, each item's span its words less the question's framing and words of change
  // ("revenue growth, net income growth and EPS growth": the items are the lines, "growth" stays in each question)
  // (a segment left blank is the "and" of two companies or periods named before or after the list: "revenue and net
  // income for Acme and Brill last quarter"; one inside the list would drop its words from every question: no list)
  const spans: ([number, number] | null)[] = [];
  let from = 0;
  for (const j of [...joints, null]) {
    const to = j ? j.index! : words.length;
    const text = words.slice(from, to).replace(/\u2060/g, ' ');
    // ("net loss, net sales (six months ended March 1997)": brackets left empty by the period taken out are no item's)
    spans.push(keptSpan(text, from, stripFillers(stripCues(text.replace(/[?!.,;:]+|[([]\s*[)\]]/g, ' ')))));
    if (j) from = j.index! + j[0].length;
  }
  while (spans.length && spans[0] === null) spans.shift();
  while (spans.length && spans[spans.length - 1] === null) spans.pop();
  if (spans.length < 2 || spans.some((x) => x === null)) return null;
  // (the joints' own words and the framing around the list stay outside every item)
  let items = (spans as [number, number][]).map(([a, b]) => clean.slice(a, b).trim());
  // "product, service and total revenue": one-word items printed in the reports' rows take the last item's head noun
  // ("product revenue"; "Actually, I meant G&A" lists nothing)
  // ("product and service cost of revenue": the head is the longest tail of the last item that names a line or a
  // ratio, "cost of revenue"; "product and service gross margin": "gross margin")
  const lastWords = items[items.length - 1]!.split(/\s+/);
  const tails = lastWords.slice(1).map((_, i) => lastWords.slice(i + 1).join(' '));
  const head = tails.find((t) => names(t).line || names(t).ratio) ?? lastWords[lastWords.length - 1]!;
  const rowWord = (t: string): boolean => tokenize(t).every((w) => rowWords.has(w.norm));
  items = items.map((t, i) => (i < items.length - 1 && !/\s/.test(t) && !names(t).line && !names(t).ratio && rowWord(t) ? `${t} ${head}` : t));
  const read = items.map(names);
  if (read.some((r) => !r.line && !r.ratio)) return null;
  if (new Set(items.map((t) => t.toLowerCase())).size < items.length) return null;
  const [start, end] = [spans[0]![0], spans[spans.length - 1]![1]];
  // "Q2 2007 revenue and Q1 2007 net income", "revenue Q2 2007 and net income Q1 2007": items with periods of their
  // own are no list of one question's lines (each would be asked for the other's period)
  if (periodSpans.length > 1 && periodSpans.some(([a, b]) => a >= start && b <= end)) return null;
  const questions = items.map((t) => `${clean.slice(0, start)}${t}${clean.slice(end)}`.replace(/\s+/g, ' ').trim());
  return { items, questions };
}
