// The currency a question names ("revenue in dollars", "EPS in pence", "sales in JPY"): rules in
// intents/intents.yaml `currencies`. A figure printed in another currency is declined, never converted.
import { loadRules } from '../rules.js';

interface CurrencyData { match: string; code: string; reason: string }

let rules: { re: RegExp; code: string; reason: string }[] | null = null;

function compiled() {
  rules ??= loadRules<{ currencies: { rules: CurrencyData[] } }>('intents').currencies.rules.map((r) => ({ re: new RegExp(r.match, 'gi'), code: r.code, reason: r.reason }));
  return rules;
}

/** The one currency the words name with where they name it, or null (none, or two different ones: "euros to dollars"). */
export function askedCurrency(text: string): { code: string; spans: [number, number][] } | null {
  let code: string | null = null;
  const spans: [number, number][] = [];
  for (const r of compiled()) {
    for (const m of text.matchAll(r.re)) {
      // "in Canadian dollars" is no request for US dollars: the longer name already holds these words
      if (spans.some(([a, b]) => m.index < b && a < m.index + m[0].length)) continue;
      if (code && code !== r.code) return null;
      code = r.code;
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  return code ? { code, spans } : null;
}
