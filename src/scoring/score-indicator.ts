/**
 * Scoring one indicator: from a definition (kind, weight U, target N) and a body's input to the
 * awarded weight W, with its trace. The public function checks everything once; the prepared entry
 * trusts what was checked. Each kind's reading and measure live in its module (`src/kinds/`), the
 * award rules in `award.ts`, the integer fast path in `fast-path.ts`.
 *
 * @module
 */
import { plain } from '../decimal/decimal.js';
import { ERROR_CODES, type ErrorLocation, failure } from '../errors/cdto-kpi-error.js';
import { type PreparedDefinition, prepareDefinition, type TraceSource } from '../kinds/definition.js';
import { openInput, type TraceInput, writtenInputs } from '../kinds/input-reader.js';
import type { IndicatorDefinition, IndicatorInput, IndicatorKind } from '../kinds/types.js';
import { award } from './award.js';
import { atTargetPrecision, FAST_KINDS, fastPlan, scoreFast } from './fast-path.js';
import { checkedMethod, PUBLISHED_METHOD, type ScoringMethod } from './method.js';
import { type AwardRule, settleStep, type TraceStep } from './trace.js';
import type { ScoringWarning } from './warnings.js';

export { KIND_FORMULAS } from '../kinds/registry.js';

/** A scored indicator: W, how it was reached, and what was unusual. Plain JSON. */
export interface IndicatorScore {
  readonly indicator: string;
  readonly kind: IndicatorKind;
  /** U, or `null` when the indicator does not apply in the year scored. */
  readonly weight: string | null;
  /** N, or `null` for none. */
  readonly target: string | null;
  /**
   * The figure compared with the target, after the `share` rounding: Z for shares and
   * composites, A for uptime and complement ratios, S for security; `null` for counts and
   * milestones (compared as reported) and when nothing was reported.
   */
  readonly share: string | null;
  /** W, after the `awarded` rounding. */
  readonly awarded: string;
  readonly rule: AwardRule;
  /**
   * How W was reached. Read through a getter that builds it when first asked for (a score of the
   * fast path does not build it otherwise) and keeps it; `JSON.stringify` writes it in its place.
   */
  readonly trace: IndicatorTrace;
  readonly warnings: readonly ScoringWarning[];
}

/** The trace of a scored indicator. */
export interface IndicatorTrace {
  readonly formula: string;
  /** The inputs as read: exact decimal strings, `null` for no data, booleans and id lists as given. */
  readonly inputs: Readonly<Record<string, TraceInput>>;
  readonly steps: readonly TraceStep[];
  readonly rule: AwardRule;
  /** The name of the method applied. */
  readonly method: string;
  /** Where U and N came from (edition, reading, year, legal reference), when the pipeline says. */
  readonly source?: TraceSource;
}

/** A fractional JS number written where a figure goes: refused at compile time, as at run time. */
export type InexactNumber = 'a fractional number is not an exact decimal: write it as a string';

/** A figure's type as written: a number literal with a point or an exponent is not exact. */
export type ExactFigure<V> = V extends number ? (number extends V ? V : `${V}` extends `${string}.${string}` | `${string}e${string}` ? InexactNumber : V) : V;

/** An input whose number literals are all whole. */
export type ExactFigures<I> = { readonly [F in keyof I]: ExactFigure<I[F]> };

/** Every key of every member of a union. */
export type AllKeys<T> = T extends unknown ? keyof T : never;

/** A field the kind does not take: refused at compile time, as at run time. */
export type NoOtherFields<I, K extends IndicatorKind> = { readonly [F in Exclude<keyof I, AllKeys<IndicatorInput<K>>>]: 'not a field of this kind' };

/**
 * Scores one indicator.
 *
 * Rules, in order (those of the Q1 2024 report, made explicit; see `award.ts`):
 * 1. no weight for the year (`weight: null`): W = 0, `not-applicable`;
 * 2. target 0 or none: W = 0, `no-target`;
 * 3. nothing reported (`null`, a dash, an empty string): W = 0, `no-data`;
 * 4. a zero denominator makes the quotient 0 (Z = 0 for a share), with a warning;
 * 5. at or above target (at or below, for a decreasing ratio): W = U;
 * 6. below target: W = Z / N · U (a / N · U for a count); a decreasing ratio above its target gets
 *    N / Z · U, or the printed Z / N · U when the method asks for it.
 * Z is rounded at the `share` stage before it enters W; W is rounded at the `awarded` stage, and a
 * rounding away from zero that would pass U gives U: 0 ≤ W ≤ U, but under the printed
 * decreasing rule.
 *
 * The input's type follows the kind (`{ kind: 'ratio' }` takes `{ a, b }`), and a fractional number
 * literal (`{ a: 0.1 }`) does not compile; a value typed `unknown` is accepted and checked at run
 * time, as everything is for JavaScript callers.
 *
 * @param definition - kind, id, weight U and target N of the indicator for the year scored
 * @param input - what the body reported, in the shape its kind takes (see `IndicatorInputs`)
 * @param method - the scoring method; defaults to {@link PUBLISHED_METHOD}
 * @param location - body and direction, to say where an error is
 * @returns the score with its trace and warnings, frozen, JSON-serialisable
 * @throws {@link CdtoKpiError} for a missing, unexpected, forbidden, negative, inexact or unreadable
 *   field (every problem of the input at once, each with its path), an unknown kind or criterion,
 *   or an impossible input (downtime above the period, failures above the total, a percentage
 *   above 100)
 * @example
 * ```ts
 * const score = scoreIndicator(
 *   { id: 'security.1', kind: 'ratio', weight: '20', target: '75' },
 *   { a: '156 710', b: '363 249' },
 * );
 * score.share;   // '43.1'
 * score.awarded; // '11.4'
 * ```
 */
