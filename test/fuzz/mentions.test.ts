// The ping check itself: it must catch every live mention and let broken-up ones through.
import { describe, expect, it } from 'vitest';
import { pingingMention } from './mentions.js';

describe('pingingMention', () => {
  it.each(['@everyone look', 'hi @here', '@Everyone', '<@123>', '<@!123>', '<@&456>', 'see <#789>', 'x<@'])('catches %j', (t) => {
    expect(pingingMention(t)).not.toBeNull();
  });
  it.each(['@\u200beveryone', '@\u200bhere', '<\u200b@123>', '<\u200b#789>', 'revenue was $75.5 million', 'a@b.com', ''])('lets %j through', (t) => {
    expect(pingingMention(t)).toBeNull();
  });
});
