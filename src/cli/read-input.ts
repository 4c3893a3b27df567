/**
 * Reading a report for the command line, from a file or standard input, within stated limits:
 * never more than {@link INPUT_LIMITS}.maxBytes, never longer than its timeout, and only from a
 * regular file or a pipe (a character device such as `/dev/zero`, a terminal, a directory or a
 * socket path is refused before a byte is read).
 *
 * @module
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { ERROR_CODES, failure, type Phrase, say } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import { exact, plain } from '../decimal/decimal.js';
import { readDocument } from '../input/boundary.js';
import { valueAt } from '../errors/zod-issues.js';

/** The limits of reading a report, stated in `docs/security.md`. */
export const INPUT_LIMITS = deepFreeze({
  /** The most bytes read from a report file or standard input: 8 MiB (a full quarter's report is under 100 KB). */
  maxBytes: 8 * 1024 * 1024,
  /** How long a pipe may take to deliver the whole report, writer included: 10 seconds. */
  timeoutMs: 10_000,
} as const);

/** Limits for one read; each defaults to {@link INPUT_LIMITS}. */
export interface InputReadOptions {
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
}

/** What kind of file a stat describes, in words, for an error message. */
function describeFileType(stats: Stats): Phrase {
  if (stats.isDirectory()) return say('a directory');
  if (stats.isCharacterDevice()) return say('a character device (a terminal, /dev/zero, /dev/null…)');
  if (stats.isBlockDevice()) return say('a block device');
  if (stats.isSocket()) return say('a socket');
  if (stats.isSymbolicLink()) return say('a symbolic link');
  return say('not a regular file');
}

/** Standard input, named in the reader's language. */
const nameOf = (source: string): string | Phrase => (source === '-' ? say('standard input') : source);

const unreadable = (source: string | Phrase, reason: Phrase, received: unknown = source) =>
  failure(ERROR_CODES.INPUT_UNREADABLE, {}, 'a regular file, or a pipe that delivers a report (JSON, UTF-8)', typeof received === 'object' ? 'standard input' : received, say('cannot read {source}: {reason}', { source, reason }));

/**
 * Reads a report's text (UTF-8, a byte-order mark dropped) from a file, or from standard input for
 * `-`, within `options` (default {@link INPUT_LIMITS}):
 * - a regular file: refused at once when larger than `maxBytes`, and never read past it;
 * - a named pipe (FIFO): opened without waiting for a writer; the whole report must arrive
 *   within `timeoutMs`, or the read stops with a clear error (a FIFO with no writer never hangs);
 * - standard input: a regular file (`< report.json`) or a pipe; a terminal or a device is refused;
 * - anything else (a directory, `/dev/zero`, a socket): refused before a byte is read.
 *
 * @throws {@link CdtoKpiError} `LIMIT_EXCEEDED` past `maxBytes`; `INPUT_UNREADABLE` for a missing
 *   file, a file of the wrong type, no data in time, or bytes that are not UTF-8
 */
export function readReportInput(source: string, options: InputReadOptions = {}): string {
  const maxBytes = options.maxBytes ?? INPUT_LIMITS.maxBytes;
  const timeoutMs = options.timeoutMs ?? INPUT_LIMITS.timeoutMs;
  const name = nameOf(source);
  if (source === '-') return readStandardInput(name, maxBytes, timeoutMs);
  let stats: Stats;
  try {
    stats = statSync(source);
  } catch (error) {
    throw unreadable(name, systemMessage(error));
  }
  const fifo = stats.isFIFO();
  if (!stats.isFile() && !fifo) throw unreadable(name, say('it is {type}, not a regular file or a pipe', { type: describeFileType(stats) }));
  if (!fifo && stats.size > maxBytes) throw tooLarge(name, maxBytes, stats.size);
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
  const fd = open(name, source, fifo ? constants.O_RDONLY | constants.O_NONBLOCK : constants.O_RDONLY);
  try {
    // A file could have been swapped since the stat: look again at what was opened.
    if (!fifo && !fstatSync(fd).isFile()) throw unreadable(name, say('the file changed while it was opened'));
    return readText(name, fd, maxBytes, timeoutMs, fifo);
  } finally {
    closeSync(fd);
  }
}

