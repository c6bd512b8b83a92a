// Help and the listing of what is loaded.
import type { CompanyIndex } from '../companies.js';
import { periodLabel } from '../../periods/label.js';
import { calendarOf } from './facts.js';
import type { Outcome } from './outcome.js';

export function helpOutcome(): Outcome {
  return {
    kind: 'info',
    text: [
      'Ask me about the figures in the loaded reports, in plain English. For example:',
      '• `what was Q2 2007 service revenue?`',
      '• `gross margin last quarter vs a year ago`',
      '• `current ratio at June 30, 2007`',
      '• `how did net loss change from Q1 to Q2 2007?`',
      '• `R&D as a percent of revenue in H1 2007`',
      '• `who is the chief operating officer?`',
      'Every figure comes with the report line it stands on. Ask `which companies do you have?` to see what is loaded.',
    ].join('\n'),
  };
}

export function listOutcome(index: CompanyIndex, only: string[] = []): Outcome {
  const lines: string[] = [];
  // "what periods do you have for Sonus?": that company's alone
  const named = only.map((k) => index.byKey.get(k)).filter((c) => c !== undefined);
  for (const c of named.length ? named : index.byKey.values()) {
    // newest first, a shorter period before a longer one ending the same day (the quarter before its year to date, the
    // balance date last)
    const periods = new Map<string, { end: string; days: number }>();
    for (const d of c.docs) {
      for (const s of d.statements) {
        for (const col of s.columns) {
          if (!col.period) continue;
          const days = col.period.start ? Date.parse(col.period.end) - Date.parse(col.period.start) : Infinity;
          periods.set(periodLabel(col.period, calendarOf(d)), { end: col.period.end, days });
        }
      }
    }
    const sorted = [...periods].sort((a, b) => b[1].end.localeCompare(a[1].end) || a[1].days - b[1].days).map(([label]) => label);
    const files = c.docs.map((d) => d.document).join(', ');
    const held = sorted.length ? `latest ${sorted[0]}; all periods, newest first: ${sorted.join(', ')}` : 'no tables';
    lines.push(`• **${c.name}**${c.ticker ? ` (${c.ticker})` : ''}: ${held} — ${files}`);
  }
  return { kind: 'info', text: lines.length ? `Loaded reports:\n${lines.join('\n')}` : 'No reports are loaded.' };
}
