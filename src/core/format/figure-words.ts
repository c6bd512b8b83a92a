// Short descriptions of figures, for suggestions: "H1 2007 (six months ended June 30, 2007): $7.1 million".
import type { Figure } from '../resolve/facts.js';
import { calendarOf } from '../resolve/facts.js';
import { periodLabel, periodLongLabel } from '../../periods/label.js';
import { formatValue } from './numbers.js';

export function describeFigure(f: Figure): string {
  const short = periodLabel(f.period, calendarOf(f.doc));
  const long = periodLongLabel(f.period);
  const when = short && short.toLowerCase() !== long.toLowerCase() ? `${short} (${long})` : long;
  return `${f.row.path.join(' › ')}, ${when}: ${formatValue(f.value, f.row.unit)}`;
}
