/**
 * The kinds of indicator, each declared once here: its input fields, its formula, how it measures
 * a body's input, what the award rules compare, and the levers of a what-if. Adding a kind means
 * its name in `INDICATOR_KINDS`, its entry in the table below and its tests.
 *
 * @module
 */
import { divide, type ExactDecimal, HUNDRED, known, plain, ZERO } from '../decimal/decimal.js';
import { round, type StageRounding } from '../decimal/rounding.js';
import { ERROR_CODES, say } from '../errors/cdto-kpi-error.js';
import type { FigureInput } from '../input/figure.js';
import { type IndicatorKind, type Measure, type MeasureStep, type PreparedCriterion, WARNING_CODES } from './contract.js';
import type { InputReader } from './input-reader.js';

/** A share from its parts: numerator a and denominator b. */
export interface ShareInput {
  readonly a: FigureInput;
  readonly b: FigureInput;
}

/** a: the number achieved. */
export interface CountInput {
  readonly a: FigureInput;
}

/** `null`: not reported. */
export interface MilestoneInput {
  readonly done: boolean | null;
}

/** The ids of the criteria met; `null`: not reported. */
export interface CompositeInput {
  readonly met: readonly string[] | null;
}

/** Downtime and the hours of the period it was measured in. */
export interface UptimeInput {
  readonly downtimeHours: FigureInput;
  readonly totalHours: FigureInput;
}

/** Security from percentages already computed. */
export interface SecurityPercentInput {
  /** Ia: percent of the body's information systems with an act of testing for compliance. */
  readonly ia: FigureInput;
  /** Ib: percent of the body's information systems connected to the security operations centre. */
  readonly ib: FigureInput;
}

/** Security from the counts behind Ia and Ib. */
export interface SecurityCountInput {
  /** Information systems with an act (protocol) of testing for compliance. */
  readonly tested: FigureInput;
  /** Information systems connected to the information security operations centre. */
  readonly connected: FigureInput;
  /** All information systems of the body. */
  readonly systems: FigureInput;
}

/** Data digitised in the period, and all the body's data on the architecture portal. */
export interface GrowthInput {
  readonly digitised: FigureInput;
  readonly total: FigureInput;
}

/**
 * b: the failing (or excluded) items; c: all items; `excused` (optional): how many of the b items
 * count in full by common KPI 6's footnote (a service unavailable because of another body's
 * information system); absent or `null`: none.
 */
export interface ComplementRatioInput {
  readonly b: FigureInput;
  readonly c: FigureInput;
  readonly excused?: FigureInput;
}

/** What a body reports for an indicator of each kind. */
export interface IndicatorInputs {
  readonly ratio: ShareInput;
  readonly 'decreasing-ratio': ShareInput;
  readonly count: CountInput;
  readonly milestone: MilestoneInput;
  readonly composite: CompositeInput;
  readonly uptime: UptimeInput;
  readonly security: SecurityPercentInput | SecurityCountInput;
  readonly growth: GrowthInput;
  readonly 'complement-ratio': ComplementRatioInput;
}

/** The input for one kind. */
export type IndicatorInput<K extends IndicatorKind = IndicatorKind> = IndicatorInputs[K];

/** What a kind's measure may use beyond the input. */
export interface MeasureContext {
  /**
   * The rounding of the share stage for this indicator: the method's, keeping at least as many
   * decimals as the target has, so that a measure at or above its target is never rounded below it.
   */
  readonly shareRounding: StageRounding | null;
  /** The definition's criteria (a composite's), or `null`. */
  readonly criteria: readonly PreparedCriterion[] | null;
}

