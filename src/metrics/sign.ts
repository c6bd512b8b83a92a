// The sign convention of a tax row: is a positive figure a tax charge (expense) or a benefit?
// The effective tax rate needs the tax as an expense (see intents/ratios.yaml).
import { Dec } from './formula.js';
import { tokenize } from './text.js';

/**
 * +1 when a positive figure is a tax charge, -1 when it is a benefit, null when the words do not say.
 * "Income tax benefit (provision)" -> -1 (the word outside the parentheses is the positive side);
 * "Provision (benefit) for income taxes", "Provision for income taxes", "Income tax expense" -> +1;
 * "Benefit from income taxes" -> null (reports print it either way: decide with the totals).
 */
export function taxSignFromLabel(label: string): 1 | -1 | null {
  const tokens = tokenize(label);
  const outside = tokens.filter((t) => !t.paren).map((t) => t.norm);
  const inside = tokens.filter((t) => t.paren).map((t) => t.norm);
  const benefit = (ws: string[]) => ws.includes('benefit');
  const charge = (ws: string[]) => ws.includes('provision') || ws.includes('expense');
  if (benefit(outside) && charge(inside)) return -1;
  if (charge(outside) && benefit(inside)) return 1;
  if (charge(outside) && !benefit(outside)) return 1;
  if (!benefit(outside) && outside.includes('tax') && inside.length === 0) return 1;
  return null;
}

/**
 * The sign from the statement's own arithmetic: pretax - tax = net gives +1, pretax + tax = net gives -1.
 * `tolerance` allows for rounding in the printed figures (e.g. "1000" for figures in thousands); null when
 * neither holds or both do and the tax is not zero.
 */
export function taxSignFromTotals(pretax: Dec, tax: Dec, net: Dec, roundTo: Dec = new Dec(0)): 1 | -1 | null {
  // the two readings differ by twice the tax: a tolerance under half the tax can never accept both
  const tolerance = tax.isZero() ? roundTo : Dec.min(roundTo, tax.abs().div(2));
  const asCharge = pretax.minus(tax).minus(net).abs().lte(tolerance);
  const asBenefit = pretax.plus(tax).minus(net).abs().lte(tolerance);
  if (asCharge && !asBenefit) return 1;
  if (asBenefit && !asCharge) return -1;
  if (asCharge && asBenefit && tax.isZero()) return 1;
  return null;
}

/**
 * The tax line as an expense (positive = tax charged), for the effective tax rate: the statement's own
 * arithmetic first (it also settles tables that print every expense in parentheses, "Income tax expense
 * (2,700)"), then the label's wording; null when neither settles the sign (decline then).
 * "Income tax benefit (provision)" 4,239 on a pretax loss of (11,215) and a net loss of (6,976) -> -4,239.
 */
export function taxAsExpense(label: string, value: Dec, pretax: Dec | null, net: Dec | null, tolerance?: Dec, rowValues: (string | null)[] = []): Dec | null {
  // the statement's own arithmetic settles it whatever the printing style
  const fromTotals = pretax && net ? taxSignFromTotals(pretax, value, net, tolerance) : null;
  if (fromTotals !== null) return fromTotals === 1 ? value : value.neg();
  const sign = taxSignFromLabel(label);
  if (sign === null) return null;
  if (sign === 1 && deductionStyle(label, value, pretax, rowValues)) return value.neg();
  return sign === 1 ? value : value.neg();
}

/**
 * "Income tax expense   (32)   (186)" under pre-tax income of 89 and 502: a statement that prints its
 * deductions in parentheses. The charge is the figure without its parentheses when the label names only a
 * charge, pre-tax income is positive, and every figure of the row is printed negative.
 */
function deductionStyle(label: string, value: Dec, pretax: Dec | null, rowValues: (string | null)[]): boolean {
  if (!value.isNegative() || pretax === null || !pretax.isPositive() || pretax.isZero()) return false;
  if (tokenize(label).some((t) => t.norm === 'benefit')) return false;
  const printed = rowValues.filter((v): v is string => v !== null && v !== '0');
  return printed.length >= 2 && printed.every((v) => v.startsWith('-'));
}
