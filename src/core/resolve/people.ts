// "Who is the CEO?": people named next to their titles in the release's sentences.
// e.g. 'said Hassan Ahmed, Chairman and CEO' -> Hassan Ahmed: chairman, ceo
//      'President and Chief Operating Officer, Bert Notini, will' -> Bert Notini: president, coo
//      'Chief Financial Officer Tom Fanning' -> Tom Fanning: cfo
import { loadRules } from '../rules.js';

interface TitleRules { titles: { map: Record<string, string> } }

let compiled: { title: RegExp; list: RegExp; keys: Map<string, string> } | null = null;

const NAME = "[A-Z][a-z]+(?:\\s+[A-Z]\\.)?(?:\\s+[A-Z][a-zA-Z'-]+){1,2}";
// "Dr. ", "Mr. ", "Prof. ": a title of address before a name.
const HONORIFIC = '(?:Dr|Mr|Mrs|Ms|Prof)\\.?\\s+';

function rules() {
  if (!compiled) {
    const map = loadRules<TitleRules>('prose').titles.map;
    const keys = new Map(Object.entries(map).map(([k, v]) => [k.toLowerCase(), String(v)]));
    const alt = [...keys.keys()].sort((a, b) => b.length - a.length).map((t) => t.replace(/ /g, '\\s+')).join('|');
    const one = `(?:${alt})`;
    compiled = {
      title: new RegExp(`\\b${one}\\b`, 'gi'),
      list: new RegExp(`\\b${one}(?:\\s*(?:,|and|&)\\s*(?:the\\s+)?${one})*\\b`, 'gi'),
      keys,
    };
  }
  return compiled;
}

/** Title keys named in a text: "president and COO" -> ["president", "coo"]. */
export function titlesIn(text: string): string[] {
  const r = rules();
  const out = new Set<string>();
  for (const m of text.matchAll(r.title)) {
    const k = r.keys.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (k) out.add(k);
  }
  return [...out];
}

/** A person with the titles the sentence gives them. */
export interface PersonMention { name: string; titles: string[] }

/** People with titles in one sentence; `company`, the release's own company (its title "of" it is theirs). */
export function peopleIn(sentence: string, company: string | null = null): PersonMention[] {
  const own = company?.split(/[\s,]+/)[0]?.toLowerCase();
  const r = rules();
  const out: PersonMention[] = [];
  for (const m of sentence.matchAll(r.list)) {
    const titles = titlesIn(m[0]);
    const before = sentence.slice(0, m.index);
    const after = sentence.slice(m.index! + m[0].length);
    // NAME, TITLES
    const b = new RegExp(`(${NAME}),\\s*(?:the\\s+)?$`).exec(before);
    // TITLES, NAME  or  TITLES NAME
    // ("Chief Executive Officer Dr. Miriam Achebe-Strand": an honorific before the name is no part of it)
    const a = new RegExp(`^,?\\s+(?:${HONORIFIC})?(${NAME})\\b`).exec(after);
    // "TITLES of Other Company" names somebody else's title; "Chief Executive Officer of <this company>" does not
    const of = /^\s+of\s+(?:the\s+)?([\w&-]+)/i.exec(after);
    if (of && of[1]!.toLowerCase() !== own) continue;
    const name = b?.[1] ?? a?.[1];
    if (name && !/^(The|Our|Its|Their)\b/.test(name)) out.push({ name, titles });
  }
  return out;
}