/** The input field a what-if moves to change W, and which way is better. */
export interface KindLever {
  /** The input field moved. */
  readonly field: string;
  /** `higher`: more of it raises W; `lower`: less of it raises W. */
  readonly better: 'higher' | 'lower';
  /** What the field holds: a figure, a done flag, or a list of criteria ids. */
  readonly values: 'figure' | 'done' | 'criteria';
  /** For a kind with two input forms (security): the form the lever belongs to. */
  readonly form?: string;
  /** A figure's bound: the field it cannot pass, or a fixed value; none when absent. */
  readonly bound?: { readonly field: string } | { readonly value: string };
  /** For a figure where less is better: the field it cannot go below; zero when absent. */
  readonly floor?: string;
  /** Counts of things: whole numbers whatever the target's decimals. */
  readonly whole?: boolean;
}

/** A kind of indicator, as the table below declares it. */
export interface KindModule {
  readonly kind: IndicatorKind;
  /** The input fields it takes, in order (a kind with two forms lists both). */
  readonly fields: readonly string[];
  /** The formula, as the trace states it. */
  readonly formula: string;
  /**
   * What the award rules compare with N: `share`, the measured share (Z, A, S), higher is better;
   * `decreasing-share`, the same, lower is better; `count`, the reported number; `milestone`, done or not.
   */
  readonly basis: 'share' | 'decreasing-share' | 'count' | 'milestone';
  /** The fields a what-if moves, with the way that raises W. */
  readonly levers: readonly KindLever[];
  /** Reads the input (every field problem recorded, then thrown at once by `input.done()`) and measures it. */
  readonly measure: (input: InputReader, context: MeasureContext) => Measure;
}

/** The measure of an input with no data: no share, no count. */
const NO_DATA: Measure = Object.freeze({ share: null, fraction: null, count: null, done: null, steps: Object.freeze([]) });

/** A measure's step before its rounding: the figure's name (Z, A, S), what computed it, from which figures. */
type ShareStep = Omit<MeasureStep, 'rounded'>;

/** A share measured as numerator (already × 100) / denominator (not zero), rounded at the share stage, with its exact fraction. */
function quotientShare(numerator: ExactDecimal, denominator: ExactDecimal, step: ShareStep, rounding: StageRounding | null): Measure {
  const share = round(divide(numerator, denominator), rounding);
  return { share, fraction: { numerator, denominator }, count: null, done: null, steps: [{ ...step, rounded: share }] };
}

/** A share known exactly (a sum of criteria, a mean of two percentages, a rule's fixed value). */
function exactShare(value: ExactDecimal, step: ShareStep, rounding: StageRounding | null): Measure {
  const share = round(known(value), rounding);
  return { share, fraction: null, count: null, done: null, steps: [{ ...step, rounded: share }] };
}

/**
 * numerator / denominator × 100, for ratio, decreasing ratio and growth. A zero denominator makes
 * the share 0, with a warning; a numerator above the denominator is kept, with a warning.
 */
function shareOfParts(numerator: string, denominator: string): KindModule['measure'] {
  return (input, { shareRounding }) => {
    const a = input.figure(numerator);
    const b = input.figure(denominator);
    input.done();
    if (a === null || b === null) return NO_DATA;
    if (b.isZero()) {
      input.warn(WARNING_CODES.ZERO_DENOMINATOR, denominator, { measure: 'Z', field: denominator });
      return exactShare(ZERO, { name: 'Z', operation: 'zero-denominator', operands: { [denominator]: '0' }, expression: `${denominator} = 0: 0` }, shareRounding);
    }
    if (a.gt(b)) input.warn(WARNING_CODES.SHARE_ABOVE_100, numerator, { numerator, denominator });
    const [x, y] = [input.text(numerator), input.text(denominator)];
    return quotientShare(a.times(HUNDRED), b, { name: 'Z', operation: 'share', operands: { [numerator]: x, [denominator]: y }, expression: `${x} / ${y} × 100` }, shareRounding);
  };
}

