import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Dec, evaluateFormula, formulaInputs, formulaInWords, parseFormula } from '../../src/metrics/formula.js';
import { getLexicon, buildLexicon } from '../../src/metrics/lexicon.js';
import { taxAsExpense, taxSignFromLabel, taxSignFromTotals } from '../../src/metrics/sign.js';

const values = (v: Record<string, string>) => (id: string) => (id in v ? new Dec(v[id]!) : null);

describe('parseFormula / evaluateFormula', () => {
  it('computes the quick ratio from Sonus at December 31, 2006 exactly', () => {
    const e = parseFormula('(cash + marketable_securities + accounts_receivable) / current_liabilities');
    const v = evaluateFormula(e, values({ cash: '44206000', marketable_securities: '256485000', accounts_receivable: '70726000', current_liabilities: '121817000' }));
    expect(v?.toDecimalPlaces(4).toFixed()).toBe('3.049');
  });
  it('computes gross margin in percent points', () => {
    const e = parseFormula('gross_profit / revenue * 100');
    expect(evaluateFormula(e, values({ gross_profit: '41294000', revenue: '64480000' }))?.toDecimalPlaces(1).toFixed()).toBe('64');
    expect(evaluateFormula(e, values({ gross_profit: '42369000', revenue: '75493000' }))?.toDecimalPlaces(1).toFixed()).toBe('56.1');
  });
  it('respects precedence, parentheses, unary minus and abs', () => {
    expect(evaluateFormula(parseFormula('2 + 3 * 4'), values({}))?.toFixed()).toBe('14');
    expect(evaluateFormula(parseFormula('(2 + 3) * 4'), values({}))?.toFixed()).toBe('20');
    expect(evaluateFormula(parseFormula('10 - 4 - 3'), values({}))?.toFixed()).toBe('3');
    expect(evaluateFormula(parseFormula('-a + 1.5'), values({ a: '2' }))?.toFixed()).toBe('-0.5');
    expect(evaluateFormula(parseFormula('operating_cash_flow - abs(capex)'), values({ operating_cash_flow: '335000', capex: '-7138000' }))?.toFixed()).toBe('-6803000');
    expect(evaluateFormula(parseFormula('operating_cash_flow - abs(capex)'), values({ operating_cash_flow: '687', capex: '121' }))?.toFixed()).toBe('566');
  });
  it('is exact where binary floats are not', () => {
    expect(evaluateFormula(parseFormula('a + b'), values({ a: '0.1', b: '0.2' }))?.toFixed()).toBe('0.3');
  });
  it('gives null for a missing input or a division by zero', () => {
    expect(evaluateFormula(parseFormula('a / b'), values({ a: '1' }))).toBeNull();
    expect(evaluateFormula(parseFormula('a / b'), values({ a: '1', b: '0' }))).toBeNull();
    expect(evaluateFormula(parseFormula('(a + c) / b'), values({ a: '1', b: '2' }))).toBeNull();
  });
  it('rejects bad syntax', () => {
    for (const bad of ['a +', '(a + b', 'a b', 'a $ b', '', '* a', 'abs(a']) expect(() => parseFormula(bad)).toThrow();
  });
  it('adds exactly like decimal.js for any decimal strings', () => {
    fc.assert(fc.property(fc.integer(), fc.integer({ min: 0, max: 99 }), fc.integer(), (a, cents, b) => {
      const x = `${a}.${String(cents).padStart(2, '0')}`;
      const got = evaluateFormula(parseFormula('x + y - y'), values({ x, y: String(b) }));
      return got !== null && got.equals(new Dec(x));
    }));
  });
  it('lists inputs and reads in words', () => {
    const e = parseFormula('(cash + marketable_securities + accounts_receivable) / current_liabilities');
    expect(formulaInputs(e)).toEqual(['cash', 'marketable_securities', 'accounts_receivable', 'current_liabilities']);
    const name = (id: string) => getLexicon().metricById.get(id)!.name;
    expect(formulaInWords(e, name)).toBe('(Cash and cash equivalents + Marketable securities + Accounts receivable) / Total current liabilities');
    expect(formulaInWords(parseFormula('gross_profit / revenue * 100'), name)).toBe('Gross profit / Total revenue');
    expect(formulaInWords(parseFormula('a - (b - c)'), (x) => x)).toBe('a - (b - c)');
    expect(formulaInWords(parseFormula('a - b - c'), (x) => x)).toBe('a - b - c');
    expect(formulaInWords(parseFormula('operating_cash_flow - abs(capex)'), name)).toBe('Net cash provided by operating activities - |Capital expenditures|');
  });
});

