// "Which research firm ...": a question that asks for a name is answered with a sentence that names someone the
// question does not, when one of the sentences that match does; a sentence that only speaks of "research firms"
// in general is no answer.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };

describe('which <noun> asks for a name', () => {
  it('quotes the sentence that names the firm, not the one about research firms in general', () => {
    const r = ask('which research firm put sonus in the leader quadrant', storeOf('sonus-2007-q2.txt'), ctx);
    expect(r.status).toBe('answered');
    // lines 110-113: Gartner's "Magic Quadrant ..." positioned Sonus in the "Leader" quadrant
    expect(r.text).toContain('Gartner');
    expect(r.answers[0]?.citations.map((c) => c.line)).toContain(110);
  });

  it('when the best sentence already names the firms, it is kept', () => {
    const r = ask('which firms named sonus a market share leader', storeOf('sonus-2007-q2.txt'), ctx);
    expect(r.status).toBe('answered');
    expect(r.text).toContain('Synergy Research Group');
  });
});
