/**
 * Scoring one indicator: from a definition (kind, weight U, target N) and a body's input to the
 * awarded weight W, with its trace. The public function reads its arguments through the boundary
 * once; {@link uncheckedScore} trusts what was read. Each kind's reading and measure live in its
 * module in `src/kinds/`, the award rules in `award.ts`.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { type ExactDecimal, plain } from '../decimal/decimal.js';
import { atTargetPrecision, type RoundedValue } from '../decimal/rounding.js';
import { CdtoKpiError, type ErrorLocation, isCdtoKpiError, nestIssue } from '../errors/cdto-kpi-error.js';
import { readDocument, readLocation } from '../input/boundary.js';
import { type AwardRule, type IndicatorDefinition, type IndicatorKind, type ScoringWarning, type StepOperation, type TraceSource, type TraceStep, scoringWarning, WARNING_CODES } from '../kinds/contract.js';
import { type PreparedDefinition, prepareDefinition } from '../kinds/definition.js';
import { InputReader, type TraceInput } from '../kinds/input-reader.js';
import type { IndicatorInput } from '../kinds/registry.js';
import { award } from './award.js';
import { checkedMethod, PUBLISHED_METHOD, type ScoringMethod } from './method.js';

/** A scored indicator: W, how it was reached, and what was unusual. Plain, deeply frozen data. */
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
  /** How W was reached. */
  readonly trace: IndicatorTrace;
  readonly warnings: readonly ScoringWarning[];
}

/** The trace of a scored indicator. */
export interface IndicatorTrace {
  readonly formula: string;
  /** The inputs as read: exact decimal strings, `null` for no data, booleans and id lists as given. */
  readonly inputs: Readonly<Record<string, TraceInput>>;
  /** Each figure computed, the measure's (Z, A or S) then W. */
  readonly steps: readonly TraceStep[];
  readonly rule: AwardRule;
  /** The name of the method applied. */
  readonly method: string;
  /** Where U and N came from (edition, reading, year, legal reference), when the definition says. */
  readonly source?: TraceSource;
}

/** A fractional JS number written where a figure goes: refused at compile time, as at run time. */
type InexactNumber = 'a fractional number is not an exact decimal: write it as a string';

/** A figure's type as written: a number literal with a point or an exponent is not exact. */
type ExactFigure<V> = V extends number ? (number extends V ? V : `${V}` extends `${string}.${string}` | `${string}e${string}` ? InexactNumber : V) : V;

/** Every key of every member of a union. */
type AllKeys<T> = T extends unknown ? keyof T : never;

/** An input whose number literals are all whole and whose fields are all the kind's. */
type CheckedInput<I, K extends IndicatorKind> = { readonly [F in keyof I]: F extends AllKeys<IndicatorInput<K>> ? ExactFigure<I[F]> : 'not a field of this kind' };

/**
 * Scores one indicator.
 *
 * Rules, in order (those of the Q1 2024 report, made explicit; see `docs/scoring.md`):
 * 1. no weight for the year (`weight: null`): W = 0, `not-applicable`;
 * 2. target 0 or none: W = 0, `no-target`;
 * 3. nothing reported (`null`, a dash, an empty string): W = 0, `no-data`;
 * 4. a zero denominator makes the quotient 0 (Z = 0 for a share), with a warning;
 * 5. at or above target (at or below, for a decreasing ratio): W = U;
 * 6. below target: W = Z / N · U (a / N · U for a count); a decreasing ratio above its target gets
 *    N / Z · U, or the printed Z / N · U when the method asks for it.
 * Z is rounded at the `share` stage (keeping at least the target's decimals) before it enters W;
 * W is rounded at the `awarded` stage, and a rounding away from zero that would pass U gives U.
 *
 * The input's type follows the kind (`{ kind: 'ratio' }` takes `{ a, b }`), and a fractional number
 * literal (`{ a: 0.1 }`) does not compile; a value typed `unknown` is accepted and checked at run
 * time, as everything is for JavaScript callers.
 *
 * @param definition - kind, id, weight U and target N of the indicator for the year scored
 * @param input - what the body reported, in the shape its kind takes
 * @param method - the scoring method; defaults to {@link PUBLISHED_METHOD}
 * @param location - body and direction, to say where an error is
 * @returns the score with its trace and warnings, deeply frozen, JSON-serialisable
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
  input: I & CheckedInput<I, K>,
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
export function scoreIndicator(definition: IndicatorDefinition, input: unknown, method: ScoringMethod = PUBLISHED_METHOD, location?: ErrorLocation): IndicatorScore {
  const where = readLocation(location);
  const prepared = prepareDefinition(definition, where);
  return uncheckedScore(prepared, readInput(input, { ...where, indicator: prepared.id }), checkedMethod(method), where);
}

/** Reads an indicator's input through the boundary, a problem of it located at the indicator as a problem of a field is. */
export function readInput(input: unknown, location: ErrorLocation): unknown {
  try {
    return readDocument(input);
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
    throw new CdtoKpiError(error.issues.map((issue) => nestIssue(issue, [], location)));
  }
}

