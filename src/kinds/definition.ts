/**
 * The definition checks: an indicator's definition read once into a prepared, trusted value (kind
 * resolved, weight, target and criteria parsed into exact values). The catalogues' definitions are
 * frozen, so each is prepared once per process.
 *
 * @module
 */
import { type ExactDecimal, plain, powerOfTen } from '../decimal/decimal.js';
import { CdtoKpiError, createIssue, ERROR_CODES, type ErrorLocation, failure, isCdtoKpiError, type Issue } from '../errors/cdto-kpi-error.js';
import { readExactFigure } from '../input/figure-input.js';
import { FORBIDDEN_KEYS } from './input-reader.js';
import { sourceOf } from './definition-sources.js';
import { INDICATOR_KINDS, kindModule } from './registry.js';
import type { IndicatorDefinition, IndicatorKind, KindModule, PreparedCriterion } from './types.js';

/** Where an indicator's U and N came from, for the trace; filled by the period pipeline. */
export interface TraceSource {
  /** The edition's id (`2023`, `2025`). */
  readonly edition: string;
  /** The reading whose values apply (`kk`, `ru`), or `null` for an edition with one set of values. */
  readonly reading: string | null;
  /** The year whose weight and target apply. */
  readonly year: string;
  /** The legal reference of the indicator (act, annex, row), as the catalogue gives it. */
  readonly reference: string | null;
}

/** A scaled integer: `units / 10^scale`, the units a double below 2^53 (exact), for the fast path. */
export interface ScaledFigure {
  readonly units: number;
  readonly scale: number;
}

/** A definition read once: trusted by every internal function of the scorer. */
export interface PreparedDefinition {
  readonly id: string;
  readonly kind: IndicatorKind;
  readonly module: KindModule;
  /** U, or `null` when the indicator does not apply in the year scored. */
  readonly weight: ExactDecimal | null;
  /** N, or `null` for none. */
  readonly target: ExactDecimal | null;
  /** U and N as the result writes them. */
  readonly weightText: string | null;
  readonly targetText: string | null;
  /** U and N as scaled integers, when above zero and of at most 15 digits (the fast path's domain). */
  readonly scaledWeight: ScaledFigure | null;
  readonly scaledTarget: ScaledFigure | null;
  readonly criteria: readonly PreparedCriterion[] | null;
  /** Where U and N came from, when the caller said. */
  readonly source: TraceSource | null;
}

/** Definitions prepared already, by the (frozen) definition object. */
const PREPARED = new WeakMap<object, PreparedDefinition>();


const DEFINITION_FIELDS = ['id', 'kind', 'weight', 'target', 'criteria'];

/**
 * Checks a definition and reads it into exact values. A frozen definition whose fields are plain
 * data is prepared once and remembered (the catalogues' definitions are frozen); any other is
 * prepared on each call, since it may change between calls.
 *
 * @param definition - kind, id, weight U, target N (and criteria for a composite)
 * @param location - body and direction, to say where an error is
 * @returns the prepared definition, frozen
 * @throws {@link CdtoKpiError} carrying every problem of the definition: `WRONG_TYPE`,
 *   `UNKNOWN_KIND`, `FORBIDDEN_KEY`, an unreadable weight, target or criterion
 * @example
 * ```ts
 * const prepared = prepareDefinition({ id: 'security.1', kind: 'ratio', weight: '20', target: '75' });
 * ```
 */
export function prepareDefinition(definition: IndicatorDefinition, location: ErrorLocation = {}): PreparedDefinition {
  if (typeof definition !== 'object' || definition === null) {
    throw failure(ERROR_CODES.WRONG_TYPE, { ...location, field: 'definition' }, 'an indicator definition ({ id, kind, weight, target })', definition);
  }
  const known = PREPARED.get(definition);
  if (known !== undefined) return known;
  const prepared = readDefinition(definition, location, sourceOf(definition) ?? null);
  if (Object.isFrozen(definition) && DEFINITION_FIELDS.every((field) => !('get' in (Object.getOwnPropertyDescriptor(definition, field) ?? {}))) && criteriaFrozen(definition)) {
    PREPARED.set(definition, prepared);
  }
  return prepared;
}

/**
 * Whether a definition's criteria, if any, are frozen too (the list and each criterion): a frozen
 * definition holding a criterion that can still change must be read anew each time.
 */
function criteriaFrozen(definition: object): boolean {
  const criteria = Object.getOwnPropertyDescriptor(definition, 'criteria')?.value as unknown;
  if (criteria === undefined || criteria === null) return true;
  if (!Array.isArray(criteria) || !Object.isFrozen(criteria)) return false;
  // Element by element as data: a getter is never run here.
  return Object.values(Object.getOwnPropertyDescriptors(criteria)).every((slot) => 'value' in slot && (typeof slot.value !== 'object' || slot.value === null || Object.isFrozen(slot.value)));
}

