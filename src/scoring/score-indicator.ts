/**
 * Scoring one indicator: from a definition (kind, weight U, target N) and a body's input to the
 * awarded weight W, with its trace.
 *
 * @module
 */
import { divide, Exact, type ExactDecimal, plain, type Quotient } from '../decimal/decimal.js';
import { readFigure, type ReadFigure } from '../input/figure-input.js';
import { roundStage, type RoundedValue } from '../decimal/rounding.js';
import { CdtoKpiError, ERROR_CODES, type ErrorLocation, failure } from '../errors/cdto-kpi-error.js';
import { deepFreeze } from '../freeze.js';
import { INDICATOR_KINDS, INPUT_FIELDS, type IndicatorDefinition, type IndicatorKind } from '../kinds/kinds.js';
import { checkedMethod, PUBLISHED_METHOD, type ScoringMethod } from './method.js';
import { type AwardRule, traceStep, type TraceStep } from './trace.js';
import { type ScoringWarning, WARNING_CODES, type WarningCode } from './warnings.js';

/** The formula of each kind, as the trace states it. */
export const KIND_FORMULAS: Readonly<Record<IndicatorKind, string>> = deepFreeze({
  ratio: 'Z = a / b × 100; W = U if Z ≥ N, else Z / N × U',
  'decreasing-ratio': 'Z = a / b × 100; W = U if Z ≤ N, else N / Z × U (printed rule: Z / N × U)',
  count: 'W = U if a ≥ N, else a / N × U',
  milestone: 'W = U if done, else 0',
  composite: 'Z = Σ weights of the criteria met; W = U if Z ≥ N, else Z / N × U',
  uptime: 'A = 100 − t_down / t_total × 100; W = U if A ≥ N, else A / N × U',
  security: 'S = (Ia + Ib) / 2; W = U if S ≥ N, else S / N × U',
  growth: 'Z = digitised / total × 100; W = U if Z ≥ N (growth by N %), else Z / N × U',
  'complement-ratio': 'A = 100 − b / c × 100; W = U if A ≥ N, else A / N × U',
});

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
  readonly trace: IndicatorTrace;
  readonly warnings: readonly ScoringWarning[];
}

/** The trace of a scored indicator. */
export interface IndicatorTrace {
  readonly formula: string;
  /** The inputs as read: exact decimal strings, `null` for no data, booleans and id lists as given. */
  readonly inputs: Readonly<Record<string, string | boolean | readonly string[] | null>>;
  readonly steps: readonly TraceStep[];
  readonly rule: AwardRule;
  /** The name of the method applied. */
  readonly method: string;
}

/** An exact fraction: the measured figure before any rounding, when its quotient is not finite. */
interface Fraction {
  readonly numerator: ExactDecimal;
  readonly denominator: ExactDecimal;
}

interface Measure {
  /** The measured figure (rounded), or null when there is no data. */
  readonly share: RoundedValue | null;
  /** The measured figure as an exact fraction, so that an unrounded share enters W exactly. */
  readonly fraction: Fraction | null;
  /** For counts: the reported number compared with N. */
  readonly count: ExactDecimal | null;
  readonly done: boolean | null;
  readonly steps: TraceStep[];
  readonly inputs: Record<string, string | boolean | readonly string[] | null>;
  readonly warnings: ScoringWarning[];
}

const HUNDRED = new Exact(100);
const ZERO = new Exact(0);
const ONE = new Exact(1);
const known = (value: ExactDecimal): Quotient => ({ value, exact: true });

