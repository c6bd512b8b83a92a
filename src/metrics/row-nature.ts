// What kind of figure a row holds, from its unit and, when the unit is money, from its words.

/** money, a per-share amount, a share count, a percentage, a ratio, or another unit (kWh). */
export type RowNature = 'money' | 'per_share' | 'shares' | 'percent' | 'ratio' | 'other';

// Three-letter currency codes count as money ("USD", "EUR").
const CURRENCY = /^[A-Z]{3}$/;

/** The row's nature, or null when its words do not say and the unit is money. */
export function rowNatureFromText(unit: string, label: string[], ancestors: string[][]): RowNature | null {
  if (unit === 'USD/share' || /\/share$/.test(unit)) return 'per_share';
  if (unit === 'shares') return 'shares';
  if (unit === 'percent') return 'percent';
  if (unit === 'ratio') return 'ratio';
  if (unit && !CURRENCY.test(unit)) return 'other';
  const all = [...ancestors.flat(), ...label];
  // "Gross profit %" -> percent
  if (all.includes('percent') || all.includes('percentage')) return 'percent';
  // Stock captions ("Common stock, par value $.10 per share; 2.25 billion shares authorized") are money.
  if (label.includes('par') || label.includes('authorized')) return null;
  // "Net income per share", "Earnings per common share" -> per share
  const perShare = (ws: string[]) => ws.some((w, i) => w === 'per' && (ws[i + 1] === 'share' || ws[i + 2] === 'share'));
  // "Shares used in computing ...", "Average common shares outstanding", "Weighted average shares"
  const countWords = ['used', 'outstanding', 'average', 'weighted', 'count'];
  const sharesCount = (ws: string[]) => ws.some((w, i) => w === 'share' && ws[i - 1] !== 'per' && ws[i - 2] !== 'per') && ws.some((w) => countWords.includes(w));
  // "EPS numerator:" › "Income (loss) from continuing operations": the amounts divided, money (not the EPS)
  if (ancestors.some((a) => a.some((w) => w.startsWith('numerator')))) return 'money';
  for (const ws of [label, ...ancestors.slice().reverse()]) {
    if (sharesCount(ws)) return 'shares';
    if (perShare(ws)) return 'per_share';
  }
  return null;
}
