// A table of counts: "CUSTOMER AND SUBSCRIBER METRICS (in thousands, except ARPU and churn)". Its title names counted
// things and its units line names no currency, so the "thousands" there can only be the counts': "Video customers
// 2,915" is 2,915,000 customers and "Mobile lines 1,126" is 1,126,000 lines, never dollars.
import { currencyOfUnits } from './currency.js';
import type { DraftRow } from './rows.js';

// "Customer metrics", "Subscriber data", "Operating statistics: stores": a title naming what is counted.
const COUNTED_TITLE = /\b(?:customers?|subscribers?|subscriptions?|connections?|members(?:hip)?|accounts?|stores?|locations?|users?|households?|homes?)\b/i;
// "Revenue by customer type", "Sales per store": a title of money.
const MONEY_TITLE = /\b(?:revenues?|sales|income|expenses?|costs?|cash|assets?|liabilit\w*|earnings|profit|dollars?|amounts?)\b|[$€£]/i;
// "Net revenue per customer", "Churn": rows the title's noun does not make counts (their own unit was read already).
const MONEY_LABEL = /\b(?:revenues?|sales|income|expenses?|costs?|cash|per|margin|price|value|balance|spend(?:ing)?)\b/i;
// "(in thousands)", "(in millions, except ARPU)": a scale.
const SCALE = /\b(thousands|millions)\b/i;

/** Re-reads the currency-unit rows of a counts table as counts in the units line's scale (see above). */
export function countTableUnits(title: string, units: string, measure: string, drafts: DraftRow[], kinds: { unit: string; scale: string }[]): void {
  const stated = units.replace(/except.*$/i, '');
  const scale = SCALE.exec(stated)?.[1]?.toLowerCase();
  if (!scale || !COUNTED_TITLE.test(title) || MONEY_TITLE.test(title) || /[$€£]|\bdollars?\b/i.test(stated) || currencyOfUnits(stated)) return;
  const multiplier = scale === 'thousands' ? '1000' : '1000000';
  drafts.forEach((d, i) => {
    const kind = kinds[i]!;
    // a row printed with a currency sign, or named as money, stays money
    if (d.raw.some((r) => r !== null && /[$€£]/.test(r)) || MONEY_LABEL.test(d.label)) return;
    if (kind.unit === measure) {
      // "Mobile lines" -> lines; "Total customer relationships" -> relationships
      const noun = /([a-z]+s)\s*$/i.exec(d.label.replace(/\([^)]*\)/g, ' ').trim())?.[1]?.toLowerCase() ?? 'count';
      kinds[i] = { unit: noun, scale: multiplier };
    } else if (kind.scale === '1' && /^[a-z]+$/.test(kind.unit) && !['percent', 'ratio', 'shares'].includes(kind.unit)) {
      // a count the label named ("Video customers") and left unscaled
      kinds[i] = { unit: kind.unit, scale: multiplier };
    }
  });
}
