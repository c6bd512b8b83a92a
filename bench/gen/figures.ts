// Internally consistent figures for one company, quarter by quarter, in the table's units (integers).
// Components sum to totals, assets = liabilities + equity, beginning cash + net change = ending cash,
// and a quarter printed in two releases carries the same figures in both.
import type { Company } from './companies.js';
import { mix, rng } from './random.js';

/** One fiscal quarter's flows (income statement and cash flows). */
export interface Flows {
  productRevenue: number; serviceRevenue: number; totalRevenue: number;
  productCost: number; serviceCost: number; totalCost: number; grossProfit: number;
  rd: number; sm: number; ga: number; totalOpex: number; operatingIncome: number;
  interestIncome: number; interestExpense: number; otherNet: number; pretax: number; tax: number; netIncome: number;
  sharesBasic: number; sharesDiluted: number;
  depreciation: number; stockComp: number; receivablesChange: number; inventoryChange: number;
  payablesChange: number; deferredRevenueChange: number; operatingCash: number;
  capex: number; securitiesPurchases: number; securitiesMaturities: number; investingCash: number;
  stockProceeds: number; repurchases: number; financingCash: number; netCashChange: number;
}

/** The balance sheet at a quarter's end. */
export interface Balance {
  cash: number; securities: number; receivables: number; inventory: number; otherCurrent: number;
  totalCurrentAssets: number; ppe: number; goodwill: number; otherAssets: number; totalAssets: number;
  payables: number; accrued: number; deferredRevenue: number; totalCurrentLiabilities: number;
  longTermDebt: number; otherLiabilities: number; totalLiabilities: number;
  commonStock: number; apic: number; retained: number; totalEquity: number; totalLiabilitiesAndEquity: number;
}

/** Every quarter's figures for one company from fiscal quarter `from` to `to` (absolute numbers). */
export interface CompanyFigures {
  flows: Map<number, Flows>;
  balance: Map<number, Balance>;
}

const pct = (x: number, p: number): number => Math.round((x * p) / 100);

