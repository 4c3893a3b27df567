/**
 * The shape of a period report, checked by hand: the period, and each body's figures by indicator
 * id. The main entry checks reports without zod, whose cold import alone costs more than the rest
 * of the library; the zod schema (`periodReportSchema`, in `cdto-kpi/schemas`) stays the
 * reference: the JSON Schema is generated from it, and the tests hold this check to it, issue for
 * issue (same codes, paths, messages and order), on hand-written and on generated documents.
 *
 * The order of the issues is zod's: an object's fields in the order of the shape, each with its
 * own issues (those deeper in it included), then the object's unexpected fields in the order
 * `for…in` gives them.
 *
 * @module
 */
import { createIssue, ERROR_CODES, type ErrorLocation, type Issue, type PathKey } from '../errors/cdto-kpi-error.js';

/** A period report: the period, and each body's figures by indicator id. */
export interface PeriodReport {
  /** A note for people; ignored. */
  $comment?: string | undefined;
  /** What each indicator of a template is (see `reportTemplate`); ignored. */
  $indicators?: unknown[] | undefined;
  /** True for an example report whose figures describe no real body. */
  synthetic?: boolean | undefined;
  period: { year: number; quarter: 1 | 2 | 3 | 4 };
  /** 2025 edition only: the text whose targets and weights apply (`kk` by default). */
  reading?: 'kk' | 'ru' | undefined;
  bodies: { body: string; figures: Record<string, unknown> }[];
}

/**
 * Every problem of a period report's shape, in the order zod's `periodReportSchema` gives them:
 * what `validatePeriodReport` lists first, and what `scorePeriodReport` stops at.
 *
 * @param document - the report, as given (any value)
 * @returns the issues, each with its path from the document's root; none for a report of the right shape
 * @example
 * ```ts
 * periodReportShapeIssues({ period: { year: 2025, quarter: 5 }, bodies: [] }).map((issue) => issue.path);
 * // [['period', 'quarter'], ['bodies']]
 * ```
 */
export function periodReportShapeIssues(document: unknown): Issue[] {
  const check = new ShapeCheck(document);
  if (!isObject(document)) {
    check.wrong([], 'type');
    return check.issues;
  }
  const comment = document['$comment'];
  if (comment !== undefined && typeof comment !== 'string') check.wrong(['$comment'], 'type');
  const indicators = document['$indicators'];
  // The one field without words of its own: its issue says what zod's says.
  if (indicators !== undefined && !Array.isArray(indicators)) check.wrong(['$indicators'], 'type', `Invalid input: expected array, received ${zodTypeName(indicators)}`);
  const synthetic = document['synthetic'];
  if (synthetic !== undefined && typeof synthetic !== 'boolean') check.wrong(['synthetic'], 'type');
  checkPeriod(check, document['period']);
  const reading = document['reading'];
  if (reading !== undefined && reading !== 'kk' && reading !== 'ru') check.wrong(['reading'], 'value');
  checkBodies(check, document['bodies']);
  check.unexpected([], document, REPORT_FIELDS);
  return check.issues;
}

const REPORT_FIELDS: ReadonlySet<string> = new Set(['$comment', '$indicators', 'synthetic', 'period', 'reading', 'bodies']);
const PERIOD_FIELDS: ReadonlySet<string> = new Set(['year', 'quarter']);
const BODY_FIELDS: ReadonlySet<string> = new Set(['body', 'figures']);

function checkPeriod(check: ShapeCheck, period: unknown): void {
  if (!isObject(period)) {
    check.wrong(['period'], 'type');
    return;
  }
  const year = period['year'];
  // A year is a finite number, then an integer (either is its type), then a safe one (its value).
  if (typeof year !== 'number' || !Number.isFinite(year) || !Number.isInteger(year)) check.wrong(['period', 'year'], 'type');
  else if (!Number.isSafeInteger(year)) check.wrong(['period', 'year'], 'value');
  const quarter = period['quarter'];
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) check.wrong(['period', 'quarter'], 'value');
  check.unexpected(['period'], period, PERIOD_FIELDS);
}

function checkBodies(check: ShapeCheck, bodies: unknown): void {
  if (!Array.isArray(bodies)) {
    check.wrong(['bodies'], 'type');
    if (shorterThanOne(bodies)) check.wrong(['bodies'], 'value');
    return;
  }
  for (let index = 0; index < bodies.length; index += 1) {
    const entry: unknown = bodies[index];
    const at: PathKey[] = ['bodies', index];
    if (!isObject(entry)) {
      check.wrong(at, 'type');
      continue;
    }
    const body = entry['body'];
    if (typeof body !== 'string') check.wrong([...at, 'body'], 'type');
    if (shorterThanOne(body)) check.wrong([...at, 'body'], 'value');
    const figures = entry['figures'];
    if (!isPlainObject(figures)) check.wrong([...at, 'figures'], 'type');
    else {
      // Figures are keyed by indicator id: each enumerable symbol key is refused, at the figures.
      for (const key of Object.getOwnPropertySymbols(figures)) {
        if (Object.prototype.propertyIsEnumerable.call(figures, key)) check.wrong([...at, 'figures'], 'value');
      }
    }
    check.unexpected(at, entry, BODY_FIELDS);
  }
  // Checked after the entries, as zod checks a list's length after its items.
  if (bodies.length === 0) check.wrong(['bodies'], 'value');
}

