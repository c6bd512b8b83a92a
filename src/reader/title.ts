// A table's title lines: company line, statement title, units line, "(unaudited)".
import { ENDS_WITH_LEGAL_FORM } from '../core/legal-forms.js';
import type { Line } from './lines.js';
import { UNITS_WORDS } from './tables.js';

/** What the title lines say. */
export interface TitleInfo {
  title: string;
  titleLine: number | null;
  units: string;
  company: string | null;
  /** The title says "(Continued)": the table goes on from the one before. */
  continued: boolean;
  /** A title line naming the period ("For the Three Months Ended September 30, 2009 and 2008"), or "". */
  period: string;
}

// "For the Three Months Ended September 30, 2009 and 2008": a period line among the title lines.
const PERIOD_LINE = /\b(?:months?|mos|weeks?|quarters?|years?)\b.*\b(?:ended|ending)\b/i;

// "DECEMBER 31, 1997 AND 1996" under a balance sheet's title: the dates of its year columns.
const AS_OF_LINE = /^(?:as of |at )?[a-z]{3,9}\.? \d{1,2},? (?:19|20)\d\d(?:,? (?:and|&) (?:19|20)\d\d)+$/i;
// "YEAR ENDED DECEMBER 31, 1997 AND PERIOD FROM" / "JUNE 3, 1996 (INCEPTION) TO DECEMBER 31, 1996": a period line
// broken after a word that needs the next line.
const DANGLING = /\b(?:from|and|to|through|ended|ending)$/i;

// "APPLE COMPUTER, INC.", "Southern Company", "BRISTOL-MYERS SQUIBB COMPANY": a company line.
export const COMPANY_WORDS = ENDS_WITH_LEGAL_FORM;
// Statement-title words.
const TITLE_WORDS = /\b(?:statements?|balance sheets?|income|operations|earnings|cash flows?|highlights|analysis|overview|sales|summary|results|reconciliation|financial|position|condition|factors|data|information|segments?)\b/i;
// "Exhibit 99.02", "Item 1. Financial Statements", "News": lines that are not titles.
const NOT_TITLE = /^(?:exhibit\b|item \d|news$|page \d)/i;

// "HARBOR BANCORP, INC. AND SUBSIDIARY" -> "HARBOR BANCORP, INC.": the group's heading names the company.
function ownName(text: string): string {
  return text.replace(/,?\s+(?:and|&)\s+(?:its\s+)?(?:consolidated\s+)?subsidiar(?:y|ies)$/i, '');
}

function strip(text: string): string {
  return text.replace(/\((?:unaudited|continued|notes?|see notes?)\)/gi, '').replace(/\s+/g, ' ').trim();
}

function isUnits(t: string): boolean {
  return UNITS_WORDS.test(t) || /^\((?:in |dollars|amounts)[^)]*\)$/i.test(t) || /^\((?:millions|thousands)\)$/i.test(t);
}

/** Reads the title lines (top to bottom) of one table. */
export function readTitle(lines: Line[]): TitleInfo {
  let units = '';
  let company: string | null = null;
  let period = '';
  const continued = lines.some((l) => /\bcontinued\b/i.test(l.text));
  const candidates: Line[] = [];
  let periodOpen = false;
  let lastWasPeriod = false;
  for (const l of lines) {
    const wasPeriod = lastWasPeriod;
    lastWasPeriod = false;
    const t = l.text.trim();
    const bare = strip(t);
    // "... PERIOD FROM JUNE 3, 1996 (INCEPTION)" / "TO DECEMBER 31, 1996": a line that goes on from the period line
    if ((periodOpen || (period !== '' && wasPeriod && /^(?:to|through|and|&)\b/i.test(bare))) && bare !== '') {
      period = `${period} ${t.replace(/\s+/g, ' ')}`;
      periodOpen = DANGLING.test(bare);
      lastWasPeriod = true;
      continue;
    }
    // "Statements of Earnings (in thousands)": the units in parentheses, the rest still a title
    const inner = /\(([^()]*(?:thousands|millions|billions|dollars|000'?s)[^()]*)\)/i.exec(t);
    const rest = inner ? t.replace(inner[0], '').trim() : '';
    if (inner && rest && TITLE_WORDS.test(rest)) {
      units = inner[1].trim();
      candidates.push({ ...l, text: rest });
    } else if (isUnits(t)) units = inner ? inner[1].trim() : t.replace(/^\(|\)$/g, '');
    else if (bare === '' || NOT_TITLE.test(bare)) continue;
    else if (PERIOD_LINE.test(bare)) {
      period = bare;
      periodOpen = DANGLING.test(bare);
      lastWasPeriod = true;
    } else if (AS_OF_LINE.test(bare)) {
      period = bare;
      candidates.push(l);
    }
    else if (COMPANY_WORDS.test(ownName(bare)) && !TITLE_WORDS.test(ownName(bare).replace(COMPANY_WORDS, ''))) company = ownName(bare).replace(/,$/, '');
    else candidates.push(l);
  }
  // the statement title nearest the table, joined with a continuation line right below it
  let pick = -1;
  for (let i = candidates.length - 1; i >= 0; i--) {
    if (TITLE_WORDS.test(candidates[i].text)) {
      pick = i;
      break;
    }
  }
  if (pick < 0) pick = candidates.length - 1;
  if (pick < 0) return { title: '', titleLine: null, units, company, period, continued };
  let title = strip(candidates[pick].text);
  const next = candidates[pick + 1];
  if (next && next.number - candidates[pick].number <= 2) {
    title = title.endsWith('-') ? `${title} ${strip(next.text)}` : `${title} - ${strip(next.text)}`;
  }
  return { title, titleLine: candidates[pick].number, units, company, period, continued };
}
