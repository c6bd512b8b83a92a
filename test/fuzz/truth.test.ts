// Never a wrong number, on releases nobody has seen: synthetic releases (four layouts, odd fiscal years)
// whose true figures are known. Whatever the bot answers must be the true figure for the company, metric
// and period that its answer states; declining is always allowed.
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateReleases } from '../../bench/generate.js';
import { MONTHS, quarterEnd, quarterOf, yearOf, fq } from '../../bench/gen/calendar.js';
import { balanceValue, flowValue, truths, type BalanceMetric, type FlowMetric, type Truth } from '../../bench/gen/truth.js';
import { ask } from '../../src/core/index.js';
import type { AnswerItem } from '../../src/core/answer.js';
import type { Store } from '../../src/core/store.js';
import { readReport } from '../../src/reader/index.js';
import { params } from './settings.js';

type Metric = { words: string[]; flow?: FlowMetric | 'epsDiluted'; balance?: BalanceMetric };
const METRICS: Metric[] = [
  { words: ['revenue', 'total revenue', 'sales'], flow: 'totalRevenue' },
  { words: ['net income', 'net income (loss)', 'earnings'], flow: 'netIncome' },
  { words: ['gross profit'], flow: 'grossProfit' },
  { words: ['total operating expenses', 'opex'], flow: 'totalOpex' },
  { words: ['research and development', 'R&D'], flow: 'rd' },
  { words: ['diluted EPS', 'diluted earnings per share'], flow: 'epsDiluted' },
  { words: ['cash and cash equivalents', 'cash'], balance: 'cash' },
  { words: ['total assets'], balance: 'totalAssets' },
  { words: ['accounts payable'], balance: 'payables' },
  { words: ['total current liabilities'], balance: 'totalCurrentLiabilities' },
  { words: ['service revenue'], flow: 'serviceRevenue' },
  { words: ['cost of revenue'], flow: 'totalCost' },
  { words: ['operating income', 'income from operations'], flow: 'operatingIncome' },
  { words: ['cash from operations', 'operating cash flow'], flow: 'operatingCash' },
  { words: ['capital expenditures', 'capex'], flow: 'capex' },
  { words: ['accounts receivable'], balance: 'receivables' },
  { words: ['total liabilities'], balance: 'totalLiabilities' },
  { words: ["stockholders' equity"], balance: 'totalEquity' },
];

const SEEDS = [11, 12, 13];
const setups = SEEDS.map((seed) => {
  const releases = generateReleases(14, seed);
  const store: Store = { documents: releases.map((r) => readReport(r.text, r.fileName)) };
  return { releases, store, truths: truths(seed, 8) };
});

const dateWords = (t: Truth, f: number): string => {
  const d = quarterEnd(t.company, f);
  return `${MONTHS[d.m - 1]} ${d.d}, ${d.y}`;
};

