// Classifies a question by the ordered intent rules of intents/intents.yaml.
import { loadRules } from '../rules.js';
import type { Intent } from '../query.js';

interface RuleData { match: string; reason: string; weak?: boolean; companies?: number }
interface IntentData { intent: Intent; reason: string; rules: RuleData[]; examples: { q: string; expect: Record<string, unknown> }[] }
interface IntentsFile { intents: IntentData[]; fillers: { phrases: string[] }; rankWords: { phrases: string[] }; allCompanies: { phrases: string[] }; pastActions: { verbs: Record<string, string> }; forwardLooking: { words: string[] } }

interface CompiledRule { intent: Intent; re: RegExp; reason: string; weak: boolean; companies: number }

let compiled: CompiledRule[] | null = null;
const phraseRes = new Map<string, RegExp>();

// One expression for a list of phrases, longest first, whole words only.
function phrasesRe(key: 'fillers' | 'rankWords' | 'allCompanies'): RegExp {
  let re = phraseRes.get(key);
  if (!re) {
    const phrases = [...intentsFile()[key].phrases].sort((a, b) => b.length - a.length);
    const alt = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
    re = new RegExp(`(^|\\s)(?:${alt})(?=\\s|$)`, 'gi');
    phraseRes.set(key, re);
  }
  return re;
}

export function intentsFile(): IntentsFile {
  return loadRules<IntentsFile>('intents');
}

function rules(): CompiledRule[] {
  if (!compiled) {
    compiled = [];
    for (const it of intentsFile().intents) {
      for (const r of it.rules) compiled.push({ intent: it.intent, re: new RegExp(r.match, 'i'), reason: r.reason, weak: Boolean(r.weak), companies: r.companies ?? 0 });
    }
  }
  return compiled;
}

/** An intent whose rule matched; `weak` rules yield to stronger evidence. */
export interface FiredIntent { intent: Intent; reason: string; weak: boolean }

/**
 * Every intent whose rules match, in rule order, with the reason of the first rule that fired for it. A rule
 * with `companies: n` fires only when the question names n companies or more.
 */
export function matchIntents(text: string, companiesNamed = 0): FiredIntent[] {
  const out: FiredIntent[] = [];
  for (const r of rules()) {
    const prior = out.find((o) => o.intent === r.intent);
    if ((!prior || prior.weak) && companiesNamed >= r.companies && r.re.test(text)) {
      if (prior) out.splice(out.indexOf(prior), 1);
      out.push({ intent: r.intent, reason: r.reason, weak: r.weak });
    }
  }
  return out;
}

/** Whether the question names every company loaded ("compare net income of all three companies"). */
export function namesAllCompanies(text: string): boolean {
  const re = phrasesRe('allCompanies');
  re.lastIndex = 0;
  return re.test(text);
}

/** Removes question framing ("what was the", "how much", "did") from a metric phrase, whole words only. */
export function stripFillers(text: string, key: 'fillers' | 'rankWords' = 'fillers'): string {
  const re = phrasesRe(key);
  let s = ` ${text} `;
  for (let i = 0; i < 4; i++) {
    const next = s.replace(re, ' ');
    if (next === s) break;
    s = next;
  }
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * "How many stores did X open": after "did", a verb of the metric phrase in its base form is the line's past
 * form ("stores open" -> "stores opened"); see pastActions in intents/intents.yaml.
 */
export function pastAction(question: string, phrase: string): string {
  const did = /\bdid\b/i.exec(question);
  if (!did) return phrase;
  const after = question.slice(did.index + did[0].length).toLowerCase();
  const verbs = intentsFile().pastActions.verbs;
  // the verb the question ends its subject with ("stores ... open"), never one of purpose ("pay to acquire NeXT")
  const last = /([a-z]+)\s*$/i.exec(phrase);
  const past = last ? verbs[last[1]!.toLowerCase()] : undefined;
  if (!last || !past || !new RegExp(`(?<!\\bto\\s+)\\b${last[1]}\\b`, 'i').test(after)) return phrase;
  return phrase.slice(0, last.index) + past;
}

/** "revenue guidance", "EPS outlook": the phrase asks what the company expects (intents/intents.yaml forwardLooking). */
export function asksExpectation(phrase: string): boolean {
  const words = new Set(intentsFile().forwardLooking.words);
  return phrase.toLowerCase().split(/[^a-z]+/).some((w) => words.has(w));
}