/** Every kind, by kind; the formulas and measures as the editions' methods state them (see `INDICATOR_KINDS`). */
const KINDS: { readonly [K in IndicatorKind]: Omit<KindModule, 'kind'> } = {
  ratio: {
    fields: ['a', 'b'],
    formula: 'Z = a / b × 100; W = U if Z ≥ N, else Z / N × U',
    basis: 'share',
    levers: [{ field: 'a', better: 'higher', values: 'figure' }],
    measure: shareOfParts('a', 'b'),
  },
  // At or below N earns U; above it, N / Z × U (or the printed Z / N × U).
  'decreasing-ratio': {
    fields: ['a', 'b'],
    formula: 'Z = a / b × 100; W = U if Z ≤ N, else N / Z × U (printed rule: Z / N × U)',
    basis: 'decreasing-share',
    levers: [{ field: 'a', better: 'lower', values: 'figure' }],
    measure: shareOfParts('a', 'b'),
  },
  // A number of things ("ед." / "бірл."), compared with the target as reported.
  count: {
    fields: ['a'],
    formula: 'W = U if a ≥ N, else a / N × U',
    basis: 'count',
    levers: [{ field: 'a', better: 'higher', values: 'figure' }],
    measure: (input) => {
      const count = input.figure('a');
      input.done();
      return { share: null, fraction: null, count, done: null, steps: [] };
    },
  },
  // Done or not done ("ед." with target 1).
  milestone: {
    fields: ['done'],
    formula: 'W = U if done, else 0',
    basis: 'milestone',
    levers: [{ field: 'done', better: 'higher', values: 'done' }],
    measure: (input) => {
      const done = input.raw('done');
      if (done === undefined) input.problem(ERROR_CODES.MISSING_FIELD, 'done', 'true, false or null', done, 'missing field');
      else if (done !== null && typeof done !== 'boolean') input.problem(ERROR_CODES.WRONG_TYPE, 'done', 'true, false or null', done);
      input.done();
      input.record('done', done as boolean | null);
      return { share: null, fraction: null, count: null, done: done as boolean | null, steps: [] };
    },
  },
  composite: {
    fields: ['met'],
    formula: 'Z = Σ weights of the criteria met; W = U if Z ≥ N, else Z / N × U',
    basis: 'share',
    levers: [{ field: 'met', better: 'higher', values: 'criteria' }],
    measure: (input, { criteria, shareRounding }) => {
      const met = input.raw('met');
      if (met === undefined) input.problem(ERROR_CODES.MISSING_FIELD, 'met', 'a list of criterion ids, or null', met, 'missing field');
      else if (met !== null && (!Array.isArray(met) || met.some((id) => typeof id !== 'string'))) input.problem(ERROR_CODES.WRONG_TYPE, 'met', 'a list of criterion ids', met);
      input.done();
      if (met === null) {
        input.record('met', null);
        return NO_DATA;
      }
      // A composite's definition always has its criteria (see `prepareDefinition`).
      const byId = new Map(criteria!.map((criterion) => [criterion.id, criterion]));
      const seen = new Set<string>();
      let sum: ExactDecimal = ZERO;
      for (const id of met as readonly string[]) {
        const criterion = byId.get(id);
        if (criterion === undefined) throw input.fail(ERROR_CODES.UNKNOWN_CRITERION, 'met', say('one of {values}', { values: [...byId.keys()] }), id, 'unknown criterion');
        if (seen.has(id)) throw input.fail(ERROR_CODES.DUPLICATE_CRITERION, 'met', 'each criterion at most once', id, 'criterion listed twice');
        seen.add(id);
        sum = sum.plus(criterion.weight);
      }
      const ordered = criteria!.filter((criterion) => seen.has(criterion.id));
      input.record('met', Object.freeze(ordered.map((criterion) => criterion.id)));
      const operands = Object.fromEntries(ordered.map((criterion) => [criterion.id, plain(criterion.weight)]));
      const expression = ordered.length === 0 ? 'no criterion met: 0' : ordered.map((criterion) => `${plain(criterion.weight)} (${criterion.id})`).join(' + ');
      return exactShare(sum, { name: 'Z', operation: 'criteria-sum', operands, expression }, shareRounding);
    },
  },
  uptime: {
    fields: ['downtimeHours', 'totalHours'],
    formula: 'A = 100 − t_down / t_total × 100; W = U if A ≥ N, else A / N × U',
    basis: 'share',
    levers: [{ field: 'downtimeHours', better: 'lower', values: 'figure' }],
    measure: (input, { shareRounding }) => {
      const down = input.figure('downtimeHours');
      const total = input.figure('totalHours');
      input.done();
      if (down === null || total === null) return NO_DATA;
      if (total.isZero()) throw input.fail(ERROR_CODES.FIGURE_OUT_OF_RANGE, 'totalHours', 'hours of the period, above zero', plain(total));
      if (down.gt(total)) throw input.fail(ERROR_CODES.INCONSISTENT_FIGURES, 'downtimeHours', say('at most {field} ({value})', { field: 'totalHours', value: plain(total) }), plain(down), 'downtime longer than the period');
      const [x, y] = [input.text('downtimeHours'), input.text('totalHours')];
      return quotientShare(total.minus(down).times(HUNDRED), total, { name: 'A', operation: 'complement', operands: { downtimeHours: x, totalHours: y }, expression: `100 − ${x} / ${y} × 100` }, shareRounding);
    },
  },
  // From the percentages or from the counts behind them.
  security: {
    fields: ['ia', 'ib', 'tested', 'connected', 'systems'],
    formula: 'S = (Ia + Ib) / 2; W = U if S ≥ N, else S / N × U',
    basis: 'share',
    levers: [
      { field: 'ia', better: 'higher', values: 'figure', form: 'percent', bound: { value: '100' } },
      { field: 'ib', better: 'higher', values: 'figure', form: 'percent', bound: { value: '100' } },
      { field: 'tested', better: 'higher', values: 'figure', form: 'count', bound: { field: 'systems' }, whole: true },
      { field: 'connected', better: 'higher', values: 'figure', form: 'count', bound: { field: 'systems' }, whole: true },
    ],
    measure: (input, { shareRounding }) => {
      if (input.has('systems') || input.has('tested') || input.has('connected')) {
        if (input.has('ia') || input.has('ib')) {
          const field = input.has('ia') ? 'ia' : 'ib';
          throw input.fail(ERROR_CODES.UNEXPECTED_FIELD, field, 'either ia and ib, or tested, connected and systems', input.raw(field), 'two forms mixed');
        }
        const tested = input.figure('tested');
        const connected = input.figure('connected');
        const systems = input.figure('systems');
        input.done();
        if (tested === null || connected === null || systems === null) return NO_DATA;
        for (const [field, value] of [['tested', tested], ['connected', connected]] as const) {
          if (value.gt(systems)) throw input.fail(ERROR_CODES.INCONSISTENT_FIGURES, field, say('at most {field} ({value})', { field: 'systems', value: plain(systems) }), plain(value), 'more systems than the body has');
        }
        if (systems.isZero()) {
          input.warn(WARNING_CODES.ZERO_DENOMINATOR, 'systems', { measure: 'S', field: 'systems' });
          return exactShare(ZERO, { name: 'S', operation: 'zero-denominator', operands: { systems: '0' }, expression: 'systems = 0: 0' }, shareRounding);
        }
        const [t, c, s] = [input.text('tested'), input.text('connected'), input.text('systems')];
        return quotientShare(
          tested.plus(connected).times(HUNDRED),
          systems.times(2),
          { name: 'S', operation: 'security-counts', operands: { tested: t, connected: c, systems: s }, expression: `(${t} / ${s} × 100 + ${c} / ${s} × 100) / 2` },
          shareRounding,
        );
      }
      const ia = input.figure('ia', { percentSign: 'accepted' });
      const ib = input.figure('ib', { percentSign: 'accepted' });
      input.done();
      if (ia === null || ib === null) return NO_DATA;
      for (const [field, value] of [['ia', ia], ['ib', ib]] as const) {
        if (value.gt(HUNDRED)) throw input.fail(ERROR_CODES.FIGURE_OUT_OF_RANGE, field, 'a percentage from 0 to 100', plain(value));
      }
      const [x, y] = [input.text('ia'), input.text('ib')];
      return exactShare(ia.plus(ib).div(2), { name: 'S', operation: 'mean', operands: { ia: x, ib: y }, expression: `(${x} + ${y}) / 2` }, shareRounding);
    },
  },
  // Data digitised in the period over all the body's data on the architecture portal, × 100, against a target of growth in percent.
  growth: {
    fields: ['digitised', 'total'],
    formula: 'Z = digitised / total × 100; W = U if Z ≥ N (growth by N %), else Z / N × U',
    basis: 'share',
    levers: [{ field: 'digitised', better: 'higher', values: 'figure', bound: { field: 'total' } }],
    measure: shareOfParts('digitised', 'total'),
  },
  // b: failing or excluded items, c: all items.
  'complement-ratio': {
    fields: ['b', 'c', 'excused'],
    formula: 'A = 100 − b / c × 100; W = U if A ≥ N, else A / N × U',
    basis: 'share',
    levers: [{ field: 'b', better: 'lower', values: 'figure', floor: 'excused', whole: true }],
    measure: (input, { shareRounding }) => {
      const b = input.figure('b');
      const c = input.figure('c');
      const excused = input.has('excused') ? input.figure('excused') : null;
      input.done();
      if (b === null || c === null) return NO_DATA;
      if (b.gt(c)) throw input.fail(ERROR_CODES.INCONSISTENT_FIGURES, 'b', say('at most {field} ({value})', { field: 'c', value: plain(c) }), plain(b), 'more failures than items');
      if (excused !== null && excused.gt(b)) throw input.fail(ERROR_CODES.INCONSISTENT_FIGURES, 'excused', say('at most {field} ({value})', { field: 'b', value: plain(b) }), plain(excused), 'more items excused than failing');
      if (c.isZero()) {
        input.warn(WARNING_CODES.ZERO_DENOMINATOR, 'c', { measure: 'A', field: 'c' });
        return exactShare(HUNDRED, { name: 'A', operation: 'zero-denominator', operands: { c: '0' }, expression: 'c = 0: 100 − 0' }, shareRounding);
      }
      const [x, y] = [input.text('b'), input.text('c')];
      if (excused !== null && !excused.isZero()) {
        const e = input.text('excused');
        return quotientShare(c.minus(b).plus(excused).times(HUNDRED), c, { name: 'A', operation: 'complement-excused', operands: { b: x, excused: e, c: y }, expression: `100 − (${x} − ${e} excused) / ${y} × 100` }, shareRounding);
      }
      return quotientShare(c.minus(b).times(HUNDRED), c, { name: 'A', operation: 'complement', operands: { b: x, c: y }, expression: `100 − ${x} / ${y} × 100` }, shareRounding);
    },
  },
};

/** Every kind's module, by kind, frozen with its fields and levers. */
const KIND_MODULES = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(
    Object.entries(KINDS).map(([kind, declared]) => [
      kind,
      Object.freeze({ kind, ...declared, fields: Object.freeze([...declared.fields]), levers: Object.freeze(declared.levers.map((lever) => Object.freeze({ ...lever }))) }),
    ]),
  ),
) as Readonly<Record<IndicatorKind, KindModule>>;

/** The input fields each kind takes, in order (security lists both of its forms). */
export const INPUT_FIELDS: Readonly<Record<IndicatorKind, readonly string[]>> = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(Object.entries(KIND_MODULES).map(([kind, module]) => [kind, module.fields])) as Record<IndicatorKind, readonly string[]>,
);

/** A kind's module, or `undefined` for anything that is not a kind (own keys only). */
export function kindModule(kind: unknown): KindModule | undefined {
  return typeof kind === 'string' && Object.hasOwn(KIND_MODULES, kind) ? KIND_MODULES[kind as IndicatorKind] : undefined;
}
