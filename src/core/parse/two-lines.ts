// Two lines of one period put together: "sum of R&D and S&M", "R&D + S&M", "difference between product and service
// revenue", "R&D minus S&M", "was R&D higher than S&M" ("R&D vs S&M": asked back), "revenue and net income" (each
// given). Each side must name
// a line of its own (a metric of the lexicon, no computed ratio and no word of change: "revenue growth vs opex
// growth" compares growths), and no metric's own words may run across the joint ("research and development",
// "sales and marketing" are one line each). Anything else is not read as two lines.
import { findMetricMentions, findRatioMentions } from '../../metrics/mentions.js';
import type { TwoLinesOp } from '../query.js';
import { stripCues } from './cues.js';

// The words before the two lines, the joint between them and the words after them.
interface Form { pre: RegExp; joint: RegExp; post: RegExp; op: TwoLinesOp }

const FORMS: Form[] = [
  // "sum of X and Y", "the total of X and Y", "X and Y combined", "combined X and Y", "X plus Y"
  { pre: /^(?:the\s+)?(?:sum|total)\s+of\s+/i, joint: /\s+and\s+/gi, post: /$/, op: 'sum' },
  { pre: /^/, joint: /\s+and\s+/gi, post: /\s+(?:combined|together)$/i, op: 'sum' },
  { pre: /^combined\s+/i, joint: /\s+and\s+/gi, post: /$/, op: 'sum' },
  { pre: /^/, joint: /\s+plus\s+/gi, post: /$/, op: 'sum' },
  // "difference between X and Y", "X minus Y"
  { pre: /^(?:the\s+)?(?:difference|gap)\s+between\s+(?:the\s+)?/i, joint: /\s+and\s+/gi, post: /$/, op: 'difference' },
  { pre: /^/, joint: /\s+minus\s+/gi, post: /$/, op: 'difference' },
  // "was X higher than Y", "how much more was X than Y": by how much the first is above the second
  { pre: /^/, joint: /\s+(?:higher|greater|more|bigger|larger|lower|smaller|less)\s+than\s+/gi, post: /$/, op: 'compare' },
  // "X vs Y", "compare X and Y": no one figure is named, so Lineitem asks back with the ways to read it
  { pre: /^compare\s+/i, joint: /\s+(?:and|with|to|against|vs\.?|versus)\s+/gi, post: /$/, op: 'either' },
  { pre: /^/, joint: /\s+(?:vs\.?|versus|compared\s+(?:to|with)|against)\s+/gi, post: /$/, op: 'either' },
  // "how much more was X than Y" (its framing words gone: "more X than Y")
  { pre: /^(?:higher|greater|more|bigger|larger|lower|smaller|less)\s+/i, joint: /\s+than\s+/gi, post: /$/, op: 'compare' },
];
// "R&D + S&M": the question's "+" (read as "and" by then) adds
const PLUS: Form = { pre: /^/, joint: /\s+and\s+/gi, post: /$/, op: 'sum' };
// "revenue and net income in Q2 2007": both lines, each with its own figure (tried last)
const BOTH: Form = { pre: /^/, joint: /\s+and\s+/gi, post: /$/, op: 'both' };

const lines = (t: string) => findMetricMentions(t);
const isLine = (t: string) => lines(t).length > 0 && findRatioMentions(t).length === 0 && stripCues(t).trim() === t.trim();

/** Two lines of one period and what to do with them, or null. `plus`: the question joined them with "+". */
export function splitTwoLines(phrase: string, plus = false): { left: string; right: string; op: TwoLinesOp } | null {
  const text = phrase.replace(/\s+/g, ' ').trim();
  for (const f of plus ? [...FORMS, PLUS] : [...FORMS, BOTH]) {
    const pre = f.pre.exec(text);
    const post = f.post.exec(text);
    if (!pre || !post || post.index < pre[0].length) continue;
    const body = text.slice(pre[0].length, post.index);
    const joints = [...body.matchAll(f.joint)];
    if (!joints.length) continue;
    const named = lines(body);
    // "research and development and sales and marketing combined": every joint is tried
    for (const j of joints) {
      const found = sides(named, body.slice(0, j.index).trim(), body.slice(j.index! + j[0].length).trim(), j.index!, j.index! + j[0].length);
      if (found) return { ...found, op: f.op };
    }
  }
  return null;
}

// Both sides name a line, and none of the body's named lines runs across the joint; "product and service revenue": the head noun the
// right side ends with is the left side's too ("product revenue").
function sides(named: readonly { span: [number, number] }[], l: string, right: string, cutFrom: number, cutTo: number): { left: string; right: string } | null {
  if (!l || !right) return null;
  if (named.some((t) => t.span[0] < cutFrom && t.span[1] > cutTo)) return null;
  if (!isLine(right)) return null;
  const head = right.split(' ').pop()!;
  const left = isLine(l) ? l : !/\s/.test(l) && isLine(`${l} ${head}`) ? `${l} ${head}` : '';
  return left ? { left, right } : null;
}
