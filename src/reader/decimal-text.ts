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
