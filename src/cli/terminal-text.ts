/**
 * Text made safe for a terminal: a body id, a key or a figure in a report can carry escape
 * sequences (`\u001b]0;…\u0007` retitles the window, `\u001b[2J` clears the screen) or
 * bidirectional overrides that make a line read differently from what it holds.
 *
 * @module
 */

/**
 * Characters a terminal could act on rather than show: C0 controls but the line feed and the tab,
 * DEL, C1 controls, bidirectional marks, embeddings, overrides and isolates, the line and paragraph
 * separators, and lone surrogates. A carriage return counts only when no line feed follows it: CSV
 * ends its lines in CR LF, which a terminal shows as one line end.
 */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|\r(?!\n)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/**
 * Escapes every character a terminal could act on as `\uXXXX`, so that it is shown, never obeyed
 * (`'body \u001b[2J'` is written `body \\u001b[2J`). Line feeds, tabs and CR LF line ends are kept:
 * they shape the output. Inside a JSON string, the escape reads back as the same character, so JSON
 * output stays valid and equal in value.
 */
export function escapeTerminalText(text: string): string {
  return text.replace(UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A writer that escapes everything written through it (the command line's standard output and error). */
export function safeWriter(write: (text: string) => void): (text: string) => void {
  return (text) => write(escapeTerminalText(text));
}