describe('answers about synthetic releases', () => {
  it('state only true figures', () => {
    const counts: Record<string, number> = {};
    fc.assert(fc.property(fc.nat(SEEDS.length - 1), fc.nat(13), fc.nat(METRICS.length - 1), fc.nat(99), fc.nat(3), fc.nat(2),
      (s, r, m, w, periodForm, nameForm) => {
        const { releases, store, truths: ts } = setups[s]!;
        const rel = releases[r % releases.length]!;
        const [tick, year, q] = rel.fileName.replace('.txt', '').split('-') as [string, string, string];
        const t = ts.find((x) => x.company.ticker === tick.toUpperCase())!;
        const f = fq(Number(year), Number(q.slice(1)));
        const metric = METRICS[m]!;
        const name = [t.company.short, t.company.ticker, t.company.name][nameForm]!;
        const period = metric.balance ? `at ${dateWords(t, f)}`
          : [`in Q${quarterOf(f)} ${yearOf(f)}`, `for the quarter ended ${dateWords(t, f)}`,
            `for Q${quarterOf(f)} fiscal ${yearOf(f)}`,
            `for the ${['three', 'six', 'nine', 'twelve'][quarterOf(f) - 1]} months ended ${dateWords(t, f)}`][periodForm]!;
        const question = `what was ${name}'s ${metric.words[w % metric.words.length]} ${period}?`;
        const reply = ask(question, store, { today: '2030-01-01' });
        counts[reply.status] = (counts[reply.status] ?? 0) + 1;
        if (reply.status !== 'answered') return;
        const a = reply.answers[0]!;
        const where = `${rel.fileName}: "${question}" -> ${JSON.stringify(a.period)} ${a.value} (${a.metric}, ${a.company})`;
        if (a.company !== null) expect(a.company, where).toBe(t.company.name);
        expect(a.period, where).not.toBeNull();
        const truth = metric.balance ? balanceValue(t, metric.balance, a.period!.end) : flowValue(t, metric.flow!, a.period!.type, a.period!.end);
        expect(truth, `${where}: the company has no such period`).not.toBeNull();
        expect(a.value, where).not.toBeNull();
        expect(new Decimal(a.value!).eq(truth!), `${where}: true value ${truth}`).toBe(true);
      }), params(150, 0.3));
    expect(Object.values(counts).reduce((x, y) => x + y, 0)).toBeGreaterThan(0);
  });

  it('state true changes and ratios', () => {
    // Each question with the check of its first answer against the generated figures (null when right).
    type Check = (t: Truth, a: AnswerItem) => string | null;
    const near = (x: Decimal, v: string | null, tol: string): string | null =>
      v !== null && x.minus(v).abs().lte(tol) ? null : `${v} vs true ${x.toFixed(4)}`;
    const KINDS: [(t: Truth, f: number) => string, Check][] = [
      [(t, f) => `how did ${t.company.short} revenue change from Q${quarterOf(f)} ${yearOf(f) - 1} to Q${quarterOf(f)} ${yearOf(f)}?`, (t, a) => {
        if (a.kind !== 'change' || !a.change) return `kind ${a.kind}`;
        const from = flowValue(t, 'totalRevenue', a.change.from.period.type, a.change.from.period.end);
        const to = flowValue(t, 'totalRevenue', a.change.to.period.type, a.change.to.period.end);
        if (from === null || to === null) return 'no such period';
        const ok = new Decimal(a.change.from.value).eq(from) && new Decimal(a.change.to.value).eq(to)
          && new Decimal(a.change.absolute).eq(new Decimal(to).minus(from));
        return ok ? null : `change ${JSON.stringify(a.change)} vs ${from} -> ${to}`;
      }],
      [(t, f) => `${t.company.short} gross margin in Q${quarterOf(f)} ${yearOf(f)}`, (t, a) => {
        const gp = a.period && flowValue(t, 'grossProfit', a.period.type, a.period.end);
        const rv = a.period && flowValue(t, 'totalRevenue', a.period.type, a.period.end);
        return gp && rv ? near(new Decimal(gp).div(rv).times(100), a.value, '0.051') : 'no such period';
      }],
      [(t, f) => `${t.company.ticker} current ratio at ${dateWords(t, f)}`, (t, a) => {
        const ca = a.period && balanceValue(t, 'totalCurrentAssets', a.period.end);
        const cl = a.period && balanceValue(t, 'totalCurrentLiabilities', a.period.end);
        return ca && cl ? near(new Decimal(ca).div(cl), a.value, '0.0051') : 'no such period';
      }],
      [(t, f) => `${t.company.short} free cash flow for the fiscal year to date ended ${dateWords(t, f)}`, (t, a) => {
        const o = a.period && flowValue(t, 'operatingCash', a.period.type, a.period.end);
        const c = a.period && flowValue(t, 'capex', a.period.type, a.period.end);
        return o && c ? near(new Decimal(o).plus(c), a.value, '0') : 'no such period';
      }],
    ];
    fc.assert(fc.property(fc.nat(SEEDS.length - 1), fc.nat(13), fc.nat(KINDS.length - 1), (s, r, k) => {
      const { releases, store, truths: ts } = setups[s]!;
      const rel = releases[r % releases.length]!;
      const [tick, year, q] = rel.fileName.replace('.txt', '').split('-') as [string, string, string];
      const t = ts.find((x) => x.company.ticker === tick.toUpperCase())!;
      const [question, check] = KINDS[k]!;
      const text = question(t, fq(Number(year), Number(q.slice(1))));
      const reply = ask(text, store, { today: '2030-01-01' });
      if (reply.status !== 'answered') return;
      const a = reply.answers[0]!;
      const err = a.company !== null && a.company !== t.company.name ? `company ${a.company}` : check(t, a);
      expect(err, `${rel.fileName}: "${text}" -> ${reply.text.slice(0, 200)}`).toBeNull();
    }), params(60, 0.1));
  });
});