/**
 * Whether a value has a `length` below 1. zod checks the least length of the body's id and of the
 * list of bodies on any value that has a `length`, even one of the wrong type (an empty list given
 * as a body id is two issues: its type, and its length), and compares it as JavaScript does.
 */
function shorterThanOne(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  const length = (value as { readonly length?: unknown }).length;
  return length !== undefined && !((length as number) >= 1);
}

/**
 * How a value fails the shape: `type`, of the wrong type (`WRONG_TYPE`); `value`, of the right type
 * but not allowed (`INVALID_VALUE`). Either is `MISSING_FIELD` where the document has no value there.
 */
type Failure = 'type' | 'value';

/** The issues of one document, in the order they are found. */
class ShapeCheck {
  readonly issues: Issue[] = [];

  constructor(private readonly document: unknown) {}

  /** The value at `path` fails the shape; `fallback` is what it expected, for a field without words of its own. */
  wrong(path: readonly PathKey[], failure: Failure, fallback = ''): void {
    const value = valueAt(this.document, path);
    const code = value === undefined ? ERROR_CODES.MISSING_FIELD : failure === 'type' ? ERROR_CODES.WRONG_TYPE : ERROR_CODES.INVALID_VALUE;
    const expected = EXPECTED.get(path.filter((key) => typeof key === 'string').join('.')) ?? fallback;
    this.issues.push(createIssue(code, locationOf(path, this.document), expected, value, { path }));
  }

  /** The object at `path` may hold only `fields`: one issue for each other key, inherited ones included. */
  unexpected(path: readonly PathKey[], object: object, fields: ReadonlySet<string>): void {
    for (const key in object) {
      if (fields.has(key)) continue;
      const at = [...path, key];
      this.issues.push(
        createIssue(ERROR_CODES.UNEXPECTED_FIELD, { ...locationOf(path, this.document), field: at.join('.') }, 'only the fields of a period report (see the JSON Schema)', valueAt(this.document, at), { path: at }),
      );
    }
  }
}

/** What each field of the report's shape takes, in words, by its keys without the list indexes. */
const EXPECTED: ReadonlyMap<string, string> = new Map([
  ['', 'a period report: { period: { year, quarter }, reading?, bodies: [{ body, figures }] }'],
  ['period', 'the period: { year, quarter }'],
  ['period.year', 'a year, such as 2025'],
  ['period.quarter', '1, 2, 3 or 4'],
  ['reading', 'kk or ru'],
  ['bodies', 'a list of at least one body: [{ body, figures }]'],
  ['bodies.body', 'a body id, such as "justice"'],
  ['bodies.figures', 'the figures by indicator id: { "common.1": { met: [...] }, ... }'],
  ['synthetic', 'true or false'],
  ['$comment', 'a note (text)'],
]);

/** The document's own value at a path; `undefined` where there is none. */
function valueAt(document: unknown, path: readonly PathKey[]): unknown {
  let value: unknown = document;
  for (const key of path) value = typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<PathKey, unknown>)[key] : undefined;
  return value;
}

/** Where a path is, in a person's words: the body by its id (or its index), the rest as a field. */
function locationOf(path: readonly PathKey[], document: unknown): ErrorLocation {
  if (path[0] !== 'bodies' || typeof path[1] !== 'number') return path.length === 0 ? {} : { field: path.join('.') };
  const body = valueAt(document, ['bodies', path[1], 'body']);
  const rest = path.slice(2);
  return { body: typeof body === 'string' ? body : `#${path[1]}`, ...(rest.length === 0 ? {} : { field: rest.join('.') }) };
}

/** An object that is not a list: what an object of the shape must be. */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What zod takes as a record: an object whose constructor, if it is a function, has a prototype
 * with an own `isPrototypeOf` (a plain object, or one without prototype, but no `Date` or `Map`).
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const constructor: unknown = value['constructor'];
  if (constructor === undefined || typeof constructor !== 'function') return true;
  const prototype: unknown = (constructor as { prototype?: unknown }).prototype;
  return isObject(prototype) && Object.hasOwn(prototype, 'isPrototypeOf');
}

/** The names zod's messages give some types in place of their own (it looks them up as in a plain object). */
const TYPE_DISPLAY_NAMES: Readonly<Record<string, unknown>> = { nan: 'NaN' };

/**
 * The name zod's English messages give a value's type: `NaN`, `Infinity`, `null`, `array`, a class
 * instance's constructor name, or the `typeof`.
 */
function zodTypeName(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? 'number' : String(value);
  if (typeof value !== 'object') return typeof value;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Object.getPrototypeOf(value) !== Object.prototype && 'constructor' in value && value.constructor) {
    const name = (value.constructor as { name?: unknown }).name as string;
    return `${TYPE_DISPLAY_NAMES[name] ?? name}`;
  }
  return 'object';
}
