// The prose of a synthetic release: headline, dateline sentence, figures in words, a quote, boilerplate.
import { longDate, MONTHS, quarterEnd, quarterOf, yearOf } from './calendar.js';
import type { Company } from './companies.js';
import type { Flows } from './figures.js';
import { formatFig, wrapWords } from './render.js';
import { ratioFig } from './tables.js';

const ORDINAL = ['first', 'second', 'third', 'fourth'];

/** An amount in the table's units as prose: "$75.5 million", "$2.72 billion". */
export function amountWords(c: Company, v: number): string {
  const inMillions = c.scale === 'thousands' ? ratioFig(Math.abs(v), 1000, 1) : { n: Math.abs(v) * 10, dp: 1 };
  if (inMillions.n >= 10_000) return `$${formatFig(ratioFig(inMillions.n, 10_000, 2), '0')} billion`;
  return `$${formatFig(inMillions, '0')} million`;
}

function paragraph(text: string, indent = 6): string[] {
  // "~" binds words that must stay on one line, like "(Nasdaq: SONS)".
  return wrapWords(text, 78 - indent).map((l, k) => (k === 0 ? ' '.repeat(indent) + l : l).replace(/~/g, ' ')).concat('');
}

/** Headline, dateline and prose for company c's release of fiscal quarter f. */
export function releaseProse(c: Company, f: number, cur: Flows, prior: Flows): string[] {
  const q = quarterOf(f);
  const fy = yearOf(f);
  const end = quarterEnd(c, f);
  const release = new Date(Date.UTC(end.y, end.m - 1, end.d + 28));
  const mon = MONTHS[release.getUTCMonth()]!.slice(0, 3);
  const dateline = `${c.city}, ${mon}. ${release.getUTCDate()} /PRNewswire/ --`;
  const qWords = `${ORDINAL[q - 1]} quarter of fiscal ${fy}`;
  const ni = (v: number): string => (v < 0 ? `a net loss of ${amountWords(c, v)}` : `net income of ${amountWords(c, v)}`);
  const eps = (x: Flows): string => `$${formatFig(ratioFig(Math.abs(x.netIncome), x.sharesDiluted, 2), '0.00')}`;
  const headline = q === 4
    ? `${c.short} Announces Fourth Quarter and Fiscal ${fy} Financial Results`
    : `${c.short} Reports ${fy} ${ORDINAL[q - 1]!.replace(/^./, (ch) => ch.toUpperCase())} Quarter Financial Results`;
  return [
    headline,
    '',
    ...paragraph(`${dateline} ${c.name} (${c.exchange}:~${c.ticker}), ${c.business}, today reported its financial results for the ${ORDINAL[q - 1]} quarter ended ${longDate(end)}.`),
    ...paragraph(`Revenues for the ${qWords} were ${amountWords(c, cur.totalRevenue)} compared with ${amountWords(c, prior.totalRevenue)} for the ${ORDINAL[q - 1]} quarter of fiscal ${fy - 1}. The company reported ${ni(cur.netIncome)}, or ${eps(cur)} per diluted share, compared with ${ni(prior.netIncome)}, or ${eps(prior)} per diluted share, a year ago.`),
    ...paragraph(`"We saw steady demand across our markets this quarter and kept investing in the products our customers ask for," said ${c.ceo}, President and Chief Executive Officer of ${c.short}. "We enter the next quarter with a healthy balance sheet and a clear plan."`),
    ...paragraph(`${c.short} will hold a conference call today at 5:00 p.m. Eastern Time to discuss these results. A replay of the call will be available on the company's website for 30 days.`),
    ...paragraph(`About ${c.short}`, 0),
    ...paragraph(`${c.name} is ${c.business}. More information is available on the company's website.`),
    ...paragraph(`This release contains forward-looking statements, which are subject to risks and uncertainties that could cause actual results to differ materially. ${c.short} disclaims any obligation to update them.`),
    '',
  ];
}
