/**
 * The fuzz suite as the runners run it (`npm run fuzz`, and `tests/fuzz/fuzz.test.ts` at a
 * smaller count): which properties are registered, how a run's cases are shared out, and the
 * count of cases per public function.
 *
 * @module
 */
import { AUDIT_PROPERTIES } from './audit-properties.js';
import { type Builds, builtProperties, cliEscapingProperty } from './built-properties.js';
import { MUTATION_PROPERTY } from './mutation-property.js';
import { OPEN_PROPERTIES } from './open-properties.js';
import { type FuzzProperty, PROPERTIES } from './properties.js';
import { REPORT_PROPERTIES } from './report-properties.js';
import { coverageGaps, SURFACE_PROPERTIES } from './surface.js';

/**
 * The properties that run in the source (no build needed), in the order they run. The mutation
 * property comes last: its attack on the exports is not undone, and it changes what a caller may
 * change (a schema copy of `cdto-kpi/schemas`, a function's own properties), which the other
 * properties' own checks need not be exposed to.
 */
export const SOURCE_PROPERTIES: readonly FuzzProperty[] = [...PROPERTIES, ...SURFACE_PROPERTIES, ...REPORT_PROPERTIES, ...AUDIT_PROPERTIES, ...OPEN_PROPERTIES, MUTATION_PROPERTY];

/**
 * Every registered property: those of the source, then those of the built package (dist/).
 *
 * @param builds - the built package, loaded
 * @returns the properties
 */
export function allProperties(builds: Builds): readonly FuzzProperty[] {
  return [...SOURCE_PROPERTIES, ...builtProperties(builds), cliEscapingProperty(builds)];
}

/**
 * Shares a run's cases out by weight, rounding up (a run has at least `total` cases); a property
 * of weight 0 (the command line: a process a case) gets `cliCases`.
 *
 * @param properties - the properties
 * @param total - cases of the weighted properties, at least
 * @param cliCases - cases of each command-line property
 * @returns the cases of each property
 */
export function shareCases(properties: readonly FuzzProperty[], total: number, cliCases: number): Map<FuzzProperty, number> {
  const weights = properties.reduce((sum, entry) => sum + entry.weight, 0);
  return new Map(properties.map((entry) => [entry, entry.weight === 0 ? cliCases : Math.max(1, Math.ceil((total * entry.weight) / weights))]));
}

/**
 * The public functions the registered properties call, with their cases, and the functions of
 * the exports that no registered property calls.
 *
 * @param runs - the cases of each property
 * @returns cases by `entry name` (a property that names none counts under its category's first word)
 */
export function casesPerFunction(runs: ReadonlyMap<FuzzProperty, number>): Map<string, number> {
  const cases = new Map<string, number>();
  for (const [entry, count] of runs) {
    for (const fn of entry.functions ?? []) cases.set(fn, (cases.get(fn) ?? 0) + count);
  }
  return cases;
}

/**
 * The functions of the exports that no registered property calls: `coverageGaps` of the surface
 * table, less what the other registered properties cover (the audit's properties cover the audit).
 *
 * @returns `entry name` of each function no property covers
 */
export function uncovered(): readonly string[] {
  const covered = new Set(SOURCE_PROPERTIES.flatMap((entry) => entry.functions ?? []));
  return coverageGaps().filter((fn) => !covered.has(fn));
}
