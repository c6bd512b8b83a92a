// "for the board deck I need Sonus's Q2 2007 op loss", "quick one for the IC memo: what were net sales ...",
// "sorry if this was asked before but what's ...": words that say why the figure is wanted, before the question
// proper. A lead-in is set aside only when it names nothing the question needs (no line, ratio, company, period,
// amount or intent of its own, and mostly no words of the reports' row labels), so its words never count against
// the line matched.
import { extractPeriods } from '../../periods/extract.js';
import { getLexicon } from '../../metrics/lexicon.js';
import { findMetricMentions, findRatioMentions, findUnsupported } from '../../metrics/mentions.js';
import { tokenize } from '../../metrics/text.js';
import { findCompanies, type CompanyIndex } from '../companies.js';
import { matchIntents } from './intents.js';

// Where a lead-in ends: a colon, semicolon, comma or dash, "but", or the ask itself ("I need", "can you give me").
// (a comma inside a date or a company's name is none: "December 31, 2025", "Northwind Foods, Inc.")
const END = /(?:[:;]|,(?!\s*(?:\d|inc\b|ltd\b|llc\b|corp\b|co\b|plc\b|l\.?p\b|n\.?v\b|s\.?a\b|ag\b))|\s-+|\bbut\b|\b(?:i|we)\s+(?:need|want|would\s+like)\b|\b(?:wants|needs|asked\s+for|asks\s+for)\b|\bcan\s+(?:you|someone|anyone|somebody)\s+(?:please\s+)?(?:give|pull|get|tell|send|find|share)(?:\s+(?:me|us))?\b)\s*/gi;

// An amount, a percent or a sign of one: never part of a lead-in ("in $ millions, ...").
const AMOUNT = /[$%€£¥]|\b\d[\d,.]*\s*(?:m|mm|bn|b|k|x|million|billion|thousand|percent|times)\b/i;

/** The question without a lead-in that names nothing it needs, and the lead-in set aside (or ''). */
export function dropLeadIn(text: string, companies: CompanyIndex): { text: string; dropped: string } {
  let cut = -1;
  // (a comma inside a line's own name ends nothing: "selling, general and administrative")
  const names = [...findMetricMentions(text), ...findRatioMentions(text)].map((n) => n.span);
  for (const m of text.matchAll(END)) {
    if (names.some(([a, b]) => a < m.index && b > m.index)) continue;
    const head = text.slice(0, m.index + m[0].length);
    if (!emptyOfContent(text.slice(0, m.index), companies)) break;
    if (namesSomething(text.slice(head.length), companies)) cut = head.length;
  }
  if (cut <= 0) return { text, dropped: '' };
  return { text: text.slice(cut), dropped: text.slice(0, cut).trim() };
}

// the question proper names a line, a ratio or a company ("..., what is it" is no question of its own)
function namesSomething(s: string, companies: CompanyIndex): boolean {
  return findMetricMentions(s).length > 0 || findRatioMentions(s).length > 0 || findCompanies(s, companies).length > 0;
}

function emptyOfContent(s: string, companies: CompanyIndex): boolean {
  if (!/[\p{L}]/u.test(s)) return false;
  if (AMOUNT.test(s)) return false;
  if (findMetricMentions(s).length || findRatioMentions(s).length || findUnsupported(s).length) return false;
  if (findCompanies(s, companies).length) return false;
  if (extractPeriods(s, []).length) return false;
  // most of its words in the reports' row labels ("deferred rent: how much"): a line the lexicon does not know
  const lex = getLexicon();
  const words = tokenize(s).map((t) => t.norm).filter((w) => !lex.filler.has(w));
  if (words.filter((w) => companies.rowWords.has(w)).length * 2 >= words.length) return false;
  // a word of comparison, ranking or listing ("compared with", "which company") is part of the question
  return !matchIntents(s, 0).some((f) => f.intent !== 'lookup');
}
