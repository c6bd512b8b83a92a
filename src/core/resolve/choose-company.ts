// Which company a question is about: named, the channel's default, the only one, or the only one holding the figure.
import type { Query } from '../query.js';
import { findCompanies, type Company, type CompanyIndex } from '../companies.js';
import { problem, type Outcome } from './outcome.js';
import { getLexicon } from '../../metrics/lexicon.js';
import { normWord } from '../../metrics/text.js';
import { namesAllCompanies } from '../parse/intents.js';

// A capitalised name with a possessive that is no loaded company: "Oracle's revenue" -> "Oracle".
const POSSESSIVE_NAME = /\b([A-Z][A-Za-z&.-]*(?:\s+[A-Z][A-Za-z&.-]*){0,3})(?:'s|s')(?=\s|$)/g;

// The same typed in lower case ("who is corvane's ceo"): a word no loaded report and no finance
// vocabulary uses. Words of time ("today's", "this year's") are no names.
const POSSESSIVE_WORD = /\b([a-z][a-z&-]{3,})(?:'s|s')(?=\s|$)/g;
const TIME_WORDS = /^(today|yesterday|tomorrow|year|years|quarter|quarters|month|months|week|weeks|period|periods|fiscal|annual|last|this|next|prior|previous|current|latest|half|season|decade|day|days)$/i;

function unknownCompany(q: Query, index: CompanyIndex): string | null {
  for (const m of q.clean.matchAll(POSSESSIVE_NAME)) {
    const start = m.index!;
    if (q.periods.some((p) => start >= p.span[0] && start < p.span[1])) continue;
    if (/^(Q[1-4]|H[12]|FY|YTD|TTM|GAAP|EPS|R&D|SG&A|COGS)$/i.test(m[1])) continue;
    // "Alabama Power's operating revenues": a name the statements print as a section of their rows (a subsidiary)
    if (m[1].split(/\s+/).every((w) => index.rowWords.has(normWord(w)))) continue;
    if (!findCompanies(m[0], index).length) return m[1];
  }
  const lex = getLexicon();
  for (const m of q.clean.matchAll(POSSESSIVE_WORD)) {
    const word = m[1]!;
    const norm = normWord(word);
    if (TIME_WORDS.test(word) || index.vocabulary.has(norm) || lex.vocabulary.has(norm) || lex.filler.has(norm) || lex.generic.has(norm) || lex.category.has(norm)) continue;
    if (q.periods.some((p) => m.index! >= p.span[0] && m.index! < p.span[1])) continue;
    if (!findCompanies(m[0], index).length) return word;
  }
  return null;
}

/** The companies a question is about; `undecided` when none is named and several are loaded. */
export interface CompanyChoice { companies: Company[]; how: string }

export function chooseCompanies(q: Query, index: CompanyIndex, defaultCompany: string | undefined): CompanyChoice | Outcome {
  if (!index.byKey.size) return problem('no_reports', 'No reports are loaded.');
  // a named company or the channel's default: no list of every company is built (it grows with the store)
  // "Apple" with Apple Computer and Apple Hospitality loaded: the one of them whose reports answer, else ask which
  if (q.sharedName) {
    const fits = q.sharedName.map((k) => index.byKey.get(k)!).filter(Boolean);
    if (q.companies.length === 1 && q.intent !== 'rank') return { companies: fits, how: 'shared name' };
    return problem('ambiguous_company', 'That name fits several companies. Which company do you mean?', fits.map((c) => c.name));
  }
  if (q.companies.length) return { companies: q.companies.map((k) => index.byKey.get(k)!).filter(Boolean), how: 'named' };
  const stranger = unknownCompany(q, index);
  if (stranger) return problem('unknown_company', `I have no report for ${stranger}.`, [...index.byKey.values()].map((c) => c.name));
  if (defaultCompany) {
    const hit = findCompanies(defaultCompany, index)[0] ?? (index.byKey.has(defaultCompany) ? { key: defaultCompany } : null);
    if (hit) return { companies: [index.byKey.get(hit.key)!], how: 'channel default' };
  }
  const all = [...index.byKey.values()];
  if (all.length === 1) return { companies: all, how: 'only company loaded' };
  if (q.intent === 'rank') return { companies: all, how: 'all companies' };
  if (q.intent === 'prose') return { companies: all, how: 'all companies' };
  // ("net income of all three companies last quarter": each one's, side by side)
  if (namesAllCompanies(q.clean)) return { companies: all, how: 'all companies' };
  return { companies: all, how: 'undecided' };
}