/**
 * Parses a report's text as JSON (`source`, the file's name or `-`, for the message) and holds the
 * document to the limits of `readDocument` (depth, number of values, key and string lengths, no
 * `__proto__`, `constructor` or `prototype` key); the document, a plain copy.
 *
 * A figure written as a JSON number with decimals (`"a": 17.5`) is taken exactly as written: the
 * JSON text is exact, only `JSON.parse` would turn it into a binary float. Such a figure becomes
 * the decimal string of its digits (`"17.5"`; an exponent is written out, `1.5e3` is `"1500"`), as
 * if it had been quoted. Only the figures of a period report are read so
 * (`bodies[i].figures[id][field]`); every other number is JSON's.
 *
 * @throws {@link CdtoKpiError} `INPUT_UNREADABLE` when the text is not JSON; the errors of `readDocument`
 */
export function parseReportDocument(text: string, source = '-'): unknown {
  const name = nameOf(source);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // The parser's own words are English: what a reader needs of them is where the JSON stops.
    const message = error instanceof Error ? error.message : '';
    const position = /at position (\d+)/u.exec(message)?.[1];
    throw unreadable(name, position !== undefined ? say('not JSON: it stops being JSON at character {position}', { position: String(Number(position) + 1) }) : /end of JSON/iu.test(message) ? say('not JSON: the text ends before its JSON does') : say('not JSON'), text);
  }
  return readDocument(withExactFigures(text, parsed));
}

/** A figure's place in a period report: `bodies[i].figures[id][field]`. */
function isFigurePath(path: readonly (string | number)[]): boolean {
  return path.length === 5 && path[0] === 'bodies' && typeof path[1] === 'number' && path[2] === 'figures' && typeof path[3] === 'string' && typeof path[4] === 'string';
}

/** The largest exponent written out: a figure has at most 24 integer digits and 20 decimals, so anything beyond is refused as out of range anyway. */
const MAX_WRITTEN_EXPONENT = 64;

/**
 * `parsed` (`JSON.parse(text)`), each figure that JSON gave as a number other than a safe integer
 * replaced in place by the decimal its literal writes. The text is valid JSON (it was parsed): one
 * pass over its tokens, without recursion, keeps the path of each number; a key given twice keeps
 * the last, as `JSON.parse` does.
 */
function withExactFigures(text: string, parsed: unknown): unknown {
  if (!/[.eE]|\d{16}/u.test(text)) return parsed; // no number JSON.parse could have changed
  const literals = new Map<string, { path: (string | number)[]; literal: string }>();
  const stack: { array: boolean; key: string | number; awaitingKey: boolean }[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '{' || char === '[') {
      stack.push({ array: char === '[', key: 0, awaitingKey: char === '{' });
      index += 1;
    } else if (char === '}' || char === ']') {
      stack.pop();
      index += 1;
    } else if (char === ',') {
      const top = stack.at(-1);
      if (top !== undefined) {
        if (top.array) top.key = (top.key as number) + 1;
        else top.awaitingKey = true;
      }
      index += 1;
    } else if (char === '"') {
      let end = index + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (top !== undefined && !top.array && top.awaitingKey) {
        top.key = JSON.parse(text.slice(index, end + 1)) as string;
        top.awaitingKey = false;
      }
      index = end + 1;
    } else if (char === '-' || (char >= '0' && char <= '9')) {
      const literal = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/u.exec(text.slice(index, index + 400))![0];
      const path = stack.map((frame) => frame.key);
      if (isFigurePath(path) && !/^-?\d{1,15}$/u.test(literal)) literals.set(JSON.stringify(path), { path, literal });
      index += literal.length;
    } else index += 1;
  }
  for (const { path, literal } of literals.values()) {
    const holder = valueAt(parsed, path.slice(0, -1));
    const field = path.at(-1)!;
    if (typeof holder !== 'object' || holder === null || Array.isArray(holder) || typeof (holder as Record<string, unknown>)[field] !== 'number') continue;
    (holder as Record<string, unknown>)[field] = decimalOf(literal);
  }
  return parsed;
}

/** A JSON number's literal as a plain decimal string: its exponent written out when it is small enough, else the literal as it is (refused as a figure, quoted). */
function decimalOf(literal: string): string {
  const [mantissa, exponent] = literal.toLowerCase().split('e') as [string, string | undefined];
  if (exponent === undefined) return mantissa;
  if (Math.abs(Number(exponent)) > MAX_WRITTEN_EXPONENT) return literal;
  return plain(exact(literal));
}