describe('ratios.yaml', () => {
  it('every ratio formula and fallback reads only known metrics (or an amount printed under a money ratio\'s name)', () => {
    const lex = getLexicon();
    const known = (id: string) => lex.metricById.has(id) || lex.ratioById.get(id)?.unit === 'USD';
    for (const r of lex.ratios) for (const e of [r.expr, ...r.fallbacks.map((f) => f.expr)]) {
      for (const id of formulaInputs(e)) expect(known(id), `${r.id} uses ${id}`).toBe(true);
    }
    expect(lex.ratios.map((r) => r.id)).toEqual(expect.arrayContaining(['gross_margin', 'operating_margin', 'net_margin', 'effective_tax_rate', 'current_ratio', 'quick_ratio', 'working_capital', 'liabilities_to_equity', 'free_cash_flow', 'cash_and_investments', 'ebitda']));
    expect(lex.unsupported.map((u) => u.id)).toEqual(expect.arrayContaining(['pe_ratio', 'market_cap', 'ev_ebitda']));
  });
  it('the loader rejects a term given to two metrics and a formula over an unknown metric', () => {
    const m = (syn: string) => `metrics:\n  - {id: a, name: A, nature: flow, statements: [income], synonyms: [${syn}], reason: r}\n  - {id: b, name: B, nature: flow, statements: [income], synonyms: [sales], reason: r}\n`;
    expect(() => buildLexicon(m('sales'), 'ratios: []')).toThrow(/names both/);
    expect(() => buildLexicon(m('revenue'), 'ratios:\n  - {id: x, name: X, synonyms: [x], formula: a / zz, unit: ratio, reason: r}\n')).toThrow(/unknown metric zz/);
    expect(() => buildLexicon(m('revenue'), 'ratios: []')).not.toThrow();
  });
});

describe('tax sign', () => {
  it('reads the convention from the label', () => {
    expect(taxSignFromLabel('Income tax benefit (provision)')).toBe(-1);
    expect(taxSignFromLabel('Provision for income taxes')).toBe(1);
    expect(taxSignFromLabel('Provision (benefit) for income taxes')).toBe(1);
    expect(taxSignFromLabel('Benefit from income taxes')).toBeNull();
  });
  it('turns the tax line into an expense for the effective tax rate', () => {
    const rate = (tax: Dec | null, pretax: string) => tax && tax.div(new Dec(pretax)).times(100).toDecimalPlaces(1).toFixed();
    // Sonus Q2 2007: a benefit of 4,239 on a loss of 11,215 is a 37.8% rate
    expect(rate(taxAsExpense('Income tax benefit (provision)', new Dec('4239'), null, null), '-11215')).toBe('37.8');
    // Bristol-Myers Q1 1997: 323 on 1,133 is 28.5%
    expect(rate(taxAsExpense('Provision for income taxes', new Dec('323'), null, null), '1133')).toBe('28.5');
    // Apple 1996: the words do not say; the totals do
    expect(rate(taxAsExpense('Benefit from income taxes', new Dec('-435'), new Dec('-1175'), new Dec('-740')), '-1175')).toBe('37');
    expect(taxAsExpense('Benefit from income taxes', new Dec('-435'), null, null)).toBeNull();
  });
  it('reads a charge printed in parentheses as a deduction when every figure of the row is so printed', () => {
    const rate = (tax: Dec | null, pretax: string) => tax && tax.div(new Dec(pretax)).times(100).toDecimalPlaces(1).toFixed();
    // "Income tax expense  (32)  (186)  (23)  (301)" under pre-tax income of 89: a 36.0% charge
    const row = ['-32', '-186', '-23', '-301'];
    expect(rate(taxAsExpense('Income tax expense', new Dec('-32'), new Dec('89'), new Dec('53'), undefined, row), '89')).toBe('36');
    // one negative figure among charges is a benefit, not the printing style
    expect(rate(taxAsExpense('Income tax expense', new Dec('-32'), new Dec('89'), new Dec('53'), undefined, ['-32', '186']), '89')).toBe('-36');
    // a label that names a benefit keeps its own reading
    expect(rate(taxAsExpense('Provision (benefit) for income taxes', new Dec('-5'), new Dec('100'), null, undefined, ['-5', '-7']), '100')).toBe('-5');
  });
  it('reads it from pretax - tax = net', () => {
    // Sonus Q2 2007: pretax (11,215), benefit printed 4,239, net (6,976)
    expect(taxSignFromTotals(new Dec('-11215'), new Dec('4239'), new Dec('-6976'))).toBe(-1);
    // Bristol-Myers: 1,133 - 323 = 810
    expect(taxSignFromTotals(new Dec('1133'), new Dec('323'), new Dec('810'))).toBe(1);
    // Apple 1996: (1,175) - (435) = (740): printed as a charge
    expect(taxSignFromTotals(new Dec('-1175'), new Dec('-435'), new Dec('-740'))).toBe(1);
    expect(taxSignFromTotals(new Dec('100'), new Dec('7'), new Dec('50'))).toBeNull();
    expect(taxSignFromTotals(new Dec('1000'), new Dec('300'), new Dec('701'), new Dec('1'))).toBe(1);
    // a rounding allowance larger than the tax never accepts both readings: 1,500 + (300) = 1,200
    expect(taxSignFromTotals(new Dec('1500000'), new Dec('-300000'), new Dec('1200000'), new Dec('1000000'))).toBe(-1);
  });
  it('trusts the arithmetic over the label when every expense is printed in parentheses', () => {
    // "Income tax expense (2,700)" under "Profit before tax 13,500", "Profit for the period 10,800": 20%, not -20%
    const tax = taxAsExpense('Income tax expense', new Dec('-2700000'), new Dec('13500000'), new Dec('10800000'), new Dec('1000000'));
    expect(tax?.toFixed()).toBe('2700000');
  });
});
