// A tiny formula language over metric ids: + - * / parentheses, decimal literals, abs(x).
// "gross_profit / revenue * 100", "operating_cash_flow - abs(capex)".
import { Dec } from '../core/decimal.js';

export { Dec };

/** A parsed formula. */
export type Expr =
  | { kind: 'num'; value: string }
  | { kind: 'metric'; id: string }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'abs'; arg: Expr }
  | { kind: 'bin'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr };

// Tokens: identifiers, decimal literals, operators and parentheses.
const TOKEN = /\s*(?:([a-z_][a-z0-9_]*)|(\d+(?:\.\d+)?|\.\d+)|([-+*/()]))/gy;

/** Parses a formula; throws with the position on a syntax error. */
export function parseFormula(src: string): Expr {
  const toks: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < src.length && (m = TOKEN.exec(src))) toks.push(m[1] ?? m[2] ?? m[3] ?? '');
  if (src.slice(TOKEN.lastIndex).trim() !== '') throw new Error(`formula "${src}": unexpected text at ${TOKEN.lastIndex}`);
  let i = 0;
  const peek = () => toks[i];
  const fail = (what: string): never => { throw new Error(`formula "${src}": ${what} at token ${i}`); };
  // expr := term (('+'|'-') term)*
  const expr = (): Expr => {
    let left = term();
    while (peek() === '+' || peek() === '-') { const op = toks[i++] as '+' | '-'; left = { kind: 'bin', op, left, right: term() }; }
    return left;
  };
  // term := unary (('*'|'/') unary)*
  const term = (): Expr => {
    let left = unary();
    while (peek() === '*' || peek() === '/') { const op = toks[i++] as '*' | '/'; left = { kind: 'bin', op, left, right: unary() }; }
    return left;
  };
  // unary := '-' unary | atom
  const unary = (): Expr => (peek() === '-' ? (i++, { kind: 'neg', arg: unary() }) : atom());
  // atom := number | abs '(' expr ')' | id | '(' expr ')'
  const atom = (): Expr => {
    const t = peek();
    if (t === undefined) return fail('unexpected end');
    if (t === '(') { i++; const e = expr(); if (toks[i++] !== ')') fail('expected )'); return e; }
    if (/^[\d.]/.test(t)) { i++; return { kind: 'num', value: t }; }
    if (/^[a-z_]/.test(t)) {
      i++;
      if (t === 'abs' && peek() === '(') { i++; const e = expr(); if (toks[i++] !== ')') fail('expected )'); return { kind: 'abs', arg: e }; }
      return { kind: 'metric', id: t };
    }
    return fail(`unexpected "${t}"`);
  };
  const e = expr();
  if (i !== toks.length) fail(`unexpected "${toks[i]}"`);
  return e;
}

/** Evaluates exactly; null when any input is missing or a division by zero occurs. */
export function evaluateFormula(expr: Expr, lookup: (metricId: string) => Dec | null): Dec | null {
  switch (expr.kind) {
    case 'num': return new Dec(expr.value);
    case 'metric': { const v = lookup(expr.id); return v === null ? null : new Dec(v); }
    case 'neg': { const v = evaluateFormula(expr.arg, lookup); return v === null ? null : v.neg(); }
    case 'abs': { const v = evaluateFormula(expr.arg, lookup); return v === null ? null : v.abs(); }
    case 'bin': {
      const a = evaluateFormula(expr.left, lookup);
      const b = evaluateFormula(expr.right, lookup);
      if (a === null || b === null) return null;
      if (expr.op === '+') return a.plus(b);
      if (expr.op === '-') return a.minus(b);
      if (expr.op === '*') return a.times(b);
      return b.isZero() ? null : a.div(b);
    }
  }
}

/** The metric ids a formula reads, in order of first use. */
export function formulaInputs(expr: Expr): string[] {
  const out: string[] = [];
  const walk = (e: Expr): void => {
    if (e.kind === 'metric') { if (!out.includes(e.id)) out.push(e.id); }
    else if (e.kind === 'neg' || e.kind === 'abs') walk(e.arg);
    else if (e.kind === 'bin') { walk(e.left); walk(e.right); }
  };
  walk(expr);
  return out;
}

const PREC: Record<string, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };

/** The formula in words: "Gross profit / Total revenue" (a trailing "* 100" is the percent unit, left out). */
export function formulaInWords(expr: Expr, nameOf: (id: string) => string): string {
  if (expr.kind === 'bin' && expr.op === '*' && expr.right.kind === 'num' && expr.right.value === '100') {
    return words(expr.left, nameOf, 0);
  }
  return words(expr, nameOf, 0);
}

// Parenthesises a sub-expression only where precedence needs it: "(Cash + Receivables) / Current liabilities".
function words(e: Expr, nameOf: (id: string) => string, outer: number): string {
  switch (e.kind) {
    case 'num': return e.value;
    case 'metric': return nameOf(e.id);
    case 'neg': return `-${words(e.arg, nameOf, 3)}`;
    case 'abs': return `|${words(e.arg, nameOf, 0)}|`;
    case 'bin': {
      const p = PREC[e.op] ?? 1;
      const right = words(e.right, nameOf, e.op === '-' || e.op === '/' ? p + 1 : p);
      const s = `${words(e.left, nameOf, p)} ${e.op} ${right}`;
      return p < outer ? `(${s})` : s;
    }
  }
}
