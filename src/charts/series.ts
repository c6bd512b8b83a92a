// The figures a chart shows, taken from the core's answers only: one question per (company, period).
import type { AnswerItem, Reply } from '../core/answer.js';
import type { Store } from '../core/store.js';
import { distinctPeriods, documentsOf } from '../adapters/catalog.js';
import { metricQuestion, periodPhrase } from '../adapters/questions.js';

/** One charted figure with the core's own wording of it and its citation. */
export interface ChartPoint {
  company: string;
  period: string;
  end: string;
  /** The answer's period kind: quarter, year, instant, ... */
  periodType: string;
  /** The exact decimal string of the core's answer. */
  value: string;
  unit: string;
  /** The core's figure as it wrote it ("$23.3 million"), else the raw value and unit. */
  figure: string;
  /** "sonus-2007-q2.txt, line 197". */
  citation: string;
}

/** Everything charted, plus the replies that were not charted (to say why). */
export interface ChartSeries {
  metric: string;
  points: ChartPoint[];
  /** Replies that gave no figure (clarify, not_found, ...), for the user. */
  unanswered: Reply[];
}

/** At most this many periods per company, the latest. */
export const MAX_PERIODS = 12;
/** Period kinds in order of preference when a metric has several (flows: quarters first). */
const KIND_ORDER = ['quarter', 'year', 'six_months', 'nine_months', 'instant', 'other'];

// "Service revenue was **$23.3 million** in ..." -> "$23.3 million".
function coreFigure(reply: Reply, item: AnswerItem): string {
  return /\*\*([^*]+)\*\*/.exec(reply.text)?.[1]?.trim() ?? `${item.value} ${item.unit}`;
}

/**
 * Asks the core `metric` for every period wanted, per company. Without `periods`, every period the company's
 * reports have columns for is asked and the points of the commonest period kind (and unit) are kept.
 */
export function chartSeries(
  store: Store,
  metric: string,
  companies: string[],
  periods: string[],
  askCore: (question: string) => Reply,
): ChartSeries {
  const points: ChartPoint[] = [];
  const unanswered: Reply[] = [];
  const seen = new Set<string>();
  for (const company of companies.length > 0 ? companies : ['']) {
    const phrases = periods.length > 0
      ? periods
      : distinctPeriods(documentsOf(store, company || undefined)).slice(-4 * MAX_PERIODS).map(periodPhrase).filter((p): p is string => !!p);
    for (const phrase of phrases) {
      const reply = askCore(metricQuestion(metric, phrase, company));
      const item = reply.answers[0];
      if (reply.status !== 'answered' || !item || item.value === null || !item.period || (item.kind !== 'value' && item.kind !== 'ratio')) {
        if (periods.length > 0) unanswered.push(reply);
        continue;
      }
      const key = `${item.company}|${item.period.type}|${item.period.start}|${item.period.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const c = item.citations[0];
      points.push({
        company: item.company ?? (company || 'company'),
        period: item.period.label,
        end: item.period.end,
        periodType: item.period.type,
        value: item.value,
        unit: item.unit,
        figure: coreFigure(reply, item),
        citation: c ? `${c.document}, line ${c.line}` : 'no citation',
      });
    }
  }
  const kept = periods.length > 0 ? keepOneUnit(points) : keepCommonest(points);
  return { metric, points: kept.sort((a, b) => a.end.localeCompare(b.end)), unanswered };
}

// Periods named by the user: keep them all, but only in the commonest unit (one axis cannot mix $ and %).
function keepOneUnit(points: ChartPoint[]): ChartPoint[] {
  const counts = new Map<string, number>();
  for (const p of points) counts.set(p.unit, (counts.get(p.unit) ?? 0) + 1);
  const unit = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return points.filter((p) => p.unit === unit);
}

// Keep one period kind and one unit: the commonest (ties by KIND_ORDER), then the latest MAX_PERIODS per company.
function keepCommonest(points: ChartPoint[]): ChartPoint[] {
  const kindOf = (p: ChartPoint): string => p.periodType;
  const tally = (key: (p: ChartPoint) => string): string | undefined => {
    const counts = new Map<string, number>();
    for (const p of points) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0]))[0]?.[0];
  };
  const kind = tally(kindOf);
  const unit = tally((p) => p.unit);
  const same = points.filter((p) => kindOf(p) === kind && p.unit === unit).sort((a, b) => a.end.localeCompare(b.end));
  const perCompany = new Map<string, ChartPoint[]>();
  for (const p of same) perCompany.set(p.company, [...(perCompany.get(p.company) ?? []), p]);
  return [...perCompany.values()].flatMap((list) => list.slice(-MAX_PERIODS));
}
