/**
 * The property that no call changes what a later call returns (issue 19): run a battery of calls
 * across the entries, attack everything reachable from what they gave (results, errors, the
 * catalogue data inside them) and, on the first case of a run, everything reachable from every
 * entry's exports; run the battery again and compare byte for byte.
 *
 * The attack (see `mutate.ts`) writes, redefines and deletes every own property, adds `toJSON`
 * and `then`, grows and cuts lists and replaces prototypes. A result is frozen all the way down,
 * so an attack on it must not take at all: the property fails on any change that took, except an
 * error's own fields (an error is made anew for each throw, and is the caller's to annotate; the
 * issues it carries are frozen) and the own properties of the functions an edition holds (a
 * function's, read by nobody).
 *
 * @module
 */
import * as fc from 'fast-check';
import * as audit from '../../src/audit.js';
import * as core from '../../src/core.js';
import * as csv from '../../src/csv.js';
import * as editionFiles from '../../src/edition-files.js';
import * as catalogue2023 from '../../src/generated/catalogue-2023.js';
import * as catalogue2025 from '../../src/generated/catalogue-2025.js';
import * as index from '../../src/index.js';
import * as report2024 from '../../src/reports/report-2024-q1.js';
import * as schemas from '../../src/schemas.js';
import * as workbook from '../../src/workbook.js';
import { attackEverything, isZodShared, noteZodPrototypes } from './mutate.js';
import { anyDefinition, inputFor, type FuzzProperty, PERIODS, reportFor } from './properties.js';

noteZodPrototypes(Object.values(schemas));

/** What a caller may change without consequence: an error's text fields, a function's own properties. */
const HARMLESS = /(?:\.(?:stack|message) (?:= \w+|redefined|made a getter|deleted)|\.(?:stack|message)$)/u;
const harmless = (path: string): boolean => HARMLESS.test(path) || /(?:definitionFor|records|get|has|list|coverage|load|register|unregister|provide)\.(?:toJSON|then) added$/u.test(path);

/** A call's outcome, kept as given: a value or the error thrown. */
type Kept = { readonly value: unknown } | { readonly error: unknown };
const keep = (call: () => unknown): Kept => {
  try {
    return { value: call() };
  } catch (error) {
    return { error };
  }
};

/** The bytes of an outcome: the value's JSON, or the error's code and issues. */
const bytesOf = (kept: Kept): string => {
  if ('value' in kept) return `ok ${JSON.stringify(kept.value)}`;
  const error = kept.error as { code?: unknown; issues?: unknown };
  return index.isCdtoKpiError(kept.error) ? `error ${String(error.code)} ${JSON.stringify(error.issues)}` : `foreign ${String(kept.error)}`;
};

/**
 * One battery: a call of each kind, on the case's report and definition.
 *
 * @param report - a period report (the caller's)
 * @param definition - an indicator definition
 * @param input - its input
 * @returns each call's outcome, by name
 */
function battery(report: unknown, definition: unknown, input: unknown): Record<string, Kept> {
  // The report is the caller's and the library never changes it (another property checks that); only what the calls give is attacked.
  const copy = (): unknown => report;
  const period = (report as { period?: unknown }).period as index.ReportingPeriod;
  return {
    scorePeriodReport: keep(() => index.scorePeriodReport(copy() as never)),
    validatePeriodReport: keep(() => index.validatePeriodReport(copy())),
    whatIf: keep(() => index.whatIf(copy() as never)),
    reportTemplate: keep(() => index.reportTemplate({ period, body: 'justice' })),
    indicatorsForPeriod: keep(() => index.indicatorsForPeriod(period, 'justice')),
    resolvePeriod: keep(() => index.resolvePeriod(period)),
    scoreIndicator: keep(() => index.scoreIndicator(definition as never, input as never)),
    whatIfIndicator: keep(() => index.whatIfIndicator(definition as never, input as never)),
    definitionFor: keep(() => index.definitionFor('2025', 'common.1', '2025')),
    catalogueRecords: keep(() => index.catalogueRecords('2023')),
    getEdition: keep(() => index.getEdition('2025').catalogue),
    scoreCsv: keep(() => csv.scoreCsv(index.scorePeriodReport(copy() as never))),
    reportFromCsv: keep(() => csv.reportFromCsv(csv.templateCsv(index.reportTemplate({ period, body: 'justice' })))),
    scoreReport2024Q1: keep(() => report2024.scoreReport2024Q1().rating),
    error: keep(() => index.resolvePeriod({ year: 1900, quarter: 9 } as never)),
  };
}

