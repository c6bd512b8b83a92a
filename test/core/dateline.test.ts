// "Where is X based?" when no sentence of the release says: the place the release is datelined from, quoted as
// the dateline (never claimed as the headquarters), and only for the one company asked.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { datelinePlace } from '../../src/core/resolve/dateline.js';
import { storeIn } from '../helpers/stores.js';

const store = storeIn('prose');
const ctx = { today: '2025-12-01' };

describe('datelinePlace', () => {
  it('reads the city and region before the date', () => {
    expect(datelinePlace('AUSTIN, Texas, October 29, 2025 -- Vessly Software, Inc. today announced')).toBe('AUSTIN, Texas');
    expect(datelinePlace('WESTFORD, Mass., Aug. 7 /PRNewswire-FirstCall/ -- Sonus Networks, Inc.')).toBe('WESTFORD, Mass.');
    expect(datelinePlace('NEW YORK, Nov. 3, 2023 (GLOBE NEWSWIRE) -- Acme')).toBe('NEW YORK');
  });
  it('finds none in a sentence that opens otherwise', () => {
    expect(datelinePlace('Founded in 1997, Sonus is headquartered in Westford, Massachusetts.')).toBeNull();
    expect(datelinePlace('Revenue, net of returns, March 31 was up')).toBeNull();
  });
});

describe('where a company is based, from the dateline', () => {
  it('quotes the dateline with a note when no sentence says where', () => {
    const a = ask('Where is Vessly headquartered?', store, ctx);
    expect(a.status).toBe('answered');
    expect(a.answers[0]?.citations[0]).toMatchObject({ document: 'vessly-2025-q3.txt', line: 3 });
    expect(a.text).toContain('AUSTIN, Texas');
    expect(a.text).toContain('does not say where the company is based');
  });
  it('prefers a sentence that says where', () => {
    const a = ask('Where is Pelorus headquartered?', store, ctx);
    expect(a.text).toContain('headquartered in Dayton');
    expect(a.text).not.toContain('datelined');
  });
  it('gives no dateline for a company not loaded', () => {
    expect(ask('Where is Oracle headquartered?', store, ctx).status).not.toBe('answered');
  });
});