/**
 * Scores an indicator whose definition is prepared, whose input was read through the boundary and
 * whose method is checked. The input's fields are still judged (they are the caller's figures).
 */
export function uncheckedScore(prepared: PreparedDefinition, input: unknown, method: ScoringMethod, location: ErrorLocation): IndicatorScore {
  const { module } = prepared;
  const reader = new InputReader(input, module.fields, prepared.kind, { ...location, indicator: prepared.id });
  const shareRounding = atTargetPrecision(method.rounding.share, prepared.target === null ? 0 : prepared.target.decimalPlaces());
  const measure = module.measure(reader, { shareRounding, criteria: prepared.criteria });
  const warnings = reader.warnings;
  const decided = award(prepared, measure, method, warnings);
  if (decided.rule === 'no-data') sayWhatIsMissing(warnings, reader.inputs, prepared.kind);
  const trace: IndicatorTrace = Object.freeze({
    formula: module.formula,
    inputs: Object.freeze(reader.inputs),
    steps: Object.freeze([...measure.steps, decided.step].map((step) => traceStep(step.name, step.operation, step.operands, step.expression, step.rounded))),
    rule: decided.rule,
    method: method.name,
    ...(prepared.source === null ? {} : { source: prepared.source }),
  });
  return Object.freeze({
    indicator: prepared.id,
    kind: prepared.kind,
    weight: prepared.weightText,
    target: prepared.targetText,
    share: measure.share === null ? null : measure.share.text,
    awarded: decided.step.rounded.text,
    rule: decided.rule,
    trace,
    warnings: Object.freeze(warnings),
  });
}

/**
 * An input filled in part (`a` given, `b` empty) is scored as no data, as the published Q1 2024
 * rating scores its rows printed with an a and no b; its warning names what is missing instead of
 * saying that nothing was reported. An uptime's hours alone, or a complement ratio's `excused`
 * alone, are no report.
 */
function sayWhatIsMissing(warnings: ScoringWarning[], inputs: Readonly<Record<string, TraceInput>>, kind: string): void {
  const at = warnings.findIndex((entry) => entry.code === WARNING_CODES.NO_DATA);
  if (at < 0 || (kind === 'uptime' && inputs['downtimeHours'] === null)) return;
  const fields = Object.entries(inputs).filter(([field, value]) => !(field === 'excused' && value === null));
  if (fields.some(([, value]) => typeof value !== 'string' && value !== null)) return;
  const given = fields.filter(([, value]) => value !== null).map(([field]) => field);
  const missing = fields.filter(([, value]) => value === null).map(([field]) => field);
  if (given.length === 0 || missing.length === 0) return;
  warnings[at] = scoringWarning(WARNING_CODES.NO_DATA, null, { partial: 'yes', missing: missing.join(', '), given: given.join(', '), givenCount: String(given.length) });
}

/** The significant digits an inexact unrounded value shows in a trace, before its `…`. */
const SHOWN_DIGITS = 30;

/** A trace step from a rounded value (its operands, made for it, frozen): its unrounded value in full when exact, cut with `…` when not. */
export function traceStep(name: string, operation: StepOperation, operands: Readonly<Record<string, string>>, expression: string, rounded: RoundedValue): TraceStep {
  const unrounded = rounded.exact ? (rounded.unrounded === rounded.value ? rounded.text : plain(rounded.unrounded)) : `${shown(rounded.unrounded)}…`;
  return Object.freeze({ name, expression, unrounded, rounding: rounded.rounding, value: rounded.text, operation, operands: Object.freeze(operands) });
}

/**
 * The first significant digits of an inexact value, cut, in plain notation (no trailing zeros), its
 * whole part always in full: `toPrecision` would write a value of more integer digits than it shows
 * with an exponent.
 */
function shown(value: ExactDecimal): string {
  return plain(value.toSignificantDigits(Math.max(SHOWN_DIGITS, value.e + 1), Decimal.ROUND_DOWN));
}
