/**
 * A definition read once into a prepared value (kind resolved; weight, target and criteria read
 * into exact values) that every internal step of the scorer trusts. The editions' definitions are
 * frozen, so each is prepared once per process.
 *
 * @module
 */
import { type ExactDecimal, plain } from '../decimal/decimal.js';
import { CdtoKpiError, createIssue, ERROR_CODES, type ErrorLocation, failure, isCdtoKpiError, type Issue, keepIssues, nestIssue, say } from '../errors/cdto-kpi-error.js';
import { readDocument } from '../input/boundary.js';
import { readFigureValue } from '../input/figure.js';
import { type IndicatorKind, INDICATOR_KINDS, type PreparedCriterion, type TraceSource } from './contract.js';
import { type KindModule, kindModule } from './registry.js';

/** A definition read once: trusted by every internal function of the scorer. */
export interface PreparedDefinition {
  readonly id: string;
  readonly kind: IndicatorKind;
  readonly module: KindModule;
  /** U, or `null` when the indicator does not apply in the year scored. */
  readonly weight: ExactDecimal | null;
  /** N, or `null` for none. */
  readonly target: ExactDecimal | null;
  /** U and N as results write them. */
  readonly weightText: string | null;
  readonly targetText: string | null;
  readonly criteria: readonly PreparedCriterion[] | null;
  /** Where U and N came from, when the definition says. */
  readonly source: TraceSource | null;
}

/** Definitions prepared already, by the (frozen) definition object. */
const PREPARED = new WeakMap<object, PreparedDefinition>();

/**
 * Checks a caller's definition and reads it into exact values, every problem of it thrown in one
 * error located at `location`. It is read through the boundary first, as any document: its own
 * data only, once, a getter or a proxy refused with the library's error. A definition frozen with
 * all it holds is prepared once and remembered (the editions' definitions are deeply frozen); any
 * other on each call.
 */
export function prepareDefinition(definition: unknown, location: ErrorLocation = {}): PreparedDefinition {
  const known = remembered(definition);
  if (known !== undefined) return known;
  let read: unknown;
  try {
    read = readDocument(definition);
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
    // A field of the definition is named as the definition's checks name it (`weight`); the whole of it as `definition`.
    throw new CdtoKpiError(error.issues.map((issue) => (issue.path.length === 0 ? nestIssue(issue, ['definition'], { ...location, field: 'definition' }) : nestIssue(issue, [], location))));
  }
  return remember(definition, readDefinition(read, definition, location));
}

/**
 * {@link prepareDefinition} for a definition that is plain data already (an edition's, or one the
 * boundary copied with the document it came in), so it is not copied again; it is checked all the same.
 */
export function prepareReadDefinition(definition: unknown, location: ErrorLocation = {}): PreparedDefinition {
  return remembered(definition) ?? remember(definition, readDefinition(definition, definition, location));
}

function remembered(definition: unknown): PreparedDefinition | undefined {
  return typeof definition === 'object' && definition !== null ? PREPARED.get(definition) : undefined;
}

function remember(definition: unknown, prepared: PreparedDefinition): PreparedDefinition {
  if (unchangeable(definition as object)) PREPARED.set(definition as object, prepared);
  return prepared;
}

/**
 * Whether nothing a definition's preparation read can change: the definition frozen all the way
 * down (its criteria, each criterion, its source), its values data. A definition a caller can
 * still edit is read anew on each call.
 */
function unchangeable(definition: object): boolean {
  try {
    const stack: object[] = [definition];
    for (let reached = 0; stack.length > 0; reached += 1) {
      const value = stack.pop()!;
      // A definition is a few values deep: anything larger is read anew each time.
      if (reached > 1_000 || !Object.isFrozen(value)) return false;
      for (const key of Reflect.ownKeys(value)) {
        const descriptor = Reflect.getOwnPropertyDescriptor(value, key)!;
        if (!('value' in descriptor)) return false;
        if (typeof descriptor.value === 'object' && descriptor.value !== null) stack.push(descriptor.value as object);
      }
    }
    return true;
  } catch {
    return false; // a proxy whose traps throw is read anew each time (and refused by the boundary)
  }
}

/** Weights and targets read already, by their text: a few dozen distinct ones, parsed once each (bounded). */
const FIGURES = new Map<string, ExactDecimal | null>();
const MAX_REMEMBERED_FIGURES = 4096;

