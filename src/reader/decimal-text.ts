// Exact decimal arithmetic on text for the reader's hot paths (every figure of every table), printing what
// decimal.js's toFixed() prints, without building Decimal objects.

// "0052.50" -> "52.5"; ".81" -> "0.81"; "000" -> "0": unsigned digits with at most one point, in plain form.
export function plainDigits(body: string): string {
  const dot = body.indexOf('.');
  const int = (dot < 0 ? body : body.slice(0, dot)).replace(/^0+/, '') || '0';
  const frac = dot < 0 ? '' : body.slice(dot + 1).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

// "-52.171" times 10^3 -> "-52171"; "0.5" times 10^6 -> "500000"; "-0.0001" times 10^3 -> "-0.1". The point moves.
export function timesPowerOfTen(value: string, zeros: number): string {
  const negative = value.startsWith('-');
  const digits = negative ? value.slice(1) : value;
  const dot = digits.indexOf('.');
  const int = dot < 0 ? digits : digits.slice(0, dot);
  const frac = dot < 0 ? '' : digits.slice(dot + 1);
  const moved = frac.length <= zeros ? int + frac + '0'.repeat(zeros - frac.length) : `${int}${frac.slice(0, zeros)}.${frac.slice(zeros)}`;
  const out = plainDigits(moved);
  return negative && out !== '0' ? `-${out}` : out;
}

// "-52.171": a sign, digits, at most one point. Longer than 30 digits goes through decimal.js (which
// keeps 40 significant digits), so a sum of up to a thousand such figures is exact either way.
const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;
const MAX_DIGITS = 30;

interface Scaled {
  n: bigint;
  scale: number;
}

function scaled(value: string): Scaled | null {
  const m = PLAIN.exec(value);
  if (!m || m[2].length + (m[3]?.length ?? 0) > MAX_DIGITS) return null;
  const frac = m[3] ?? '';
  const n = BigInt(m[2] + frac);
  return { n: m[1] ? -n : n, scale: frac.length };
}

const TEN = 10n;
const atScale = (x: Scaled, scale: number): bigint => (scale === x.scale ? x.n : x.n * TEN ** BigInt(scale - x.scale));

// 12345n at scale 2 -> "123.45"; -5n at scale 3 -> "-0.005"; 0n -> "0".
function print(n: bigint, scale: number): string {
  if (n === 0n) return '0';
  const digits = (n < 0n ? -n : n).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${n < 0n ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

/**
 * The exact sum of plain decimal figures ("52171000", "-0.03"), each times its sign (1 or -1), printed as
 * decimal.js's toFixed() prints it; null when a figure is not plain or too long (the caller uses decimal.js).
 */
export function sumExact(values: readonly string[], signs?: readonly number[]): string | null {
  const xs: Scaled[] = [];
  let scale = 0;
  for (const v of values) {
    const x = scaled(v);
    if (!x) return null;
    xs.push(x);
    if (x.scale > scale) scale = x.scale;
  }
  let sum = 0n;
  for (let i = 0; i < xs.length; i++) {
    const sign = signs ? signs[i] : 1;
    if (sign !== 1 && sign !== -1) return null;
    sum += sign === 1 ? atScale(xs[i]!, scale) : -atScale(xs[i]!, scale);
  }
  return print(sum, scale);
}

/** Whether two plain decimal figures are the same number ("1.50" and "1.5"); null when either is not plain. */
export function sameExact(a: string, b: string): boolean | null {
  const x = scaled(a);
  const y = scaled(b);
  if (!x || !y) return null;
  const scale = Math.max(x.scale, y.scale);
  return atScale(x, scale) === atScale(y, scale);
}
