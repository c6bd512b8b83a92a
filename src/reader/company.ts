// Company name, ticker and headline of a release, from its dateline sentence and table headings.
import type { Paragraph } from '../core/store.js';
import type { Line } from './lines.js';
import { ENDS_WITH_LEGAL_FORM } from '../core/legal-forms.js';

// "Sonus Networks, Inc. (Nasdaq: SONS)", "Southern Company (NYSE: SO)", "(OTCQX: BWDX)", "(TSX-V: ABC)",
// "(OSE: NORV)", "(Euronext Paris: ABC)", "(NYSE: ABC; TSX: ABC)": an exchange named by an upper-case code
// or a market word, a colon, and the ticker.
const TICKER = /\((?:[A-Z]{2,6}|Nasdaq|Euronext|Xetra|Oslo|Toronto|London|Frankfurt)(?:[ -][A-Za-z]+){0,3}\s*:\s*([A-Z][A-Z0-9.-]{0,7})\s*[);,]/;
// What parts the words before a name: spaces, and the doubled hyphen or em dash of a Business Wire dateline
// ("MILWAUKEE--(BUSINESS WIRE)--July 30, 2025--Brackenridge Industrial Corporation (NYSE: BRKN)").
const WORD_BREAK = /\s+|-{2,}|\u2014/;
// Words a company name is made of, read backwards from the ticker: "Sonus", "Networks,", "Inc.", "&", "of"
// ("Tormund plc": a British company's suffix in lower case).
const NAME_WORD = /^(?:[A-Z][A-Za-z0-9.&'-]*,?|&|of|and|de|plc|p\.l\.c\.)$/;

// 'The Common Stock trades on the Nasdaq National Market under the symbol "HMSI"', '... under the trading
// symbol TMKF.': a filing's cover or market section names the ticker in a sentence, not after an exchange code.
const SYMBOL_SENTENCE = /\bsymbols?\s+(?:is\s+)?(?:["\u201c]([A-Z]{1,5}(?:\.[A-Z])?)["\u201d]|([A-Z]{2,5}(?:\.[A-Z])?)(?=[\s.,;)]|$))/;

/** The ticker a sentence names after "under the symbol", when no exchange code gives it (from the lines, as a cover's
 * last sentence may sit right above a table and be read as its title). */
export function tickerFromSymbolSentence(lines: Line[]): string | null {
  const m = SYMBOL_SENTENCE.exec(lines.map((l) => l.text.trim()).join(' '));
  return m ? m[1] ?? m[2]! : null;
}

/** Company name and ticker from the sentence that gives the ticker. */
export function companyFromProse(prose: Paragraph[]): { company: string | null; ticker: string | null } {
  // "Company name: Kirishima Precision Co., Ltd." / "Securities code: 7781": the cover of a Japanese-style release
  for (const p of prose.slice(0, 8)) {
    // the paragraph's source lines, one field each
    const lines = p.offsets.map((o, i) => p.text.slice(o, p.offsets[i + 1] ?? p.text.length).trim());
    const name = lines.map((l) => /^Company name:\s*(.+)$/i.exec(l)?.[1]).find((n) => n);
    if (name) return { company: name.replace(/,$/, ''), ticker: lines.map((l) => /^(?:Securities|Stock) code:\s*([0-9A-Z]{4,5})\b/i.exec(l)?.[1]).find((c) => c) ?? null };
  }
  for (const p of prose) {
    const m = TICKER.exec(p.text);
    if (!m) continue;
    // "Fjallbo AB (publ) (Nasdaq Stockholm: FJAL)": a Swedish company's "(publ)" stands between name and ticker
    const words = p.text.slice(0, m.index).replace(/\s*\(publ\)\s*$/i, '').trim().split(WORD_BREAK);
    const name: string[] = [];
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i];
      if (!NAME_WORD.test(w) || /-based$/i.test(w)) break;
      name.unshift(w);
    }
    while (name.length && /^(?:of|and|de|&)$/.test(name[0])) name.shift();
    const company = name.join(' ').replace(/,$/, '') || null;
    return { company, ticker: m[1] };
  }
  // "ATLANTA - Southern Company today reported ...": the dateline names the company before "today"
  for (const p of prose.slice(0, 5)) {
    const m = /(?:^|\s)--?\s+((?:[A-Z][\w.&'-]*,?\s+){0,5}[A-Z][\w.&'-]*)\s+(?:today|has|announced|reported)\b/.exec(p.text);
    if (m) return { company: m[1].replace(/,$/, ''), ticker: null };
  }
  // "PUMA reports flat currency-adjusted sales in Q1 ...": a headline that opens with the company's name in capitals
  // (one or two words) and a verb of results, when no dateline names it
  for (const p of prose.slice(0, 3)) {
    const m = /^([A-Z][A-Z0-9&.'-]{1,20}(?: [A-Z][A-Z0-9&.'-]{1,20})?) (?:reports|announces|posts|delivers)\b/.exec(p.text.trim());
    if (m && !/^(?:THE|NEWS|PRESS|FOR|Q[1-4]|H[12]|FY|CEO|CFO|COO|US|USA|EU|UK)$/.test(m[1]!.split(' ')[0]!)) return { company: m[1]!, ticker: null };
  }
  // 'Apple Computer, Inc. ("Apple" or the "Company") designs ...': the name a filing defines as "the Company"
  for (const p of prose) {
    const m = /\((?:["\u201c][^"\u201d]{1,40}["\u201d]\s+or\s+)?the\s+["\u201c]?Company["\u201d]?\)/.exec(p.text);
    if (!m) continue;
    const name = nameBefore(p.text.slice(0, m.index));
    if (name) return { company: name, ticker: null };
  }
  // "The consolidated financial statements include the accounts of Apple Computer, Inc. and its subsidiaries"
  for (const p of prose) {
    const m = /\baccounts of ((?:[A-Z][\w.&'-]*,?\s+){0,5}[A-Z][\w.&'-]*\.?)\s+and\s+(?:its|all)\b/.exec(p.text.replace(/\s+/g, ' '));
    if (m) return { company: m[1].replace(/,$/, ''), ticker: null };
  }
  return { company: null, ticker: null };
}

// The capitalised words right before a position: "... 1997, Apple Computer, Inc." -> "Apple Computer, Inc.".
function nameBefore(text: string): string | null {
  const words = text.trim().split(WORD_BREAK);
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!NAME_WORD.test(w) || /-based$/i.test(w)) break;
    name.unshift(w);
  }
  while (name.length && /^(?:of|and|de|&|The)$/.test(name[0])) name.shift();
  return name.join(' ').replace(/,$/, '') || null;
}

// "BRISTOL-MYERS SQUIBB COMPANY" -> "Bristol-Myers Squibb Company" (when the prose never writes it in mixed case).
export function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s\-(])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** The mixed-case form of a heading's company name as the prose writes it, else its title case. */
export function preferProseCase(heading: string, prose: Paragraph[]): string {
  const want = heading.toLowerCase();
  for (const p of prose) {
    const i = p.text.toLowerCase().indexOf(want);
    if (i >= 0) {
      const found = p.text.slice(i, i + heading.length);
      if (found !== found.toUpperCase()) return found;
    }
  }
  return titleCase(heading);
}

