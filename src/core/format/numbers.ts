// Figures as an analyst writes them: "$23.3 million", "$(0.03)", "259.8 million shares", "56.1%", "3.87x".
import { D, Dec } from '../decimal.js';

// Shown figures round half away from zero, as reports print them ($61,250,000 is "$61.3 million"); the
// arithmetic itself stays exact.
const UP = Dec.ROUND_HALF_UP;

const SCALES: [string, string][] = [
  ['1000000000000', 'trillion'],
  ['1000000000', 'billion'],
  ['1000000', 'million'],
];

function grouped(fixed: string): string {
  const [int, frac] = fixed.split('.');
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${g}.${frac}` : g;
}

/** "23322000" -> "23.3 million"; "335000" -> "335,000"; digits: decimals kept on the scaled number. */
export function scaled(abs: string, digits = 1): string {
  const v = D(abs).abs();
  for (const [size, word] of SCALES) {
    if (v.gte(size)) {
      const n = v.div(size);
      const d = word === 'million' ? digits : Math.max(digits, 2);
      return `${grouped(n.toFixed(d, UP))} ${word}`;
    }
  }
  return grouped(v.toFixed(v.decimalPlaces() > 2 ? 2 : v.decimalPlaces(), UP));
}

// The sign written before an amount: "$", "€", "£", "¥"; other currencies by their code ("CHF 12.0 million").
const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };
const symbolOf = (currency: string): string => SYMBOL[currency] ?? `${currency} `;

/** Money in a currency: "$23.3 million", negative in parentheses "$(7.0) million". */
export function money(value: string, currency = 'USD'): string {
  const neg = D(value).isNeg() && !D(value).isZero();
  const sym = symbolOf(currency);
  const body = scaled(value);
  const [num, ...word] = body.split(' ');
  const w = word.length ? ` ${word.join(' ')}` : '';
  return neg ? `${sym}(${num})${w}` : `${sym}${num}${w}`;
}

/** Per-share amounts keep cents: "$0.04", "$(0.03)", "$0.375", "€1.12". */
export function perShare(value: string, currency = 'USD'): string {
  const v = D(value);
  const places = Math.max(2, v.decimalPlaces());
  const s = v.abs().toFixed(places, UP);
  const sym = symbolOf(currency);
  return v.isNeg() && !v.isZero() ? `${sym}(${s})` : `${sym}${s}`;
}

// "EUR/share" -> "EUR"; null for any other unit.
const perShareCurrency = (unit: string): string | null => /^([A-Z]{3})\/share$/.exec(unit)?.[1] ?? null;

/** A figure in its unit, for reading. */
export function formatValue(value: string, unit: string): string {
  switch (unit) {
    case 'USD':
      return money(value);
    case 'USD/share':
      return perShare(value);
    case 'shares':
      return `${signed(value, scaled(value))} shares`;
    case 'percent':
      return `${D(value).toFixed(1, UP)}%`;
    case 'ratio':
      return `${D(value).toFixed(2, UP)}x`;
    case 'days':
      return `${D(value).toFixed(1, UP)} days`;
    default:
      if (/^[A-Z]{3}$/.test(unit)) return money(value, unit);
      if (perShareCurrency(unit)) return perShare(value, perShareCurrency(unit)!);
      return `${signed(value, scaled(value))} ${unit}`;
  }
}

function signed(value: string, body: string): string {
  return D(value).isNeg() && !D(value).isZero() ? `-${body}` : body;
}

/** The exact figure as printed, e.g. "$23,322,000" or "259,786,000 shares". */
export function exactValue(value: string, unit: string): string {
  const v = D(value);
  const body = grouped(v.abs().toFixed());
  const neg = v.isNeg() && !v.isZero();
  if (/^[A-Z]{3}$/.test(unit)) return neg ? `${symbolOf(unit)}(${body})` : `${symbolOf(unit)}${body}`;
  if (perShareCurrency(unit)) return perShare(value, perShareCurrency(unit)!);
  if (unit === 'percent') return `${v.toFixed()}%`;
  return `${neg ? '-' : ''}${body}${unit === 'ratio' ? '' : ` ${unit}`}`;
}

/** A change, signed: "up $4.3 million", "down 7.9 points (792 bps)" (basis points beside a move under ten points). */
export function changeWords(absolute: string, unit: string): string {
  const v = D(absolute);
  if (v.isZero()) return 'unchanged';
  const dir = v.isNeg() ? 'down' : 'up';
  const size = v.abs().toFixed();
  if (unit === 'percent') return `${dir} ${D(size).toFixed(1, UP)} points${v.abs().lt(10) ? ` (${v.abs().times(100).toFixed(0, UP)} bps)` : ''}`;
  return `${dir} ${formatValue(size, unit)}`;
}

/**
 * A relative change: "+6.8%", "-14.2%". From the two figures when given, so that the one decimal shown is
 * rounded once (14,200 / 498,100 = 2.8508% is "+2.9%", not the 2.85 of two decimals rounded again to "+2.8%").
 */
export function percentWords(percent: string | null, from?: string, to?: string): string {
  if (percent === null) return 'n/m';
  const v = from !== undefined && to !== undefined && !D(from).isZero() ? D(to).minus(D(from)).div(D(from).abs()).times(100) : D(percent);
  return `${v.isNeg() ? '' : '+'}${v.toFixed(1, UP)}%`;
}