/** Builds the chain of quarters; balances start one quarter before `from`. */
export function companyFigures(c: Company, seed: number, from: number, to: number): CompanyFigures {
  const r = rng(mix(seed, 2, c.index));
  const base = c.scale === 'thousands' ? r.int(20_000, 600_000) : r.int(150, 9_000);
  const flows = new Map<number, Flows>();
  const balance = new Map<number, Balance>();
  let revenue = base;
  let cash = pct(base, r.int(40, 200));
  let securities = pct(base, r.int(0, 300));
  let shares = c.scale === 'thousands' ? r.int(20_000, 400_000) : r.int(50, 2_000);
  const serviceShare = r.int(10, 45);
  const grossPct = r.int(25, 70);
  const commonStock = Math.max(1, pct(shares, 1));
  let apic = pct(base, r.int(100, 800));
  const debt = r.chance(0.5) ? pct(base, r.int(20, 150)) : 0;
  for (let f = from - 1; f <= to; f++) {
    const q = rng(mix(seed, 3, c.index, f));
    revenue = Math.max(10, pct(revenue, 100 + q.int(-8, 12)));
    const serviceRevenue = pct(revenue, serviceShare + q.int(-3, 3));
    const productRevenue = revenue - serviceRevenue;
    const productCost = pct(productRevenue, 100 - grossPct + q.int(-6, 6));
    const serviceCost = pct(serviceRevenue, 100 - grossPct + q.int(-8, 8));
    const totalCost = productCost + serviceCost;
    const grossProfit = revenue - totalCost;
    const rd = pct(revenue, q.int(5, 25));
    const sm = pct(revenue, q.int(5, 25));
    const ga = pct(revenue, q.int(3, 12));
    const totalOpex = rd + sm + ga;
    const operatingIncome = grossProfit - totalOpex;
    const interestIncome = pct(cash + securities, q.int(0, 2));
    const interestExpense = pct(debt, q.int(1, 3));
    const otherNet = q.chance(0.3) ? 0 : pct(revenue, q.int(-2, 1));
    const pretax = operatingIncome + interestIncome - interestExpense + otherNet;
    const tax = pretax > 0 ? pct(pretax, q.int(15, 40)) : -pct(-pretax, q.int(0, 30));
    const netIncome = pretax - tax;
    shares = shares + pct(shares, q.int(0, 2));
    const sharesDiluted = netIncome > 0 ? shares + pct(shares, q.int(0, 3)) : shares;
    const depreciation = pct(revenue, q.int(2, 6));
    const stockComp = pct(revenue, q.int(0, 4));
    const receivablesChange = -pct(revenue, q.int(-5, 5));
    const inventoryChange = -pct(revenue, q.int(-4, 4));
    const payablesChange = pct(revenue, q.int(-3, 3));
    const deferredRevenueChange = pct(revenue, q.int(-2, 2));
    const operatingCash = netIncome + depreciation + stockComp + receivablesChange + inventoryChange
      + payablesChange + deferredRevenueChange;
    const capex = -pct(revenue, q.int(2, 8));
    const securitiesPurchases = -pct(revenue, q.int(0, 30));
    let securitiesMaturities = pct(revenue, q.int(0, 30));
    const stockProceeds = q.chance(0.6) ? pct(revenue, q.int(0, 3)) : 0;
    const repurchases = q.chance(0.3) ? -pct(revenue, q.int(1, 5)) : 0;
    // Keep cash positive: mature enough securities to cover a shortfall.
    const before = operatingCash + capex + securitiesPurchases + securitiesMaturities + stockProceeds + repurchases;
    if (cash + before < pct(revenue, 10)) securitiesMaturities += pct(revenue, 10) - (cash + before);
    const investingCash = capex + securitiesPurchases + securitiesMaturities;
    const financingCash = stockProceeds + repurchases;
    const netCashChange = operatingCash + investingCash + financingCash;
    if (f >= from) {
      flows.set(f, {
        productRevenue, serviceRevenue, totalRevenue: revenue, productCost, serviceCost, totalCost, grossProfit,
        rd, sm, ga, totalOpex, operatingIncome, interestIncome, interestExpense, otherNet, pretax, tax, netIncome,
        sharesBasic: shares, sharesDiluted, depreciation, stockComp, receivablesChange, inventoryChange,
        payablesChange, deferredRevenueChange, operatingCash, capex, securitiesPurchases, securitiesMaturities,
        investingCash, stockProceeds, repurchases, financingCash, netCashChange,
      });
      cash += netCashChange;
      securities = Math.max(0, securities - securitiesMaturities - securitiesPurchases);
      apic += stockComp + stockProceeds + repurchases;
    }
    const receivables = pct(revenue, q.int(40, 90));
    const inventory = pct(revenue, q.int(0, 50));
    const otherCurrent = pct(revenue, q.int(3, 15));
    const totalCurrentAssets = cash + securities + receivables + inventory + otherCurrent;
    const ppe = pct(revenue, q.int(20, 120));
    const goodwill = q.chance(0.4) ? 0 : pct(base, q.int(10, 60));
    const otherAssets = pct(revenue, q.int(2, 20));
    const totalAssets = totalCurrentAssets + ppe + goodwill + otherAssets;
    const payables = pct(revenue, q.int(10, 40));
    const accrued = pct(revenue, q.int(10, 35));
    const deferredRevenue = pct(revenue, q.int(0, 30));
    const totalCurrentLiabilities = payables + accrued + deferredRevenue;
    const otherLiabilities = pct(revenue, q.int(0, 15));
    const totalLiabilities = totalCurrentLiabilities + debt + otherLiabilities;
    const retained = totalAssets - totalLiabilities - commonStock - apic;
    const totalEquity = commonStock + apic + retained;
    balance.set(f, {
      cash, securities, receivables, inventory, otherCurrent, totalCurrentAssets, ppe, goodwill, otherAssets,
      totalAssets, payables, accrued, deferredRevenue, totalCurrentLiabilities, longTermDebt: debt,
      otherLiabilities, totalLiabilities, commonStock, apic, retained, totalEquity,
      totalLiabilitiesAndEquity: totalLiabilities + totalEquity,
    });
  }
  return { flows, balance };
}

const ADDITIVE_SKIP = new Set(['sharesBasic', 'sharesDiluted']);

/** Sums quarters (from, to] into one period's flows; share counts are averaged, as reports weight them. */
export function sumFlows(figs: CompanyFigures, fromF: number, toF: number): Flows {
  const out: Record<string, number> = {};
  let n = 0;
  for (let f = fromF + 1; f <= toF; f++) {
    const q = figs.flows.get(f)!;
    n++;
    for (const [k, v] of Object.entries(q)) out[k] = (out[k] ?? 0) + v;
  }
  for (const k of ADDITIVE_SKIP) out[k] = Math.round(out[k]! / n);
  return out as unknown as Flows;
}