function own(definition: object, field: string): unknown {
  return Object.hasOwn(definition, field) ? (definition as Record<string, unknown>)[field] : undefined;
}

function readDefinition(definition: object, location: ErrorLocation, source: TraceSource | null): PreparedDefinition {
  const issues: Issue[] = [];
  const id = own(definition, 'id');
  if (typeof id !== 'string' || id === '') {
    throw failure(ERROR_CODES.WRONG_TYPE, { ...location, field: 'id' }, 'an indicator id (a non-empty string)', id);
  }
  const where: ErrorLocation = { ...location, indicator: id };
  for (const key of Object.keys(definition)) {
    if (FORBIDDEN_KEYS.has(key)) issues.push(createIssue(ERROR_CODES.FORBIDDEN_KEY, { ...where, field: key }, 'an indicator definition ({ id, kind, weight, target })', own(definition, key)));
  }
  const kind = own(definition, 'kind');
  const module = kindModule(kind);
  if (module === undefined) issues.push(createIssue(ERROR_CODES.UNKNOWN_KIND, { ...where, field: 'kind' }, `one of ${INDICATOR_KINDS.join(', ')}`, kind));
  const collect = <T>(read: () => T): T | null => {
    try {
      return read();
    } catch (error) {
      if (!isCdtoKpiError(error)) throw error;
      issues.push(...error.issues);
      return null;
    }
  };
  const weight = collect(() => definitionFigure(own(definition, 'weight'), { ...where, field: 'weight' }));
  const target = collect(() => definitionFigure(own(definition, 'target'), { ...where, field: 'target' }));
  const criteria = module?.kind === 'composite' ? collect(() => readCriteria(own(definition, 'criteria'), where)) : null;
  if (issues.length > 0) throw new CdtoKpiError(issues);
  return Object.freeze({
    id,
    kind: module!.kind,
    module: module!,
    weight,
    target,
    weightText: weight === null ? null : plain(weight),
    targetText: target === null ? null : plain(target),
    scaledWeight: scaled(weight),
    scaledTarget: scaled(target),
    criteria,
    source,
  });
}

/** A positive value as a scaled integer; `null` for none, zero or more than 15 digits (left to the decimal path). */
function scaled(value: ExactDecimal | null): ScaledFigure | null {
  if (value === null || value.isZero()) return null;
  const scale = value.decimalPlaces();
  const units = value.times(powerOfTen(scale));
  return units.gt(FAST_MAX_UNITS) ? null : Object.freeze({ units: units.toNumber(), scale });
}

/** The largest units of a fast figure: 15 digits. */
const FAST_MAX_UNITS = 999_999_999_999_999;

/**
 * Weights and targets read already, by their text: a catalogue prints a few dozen distinct ones,
 * and a definition built afresh for each report (not frozen, so not remembered as a whole) still
 * has its figures parsed once. Bounded, so that arbitrary input cannot grow it without end.
 */
const FIGURES = new Map<string, ExactDecimal | null>();
const MAX_REMEMBERED_FIGURES = 4096;

function definitionFigure(value: unknown, location: ErrorLocation): ExactDecimal | null {
  if (value === null) return null;
  if (typeof value !== 'string') throw failure(ERROR_CODES.WRONG_TYPE, location, 'an exact decimal string or null', value);
  const known = FIGURES.get(value);
  if (known !== undefined) return known;
  const read = readExactFigure(value, location).value;
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
      const id = typeof criterion === 'object' && criterion !== null ? own(criterion, 'id') : undefined;
      if (typeof id !== 'string' || id === '') {
        throw failure(ERROR_CODES.WRONG_TYPE, { ...where, field: `criteria[${index}].id` }, 'a criterion id, unique in the list', id);
      }
      if (ids.has(id)) throw failure(ERROR_CODES.DUPLICATE_CRITERION, { ...where, field: `criteria[${index}].id` }, 'a criterion id, unique in the list', id, 'criterion listed twice');
      ids.add(id);
      const weight = own(criterion as object, 'weight');
      const location = { ...where, field: `criteria.${id}.weight` };
      if (typeof weight !== 'string') throw failure(ERROR_CODES.WRONG_TYPE, location, 'an exact decimal string', weight);
      const read = readExactFigure(weight, location);
      if (read.value === null) throw failure(ERROR_CODES.INVALID_VALUE, location, 'a weight, not a dash or an empty cell', weight);
      return Object.freeze({ id, weight: read.value });
    }),
  );
}
