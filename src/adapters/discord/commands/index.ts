// Every slash command, by name: the dispatcher and deploy-commands both read this list.
import type { Command } from '../command.js';
import { command as ask } from './ask.js';
import { command as chart } from './chart.js';
import { command as company } from './company.js';
import { command as compare } from './compare.js';
import { command as help } from './help.js';
import { command as metric } from './metric.js';
import { command as ratio } from './ratio.js';
import { command as reports } from './reports.js';

/** All commands, in the order /help lists them. */
export const COMMANDS: Command[] = [ask, metric, ratio, compare, chart, reports, help, company];

/** The commands keyed by name. */
export function commandMap(commands: Command[] = COMMANDS): Map<string, Command> {
  return new Map(commands.map((c) => [c.data.name, c]));
}
