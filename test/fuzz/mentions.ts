// The one definition of "this text could ping someone in Discord", used by every fuzz property.

// Each pattern is a sequence Discord turns into a notification or a live link:
// "@everyone", "@here" (any case, to be strict), "<@123>" / "<@!123>" users, "<@&123>" roles, "<#123>" channels.
// A reply may still show such words if it breaks them, e.g. with a zero-width space: "@\u200beveryone", "<\u200b@123>".
const PINGS: { name: string; re: RegExp }[] = [
  { name: '@everyone', re: /@everyone/i },
  { name: '@here', re: /@here/i },
  { name: 'user or role mention (<@ / <@& / <@!)', re: /<@/ },
  { name: 'channel mention (<#)', re: /<#/ },
];

/** The first pinging sequence in text with its surroundings, or null when the text cannot ping. */
export function pingingMention(text: string): string | null {
  for (const p of PINGS) {
    const m = p.re.exec(text);
    if (m) return `${p.name} at ${m.index}: ${JSON.stringify(text.slice(Math.max(0, m.index - 20), m.index + 20))}`;
  }
  return null;
}