export function scoreIndicator<K extends IndicatorKind, const I extends IndicatorInput<K>>(
  definition: IndicatorDefinition & { readonly kind: K },
  input: I & ExactFigures<I> & NoOtherFields<I, K>,
  method?: ScoringMethod,
  location?: ErrorLocation,
): IndicatorScore;
/**
 * Scores one indicator from an input not yet known to be of its kind's shape (parsed JSON): checked
 * at run time.
 *
 * @param definition - the indicator's definition
 * @param input - a value typed `unknown`
 * @param method - the scoring method
 * @param location - body and direction
 * @returns the score
 */
export function scoreIndicator<I>(definition: IndicatorDefinition, input: unknown extends I ? I : never, method?: ScoringMethod, location?: ErrorLocation): IndicatorScore;
export function scoreIndicator(definition: IndicatorDefinition, input: unknown, method: ScoringMethod = PUBLISHED_METHOD, location: ErrorLocation = {}): IndicatorScore {
  if (typeof location !== 'object' || location === null) {
    throw failure(ERROR_CODES.WRONG_TYPE, { field: 'location' }, 'a location ({ body, direction })', location);
  }
  return scorePrepared(prepareDefinition(definition, location), input, checkedMethod(method), location);
}

/**
 * Scores an indicator whose definition is prepared and whose method is checked: the trusted entry
 * of the period pipeline. The input is still read and checked (it comes from the caller); nothing
 * else is.
 *
 * @param prepared - the definition, prepared by `prepareDefinition`
 * @param input - what the body reported
 * @param method - a method made by `createScoringMethod`
 * @param location - body and direction, for errors
 * @returns the score
 * @throws {@link CdtoKpiError} for a bad input
 * @internal
 */
export function scorePrepared(prepared: PreparedDefinition, input: unknown, method: ScoringMethod, location: ErrorLocation): IndicatorScore {
  const shape = FAST_KINDS[prepared.kind];
  if (shape !== undefined && prepared.scaledWeight !== null && prepared.scaledTarget !== null && typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const plan = fastPlan(method);
    const { part, whole } = shape;
    if (plan !== null && hasExactly(input, part, whole)) {
      // Own data properties only: a getter is never run (the decimal path reports it as a problem).
      const dx = Object.getOwnPropertyDescriptor(input, part);
      const dy = whole === null ? undefined : Object.getOwnPropertyDescriptor(input, whole);
      if (dx !== undefined && 'value' in dx && (whole === null || (dy !== undefined && 'value' in dy))) {
        const x = dx.value as unknown;
        const y = dy === undefined ? undefined : (dy.value as unknown);
        const fast = scoreFast(prepared, shape, x, y, plan);
        if (fast !== undefined) return new ScoredIndicator(prepared, fast.share, fast.awarded, fast.rule, fast.warnings, null, method, location, fast.list ?? x, y);
      }
    }
  }
  return scoreDecimal(prepared, input, method, location);
}

/**
 * A scored indicator as the library hands it out: its figures as own, frozen fields, and its trace
 * read through a getter that builds it on first use (the fast path does not build it) and keeps it.
 * `JSON.stringify` writes every field, trace included, in the order of {@link IndicatorScore}.
 */
class ScoredIndicator implements IndicatorScore {
  readonly indicator: string;
  readonly kind: IndicatorKind;
  readonly weight: string | null;
  readonly target: string | null;
  readonly share: string | null;
  readonly awarded: string;
  readonly rule: AwardRule;
  /** How W was reached, built on first read (see the constructor). */
  declare readonly trace: IndicatorTrace;
  readonly warnings: readonly ScoringWarning[];
  /** The trace once built; before, the function that builds it, or `null` to take it from the decimal path. */
  #trace: IndicatorTrace | (() => IndicatorTrace) | null;
  readonly #prepared: PreparedDefinition;
  readonly #method: ScoringMethod;
  readonly #location: ErrorLocation;
  readonly #part: unknown;
  readonly #whole: unknown;

