// Question sets for the benchmark: templates x metrics x periods, a few hostile ones, and questions
// about the first company of a generated set (for the 1 / 100 / 5,000-release runs).
import { rng } from './gen/random.js';

const METRICS = ['revenue', 'total revenue', 'service revenue', 'product revenue', 'sales', 'cost of revenue',
  'gross profit', 'R&D', 'research and development', 'sales and marketing', 'G&A', 'operating expenses',
  'operating income', 'loss from operations', 'interest income', 'pre-tax income', 'net income', 'net loss',
  'EPS', 'diluted EPS', 'basic shares', 'cash and cash equivalents', 'cash', 'accounts receivable', 'inventory',
  'total current assets', 'goodwill', 'total assets', 'accounts payable', 'deferred revenue',
  'total liabilities', "stockholders' equity", 'cash from operations', 'capex', 'stock-based compensation'];
const RATIOS = ['gross margin', 'operating margin', 'net margin', 'current ratio', 'quick ratio', 'working capital',
  'effective tax rate', 'free cash flow', 'R&D as a percent of revenue', 'liabilities to equity'];
const PERIODS = ['in Q2 2007', 'for 2Q07', "in Q2'07", 'for the second quarter of fiscal 2007',
  'for the quarter ended June 30, 2007', 'last quarter', 'in Q1 2007', 'in the prior quarter',
  'in the same quarter last year', 'for the first half of 2007', 'for the six months ended June 30, 2007',
  'YTD', 'at June 30, 2007', 'at year-end 2006', 'as of December 31, 2006', ''];
const TEMPLATES = [
  (m: string, p: string) => `what was ${m} ${p}?`,
  (m: string, p: string) => `${m} ${p}`,
  (m: string, p: string) => `How much ${m} did Sonus report ${p}?`,
  (m: string, p: string) => `show me SONS ${m} ${p}`,
  (m: string, p: string) => `tell me the ${m} ${p} please`,
];
const COMPARE = ['how did revenue change from Q1 2007 to Q2 2007', 'revenue growth year over year',
  'net income Q2 2007 vs Q2 2006', 'compare gross margin QoQ', 'how much did cash grow since year-end',
  'operating expenses increase from the prior quarter'];
const PROSE = ['who is the CEO?', 'what did the chairman say about growth', 'where is Sonus based',
  'which customers were mentioned', 'who do I contact for investor relations'];

/** Questions that must be declined or answered politely, never thrown on. */
export const HOSTILE = ['', '   ', '$$$(((1,2,3', 'Q9 99999', '@everyone revenue?', '<@123> <@&456> cash', '```drop table```',
  'revenue revenue revenue revenue revenue', '💰📈 revenue 🚀', 'ما هي الإيرادات', 'revenue\u200b\u200bQ2\u200f2007',
  'e\u0301\u0301\u0301arnings', '**bold** _revenue_ ~~Q2~~', 'what is the weather', 'Q2 2099 revenue', 'revenue of Apple in 1850'];

/** A few hundred varied questions about the default report (deterministic). */
export function questionSet(count = 400, seed = 7): string[] {
  const r = rng(seed);
  const out: string[] = [...COMPARE, ...PROSE, ...HOSTILE];
  while (out.length < count) {
    const m = r.chance(0.8) ? r.pick(METRICS) : r.pick(RATIOS);
    out.push(r.pick(TEMPLATES)(m, r.pick(PERIODS)).replace(/\s+\?/, '?').replace(/\s+$/, ''));
  }
  return out;
}

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** Questions about the company of one generated release, read back from its headline and dateline. */
export function releaseQuestions(text: string, count = 200, seed = 11): string[] {
  const ticker = /\((?:Nasdaq|NYSE): ([A-Z]+)\)/.exec(text)?.[1] ?? 'XXX';
  const short = /^(\S+) /.exec(text)?.[1] ?? 'the company';
  const q = /results for the (first|second|third|fourth) quarter ended ([A-Za-z]+ \d+, (\d{4}))/.exec(text);
  const fiscal = /(?:Reports (\d{4}) \w+ Quarter|Fiscal (\d{4}))/.exec(text);
  const year = fiscal?.[1] ?? fiscal?.[2] ?? q?.[3] ?? '2007';
  const qn = ORD[q?.[1] ?? 'second'] ?? 2;
  const ended = q?.[2] ?? 'June 30, 2007';
  const periods = [`in Q${qn} ${year}`, `for Q${qn} FY${year}`, `for the quarter ended ${ended}`, 'last quarter',
    `in Q${qn} ${Number(year) - 1}`, `at ${ended}`, ''];
  const names = [short, ticker, `${short}'s`];
  const r = rng(seed);
  const out: string[] = [];
  while (out.length < count) {
    const m = r.chance(0.85) ? r.pick(METRICS) : r.pick(RATIOS);
    out.push(`what was ${r.pick(names)} ${m} ${r.pick(periods)}`.trim());
  }
  return out;
}
