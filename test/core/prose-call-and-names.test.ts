// Questions about the results call and a dividend, told only in the text; and a name the text never uses, which
// belongs to a company not loaded, gets no other company's sentence.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeIn } from '../helpers/stores.js';

const store = storeIn('prose');
const ctx = { today: '2025-12-01' };

describe('the results call and dividends in the text', () => {
  it('finds the time of the earnings call', () => {
    const a = ask("What time is Vessly's earnings call?", store, ctx);
    expect(a.status).toBe('answered');
    expect(a.text).toContain('conference call at 5:00 p.m.');
    expect(a.answers[0]?.citations[0]?.document).toBe('vessly-2025-q3.txt');
  });
  it('answers whether a company pays a dividend from the sentence that says so', () => {
    const a = ask('Does Vessly pay a dividend?', store, ctx);
    expect(a.status).toBe('answered');
    expect(a.text).toContain('does not pay a dividend');
  });
});

describe('a name the text never uses', () => {
  it('is declined, never answered with a loaded company\'s sentence', () => {
    for (const q of ['when is the Sonus conference call', 'what time is the Oracle earnings call', 'Where is Initech headquartered?']) {
      const a = ask(q, store, ctx);
      expect(a.status, q).not.toBe('answered');
    }
  });
  it('still answers a name the text does use', () => {
    expect(ask('Where is Brightline Vision based?', store, ctx).text).toContain('Munich');
  });
});
