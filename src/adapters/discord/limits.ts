// Discord's size limits (FACTS.md) and safe trimming to them.

/** Characters allowed per part of a message and an embed. */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  embedsPerMessage: 10,
} as const;

/**
 * Cuts `text` to at most `max` characters, at a line or word break when one is near, ending with "…".
 * Never splits a surrogate pair. "a long sentence" (max 8) -> "a long…".
 */
export function trimTo(text: string, max: number): string {
  if (text.length <= max) return text;
  // Room for a closing "**" and the ellipsis.
  let cut = text.slice(0, Math.max(0, max - 3));
  const breakAt = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf(' '));
  if (breakAt > max * 0.6) cut = cut.slice(0, breakAt);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.trimEnd();
  // An odd number of "**" would leave bold open: close it.
  if ((cut.match(/\*\*/g)?.length ?? 0) % 2 === 1) cut += '**';
  return cut + '…';
}
