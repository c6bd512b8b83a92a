// The terminal shows chat Markdown cleanly.
import { describe, expect, it } from 'vitest';
import { forTerminal } from '../../src/adapters/terminal-text.js';

describe('forTerminal', () => {
  it('drops bold markers on a pipe', () => {
    expect(forTerminal('Revenue was **$75.5 million** in Q2 2007.', false)).toBe('Revenue was $75.5 million in Q2 2007.');
  });
  it('uses ANSI bold on a TTY', () => {
    expect(forTerminal('was **56.1%**', true)).toBe('was \x1b[1m56.1%\x1b[22m');
  });
  it('unwraps italics but leaves snake_case words alone', () => {
    expect(forTerminal('_No period was named._ gross_margin', false)).toBe('No period was named. gross_margin');
  });
});
