/**
 * The lever of each kind: the input field a body can move to reach the full weight, and which way
 * is better. One small table, so that a registry of kinds can later declare it instead.
 *
 * @module
 */
import { deepFreeze } from '../freeze.js';
import type { IndicatorKind } from '../kinds/kinds.js';

/** Which way a figure is better. */
export type LeverDirection = 'higher' | 'lower';

/** A figure a body can move, the others unchanged. */
export interface FigureLever {
  readonly type: 'figure';
  readonly field: string;
  readonly better: LeverDirection;
  /**
   * The field whose reported value bounds this one (the lever cannot pass it: tested systems
   * cannot outnumber systems), or a fixed bound (`'100'` for a percentage); `null`: none.
   */
  readonly bound: { readonly field: string } | { readonly value: string } | null;
  /**
   * For a figure where less is better: the field whose reported value it cannot go below (the
   * failing services cannot be fewer than those excused); `null`: zero.
   */
  readonly floor?: { readonly field: string };
  /** Counts of things: whole numbers whatever the target's decimals. */
  readonly whole: boolean;
}

/** A milestone: done. */
export interface DoneLever {
  readonly type: 'done';
  readonly field: 'done';
}

/** A composite: criteria still to meet. */
export interface CriteriaLever {
  readonly type: 'criteria';
  readonly field: 'met';
}

/** One of the levers. */
export type Lever = FigureLever | DoneLever | CriteriaLever;

const figure = (field: string, better: LeverDirection, bound: FigureLever['bound'], whole: boolean): FigureLever => ({ type: 'figure', field, better, bound, whole });

/**
 * The levers of each kind, in the order they are tried; where a kind has several (the security
 * KPI's two percentages or two counts), the one needing the least change is reported. A form's
 * levers apply only when the input is in that form.
 */
export const LEVERS: Readonly<Record<IndicatorKind, readonly Lever[]>> = deepFreeze({
  ratio: [figure('a', 'higher', null, false)],
  'decreasing-ratio': [figure('a', 'lower', null, false)],
  count: [figure('a', 'higher', null, false)],
  milestone: [{ type: 'done', field: 'done' }],
  composite: [{ type: 'criteria', field: 'met' }],
  uptime: [figure('downtimeHours', 'lower', null, false)],
  security: [
    figure('ia', 'higher', { value: '100' }, false),
    figure('ib', 'higher', { value: '100' }, false),
    figure('tested', 'higher', { field: 'systems' }, true),
    figure('connected', 'higher', { field: 'systems' }, true),
  ],
  growth: [figure('digitised', 'higher', { field: 'total' }, false)],
  // b cannot fall below the services excused by common KPI 6's footnote.
  'complement-ratio': [{ ...figure('b', 'lower', null, true), floor: { field: 'excused' } }],
});

/**
 * The levers that apply to an input: those of the kind whose field the input has.
 *
 * @param kind - the indicator's kind
 * @param input - the body's input for it
 * @returns the levers to try
 */
export function leversFor(kind: IndicatorKind, input: Readonly<Record<string, unknown>>): readonly Lever[] {
  return LEVERS[kind].filter((lever) => lever.type !== 'figure' || lever.field in input);
}
