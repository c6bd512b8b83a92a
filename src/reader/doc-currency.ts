// A release that states its currency once ("All amounts are in Canadian dollars", "(in thousands of Canadian
// dollars)") prints "$" for it in every table: a table whose own units name no currency is in that one.
import type { Statement } from '../core/store.js';
import { currencyOfUnits } from './currency.js';

// Tables whose figures print "$" (filled by the table reader).
export const dollarSigned = new WeakSet<Statement>();
// Currencies a release may print as "$": in their releases "$" is the local dollar.
const DOLLARS = new Set(['CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'USD']);

/**
 * Rewrites, in place, the dollar rows of tables that name no currency when every table that names one names the
 * same other currency. ("$" printed in a table of a release in pounds or euros is the US dollar: kept.)
 */
export function documentCurrency(statements: Statement[]): void {
  const named = new Set(statements.map((s) => currencyOfUnits(s.units.replace(/except.*$/i, ''))).filter((c): c is string => c !== null));
  if (named.size !== 1) return;
  const code = [...named][0]!;
  if (code === 'USD') return;
  for (const s of statements) {
    if (currencyOfUnits(s.units.replace(/except.*$/i, ''))) continue;
    if (!DOLLARS.has(code) && dollarSigned.has(s)) continue;
    for (const r of s.rows) if (r.unit === 'USD' || r.unit.startsWith('USD/')) r.unit = code + r.unit.slice(3);
  }
}
