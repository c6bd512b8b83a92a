// Judges a reply against an expected answer the way a user checks it: the figure (within the
// stated tolerance), the status, and the cited lines.
import type { Reply } from '../../src/core/answer.js';

/** One expected answer (the format of the shared sample questions). */
export interface Expected {
  q: string;
  status: 'answered' | 'no' | 'text' | 'clarify';
  accept?: number[];
  unit?: string;
  lines?: number[];
  tol?: number | null;
  must?: string[];
  cat: string;
  other_period_ok?: boolean;
  /** Our own: the period label the answer must carry. */
  period?: string;
  /** Our own: the report file the questions are asked over (default: all). */
  data?: string;
}

function numbers(r: Reply): number[] {
  const a = r.answers[0];
  const out: number[] = [];
  if (!a) return out;
  if (a.value !== null && a.value !== undefined) out.push(Number(a.value));
  if (a.change) {
    if (a.change.percent !== null) out.push(Number(a.change.percent));
    out.push(Number(a.change.absolute));
  }
  return out;
}

/** Returns '' when the reply is right, else what is wrong. */
export function judge(e: Expected, r: Reply): string {
  if (e.status === 'no') return r.status === 'answered' ? `answered ${r.answers[0]?.value} ${r.answers[0]?.metric} ${r.answers[0]?.period?.label}` : '';
  if (e.status === 'clarify') return r.status === 'clarify' ? '' : `status ${r.status}: ${r.text.slice(0, 100)}`;
  if (e.status === 'text') {
    const t = r.text.toLowerCase();
    return e.must!.every((m) => t.includes(m.toLowerCase())) ? '' : `text lacks ${e.must!.join(', ')}: ${r.text.slice(0, 100)}`;
  }
  if (r.status !== 'answered' || !r.answers.length) return `status ${r.status}: ${r.text.slice(0, 120)}`;
  const got = numbers(r);
  const ok = e.accept!.some((g) => {
    const tol = e.tol ?? (Math.abs(g) >= 1000 ? 0.5 : Math.max(0.006, 0.001 * Math.abs(g)));
    return got.some((c) => Math.abs(c - g) <= tol);
  });
  if (!ok) return `got ${got.join(', ')} ${r.answers[0].unit} ${r.answers[0].metric} ${r.answers[0].period?.label}`;
  if (e.unit && r.answers[0].unit !== e.unit && !(r.answers[0].kind === 'change')) return `unit ${r.answers[0].unit}, want ${e.unit}`;
  if (e.lines?.length) {
    const cited = new Set(r.answers.flatMap((a) => a.citations.map((c) => c.line)));
    if (!e.lines.some((l) => cited.has(l))) return `cites ${[...cited].join(', ')}, want ${e.lines.join(', ')}`;
  }
  if (e.period && r.answers[0].period?.label !== e.period && r.answers[0].change?.to.period.label !== e.period) return `period ${r.answers[0].period?.label}, want ${e.period}`;
  return '';
}