// Lines that are not a headline: "Exhibit 99.01", "News", contact lines, dates.
const NOT_HEADLINE = /^(?:exhibit\b|news$|item \d|for immediate release|contact|media|investor)|@|\d{3}-\d{3}-\d{4}|^(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})$/i;

// "... Reports Third Quarter 2019 Results", "... Announces ...": the words of a release's headline, beside
// the sub-headlines a newswire prints under it ("Subscription revenue of $48.3 million, up 35%").
const HEADLINE_WORDS = /\b(?:reports?|announces?|results|posts?|delivers?)\b/i;

/** The release's headline: the lines just before the dateline paragraph, else the first title-like line. */
export function headline(lines: Line[], prose: Paragraph[]): string {
  const dateline = prose.find((p) => / -- | - |\btoday (?:reported|announced)\b/.test(p.text) && p.text.length > 120);
  if (dateline) {
    // the blocks of lines above the dateline, nearest first
    const blocks: string[][] = [];
    let block: string[] = [];
    for (let i = dateline.lines[0] - 2; i >= 0 && blocks.length < 6; i--) {
      const t = lines[i].text.trim();
      if (t === '' || NOT_HEADLINE.test(t)) {
        if (block.length) blocks.push(block);
        block = [];
        continue;
      }
      block.unshift(t);
    }
    if (block.length) blocks.push(block);
    const short = blocks.filter((b) => b.length <= 4);
    // the one that reads as a headline, highest on the page; else the one right above the dateline
    const named = [...short].reverse().find((b) => HEADLINE_WORDS.test(b.join(' ')));
    const pick = named ?? short[0];
    if (pick) return pick.join(' ');
  }
  // the first title-like line, or one of the first few that reads as a headline
  const top = lines.map((l) => l.text.trim()).filter((t) => t && !NOT_HEADLINE.test(t)).slice(0, 5);
  return top.find((t) => HEADLINE_WORDS.test(t) && t.length <= 160) ?? top[0] ?? '';
}

// "HARROWGATE BANCORP, INC." as the first line of an annual report's text: the filer, named once at the top,
// far above any table (a table's own heading would carry it otherwise). Upper case only: a sentence is no name.
const COVER_NAME = /^[A-Z][A-Z0-9.&'’, -]{2,80}$/;

// "Deutsche Telekom AG", "Nordvik Group SE" as the first line of a European interim report: two to six capitalised
// words (the legal form among them) and nothing else; a heading's words ("Report", "Results") make it no name.
const MIXED_CASE_NAME = /^[A-Z][\w.&'’-]*(?:,?\s+(?:[A-Z][\w.&'’-]*|of|and|de|&|plc)){1,5}$/;
const HEADING_WORD = /\b(?:reports?|results|statements?|quarter|interim|financial|highlights|information|notes?|contents)\b/i;

/** The company named by the report's first line, when that line is a legal name (in capitals, or its words
 * capitalised) and nothing else. */
export function companyAtTop(lines: Line[]): string | null {
  const first = lines.find((l) => l.kind !== 'blank' && l.kind !== 'markup');
  if (!first || first.kind !== 'text') return null;
  const t = first.text.trim().replace(/,?\s+(?:and|&)\s+subsidiar(?:y|ies)$/i, '');
  if (!ENDS_WITH_LEGAL_FORM.test(t)) return null;
  if (COVER_NAME.test(t)) return t.replace(/,$/, '');
  return MIXED_CASE_NAME.test(t) && !HEADING_WORD.test(t) ? t : null;
}
