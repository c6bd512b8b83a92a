// Chat Markdown for a terminal: **bold** in ANSI bold on a TTY, plain on a pipe; _italic_ unwrapped.
// e.g. "was **$23.3 million**" -> "was \x1b[1m$23.3 million\x1b[22m" (TTY) or "was $23.3 million" (pipe)

export function forTerminal(text: string, ansi: boolean): string {
  return text
    .replace(/\*\*([^*\n]+)\*\*/g, (_, s: string) => (ansi ? `\x1b[1m${s}\x1b[22m` : s))
    .replace(/(^|\s)_([^_\n]+)_(?=\s|$|[.,])/g, '$1$2');
}