let exportsAttacked = false;

/**
 * Attacks every entry's exports, once a run (the attack does not undo itself). What it reaches
 * that is not frozen (a function's own properties, a schema of `cdto-kpi/schemas`, which is a copy
 * handed out while the library validates with its own) may take: the battery run afterwards says
 * whether anything that matters was reached.
 */
function attackExports(): void {
  if (exportsAttacked) return;
  exportsAttacked = true;
  attackEverything({ index, core, csv, audit, report2024, schemas, editionFiles, catalogue2023, catalogue2025, workbook, registry: index.createEditionRegistry() }, { skip: isZodShared });
}

/** The property: the battery gives the same bytes after any attack on what it gave, and on the exports. */
export const MUTATION_PROPERTY: FuzzProperty = {
  category: 'property: no call changes what a later call returns (results, errors and exports attacked, the calls run again)',
  weight: 2,
  functions: [
    'cdto-kpi scorePeriodReport', 'cdto-kpi validatePeriodReport', 'cdto-kpi whatIf', 'cdto-kpi reportTemplate', 'cdto-kpi indicatorsForPeriod', 'cdto-kpi resolvePeriod',
    'cdto-kpi scoreIndicator', 'cdto-kpi whatIfIndicator', 'cdto-kpi definitionFor', 'cdto-kpi catalogueRecords', 'cdto-kpi getEdition', 'cdto-kpi/csv scoreCsv',
    'cdto-kpi/csv reportFromCsv', 'cdto-kpi/csv templateCsv', 'cdto-kpi/reports/2024-q1 scoreReport2024Q1',
  ],
  property: () =>
    fc.property(
      fc.constantFrom(...PERIODS).chain(reportFor).map(({ document }) => document),
      anyDefinition.chain((definition) => inputFor(String(definition['kind'])).map((input) => ({ definition, input }))),
      (report, { definition, input }) => {
        const first = battery(report, definition, input);
        const before = Object.entries(first).map(([name, kept]) => `${name}: ${bytesOf(kept)}`);
        const attack = attackEverything(Object.fromEntries(Object.entries(first).map(([name, kept]) => [name, 'value' in kept ? kept.value : kept.error])), { skip: isZodShared });
        // An error is made anew for each throw and is the caller's to annotate (its own fields); what it carries (its issues) is frozen.
        const errors = Object.entries(first).filter(([, kept]) => 'error' in kept).map(([name]) => name);
        const ownOfError = (path: string): boolean => errors.some((name) => path.startsWith(`${name}.`) ? /^[^.]+\.[^.]+ (?:= \w+|redefined|made a getter|deleted|added)$/u.test(path) : path === `${name} prototype replaced`) || errors.some((name) => path === `${name}.[[Prototype]].toJSON added`);
        const took = attack.changed.filter((path) => !harmless(path) && !ownOfError(path));
        if (took.length > 0) throw new Error(`a result was changed by a caller: ${took.slice(0, 5).join('; ')}`);
        attackExports();
        const after = Object.entries(battery(report, definition, input)).map(([name, kept]) => `${name}: ${bytesOf(kept)}`);
        for (const [at, line] of before.entries()) if (after[at] !== line) throw new Error(`a later call returned something else:\n${line.slice(0, 400)}\n${after[at]!.slice(0, 400)}`);
      },
    ),
};
