// What can be asked, with examples: shared by /help, the mention "help" and the terminal chat.

/** Example questions, one kind each. */
export const EXAMPLE_QUESTIONS = [
  'What was service revenue in Q2 2007?',
  'Net income for the six months ended June 30, 2007',
  'Cash and cash equivalents as of December 31, 2006',
  'Gross margin in Q2 2007',
  'How did total revenue change from Q2 2006 to Q2 2007?',
  'Who is the CFO?',
];

/** Help text for the terminal chat. */
export function terminalHelp(): string {
  return [
    'Ask about the loaded reports in plain English; every figure comes with its citation (file and line).',
    'Examples:',
    ...EXAMPLE_QUESTIONS.map((q) => `  ${q}`),
    'Several questions at once ("Q2 2007 revenue? and Q1 2007?"), several lines in one ("revenue, net income and EPS for Q2 2007") and follow-ups ("and a year ago?") are read together.',
    'Commands: help (this text), reports (what is loaded), company NAME (the company meant when a question names none;',
    '  "company" alone clears it), quit or exit (leave; Ctrl-D works too).',
  ].join('\n');
}

/** Help text for Discord (Markdown). */
export function discordHelp(): string {
  return [
    'Ask about the loaded earnings releases; every figure comes with its citation (file, statement, row, column, line).',
    '',
    '**Commands**',
    '`/ask question:` free text — `/ask question: What was service revenue in Q2 2007?`',
    '`/metric metric: period: company:` — `/metric metric: Total revenue period: Q2 2007 company: SONS`',
    '`/ratio name: period: company:` — `/ratio name: Gross margin period: Q2 2007`',
    '`/compare metric: from: to: company:` — `/compare metric: Total revenue from: Q2 2006 to: Q2 2007` (leave out `to:` and name several companies, separated by `;`, to compare them in one period)',
    '`/chart metric: company: periods:` — `/chart metric: Total revenue company: SONS` (several companies or periods: separate with `;`)',
    '`/reports` — the companies and periods loaded',
    '`/company name:` — set this channel\'s default company (omit the name to clear it)',
    '',
    'Or mention me with a question, or send me a direct message. Ask several questions at once ("Q2 2007 revenue? and Q1 2007?"), or follow up your own last question ("and a year ago?", "what about net income?").',
    '',
    '**Examples**',
    ...EXAMPLE_QUESTIONS.map((q) => `• ${q}`),
  ].join('\n');
}
