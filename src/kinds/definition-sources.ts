/**
 * Where the values of the catalogues' definitions come from, kept apart from the scorer so that an
 * edition's module can record it without pulling the scorer in.
 *
 * @module
 */
import type { TraceSource } from './definition.js';
import type { IndicatorDefinition } from './types.js';

/** Where the values of the catalogues' definitions come from, by the (frozen) definition object. */
const SOURCES = new WeakMap<object, TraceSource>();

/**
 * Records where a definition's U and N come from, so that every score of it says so in its trace.
 * The editions call it for each definition they hand out (frozen, one object per indicator, year
 * and reading).
 *
 * @param definition - a frozen definition from an edition
 * @param source - edition, reading, year and legal reference
 * @internal
 */
export function attachSource(definition: IndicatorDefinition, source: TraceSource): void {
  SOURCES.set(definition, Object.freeze({ ...source }));
}

/**
 * Where a definition's values come from, if an edition said.
 *
 * @param definition - a definition
 * @returns its source, or `undefined`
 * @internal
 */
export function sourceOf(definition: object): TraceSource | undefined {
  return SOURCES.get(definition);
}
