// One answer item in words.
import type { AnswerItem, AnswerPeriod, Citation } from '../answer.js';
import { changeWords, exactValue, formatValue, percentWords } from './numbers.js';

export function when(p: AnswerPeriod | null): string {
  if (!p) return '';
  if (p.type === 'instant') return `at ${p.label}`;
  return `in ${p.label}${p.long && p.long.toLowerCase() !== p.label.toLowerCase() ? ` (${p.long})` : ''}`;
}

export function citationLine(c: Citation): string {
  if (c.statement === 'Text') return `${c.document}, line ${c.line}`;
  return `${c.document}, line ${c.line} · ${c.statement} · ${c.row} · “${c.column}”`;
}

function who(a: AnswerItem, withCompany: boolean): string {
  return withCompany && a.company ? `${a.company} — ` : '';
}

// "Revenues were", "Cash and cash equivalents were", "Net income (loss) was", "Diluted earnings per share was":
// the head noun is the last word before a preposition or a parenthesis; plural when it ends in "s".
const SINGULAR_S = /(?:ss|us|is|ics|news)$/;
function verb(metric: string): 'was' | 'were' {
  if (/\bper\b|\bas a percent\b|\bto\b/i.test(metric)) return 'was';
  const head = metric.split(/\s+(?:used|provided|from|in|of|for|before|after|attributable|net of|excluding|›)\b|[(›]/i)[0]!.trim().split(/\s+/).at(-1)!.toLowerCase();
  return /s$/.test(head) && !SINGULAR_S.test(head) ? 'were' : 'was';
}

/** The sentence that answers, e.g. "Service revenue was **$23.3 million** in Q2 2007 (three months ended June 30, 2007)." */
export function sentence(a: AnswerItem, withCompany = false): string {
  const v = a.value !== null ? formatValue(a.value, a.unit) : '';
  switch (a.kind) {
    case 'text':
      return `${who(a, withCompany)}> ${a.text}`;
    case 'change': {
      const c = a.change!;
      const from = formatValue(c.from.exact ?? c.from.value, a.unit);
      const to = formatValue(c.to.exact ?? c.to.value, a.unit);
      const pct = a.unit === 'percent' ? '' : ` (${percentWords(c.percent, c.from.value, c.to.value)})`;
      return `${who(a, withCompany)}${a.metric} ${verb(a.metric)} **${to}** ${when(c.to.period)}, ${changeWords(c.absolute, a.unit)}${pct} from ${from} ${when(c.from.period)}.`;
    }
    case 'ratio': {
      // (a computed ratio rounded once, from its exact value: 32.348 is "32.3%", not 32.35 rounded again to "32.4%")
      const shown = a.exact !== undefined ? formatValue(a.exact, a.unit) : v;
      return `${who(a, withCompany)}${a.metric} ${verb(a.metric)} **${shown}** ${when(a.period)}${a.formula ? ` (${a.formula})` : ''}.`;
    }
    default: {
      const exact = exactValue(a.value!, a.unit);
      const ex = !a.statedInText && exact.replace(/\s/g, '') !== v.replace(/\s/g, '') ? ` (exactly ${exact})` : '';
      return `${who(a, withCompany)}${a.metric} ${verb(a.metric)} **${v}**${ex} ${when(a.period)}.`;
    }
  }
}
