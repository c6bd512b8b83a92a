// Each person's last question per channel, kept a while for follow-ups, then forgotten.
import { describe, expect, it } from 'vitest';
import { RecentQuestions } from '../../src/adapters/recent-questions.js';

describe('recent questions', () => {
  it('keeps the last question of each person in each channel apart', () => {
    const r = new RecentQuestions(60_000, 100, () => 0);
    r.set('c1', 'u1', 'revenue Q2 2007');
    r.set('c1', 'u2', 'net income Q1 2007');
    r.set('c2', 'u1', 'cash at June 30, 2007');
    expect([r.get('c1', 'u1'), r.get('c1', 'u2'), r.get('c2', 'u1'), r.get('c2', 'u2')]).toEqual(['revenue Q2 2007', 'net income Q1 2007', 'cash at June 30, 2007', undefined]);
  });

  it('forgets a question after the time kept', () => {
    let now = 0;
    const r = new RecentQuestions(60_000, 100, () => now);
    r.set('c', 'u', 'revenue Q2 2007');
    now = 60_000;
    expect(r.get('c', 'u')).toBe('revenue Q2 2007');
    now = 60_001;
    expect(r.get('c', 'u')).toBeUndefined();
  });

  it('holds at most `max` people, forgetting the one who asked longest ago', () => {
    const r = new RecentQuestions(60_000, 2, () => 0);
    r.set('c', 'a', 'q a');
    r.set('c', 'b', 'q b');
    r.set('c', 'a', 'q a again');
    r.set('c', 'd', 'q d');
    expect([r.get('c', 'a'), r.get('c', 'b'), r.get('c', 'd')]).toEqual(['q a again', undefined, 'q d']);
  });
});
