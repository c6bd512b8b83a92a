// Chat pings around a question are not words of it.
import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../src/core/text.js';

describe('cleanQuestion drops chat pings', () => {
  it('drops @everyone / @here and raw mentions', () => {
    expect(cleanQuestion('<@77> opex Q3 2021? @everyone')).toBe('opex Q3 2021?');
    expect(cleanQuestion('@here what was the gross margin')).toBe('what was the gross margin');
  });
  it('keeps an @ inside a word', () => {
    expect(cleanQuestion('email ir@hereford.com revenue')).toBe('email ir@hereford.com revenue');
  });
});
