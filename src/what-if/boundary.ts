/**
 * The least figure that earns the full weight, found by exact search with the scorer as the
 * oracle: the answer is right by construction, whatever the kind's formula and the method's
 * roundings.
 *
 * @module
 */
import { ExactDecimal, plain, powerOfTen } from '../decimal/decimal.js';
import { readExactFigure } from '../input/figure-input.js';
import { isCdtoKpiError } from '../errors/cdto-kpi-error.js';
import type { IndicatorDefinition } from '../kinds/kinds.js';
import type { ScoringMethod } from '../scoring/method.js';
import { scoreIndicator } from '../scoring/score-indicator.js';
import type { FigureLever } from './levers.js';

/** The figure a lever needs. */
export interface Boundary {
  /** The least (or, for a figure where less is better, the greatest) figure that earns W = U, as an exact decimal string. */
  readonly needed: string;
  /** The decimals searched: those of the reported figure or of the target, whichever are more (none for a count of things). */
  readonly decimals: number;
}

/** Doublings tried before a figure that earns the full weight is given up as out of reach. */
const MAX_DOUBLINGS = 80;

/**
 * Tells whether an input earns the full weight: W = U, by the scorer. An input the scorer refuses
 * (a percentage above 100, more tested systems than systems) earns nothing.
 *
 * @internal
 */
export function earnsFullWeight(definition: IndicatorDefinition, input: unknown, method: ScoringMethod): boolean {
  try {
    const score = scoreIndicator(definition, input, method);
    return score.weight !== null && new ExactDecimal(score.awarded).eq(score.weight) && !new ExactDecimal(score.weight).isZero() && score.rule !== 'no-target';
  } catch (error) {
    if (isCdtoKpiError(error)) return false;
    throw error;
  }
}

/**
 * Finds the least figure of a lever that earns the full weight, the other fields unchanged.
 *
 * The search runs over the multiples of one unit of the last decimal kept (see
 * {@link Boundary.decimals}): from the reported figure towards better, doubling the step until the
 * scorer awards W = U, then halving the interval; the scorer decides every step. W does not fall
 * as a figure gets better (a property of every kind), so the boundary is exact.
 *
 * @param definition - the indicator's definition for the year
 * @param input - the body's input, the lever's field reported
 * @param lever - the field and the better direction
 * @param method - the scoring method
 * @returns the figure and its decimals, or `null` when no figure within the lever's bound earns the full weight
 */
export function findBoundary(definition: IndicatorDefinition, input: Readonly<Record<string, unknown>>, lever: FigureLever, method: ScoringMethod): Boundary | null {
  const reported = figureOf(input[lever.field]);
  if (reported === null) return null;
  const target = definition.target === null ? new ExactDecimal(0) : new ExactDecimal(definition.target);
  const decimals = lever.whole ? reported.decimalPlaces() : Math.max(reported.decimalPlaces(), target.decimalPlaces());
  const unit = powerOfTen(-decimals);
  const at = (steps: ExactDecimal): ExactDecimal => steps.times(unit);
  const earns = (steps: ExactDecimal): boolean => earnsFullWeight(definition, { ...input, [lever.field]: plain(at(steps)) }, method);
  const start = reported.div(unit).floor();
  const bound = boundOf(lever, input);
  if (lever.better === 'lower') {
    // The greatest figure from its floor (0, or the field it cannot go below) up to the reported
    // one that earns U.
    const floor = lever.floor === undefined ? null : figureOf(input[lever.floor.field]);
    const lowest = floor === null ? new ExactDecimal(0) : floor.div(unit).ceil();
    if (lowest.gt(start) || !earns(lowest)) return null;
    let good = lowest;
    let bad = start;
    if (earns(bad)) return { needed: plain(at(bad)), decimals };
    while (bad.minus(good).gt(1)) {
      const middle = good.plus(bad).div(2).floor();
      if (earns(middle)) good = middle;
      else bad = middle;
    }
    return { needed: plain(at(good)), decimals };
  }
  let bad = start;
  if (earns(bad)) return { needed: plain(at(bad)), decimals };
  let good: ExactDecimal | null = null;
  const limit = bound === null ? null : bound.div(unit).floor();
  let step = new ExactDecimal(1);
  for (let doubling = 0; doubling < MAX_DOUBLINGS; doubling += 1) {
    let candidate = bad.plus(step);
    if (limit !== null && candidate.gte(limit)) candidate = limit;
    if (earns(candidate)) {
      good = candidate;
      break;
    }
    if (limit !== null && candidate.eq(limit)) return null;
    bad = candidate;
    step = step.times(2);
  }
  if (good === null) return null;
  while (good.minus(bad).gt(1)) {
    const middle = good.plus(bad).div(2).floor();
    if (earns(middle)) good = middle;
    else bad = middle;
  }
  return { needed: plain(at(good)), decimals };
}

function figureOf(value: unknown): ExactDecimal | null {
  try {
    return readExactFigure(value, {}).value;
  } catch (error) {
    if (isCdtoKpiError(error)) return null;
    throw error;
  }
}

function boundOf(lever: FigureLever, input: Readonly<Record<string, unknown>>): ExactDecimal | null {
  if (lever.bound === null) return null;
  if ('value' in lever.bound) return new ExactDecimal(lever.bound.value);
  return figureOf(input[lever.bound.field]);
}