function readStandardInput(name: string | Phrase, maxBytes: number, timeoutMs: number): string {
  let stats: Stats;
  try {
    stats = fstatSync(0);
  } catch (error) {
    throw unreadable(name, systemMessage(error));
  }
  if (stats.isFile() && stats.size > maxBytes) throw tooLarge(name, maxBytes, stats.size);
  // A regular file (`< report.json`), or a parent process's pipe (Node's child processes get a socket pair): read, bounded.
  if (stats.isFile() || stats.isSocket()) return readText(name, 0, maxBytes, timeoutMs);
  if (stats.isFIFO()) {
    // A pipe opened anew without blocking (Linux: its own file description), so that a writer
    // that never writes meets the timeout; where that is not possible, the pipe itself is read.
    let fd: number | null = null;
    try {
      fd = openSync('/dev/stdin', constants.O_RDONLY | constants.O_NONBLOCK);
      if (!fstatSync(fd).isFIFO()) {
        closeSync(fd);
        fd = null;
      }
    } catch {
      fd = null;
    }
    try {
      return readText(name, fd ?? 0, maxBytes, timeoutMs);
    } finally {
      if (fd !== null) closeSync(fd);
    }
  }
  if (stats.isCharacterDevice()) {
    throw unreadable(name, say('it is a terminal or a device: pipe a report in (cdto-kpi score - < report.json), or name the file'));
  }
  throw unreadable(name, say('it is {type}, not a regular file or a pipe', { type: describeFileType(stats) }));
}

function open(name: string | Phrase, path: string, flags: number): number {
  try {
    return openSync(path, flags);
  } catch (error) {
    throw unreadable(name, systemMessage(error));
  }
}

const CHUNK_BYTES = 64 * 1024;
const POLL_MS = 10;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The UTF-8 text of what `fd` delivers within the limits; `waitForWriter` (a named pipe): an end of
 * file before any byte means "no writer yet", not "empty".
 */
function readText(name: string | Phrase, fd: number, maxBytes: number, timeoutMs: number, waitForWriter = false): string {
  const deadline = Date.now() + timeoutMs;
  const chunks: Buffer[] = [];
  let total = 0;
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  for (;;) {
    let count: number;
    try {
      count = readSync(fd, buffer, 0, Math.min(CHUNK_BYTES, maxBytes + 1 - total), null);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== 'EAGAIN' && code !== 'EWOULDBLOCK') throw unreadable(name, systemMessage(error));
      waitOrGiveUp(name, deadline, timeoutMs, total);
      continue;
    }
    if (count === 0) {
      if (waitForWriter && total === 0) {
        waitOrGiveUp(name, deadline, timeoutMs, total);
        continue;
      }
      break;
    }
    total += count;
    if (total > maxBytes) throw tooLarge(name, maxBytes, null);
    chunks.push(Buffer.from(buffer.subarray(0, count)));
    if (Date.now() > deadline) throw timedOut(name, timeoutMs, total);
  }
  try {
    return UTF8.decode(Buffer.concat(chunks, total));
  } catch {
    throw unreadable(name, say('the bytes are not UTF-8 text'), total);
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

function waitOrGiveUp(name: string | Phrase, deadline: number, timeoutMs: number, total: number): void {
  if (Date.now() >= deadline) throw timedOut(name, timeoutMs, total);
  Atomics.wait(pause, 0, 0, POLL_MS);
}

function timedOut(name: string | Phrase, timeoutMs: number, total: number) {
  return unreadable(
    name,
    total === 0
      ? say('no data within {seconds} s (a pipe with no writer, or a writer that sends nothing)', { seconds: String(timeoutMs / 1000) })
      : say('the report did not arrive within {seconds} s ({count, plural, one {# byte} other {# bytes}} received)', { seconds: String(timeoutMs / 1000), count: total }),
    total,
  );
}

function tooLarge(name: string | Phrase, maxBytes: number, size: number | null) {
  return failure(
    ERROR_CODES.LIMIT_EXCEEDED,
    {},
    say('a report of at most {bytes} bytes', { bytes: String(maxBytes) }),
    size ?? `> ${maxBytes}`,
    say('cannot read {source}: larger than the limit of {bytes} bytes', { source: name, bytes: String(maxBytes) }),
  );
}

function systemMessage(error: unknown): Phrase {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return say('no such file');
  if (code === 'EACCES' || code === 'EPERM') return say('permission denied');
  if (code === 'EISDIR') return say('it is a directory');
  return typeof code === 'string' ? say('system error {code}', { code }) : say('system error');
}