/**
 * Scores one indicator.
 *
 * Rules, in order (those of the Q1 2024 report, made explicit):
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
 * @param definition - kind, id, weight U and target N of the indicator for the year scored
 * @param input - what the body reported, in the shape its kind takes (see `IndicatorInputs`)
 * @param method - the scoring method; defaults to {@link PUBLISHED_METHOD}
 * @param location - body and direction, to say where an error is
 * @returns the score with its trace and warnings, deeply frozen, JSON-serialisable
 * @throws {@link CdtoKpiError} for a missing, unexpected, negative, inexact or unreadable field,
 *   an unknown kind or criterion, or an impossible input (downtime above the period, failures
 *   above the total, a percentage above 100)
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
export function scoreIndicator(
  definition: IndicatorDefinition,
  input: unknown,
  method: ScoringMethod = PUBLISHED_METHOD,
  location: ErrorLocation = {},
): IndicatorScore {
  if (typeof definition !== 'object' || definition === null) {
    throw failure(ERROR_CODES.WRONG_TYPE, { ...location, field: 'definition' }, 'an indicator definition ({ id, kind, weight, target })', definition);
  }
  method = checkedMethod(method);
  const where: ErrorLocation = { ...location, indicator: definition.id };
  if (!(INDICATOR_KINDS as readonly string[]).includes(definition.kind)) {
    throw failure(ERROR_CODES.UNKNOWN_KIND, { ...where, field: 'kind' }, `one of ${INDICATOR_KINDS.join(', ')}`, definition.kind);
  }
  const weight = definitionFigure(definition.weight, { ...where, field: 'weight' });
  const target = definitionFigure(definition.target, { ...where, field: 'target' });
  const criteria = definition.kind === 'composite' ? readCriteria(definition.criteria, where) : null;
  checkInputShape(definition.kind, input, where);
  const measure = measureInput(definition.kind, criteria, input as Record<string, unknown>, method, where);
  const warnings = [...measure.warnings];
  const steps = [...measure.steps];
  const rounding = method.rounding.awarded;

  let rule: AwardRule;
  let awarded: RoundedValue;
  let expression: string;
  const zero = (): RoundedValue => roundStage(known(ZERO), rounding);
  if (weight === null || weight.isZero()) {
    rule = 'not-applicable';
    awarded = zero();
    expression = weight === null ? 'no weight for the year: 0' : 'weight 0 for the year: 0';
    warnings.push(warning(WARNING_CODES.NOT_APPLICABLE, null, 'the indicator has no weight (or a weight of 0) for the year scored'));
  } else if (target === null || target.isZero()) {
    rule = 'no-target';
    awarded = zero();
    expression = 'N = 0 or none: 0';
    warnings.push(
      target === null
        ? warning(WARNING_CODES.WEIGHT_WITHOUT_TARGET, 'target', `a weight of ${plain(weight)} is given for the year but no target, so W = 0; the weight still counts in the planned total`)
        : warning(WARNING_CODES.NO_TARGET, 'target', 'the target is 0 or none, so W = 0'),
    );
  } else if (definition.kind === 'milestone') {
    if (measure.done === null) {
      rule = 'no-data';
      awarded = zero();
      expression = 'no data: 0';
    } else {
      rule = measure.done ? 'done' : 'not-done';
      awarded = roundStage(known(measure.done ? weight : ZERO), rounding);
      expression = measure.done ? `done: U = ${plain(weight)}` : 'not done: 0';
    }
  } else if (definition.kind === 'count') {
    const a = measure.count;
    if (a === null) {
      rule = 'no-data';
      awarded = zero();
      expression = 'no data: 0';
    } else if (a.gte(target)) {
      rule = 'at-target';
      awarded = roundStage(known(weight), rounding);
      expression = `${plain(a)} ≥ ${plain(target)}: U = ${plain(weight)}`;
    } else {
      rule = 'proportional';
      awarded = roundStage(divide(a.times(weight), target), rounding);
      expression = `${plain(a)} / ${plain(target)} × ${plain(weight)}`;
    }
  } else if (measure.share === null) {
    rule = 'no-data';
    awarded = zero();
    expression = 'no data: 0';
  } else {
    const z = measure.share.value;
    // A share kept unrounded and not finite (1/3) enters W as its exact fraction, never as digits.
    const unrounded = method.rounding.share === null && !measure.share.exact && measure.fraction !== null;
    const { numerator, denominator } = unrounded ? measure.fraction! : { numerator: z, denominator: ONE };
    const decreasing = definition.kind === 'decreasing-ratio';
    const atTarget = decreasing ? numerator.lte(target.times(denominator)) : numerator.gte(target.times(denominator));
    if (atTarget) {
      rule = 'at-target';
      awarded = roundStage(known(weight), rounding);
      expression = `${plain(z)} ${decreasing ? '≤' : '≥'} ${plain(target)}: U = ${plain(weight)}`;
    } else if (decreasing && method.decreasingAboveTarget === 'inverse-proportional') {
      rule = 'inverse-proportional';
      awarded = roundStage(divide(target.times(weight).times(denominator), numerator), rounding);
      expression = `${plain(target)} / ${plain(z)} × ${plain(weight)}`;
    } else {
      rule = decreasing ? 'printed-decreasing' : 'proportional';
      awarded = roundStage(divide(numerator.times(weight), target.times(denominator)), rounding);
      expression = `${plain(z)} / ${plain(target)} × ${plain(weight)}`;
      if (decreasing && awarded.value.gt(weight)) {
        warnings.push(
          warning(WARNING_CODES.AWARDED_ABOVE_WEIGHT, null, `the printed decreasing rule awards ${plain(awarded.value)}, more than U = ${plain(weight)}`),
        );
      }
    }
  }
  if (weight !== null && rule !== 'printed-decreasing' && awarded.value.gt(weight)) {
    // Only a rounding away from zero can pass U (a weight with more decimals than the policy
    // keeps); W never exceeds U but by the printed decreasing rule, asked for explicitly.
    awarded = { ...awarded, value: weight };
    expression = `${expression} (rounded above U: capped at U = ${plain(weight)})`;
  }
  if (rule === 'no-data' && !warnings.some((w) => w.code === WARNING_CODES.BLANK_CELL)) {
    warnings.push(warning(WARNING_CODES.NO_DATA, null, 'nothing was reported, so W = 0'));
  }
  steps.push(traceStep('W', expression, awarded));
  const result: IndicatorScore = {
    indicator: definition.id,
    kind: definition.kind,
    weight: weight === null ? null : plain(weight),
    target: target === null ? null : plain(target),
    share: measure.share === null ? null : plain(measure.share.value),
    awarded: plain(awarded.value),
    rule,
    trace: { formula: KIND_FORMULAS[definition.kind], inputs: measure.inputs, steps, rule, method: method.name },
    warnings,
  };
  return deepFreeze(result);
}

function definitionFigure(value: string | null, location: ErrorLocation): ExactDecimal | null {
  if (value === null) return null;
  if (typeof value !== 'string') {
    throw failure(ERROR_CODES.WRONG_TYPE, location, 'an exact decimal string or null', value);
  }
  return readFigure(value, location).value;
}

function readCriteria(criteria: unknown, where: ErrorLocation): readonly { readonly id: string; readonly weight: ExactDecimal }[] {
  if (!Array.isArray(criteria) || criteria.length === 0) {
    throw failure(ERROR_CODES.WRONG_TYPE, { ...where, field: 'criteria' }, 'a non-empty list of criteria ({ id, weight })', criteria);
  }
  const ids = new Set<string>();
  return criteria.map((criterion: unknown, index) => {
    const id = (criterion as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '' || ids.has(id)) {
      throw failure(ERROR_CODES.INVALID_VALUE, { ...where, field: `criteria[${index}].id` }, 'a criterion id, unique in the list', id);
    }
    ids.add(id);
    const weight = (criterion as { weight?: unknown }).weight;
    const location = { ...where, field: `criteria.${id}.weight` };
    if (typeof weight !== 'string') throw failure(ERROR_CODES.WRONG_TYPE, location, 'an exact decimal string', weight);
    const read = readFigure(weight, location);
    if (read.value === null) throw failure(ERROR_CODES.INVALID_VALUE, location, 'a weight, not a dash or an empty cell', weight);
    return { id, weight: read.value };
  });
}

function checkInputShape(kind: IndicatorKind, input: unknown, where: ErrorLocation): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw failure(ERROR_CODES.WRONG_TYPE, where, `an object with ${INPUT_FIELDS[kind].join(', ')}`, input);
  }
  for (const field of Object.keys(input)) {
    if (!INPUT_FIELDS[kind].includes(field)) {
      throw failure(
        ERROR_CODES.UNEXPECTED_FIELD,
        { ...where, field },
        `only ${INPUT_FIELDS[kind].join(', ')} for a ${kind} indicator`,
        (input as Record<string, unknown>)[field],
        'unexpected field',
      );
    }
  }
}

function warning(code: WarningCode, field: string | null, message: string): ScoringWarning {
  return { code, field, message };
}

function figure(input: Record<string, unknown>, field: string, where: ErrorLocation, measure: Measure): ExactDecimal | null {
  const read: ReadFigure = readFigure(input[field], { ...where, field });
  measure.inputs[field] = read.value === null ? null : plain(read.value);
  if (read.irregularGrouping) {
    measure.warnings.push(warning(WARNING_CODES.IRREGULAR_GROUPING, field, `"${field}" has digit groups that are not of three (${JSON.stringify(input[field])}): read as ${plain(read.value!)}; check the source`));
  }
  if (read.absence === 'blank') {
    measure.warnings.push(warning(WARNING_CODES.BLANK_CELL, field, `"${field}" is an empty cell, read as no data`));
  }
  return read.value;
}

function emptyMeasure(): Measure {
  return { share: null, fraction: null, count: null, done: null, steps: [], inputs: {}, warnings: [] };
}

function measureInput(
  kind: IndicatorKind,
  criteria: readonly { readonly id: string; readonly weight: ExactDecimal }[] | null,
  input: Record<string, unknown>,
  method: ScoringMethod,
  where: ErrorLocation,
): Measure {
  const m = emptyMeasure();
  const shareRounding = method.rounding.share;
  const withShare = (share: RoundedValue, step: TraceStep, fraction: Fraction | null = null): Measure => ({ ...m, share, fraction, steps: [...m.steps, step] });
  /** The share numerator / denominator, rounded at the share stage, with its exact fraction. */
  const quotient = (numerator: ExactDecimal, denominator: ExactDecimal, name: string, expression: string): Measure => {
    const z = roundStage(divide(numerator, denominator), shareRounding);
    return withShare(z, traceStep(name, expression, z), { numerator, denominator });
  };
  switch (kind) {
    case 'ratio':
    case 'decreasing-ratio':
    case 'growth': {
      const [num, den] = kind === 'growth' ? ['digitised', 'total'] : ['a', 'b'];
      const a = figure(input, num!, where, m);
      const b = figure(input, den!, where, m);
      if (a === null || b === null) return m;
      if (b.isZero()) {
        m.warnings.push(warning(WARNING_CODES.ZERO_DENOMINATOR, den!, `${den} = 0, so Z = 0`));
        return withShare(roundStage(known(ZERO), shareRounding), traceStep('Z', `${den} = 0: 0`, roundStage(known(ZERO), shareRounding)));
      }
      if (a.gt(b)) m.warnings.push(warning(WARNING_CODES.SHARE_ABOVE_100, num!, `${num} > ${den}: the share is above 100 % and kept as it is`));
      return quotient(a.times(HUNDRED), b, 'Z', `${plain(a)} / ${plain(b)} × 100`);
    }
    case 'count': {
      const a = figure(input, 'a', where, m);
      return { ...m, count: a };
    }
    case 'milestone': {
      const done = input['done'];
      if (done === undefined) throw failure(ERROR_CODES.MISSING_FIELD, { ...where, field: 'done' }, 'true, false or null', done, 'missing field');
      if (done !== null && typeof done !== 'boolean') {
        throw failure(ERROR_CODES.WRONG_TYPE, { ...where, field: 'done' }, 'true, false or null', done);
      }
      m.inputs['done'] = done;
      return { ...m, done };
    }
    case 'composite': {
      const met = input['met'];
      if (met === undefined) throw failure(ERROR_CODES.MISSING_FIELD, { ...where, field: 'met' }, 'a list of criterion ids, or null', met, 'missing field');
      if (met === null) {
        m.inputs['met'] = null;
        return m;
      }
      if (!Array.isArray(met) || met.some((id) => typeof id !== 'string')) {
        throw failure(ERROR_CODES.WRONG_TYPE, { ...where, field: 'met' }, 'a list of criterion ids', met);
      }
      const byId = new Map((criteria ?? []).map((criterion) => [criterion.id, criterion]));
      const seen = new Set<string>();
      let sum = ZERO;
      for (const id of met as string[]) {
        const criterion = byId.get(id);
        if (criterion === undefined) {
          throw failure(ERROR_CODES.UNKNOWN_CRITERION, { ...where, field: 'met' }, `one of ${[...byId.keys()].join(', ')}`, id, 'unknown criterion');
        }
        if (seen.has(id)) throw failure(ERROR_CODES.DUPLICATE_CRITERION, { ...where, field: 'met' }, 'each criterion at most once', id, 'criterion listed twice');
        seen.add(id);
        sum = sum.plus(criterion.weight);
      }
      const ordered = (criteria ?? []).filter((criterion) => seen.has(criterion.id));
      m.inputs['met'] = ordered.map((criterion) => criterion.id);
      const z = roundStage(known(sum), shareRounding);
      const expression = ordered.length === 0 ? 'no criterion met: 0' : ordered.map((criterion) => `${plain(criterion.weight)} (${criterion.id})`).join(' + ');
      return withShare(z, traceStep('Z', expression, z));
    }
    case 'uptime': {
      const down = figure(input, 'downtimeHours', where, m);
      const total = figure(input, 'totalHours', where, m);
      if (down === null || total === null) return m;
      if (total.isZero()) throw failure(ERROR_CODES.FIGURE_OUT_OF_RANGE, { ...where, field: 'totalHours' }, 'hours of the period, above zero', plain(total));
      if (down.gt(total)) {
        throw failure(ERROR_CODES.INCONSISTENT_FIGURES, { ...where, field: 'downtimeHours' }, `at most totalHours (${plain(total)})`, plain(down), 'downtime longer than the period');
      }
      return quotient(total.minus(down).times(HUNDRED), total, 'A', `100 − ${plain(down)} / ${plain(total)} × 100`);
    }
    case 'security': {
      const countForm = 'systems' in input || 'tested' in input || 'connected' in input;
      if (countForm) {
        if ('ia' in input || 'ib' in input) {
          throw failure(ERROR_CODES.UNEXPECTED_FIELD, { ...where, field: 'ia' in input ? 'ia' : 'ib' }, 'either ia and ib, or tested, connected and systems', input, 'two forms mixed');
        }
        const tested = figure(input, 'tested', where, m);
        const connected = figure(input, 'connected', where, m);
        const systems = figure(input, 'systems', where, m);
        if (tested === null || connected === null || systems === null) return m;
        for (const [field, value] of [['tested', tested], ['connected', connected]] as const) {
          if (value.gt(systems)) {
            throw failure(ERROR_CODES.INCONSISTENT_FIGURES, { ...where, field }, `at most systems (${plain(systems)})`, plain(value), 'more systems than the body has');
          }
        }
        if (systems.isZero()) {
          m.warnings.push(warning(WARNING_CODES.ZERO_DENOMINATOR, 'systems', 'systems = 0, so Ia = Ib = 0'));
          const s = roundStage(known(ZERO), shareRounding);
          return withShare(s, traceStep('S', 'systems = 0: 0', s));
        }
        return quotient(tested.plus(connected).times(HUNDRED), systems.times(2), 'S', `(${plain(tested)} / ${plain(systems)} × 100 + ${plain(connected)} / ${plain(systems)} × 100) / 2`);
      }
      const ia = figure(input, 'ia', where, m);
      const ib = figure(input, 'ib', where, m);
      if (ia === null || ib === null) return m;
      for (const [field, value] of [['ia', ia], ['ib', ib]] as const) {
        if (value.gt(HUNDRED)) throw failure(ERROR_CODES.FIGURE_OUT_OF_RANGE, { ...where, field }, 'a percentage from 0 to 100', plain(value));
      }
      const s = roundStage(known(ia.plus(ib).div(2)), shareRounding);
      return withShare(s, traceStep('S', `(${plain(ia)} + ${plain(ib)}) / 2`, s));
    }
    case 'complement-ratio': {
      const b = figure(input, 'b', where, m);
      const c = figure(input, 'c', where, m);
      // Optional: of the b items, those excused (common KPI 6's footnote: a service down because of
      // another body's information system counts in full). Absent or null: none excused.
      const excused = input['excused'] === undefined ? null : figure(input, 'excused', where, m);
      if (b === null || c === null) return m;
      if (b.gt(c)) throw failure(ERROR_CODES.INCONSISTENT_FIGURES, { ...where, field: 'b' }, `at most c (${plain(c)})`, plain(b), 'more failures than items');
      if (excused !== null && excused.gt(b)) {
        throw failure(ERROR_CODES.INCONSISTENT_FIGURES, { ...where, field: 'excused' }, `at most b (${plain(b)})`, plain(excused), 'more items excused than failing');
      }
      if (c.isZero()) {
        m.warnings.push(warning(WARNING_CODES.ZERO_DENOMINATOR, 'c', 'c = 0, so b / c = 0 and A = 100'));
        const a = roundStage(known(HUNDRED), shareRounding);
        return withShare(a, traceStep('A', 'c = 0: 100 − 0', a));
      }
      if (excused !== null && !excused.isZero()) {
        return quotient(c.minus(b).plus(excused).times(HUNDRED), c, 'A', `100 − (${plain(b)} − ${plain(excused)} excused) / ${plain(c)} × 100`);
      }
      return quotient(c.minus(b).times(HUNDRED), c, 'A', `100 − ${plain(b)} / ${plain(c)} × 100`);
    }
  }
}
