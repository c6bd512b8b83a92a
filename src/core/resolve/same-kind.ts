// Companies compared or ranked with no period named: each one's latest period, unless those are of different kinds
// (one company's latest release closes a year and prints only the year, the others' a quarter). A year does not
// rank against quarters, so then each company's own latest quarter is taken (derived where no column prints it).
import type { AnswerItem } from '../answer.js';
import type { PeriodSpec } from '../../periods/spec.js';

/** "the latest quarter": each company's own. */
export const LATEST_QUARTER: PeriodSpec = { type: 'quarter', relative: 'latest', text: 'the latest quarter', span: [0, 0], rule: 'companies-same-kind' };

/** The answers' flows cover periods of more than one kind, a quarter among them. */
export function mixedKinds(items: AnswerItem[]): boolean {
  const kinds = new Set(items.map((a) => a.period?.type).filter((t) => t !== undefined && t !== 'instant'));
  return kinds.size > 1 && kinds.has('quarter');
}