/** Reads a definition that is plain data (`given`: as the caller gave it, for an error) into exact values. */
function readDefinition(read: unknown, given: unknown, location: ErrorLocation): PreparedDefinition {
  if (typeof read !== 'object' || read === null || Array.isArray(read)) {
    throw failure(ERROR_CODES.WRONG_TYPE, { ...location, field: 'definition' }, 'an indicator definition ({ id, kind, weight, target })', given);
  }
  const definition = read as Readonly<Record<string, unknown>>;
  const own = (field: string): unknown => (Object.hasOwn(definition, field) ? definition[field] : undefined);
  const id = own('id');
  if (typeof id !== 'string' || id === '') throw failure(ERROR_CODES.WRONG_TYPE, { ...location, field: 'id' }, 'an indicator id (a non-empty string)', id);
  const where: ErrorLocation = { ...location, indicator: id };
  const issues: Issue[] = [];
  const kind = own('kind');
  const module = kindModule(kind);
  if (module === undefined) issues.push(createIssue(ERROR_CODES.UNKNOWN_KIND, { ...where, field: 'kind' }, say('one of {values}', { values: INDICATOR_KINDS }), kind));
  const collect = <T>(read: () => T): T | null => keepIssues(issues, read) ?? null;
  const weight = collect(() => definitionFigure(own('weight'), { ...where, field: 'weight' }));
  const target = collect(() => definitionFigure(own('target'), { ...where, field: 'target' }));
  const criteria = module?.kind === 'composite' ? collect(() => readCriteria(own('criteria'), where)) : null;
  const source = collect(() => readSource(own('source'), where));
  if (issues.length > 0) throw new CdtoKpiError(issues);
  return Object.freeze({
    id,
    kind: module!.kind,
    module: module!,
    weight,
    target,
    weightText: weight === null ? null : plain(weight),
    targetText: target === null ? null : plain(target),
    criteria,
    source,
  });
}

function definitionFigure(value: unknown, location: ErrorLocation): ExactDecimal | null {
  if (value === null) return null;
  if (typeof value !== 'string') throw failure(ERROR_CODES.WRONG_TYPE, location, 'an exact decimal string or null', value);
  const known = FIGURES.get(value);
  if (known !== undefined) return known;
  const read = readFigureValue(value, location).value;
  if (FIGURES.size < MAX_REMEMBERED_FIGURES && read !== null) FIGURES.set(value, read);
  return read;
}

function readCriteria(criteria: unknown, where: ErrorLocation): readonly PreparedCriterion[] {
  if (!Array.isArray(criteria) || criteria.length === 0) {
    throw failure(ERROR_CODES.WRONG_TYPE, { ...where, field: 'criteria' }, 'a non-empty list of criteria ({ id, weight })', criteria);
  }
  const ids = new Set<string>();
  return Object.freeze(
    criteria.map((criterion: unknown, index) => {
      const entry = typeof criterion === 'object' && criterion !== null ? (criterion as Record<string, unknown>) : {};
      const id = entry['id'];
      if (typeof id !== 'string' || id === '') throw failure(ERROR_CODES.WRONG_TYPE, { ...where, field: `criteria[${index}].id` }, 'a criterion id, unique in the list', id);
      if (ids.has(id)) throw failure(ERROR_CODES.DUPLICATE_CRITERION, { ...where, field: `criteria[${index}].id` }, 'a criterion id, unique in the list', id, 'criterion listed twice');
      ids.add(id);
      const location = { ...where, field: `criteria.${id}.weight` };
      const weight = entry['weight'];
      if (typeof weight !== 'string') throw failure(ERROR_CODES.WRONG_TYPE, location, 'an exact decimal string', weight);
      const read = readFigureValue(weight, location).value;
      if (read === null) throw failure(ERROR_CODES.INVALID_VALUE, location, 'a weight, not a dash or an empty cell', weight);
      return Object.freeze({ id, weight: read });
    }),
  );
}

function readSource(source: unknown, where: ErrorLocation): TraceSource | null {
  if (source === undefined) return null;
  const entry = typeof source === 'object' && source !== null ? (source as Record<string, unknown>) : null;
  const text = (value: unknown, nullable: boolean): boolean => typeof value === 'string' || (nullable && value === null);
  if (entry === null || !text(entry['edition'], false) || !text(entry['reading'], true) || !text(entry['year'], false) || !text(entry['reference'], true) || Object.keys(entry).length !== 4) {
    throw failure(ERROR_CODES.WRONG_TYPE, { ...where, field: 'source' }, 'a source ({ edition, reading, year, reference })', source);
  }
  return Object.freeze({ edition: entry['edition'] as string, reading: entry['reading'] as string | null, year: entry['year'] as string, reference: entry['reference'] as string | null });
}
