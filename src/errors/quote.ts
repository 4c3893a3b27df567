/**
 * Quoting a received value in a message: short, never throwing, whatever the value is (a BigInt,
 * a Symbol, a cycle, a null-prototype object, a document 100,000 levels deep, a 50 MB string).
 *
 * @module
 */

/** The most characters of a received value that a message quotes; longer values are cut with `…`. */
export const MAX_QUOTED_LENGTH = 200;

/** How deep a quoted value is written before `…` stands for the rest. */
const MAX_QUOTED_DEPTH = 4;
/** How many entries of an object or a list are written before `…` stands for the rest. */
const MAX_QUOTED_ENTRIES = 8;

/**
 * A value as it would read in JSON (`'43,1'` is `"43,1"`), in at most {@link MAX_QUOTED_LENGTH}
 * characters and `…`. `undefined` is `nothing (undefined)`; numbers, BigInts and Symbols are
 * written as JavaScript writes them, so that `NaN`, `1n` and a string `"1"` stay distinguishable.
 */
export function quoteValue(value: unknown): string {
  if (value === undefined) return 'nothing (undefined)';
  const text = write(value, 0, new Set());
  return text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH)}…` : text;
}

function write(value: unknown, depth: number, seen: Set<object>): string {
  switch (typeof value) {
    case 'string':
      // Cut before escaping: a 50 MB string is never copied whole.
      return JSON.stringify(value.length > MAX_QUOTED_LENGTH ? value.slice(0, MAX_QUOTED_LENGTH) : value) + (value.length > MAX_QUOTED_LENGTH ? '…' : '');
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.toString();
    case 'undefined':
      return 'undefined';
    case 'function':
      return '(a function)';
    default:
      break;
  }
  if (value === null) return 'null';
  const object = value as object;
  if (seen.has(object)) return '(a cycle)';
  if (depth >= MAX_QUOTED_DEPTH) return Array.isArray(object) ? '[…]' : '{…}';
  seen.add(object);
  try {
    if (Array.isArray(object)) {
      const items = object.slice(0, MAX_QUOTED_ENTRIES).map((item) => write(item, depth + 1, seen));
      if (object.length > MAX_QUOTED_ENTRIES) items.push('…');
      return `[${items.join(',')}]`;
    }
    const keys = Reflect.ownKeys(object).filter((key): key is string => typeof key === 'string');
    const entries: string[] = [];
    for (const key of keys.slice(0, MAX_QUOTED_ENTRIES)) {
      const descriptor = Object.getOwnPropertyDescriptor(object, key);
      // A getter is never run to quote a value: it could throw, or answer differently next time.
      const inner = descriptor === undefined ? 'undefined' : 'value' in descriptor ? write(descriptor.value, depth + 1, seen) : '(a getter)';
      entries.push(`${JSON.stringify(key)}:${inner}`);
    }
    if (keys.length > MAX_QUOTED_ENTRIES) entries.push('…');
    return `{${entries.join(',')}}`;
  } catch {
    return '(a value that cannot be shown)';
  } finally {
    seen.delete(object);
  }
}
