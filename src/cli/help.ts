/**
 * The help texts of the command line: one overview, one text per command, in the language of the
 * run (`data/messages/cli/<lang>.json`, section `help`).
 *
 * @module
 */
import type { CliText } from './language.js';

/** Where the documentation lives: in the repository, and in the installed package. */
export const DOCS_URL = 'https://github.com/cdto-kpi/cdto-kpi/blob/main/docs/usage.md';

/** The commands that have a help text of their own. */
const TOPICS = ['rating', 'reproduce', 'audit', 'editions', 'catalogue', 'template', 'validate', 'score', 'explain', 'what-if', 'help'] as const;

/**
 * The overview (no topic) or a command's help, in the run's language.
 *
 * @param text - the run's texts
 * @param topic - a command, or `undefined` for the overview
 * @returns the help, or `undefined` for a topic that has none
 */
export function helpText(text: CliText, topic?: string): string | undefined {
  if (topic !== undefined && !(TOPICS as readonly string[]).includes(topic)) return undefined;
  const key = (topic ?? 'usage') as (typeof TOPICS)[number] | 'usage';
  return text.say('help', key, { docs: text.say('help', 'docs', { url: DOCS_URL }), report: text.cli.help.report, format: text.cli.help.format });
}
