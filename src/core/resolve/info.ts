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
    const periods = new Set<string>();
    for (const d of c.docs) for (const s of d.statements) for (const col of s.columns) if (col.period) periods.add(periodLabel(col.period, calendarOf(d)));
    const files = c.docs.map((d) => d.document).join(', ');
    lines.push(`• **${c.name}**${c.ticker ? ` (${c.ticker})` : ''}: ${[...periods].join(', ') || 'no tables'} — ${files}`);
  }
  return { kind: 'info', text: lines.length ? `Loaded reports:\n${lines.join('\n')}` : 'No reports are loaded.' };
}
