// Comparison cue words (intents/intents.yaml `cues`): which kind of comparison, and removing them from the metric phrase.
import { loadRules } from '../rules.js';
import type { CompareMode } from '../query.js';

interface CueData { match: string; mode?: CompareMode; reason: string }

let cues: { re: RegExp; mode?: CompareMode; reason: string }[] | null = null;

function compiled() {
  if (!cues) {
    const file = loadRules<{ cues: { rules: CueData[] } }>('intents');
    cues = file.cues.rules.map((c) => ({ re: new RegExp(c.match, 'gi'), mode: c.mode, reason: c.reason }));
  }
  return cues;
}

/** The comparison kind the words name, if any: "YoY growth" -> yoy; "sequentially" -> qoq. */
export function compareModeOf(text: string): { mode: CompareMode; reason: string } | null {
  for (const c of compiled()) {
    c.re.lastIndex = 0;
    if (c.mode && c.re.test(text)) return { mode: c.mode, reason: c.reason };
  }
  return null;
}

/** Removes every cue word: "YoY growth in product revenue" -> " in product revenue". */
export function stripCues(text: string): string {
  let s = text;
  for (const c of compiled()) s = s.replace(c.re, ' ');
  return s;
}
