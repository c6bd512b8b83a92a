// The true figures behind synthetic releases, for tests that check an answer against what was generated.
import { fq, quarterEnd, type Day } from './calendar.js';
import { companies, type Company } from './companies.js';
import { companyFigures, sumFlows, type Balance, type CompanyFigures, type Flows } from './figures.js';
import { ratioFig } from './tables.js';

/** A generated company with every figure it could be asked about. */
export interface Truth {
  company: Company;
  figures: CompanyFigures;
  /** Absolute fiscal quarters covered by flows (balances start one earlier). */
  from: number;
  to: number;
}

/** The first `count` companies of a seed, with their figures (as generateReleases builds them). */
export function truths(seed: number, count: number): Truth[] {
  const out: Truth[] = [];
  for (const c of companies(seed)) {
    if (out.length >= count) break;
    const from = fq(c.firstYear - 1, 1);
    const to = fq(c.firstYear, c.firstQuarter) + c.releases - 1;
    out.push({ company: c, figures: companyFigures(c, seed, from, to), from, to });
  }
  return out;
}

const iso = (d: Day): string => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
const MONTHS_OF: Record<string, number> = { quarter: 1, six_months: 2, nine_months: 3, year: 4 };

/** A flow (income or cash flow) figure: "revenue", "net income" ... in the table's units. */
export type FlowMetric = keyof Flows;
export type BalanceMetric = keyof Balance;

/** Base units: table units times the scale (thousands or millions); EPS stays in dollars. */
function base(t: Truth, n: number): string {
  return (BigInt(n) * (t.company.scale === 'thousands' ? 1000n : 1000000n)).toString();
}

/** The fiscal quarter ending on an ISO date, or null. */
export function quarterEndingOn(t: Truth, end: string): number | null {
  for (let f = t.from - 1; f <= t.to; f++) if (iso(quarterEnd(t.company, f)) === end) return f;
  return null;
}

/** The true value of a flow metric for a period of a type ending on `end`, in base units; null when unknown. */
export function flowValue(t: Truth, metric: FlowMetric | 'epsDiluted' | 'epsBasic', type: string, end: string): string | null {
  const f = quarterEndingOn(t, end);
  const span = MONTHS_OF[type];
  if (f === null || !span || f - span < t.from - 1) return null;
  const flows = sumFlows(t.figures, f - span, f);
  if (metric === 'epsDiluted' || metric === 'epsBasic') {
    const fig = ratioFig(flows.netIncome, metric === 'epsDiluted' ? flows.sharesDiluted : flows.sharesBasic, 2);
    const abs = String(Math.abs(fig.n)).padStart(3, '0');
    return `${fig.n < 0 ? '-' : ''}${abs.slice(0, -2)}.${abs.slice(-2)}`;
  }
  return base(t, flows[metric]);
}

/** The true balance-sheet value at `end` in base units; null when unknown. */
export function balanceValue(t: Truth, metric: BalanceMetric, end: string): string | null {
  const f = quarterEndingOn(t, end);
  const b = f === null ? undefined : t.figures.balance.get(f);
  return b ? base(t, b[metric]) : null;
}

/** The ISO end date of fiscal quarter f. */
export const quarterEndIso = (t: Truth, f: number): string => iso(quarterEnd(t.company, f));