  constructor(
    prepared: PreparedDefinition,
    share: string | null,
    awarded: string,
    rule: AwardRule,
    warnings: readonly ScoringWarning[],
    trace: (() => IndicatorTrace) | null,
    method: ScoringMethod,
    location: ErrorLocation,
    part: unknown,
    whole: unknown,
  ) {
    this.indicator = prepared.id;
    this.kind = prepared.kind;
    this.weight = prepared.weightText;
    this.target = prepared.targetText;
    this.share = share;
    this.awarded = awarded;
    this.rule = rule;
    // An own, enumerable accessor (one function shared by every score): spreading a score, cloning
    // it or listing its entries gives the trace as JSON.stringify does, built when first read.
    Object.defineProperty(this, 'trace', TRACE_PROPERTY);
    this.warnings = warnings;
    this.#trace = trace;
    this.#prepared = prepared;
    this.#method = method;
    this.#location = location;
    this.#part = part;
    this.#whole = whole;
    Object.freeze(this);
  }

  /**
   * How W was reached: the decimal path's trace, from the figures as read.
   *
   * @param score - the score whose trace to build
   * @returns its trace, built once
   */
  static traceOf(score: ScoredIndicator): IndicatorTrace {
    if (score.#trace === null) {
      const { part, whole } = FAST_KINDS[score.kind]!;
      const input = whole === null ? { [part]: score.#part } : { [part]: score.#part, [whole]: score.#whole };
      score.#trace = scoreDecimal(score.#prepared, input, score.#method, score.#location).trace;
    } else if (typeof score.#trace === 'function') {
      score.#trace = score.#trace();
    }
    return score.#trace;
  }

  /** @returns the score as plain data, trace included, in the order of {@link IndicatorScore} */
  toJSON(): IndicatorScore {
    return {
      indicator: this.indicator,
      kind: this.kind,
      weight: this.weight,
      target: this.target,
      share: this.share,
      awarded: this.awarded,
      rule: this.rule,
      trace: this.trace,
      warnings: this.warnings,
    };
  }
}

/** The `trace` property of every score: enumerable, read through {@link ScoredIndicator.traceOf}. */
const TRACE_PROPERTY: PropertyDescriptor = Object.freeze({
  enumerable: true,
  get(this: ScoredIndicator): IndicatorTrace {
    return ScoredIndicator.traceOf(this);
  },
});

/** True when the input's keys are exactly `part` (and `whole`), its own. */
function hasExactly(input: object, part: string, whole: string | null): boolean {
  let keys = 0;
  for (const key in input) {
    if (key !== part && key !== whole) return false;
    keys += 1;
  }
  return keys === (whole === null ? 1 : 2) && Object.hasOwn(input, part) && (whole === null || Object.hasOwn(input, whole));
}

/**
 * Scores an indicator in exact decimals, its trace written when first read: every kind, every method. The
 * reference the fast path is tested against.
 *
 * @param prepared - the definition, prepared
 * @param input - what the body reported
 * @param method - a checked method
 * @param location - body and direction, for errors
 * @returns the score
 * @throws {@link CdtoKpiError} for a bad input
 * @internal
 */
export function scoreDecimal(prepared: PreparedDefinition, input: unknown, method: ScoringMethod, location: ErrorLocation): IndicatorScore {
  const module = prepared.module;
  const reader = openInput(input, module.fields, prepared.kind, { ...location, indicator: prepared.id });
  const warnings = reader.warnings;
  const shareRounding = atTargetPrecision(method.rounding.share, prepared.target === null ? 0 : prepared.target.decimalPlaces());
  const measure = module.measure(reader, { method, shareRounding, criteria: prepared.criteria, warn: (warning) => warnings.push(Object.freeze({ ...warning })) });
  const decided = award(prepared, measure, method, warnings);
  // The trace's text is written when it is first read: most scores are never asked for it. The
  // function keeps only what the trace needs (not the reader, which holds the caller's input).
  const inputs = reader.inputs;
  const steps = measure.steps;
  const { expression, awarded, rule } = decided;
  const trace = (): IndicatorTrace =>
    Object.freeze({
      formula: module.formula,
      inputs: writtenInputs(inputs),
      steps: Object.freeze([...steps.map(settleStep), settleStep({ name: 'W', expression, rounded: awarded })]),
      rule,
      method: method.name,
      ...(prepared.source === null ? {} : { source: prepared.source }),
    });
  const share = measure.share === null ? null : plain(measure.share.value);
  return new ScoredIndicator(prepared, share, plain(decided.awarded.value), decided.rule, Object.freeze(warnings), trace, method, location, undefined, undefined);
}
