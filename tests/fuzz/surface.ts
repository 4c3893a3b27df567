/**
 * The whole public surface, entry by entry: every function of every entry of `package.json`
 * `exports` (and the methods of what they hand out: a registry's, an edition's, a schema's), each
 * with the arguments it takes (valid ones, to reach its depths) mixed with anything a caller could
 * pass instead (hostile values, getters, proxies whose traps throw, objects of a foreign prototype).
 *
 * One property per function holds each call to the promises of `docs/security.md`: a result or the
 * library's own error (its code one of `ERROR_CODES`, each issue with a path), never another
 * exception; the same outcome twice; nothing given changed or frozen; a result frozen all the way
 * down with every figure in plain decimal notation (see `invariants.ts`).
 *
 * `coverageGaps` checks that the table has a row for every function each entry exports.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import * as z from 'zod/mini';
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
import { hostileValue, validFigure } from './arbitraries.js';
import { checkFigures, checkFrozen, describeInput, deterministicOutcome, type ErrorApi, type Outcome, OUTCOMES, outcomeOf, PLAIN_DECIMAL, withUntouchedInputs } from './invariants.js';
import { anyDefinition, anyMethod, type FuzzProperty, inputFor, PERIODS, reportFor } from './properties.js';

/** Every entry of `package.json` `exports` that has code, by the name users import. */
export const ENTRIES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'cdto-kpi': index,
  'cdto-kpi/core': core,
  'cdto-kpi/csv': csv,
  'cdto-kpi/audit': audit,
  'cdto-kpi/reports/2024-q1': report2024,
  'cdto-kpi/schemas': schemas,
  'cdto-kpi/edition-files': editionFiles,
  'cdto-kpi/catalogue/2023': catalogue2023,
  'cdto-kpi/catalogue/2025': catalogue2025,
  'cdto-kpi/workbook': workbook,
};

const library: ErrorApi = index;
const root = join(import.meta.dirname, '../..');

// ——— Hostile arguments ———

const trap = (): never => {
  throw new Error('trap');
};

/**
 * A proxy whose traps throw: a list, an object or a function, as a caller may pass any. Reading a
 * symbol through `get` or `has` is left alone (fast-check looks for its own symbols on every value).
 */
export const throwingProxy = (target: object): object =>
  new Proxy(target, {
    get: (inner, key) => (typeof key === 'symbol' ? Reflect.get(inner, key) : trap()),
    has: (inner, key) => (typeof key === 'symbol' ? Reflect.has(inner, key) : trap()),
    set: trap,
    ownKeys: trap,
    getPrototypeOf: trap,
    getOwnPropertyDescriptor: trap,
    defineProperty: trap,
    deleteProperty: trap,
    isExtensible: trap,
    preventExtensions: trap,
    apply: trap,
    construct: trap,
  });

/** The same data behind something else: a getter, a forwarding proxy, a foreign or null prototype, frozen. */
export function disguised<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.tuple(arbitrary, fc.constantFrom('getter', 'throwing-getter', 'proxy', 'foreign', 'inherited', 'null-prototype', 'frozen', 'symbol-key')).map(([value, how]) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return how === 'proxy' ? new Proxy([value], {}) : how === 'foreign' ? Object.setPrototypeOf({ value }, { foreign: true }) : value;
    }
    try {
      return disguise(value, how);
    } catch {
      return value; // hostile already: a getter or a trap that throws when copied
    }
  });
}

/** Disguises an object one way (see {@link disguised}); copying it may run a caller's getter, which may throw. */
function disguise(value: object, how: string): unknown {
  const first = Object.keys(value)[0];
  switch (how) {
    case 'getter':
      if (first === undefined) return value;
      return Object.defineProperty({ ...value }, first, { enumerable: true, get: () => (value as Record<string, unknown>)[first] });
    case 'throwing-getter':
      if (first === undefined) return value;
      return Object.defineProperty({ ...value }, first, { enumerable: true, get: trap });
    case 'proxy':
      return new Proxy({ ...value }, {});
    case 'foreign':
      return Object.setPrototypeOf({ ...value }, { inherited: true });
    case 'inherited':
      // Everything inherited, nothing own: never read.
      return Object.create({ ...value }) as object;
    case 'null-prototype':
      return Object.assign(Object.create(null) as object, value);
    case 'frozen':
      return Object.freeze({ ...value });
    default:
      return Object.assign({ ...value }, { [Symbol('key')]: 1 });
  }
}

class Instance {
  readonly period = { year: 2025, quarter: 2 };
}

/** Anything a caller could pass in place of an argument. */
export const hostileArgument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileValue },
  { weight: 1, arbitrary: fc.constant(null).map(() => throwingProxy({})) },
  { weight: 1, arbitrary: fc.constant(null).map(() => throwingProxy([])) },
  { weight: 1, arbitrary: fc.constant(null).map(() => throwingProxy(() => undefined)) },
  { weight: 1, arbitrary: fc.constant(null).map(() => new Instance()) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, {}, [], '', 0, Object.freeze([]), 'valueOf', 'toString', '__proto__', 'constructor') },
);

/**
 * Arguments for a function: each position mostly a valid value, sometimes a disguised one, now and
 * then anything; sometimes cut short (the rest left out).
 *
 * @param positions - an arbitrary of valid values for each position
 * @returns the arguments
 */
export function argumentsOf(...positions: readonly fc.Arbitrary<unknown>[]): fc.Arbitrary<readonly unknown[]> {
  const position = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
    fc.oneof({ weight: 12, arbitrary: valid }, { weight: 2, arbitrary: disguised(valid) }, { weight: 3, arbitrary: hostileArgument });
  return fc.tuple(fc.tuple(...positions.map(position)), fc.integer({ min: 0, max: 9 })).map(([values, cut]) => (cut === 0 ? values.slice(0, Math.max(0, values.length - 1)) : values));
}

// ——— Valid arguments ———

const BODY_IDS = index.BODIES.map((body) => body.id);
export const anyBody = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...BODY_IDS) }, { weight: 1, arbitrary: fc.constantFrom('demo-north', 'nobody', '', 'JUSTICE') });
export const anyPeriod = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PERIODS) },
  { weight: 1, arbitrary: fc.record({ year: fc.integer({ min: 2020, max: 2031 }), quarter: fc.integer({ min: 0, max: 5 }) }) },
);
const anyReading = fc.constantFrom(undefined, 'kk', 'ru', 'en', 'KK');
const DEMO_FOLDER = join(root, 'tests/fixtures/editions/demo-2030');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
/** The fixture edition's files, as `createEdition` takes them. */
export const DEMO_DATA = Object.freeze({
  edition: readJson(join(DEMO_FOLDER, 'edition.json')),
  files: readdirSync(join(DEMO_FOLDER, 'blocks')).sort().map((name) => readJson(join(DEMO_FOLDER, 'blocks', name))),
  bodies: readJson(join(DEMO_FOLDER, 'bodies.json')),
});
/** The fixture edition, made once: an edition registries take. */
export const DEMO = editionFiles.createEdition(structuredClone(DEMO_DATA) as never);
const anyRegistry = fc.constantFrom(undefined, index.defaultEditions, index.createEditionRegistry(), index.createEditionRegistry({ bundled: false, editions: [DEMO] }));
const registryOptions = (extra: Record<string, fc.Arbitrary<unknown>> = {}) =>
  fc.record({ reading: anyReading, editions: anyRegistry, ...extra }, { requiredKeys: [] }).map((options) => Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)));
const EDITION_IDS = ['2023', '2025'] as const;
const anyEditionId = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...EDITION_IDS) }, { weight: 1, arbitrary: fc.constantFrom('demo-2030', '2024', '') });
const idsOf = (edition: '2023' | '2025'): readonly string[] => index.getEdition(edition).catalogue.indicators.map((indicator) => indicator.id);
const anyIndicatorId = fc.oneof(fc.constantFrom(...idsOf('2023')), fc.constantFrom(...idsOf('2025')), fc.constantFrom('x.1', 'common.99', 'constructor'));
const anyYear = fc.constantFrom('2023', '2024', '2025', '2026', '2027', '2030', 2025);
const anyCatalogue = fc.constantFrom(
  index.getEdition('2023').catalogue,
  index.getEdition('2025').catalogue,
  catalogue2025.CATALOGUE_2025,
  DEMO.catalogue,
  // A catalogue of a caller's: read through the boundary.
  { edition: { id: 'mine' }, bodies: [{ id: 'justice' }], indicators: [{ id: 'justice.1', body: 'justice', block: 'justice' }, { id: 'common.1', body: null, block: 'common' }] },
);

/** A document of a period report: generated reports, templates (blank), and what the fixture edition's registry scores. */
export const anyReport: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PERIODS).chain(reportFor).map(({ document }) => document) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PERIODS), fc.subarray(BODY_IDS, { minLength: 1, maxLength: 2 })).map(([period, body]) => { try { return structuredClone(index.reportTemplate({ period: period as index.ReportingPeriod, body })); } catch { return { period, bodies: body.map((id) => ({ body: id, figures: {} })) }; } }) },
);
const scoreOptions = registryOptions({ method: anyMethod, rankBy: fc.constantFrom(undefined, 'result', 'share-of-planned', 'rank') });

const anyIssues = fc.constantFrom(
  [{ code: 'WRONG_TYPE', path: ['a'], location: { field: 'a' }, expected: 'a string', received: '5', message: 'field "a": wrong type; expected a string, got 5' }],
  [],
  [{ code: 'NOT_A_CODE', path: [], location: {}, expected: '', received: '', message: '' }],
);

const methodOptions = fc.record({
  name: fc.oneof(fc.constantFrom('mine', 'published-2024-q1'), fc.string({ maxLength: 12 })),
  rounding: fc.constantFrom(index.PUBLISHED_METHOD.rounding, index.METHOD_2025.rounding),
  decreasingAboveTarget: fc.constantFrom('inverse-proportional', 'printed', 'other'),
  aggregation: fc.constantFrom('mean-of-directions', 'sum-of-directions', 'sum-over-planned-weight', 'other'),
});

/** A template, as `reportTemplate` gives it, or a copy a caller made. */
const anyTemplate = fc
  .tuple(fc.constantFrom(...PERIODS), fc.constantFrom(...BODY_IDS), fc.constantFrom(undefined, 'ru'))
  .map(([period, body, reading]) => {
    try {
      return index.reportTemplate({ period: period as index.ReportingPeriod, body, ...(reading === undefined ? {} : { reading: reading as 'ru' }) }) as unknown;
    } catch {
      return index.reportTemplate({ period: { year: 2025, quarter: 2 }, body: 'justice' }) as unknown;
    }
  })
  .chain((template) => fc.constantFrom(template, structuredClone(template), { ...(structuredClone(template) as Record<string, unknown>), $indicators: [{ ...(template as { $indicators: object[] }).$indicators[0], weight: 'NaN' }] }));
const anyScore = fc.constantFrom(...PERIODS).map((period) => {
  try {
    return index.scorePeriodReport(index.reportTemplate({ period: period as index.ReportingPeriod, body: ['justice', 'finance'] })) as unknown;
  } catch {
    return index.scorePeriodReport(index.reportTemplate({ period: { year: 2025, quarter: 2 }, body: 'justice' })) as unknown;
  }
}).chain((score) => fc.constantFrom(score, JSON.parse(JSON.stringify(score)) as unknown, { ...(score as Record<string, unknown>), rating: [{ rank: 1, body: 'nobody', result: '1', shareOfPlanned: null }] }));
const csvOptions = (extra: Record<string, fc.Arbitrary<unknown>> = {}) =>
  fc.record({ delimiter: fc.constantFrom(',', ';', '\t', '|'), bom: fc.oneof(fc.boolean(), fc.constant('yes')), ...extra }, { requiredKeys: [] });
const csvText = fc.oneof(
  anyTemplate.map((template) => {
    try {
      return csv.templateCsv(template as never);
    } catch {
      return 'period,body,indicator\r\n2025-Q2,justice,common.1\r\n';
    }
  }),
  fc.string({ maxLength: 80 }),
  fc.constantFrom('period;body;indicator;a;b\n2024-Q1;justice;justice.1;"1,5";2', '"a,b\n', 'a"b', '\ufeffperiod,body,indicator,done\r\n2025-Q2,justice,common.1,constructor'),
);
const csvRows = fc.array(fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null), fc.constantFrom(1e21, Number.NaN, 0.5)), { maxLength: 4 }), { maxLength: 4 });

/** A workbook written once (exceljs is slow), its bytes mutated or not. */
let WORKBOOK_BYTES: Uint8Array | null = null;
/**
 * Writes the workbook the reading property starts from (once).
 *
 * @returns its bytes
 */
export async function workbookBytes(): Promise<Uint8Array> {
  WORKBOOK_BYTES ??= await workbook.writeWorkbook({ period: { year: 2025, quarter: 2 }, body: 'justice' });
  return WORKBOOK_BYTES;
}
const anyBytes = fc.oneof(
  fc.constant(null).map(() => WORKBOOK_BYTES ?? new Uint8Array()),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => {
    const bytes = new Uint8Array(WORKBOOK_BYTES ?? new Uint8Array(1));
    bytes[at % bytes.length] = byte;
    return bytes;
  }),
  fc.uint8Array({ maxLength: 64 }),
);

// ——— The table ———

/** How a function's outcome is held: data (JSON, deterministic), a value of the library's (an edition, a registry), zod's own result, bytes, or a new error. */
type Returns = 'data' | 'value' | 'zod' | 'bytes' | 'error';

/** One public function, with what it takes. */
export interface SurfaceFunction {
  readonly entry: string;
  /** Its name; a method is `owner.method`. */
  readonly name: string;
  readonly call: (args: readonly unknown[]) => unknown;
  readonly args: fc.Arbitrary<readonly unknown[]>;
  readonly returns: Returns;
  /** A function whose result depends on what it was called before (a registry's register) is checked once per case. */
  readonly deterministic: boolean;
  /** Share of the cases. */
  readonly weight: number;
  /** CSV it writes: its figure columns are held to plain decimals. */
  readonly csv?: boolean;
  /** It answers with a promise. */
  readonly async?: boolean;
}

type Call = (args: readonly unknown[]) => unknown;
const apply = (fn: unknown): Call => (args) => (fn as (...values: unknown[]) => unknown)(...args);

function row(entry: string, name: string, call: Call, args: fc.Arbitrary<readonly unknown[]>, options: { returns?: Returns; deterministic?: boolean; weight?: number; csv?: boolean; async?: boolean } = {}): SurfaceFunction {
  return {
    entry,
    name,
    call,
    args,
    returns: options.returns ?? 'data',
    deterministic: options.deterministic ?? true,
    weight: options.weight ?? 2,
    ...(options.csv === true ? { csv: true } : {}),
    ...(options.async === true ? { async: true } : {}),
  };
}

/** The functions of the main entry and of core (the same functions, name for name). */
function coreRows(entry: string, api: typeof index): SurfaceFunction[] {
  return [
    row(entry, 'catalogueRecords', apply(api.catalogueRecords), argumentsOf(anyEditionId, registryOptions())),
    row(entry, 'createEditionRegistry', apply(api.createEditionRegistry), argumentsOf(fc.record({ editions: fc.constantFrom([], [DEMO], [DEMO, DEMO], [index.getEdition('2025')], [{ ...DEMO }]), bundled: fc.boolean() }, { requiredKeys: [] })), { returns: 'value' }),
    row(entry, 'createScoringMethod', apply(api.createScoringMethod), argumentsOf(methodOptions)),
    row(entry, 'definitionFor', apply(api.definitionFor), argumentsOf(anyEditionId, anyIndicatorId, anyYear, registryOptions()), { weight: 3 }),
    row(entry, 'findIndicator', apply(api.findIndicator), argumentsOf(anyCatalogue, anyIndicatorId)),
    row(entry, 'formatIssue', apply(api.formatIssue), argumentsOf(fc.oneof(anyIssues.map((issues) => issues[0] ?? null), fc.constant(null).map(() => (caught(() => api.resolvePeriod(null as never)) as { issues?: readonly unknown[] } | null)?.issues?.[0] ?? null)), fc.record({ lang: fc.constantFrom(undefined, 'en', 'kk', 'ru', 'de'), place: fc.oneof(fc.boolean(), fc.constant('no')), editions: anyRegistry }, { requiredKeys: [] })), { weight: 2 }),
    row(entry, 'formatTrace', apply(api.formatTrace), argumentsOf(fc.oneof(anyDefinition.chain((definition) => inputFor(String(definition['kind'])).map((input) => { try { return api.scoreIndicator(definition as never, input) as unknown; } catch { return { trace: null }; } })), hostileArgument), fc.record({ lang: fc.constantFrom(undefined, 'en', 'kk', 'ru', 'de'), editions: anyRegistry }, { requiredKeys: [] })), { weight: 2 }),
    row(entry, 'loadLanguage', apply(api.loadLanguage), argumentsOf(fc.oneof(fc.constantFrom('en', 'kk', 'ru', 'de', 'toString'), hostileArgument)), { returns: 'value', weight: 1, async: true }),
    row(entry, 'getEdition', apply(api.getEdition), argumentsOf(anyEditionId), { returns: 'value', weight: 1 }),
    row(entry, 'indicatorsForPeriod', apply(api.indicatorsForPeriod), argumentsOf(anyPeriod, anyBody, registryOptions()), { weight: 3 }),
    row(entry, 'indicatorsOfBody', apply(api.indicatorsOfBody), argumentsOf(anyCatalogue, anyBody, fc.record({ withCommon: fc.oneof(fc.boolean(), fc.constant('no')) }, { requiredKeys: [] }))),
    row(entry, 'isCdtoKpiError', apply(api.isCdtoKpiError), argumentsOf(fc.oneof(hostileArgument, fc.constant(null).map(() => caught(() => api.resolvePeriod(null as never)))))),
    row(entry, 'listEditions', apply(api.listEditions), argumentsOf(), { returns: 'value', weight: 1 }),
    row(entry, 'loadEdition', apply(api.loadEdition), argumentsOf(anyEditionId), { returns: 'value', weight: 1, async: true }),
    row(entry, 'methodByName', apply(api.methodByName), argumentsOf(fc.constantFrom('published-2024-q1', 'decree-1157', 'toString', 'constructor', ''))),
    row(entry, 'parsePrintedFigure', apply(api.parsePrintedFigure), argumentsOf(fc.oneof(validFigure.map((figure) => String(figure.input)), fc.string({ maxLength: 12 })), fc.record({ body: fc.string({ maxLength: 5 }), field: fc.string({ maxLength: 5 }) }, { requiredKeys: [] }))),
    row(entry, 'rankResults', apply(api.rankResults), argumentsOf(fc.array(fc.record({ body: fc.constantFrom(...BODY_IDS), result: fc.oneof(validFigure.map((figure) => figure.value), fc.constantFrom('NaN', '1e5', '-1')) }), { maxLength: 5 }))),
    row(entry, 'readFigure', apply(api.readFigure), argumentsOf(fc.oneof(validFigure.map((figure) => figure.input), hostileValue), fc.record({ field: fc.string({ maxLength: 5 }) }, { requiredKeys: [] }), fc.record({ percentSign: fc.constantFrom('accepted', 'refused', 'maybe') }, { requiredKeys: [] }))),
    row(entry, 'reportTemplate', apply(api.reportTemplate), argumentsOf(fc.record({ period: anyPeriod, body: fc.oneof(anyBody, fc.array(anyBody, { maxLength: 3 })), reading: anyReading, editions: anyRegistry }, { requiredKeys: ['period', 'body'] })), { weight: 3 }),
    row(entry, 'resolvePeriod', apply(api.resolvePeriod), argumentsOf(anyPeriod, fc.record({ editions: anyRegistry }, { requiredKeys: [] }))),
    row(entry, 'scoreBody', apply(api.scoreBody), argumentsOf(anyBody, fc.array(fc.record({ direction: fc.constantFrom('d', 'e'), indicators: fc.array(anyDefinition.chain((definition) => inputFor(String(definition['kind'])).map((input) => ({ definition, input }))), { maxLength: 3 }) }), { maxLength: 2 }), anyMethod), { weight: 3 }),
    row(entry, 'scoreIndicator', apply(api.scoreIndicator), anyDefinition.chain((definition) => argumentsOf(fc.constant(definition), inputFor(String(definition['kind'])), anyMethod, fc.record({ body: fc.string({ maxLength: 4 }) }, { requiredKeys: [] }))), { weight: 3 }),
    row(entry, 'scorePeriodReport', apply(api.scorePeriodReport), argumentsOf(anyReport, scoreOptions), { weight: 4 }),
    row(entry, 'validatePeriodReport', apply(api.validatePeriodReport), argumentsOf(anyReport, scoreOptions), { weight: 4 }),
    row(entry, 'whatIf', apply(api.whatIf), argumentsOf(anyReport, registryOptions({ body: anyBody, method: anyMethod })), { weight: 1 }),
    row(entry, 'whatIfIndicator', apply(api.whatIfIndicator), anyDefinition.chain((definition) => argumentsOf(fc.constant(definition), inputFor(String(definition['kind'])), fc.record({ method: anyMethod }, { requiredKeys: [] }))), { weight: 2 }),
    row(entry, 'CdtoKpiError', (args) => new api.CdtoKpiError(args[0] as never), argumentsOf(anyIssues), { returns: 'error' }),
    // A registry's methods; register and unregister on a registry of their own (they change it).
    ...(['get', 'has', 'list', 'coverage', 'load', 'unregister', 'register'] as const).map((method) =>
      row(entry, `defaultEditions.${method}`, (args) => {
        // register: on an empty registry, so that an edition of the library's is taken;
        // unregister: on one that holds the fixture edition.
        const registry = method === 'register' ? api.createEditionRegistry({ bundled: false }) : method === 'unregister' ? api.createEditionRegistry({ editions: [DEMO] }) : api.defaultEditions;
        return (registry[method] as (...values: unknown[]) => unknown)(...(method === 'register' ? [args[0] === 'demo' ? DEMO : args[0]] : args));
      }, argumentsOf(fc.oneof(anyEditionId, fc.constantFrom('demo'), fc.constantFrom(DEMO, index.getEdition('2023')))), { returns: 'value', weight: 1, async: method === 'load' }),
    ),
    // An edition's methods.
    row(entry, "getEdition('2025').definitionFor", (args) => (api.getEdition('2025').definitionFor as (...values: unknown[]) => unknown)(...args), argumentsOf(anyIndicatorId, anyYear, fc.record({ reading: anyReading }, { requiredKeys: [] }))),
    row(entry, "getEdition('2023').records", (args) => (api.getEdition('2023').records as (...values: unknown[]) => unknown)(...args), argumentsOf(fc.constantFrom(null, 'kk', 'ru')), { weight: 1 }),
  ];
}

/** Every public function of every entry. */
export const SURFACE: readonly SurfaceFunction[] = [
  ...coreRows('cdto-kpi', index),
  ...coreRows('cdto-kpi/core', core),
  row('cdto-kpi/csv', 'parseCsv', apply(csv.parseCsv), argumentsOf(csvText, fc.record({ delimiter: fc.constantFrom(',', ';', '\t', '|') }, { requiredKeys: [] }))),
  row('cdto-kpi/csv', 'writeCsv', apply(csv.writeCsv), argumentsOf(csvRows, csvOptions())),
  row('cdto-kpi/csv', 'reportFromCsv', apply(csv.reportFromCsv), argumentsOf(csvText, fc.record({ delimiter: fc.constantFrom(',', ';'), editions: anyRegistry }, { requiredKeys: [] }))),
  row('cdto-kpi/csv', 'templateCsv', apply(csv.templateCsv), argumentsOf(anyTemplate, csvOptions()), { csv: true }),
  row('cdto-kpi/csv', 'scoreCsv', apply(csv.scoreCsv), argumentsOf(anyScore, csvOptions({ detail: fc.oneof(fc.boolean(), fc.constant(1)) })), { csv: true }),
  row('cdto-kpi/csv', 'reportCsv', apply(csv.reportCsv), argumentsOf(fc.oneof(anyReport, anyTemplate), csvOptions()), { csv: true }),
  row('cdto-kpi/csv', 'validateReportCsv', apply(csv.validateReportCsv), argumentsOf(csvText, fc.record({ delimiter: fc.constantFrom(',', ';', '|'), reading: anyReading, method: anyMethod, editions: anyRegistry }, { requiredKeys: [] })), { weight: 2 }),
  row('cdto-kpi/csv', 'scoreReportCsv', apply(csv.scoreReportCsv), argumentsOf(csvText, fc.record({ delimiter: fc.constantFrom(',', ';', '|'), reading: anyReading, method: anyMethod, editions: anyRegistry }, { requiredKeys: [] })), { weight: 2 }),
  row('cdto-kpi/csv', 'catalogueCsv', apply(csv.catalogueCsv), argumentsOf(anyEditionId, csvOptions({ reading: anyReading, editions: anyRegistry })), { csv: true, weight: 1 }),
  row('cdto-kpi/reports/2024-q1', 'scoreReport2024Q1', apply(report2024.scoreReport2024Q1), argumentsOf(anyMethod), { weight: 1 }),
  row('cdto-kpi/reports/2024-q1', 'reproduceReport2024Q1', apply(report2024.reproduceReport2024Q1), argumentsOf(anyMethod, fc.constantFrom(report2024.ERRATA_2024_Q1.errata, report2024.ERRATA_2024_Q1.errata.slice(0, 3), [])), { weight: 1 }),
  row('cdto-kpi/edition-files', 'createEdition', apply(editionFiles.createEdition), argumentsOf(fc.constantFrom(DEMO_DATA, { ...DEMO_DATA, bodies: undefined }, { ...DEMO_DATA, files: [] }, { ...DEMO_DATA, edition: { ...(DEMO_DATA.edition as object), layout: 'rows' } })), { returns: 'value', weight: 1 }),
  row('cdto-kpi/catalogue/2023', 'EDITION_2023.definitionFor', (args) => (catalogue2023.EDITION_2023.definitionFor as (...values: unknown[]) => unknown)(...args), argumentsOf(anyIndicatorId, anyYear, fc.record({ reading: anyReading }, { requiredKeys: [] }))),
  row('cdto-kpi/catalogue/2025', 'EDITION_2025.records', (args) => (catalogue2025.EDITION_2025.records as (...values: unknown[]) => unknown)(...args), argumentsOf(fc.constantFrom(null, 'kk', 'ru')), { weight: 1 }),
  ...Object.entries(schemas).map(([name, schema]) =>
    row('cdto-kpi/schemas', `${name}.safeParse`, (args) => (schema as { safeParse: (value: unknown) => unknown }).safeParse(args[0]), argumentsOf(fc.oneof(anyReport, fc.constant(report2024.REPORT_2024_Q1), fc.constant(DEMO_DATA.edition))), { returns: 'zod', weight: 1 }),
  ),
  row('cdto-kpi/schemas', 'z.safeParse(schema, value)', (args) => z.safeParse(schemas.periodReportSchema, args[0]), argumentsOf(anyReport), { returns: 'zod', weight: 1 }),
  row('cdto-kpi/workbook', 'writeWorkbook', apply(workbook.writeWorkbook), argumentsOf(fc.record({ period: fc.constantFrom({ year: 2025, quarter: 2 }, { year: 2030, quarter: 1 }), body: fc.oneof(fc.constantFrom('justice', 'finance'), fc.constant(['justice', 'justice'])), reading: anyReading, lang: fc.constantFrom(undefined, 'kk', 'ru', 'en', 'de') }, { requiredKeys: ['period', 'body'] })), { returns: 'bytes', weight: 0.05, async: true }),
  row('cdto-kpi/workbook', 'readWorkbook', apply(workbook.readWorkbook), argumentsOf(anyBytes, fc.record({ lang: fc.constantFrom('kk', 'ru', 'en', 'de') }, { requiredKeys: [] })), { weight: 0.3, async: true }),
];

const caught = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
};

/**
 * The functions an entry exports that the table has no row for (by the function's identity, so
 * that a name re-exported by another entry counts once for each).
 *
 * @returns `entry name` of each function missing
 */
export function coverageGaps(): readonly string[] {
  const gaps: string[] = [];
  for (const [entry, api] of Object.entries(ENTRIES)) {
    for (const [name, value] of Object.entries(api)) {
      if (typeof value !== 'function') continue;
      if (!SURFACE.some((fn) => fn.entry === entry && (fn.name === name || fn.name.startsWith(`${name}.`)))) gaps.push(`${entry} ${name}`);
    }
  }
  return gaps;
}

/** Values of the library handed in as arguments: not the caller's, not described for changes. */
const LIBRARY_VALUES = new WeakSet<object>([
  index.defaultEditions, DEMO, index.getEdition('2023'), index.getEdition('2025'), index.getEdition('2023').catalogue, index.getEdition('2025').catalogue,
  catalogue2025.CATALOGUE_2025, DEMO.catalogue, report2024.REPORT_2024_Q1, report2024.ERRATA_2024_Q1.errata, index.PUBLISHED_METHOD, index.METHOD_2025,
]);
const frozenSafely = (value: object): boolean => {
  try {
    return Object.isFrozen(value);
  } catch {
    return false; // a proxy whose traps throw: the caller's, described as unreadable
  }
};
const callersOwn = (args: readonly unknown[]): unknown[] => args.filter((value) => typeof value !== 'object' || value === null || !(LIBRARY_VALUES.has(value) || (frozenSafely(value) && LIBRARY_FROZEN(value))));
/** A frozen value the library made (a template, a score given back to it): not the caller's to watch. */
const LIBRARY_FROZEN = (value: object): boolean => !Array.isArray(value) || value.length > 0;

/**
 * Checks CSV text: every figure column (weight, target, share, …) holds plain decimals or nothing.
 *
 * @param text - CSV written by the library
 */
function checkCsvFigures(text: string): void {
  const rows = csv.parseCsv(text);
  const header = rows[0] ?? [];
  const figureColumns = header.map((name, column) => (/^(?:weight|target|share|awarded|result|planned|share_of_planned)(?:_\d{4})?$/u.test(name) ? column : -1)).filter((column) => column >= 0);
  for (const line of rows.slice(1)) {
    for (const column of figureColumns) {
      const cell = line[column] ?? '';
      if (cell !== '' && !PLAIN_DECIMAL.test(cell)) throw new Error(`CSV column ${header[column]}: ${JSON.stringify(cell)} is not a plain decimal`);
    }
  }
}

/** Runs a call, awaiting a promise, and gives back what it did: a thunk that returns its value or throws its error. */
async function settle(call: () => unknown): Promise<() => unknown> {
  try {
    const value = call();
    if (!(value instanceof Promise)) return () => value;
    const awaited = await value.then((resolved: unknown) => ({ resolved }), (rejected: unknown) => ({ rejected }));
    return 'rejected' in awaited ? () => { throw awaited.rejected; } : () => awaited.resolved;
  } catch (error) {
    return () => {
      throw error;
    };
  }
}

const show = (outcome: Outcome): string => (outcome.ok ? outcome.json : `${outcome.code}: ${outcome.message}`);

/**
 * Runs one call of the table and holds its outcome to the promises.
 *
 * @param fn - the function
 * @param args - its arguments
 * @returns the outcome
 */
export async function surfaceOutcome(fn: SurfaceFunction, args: readonly unknown[]): Promise<Outcome> {
  const call = (): unknown => fn.call(args);
  const own = callersOwn(args);
  if (fn.returns === 'data' && !fn.async) {
    const outcome = withUntouchedInputs(own, () => (fn.deterministic ? deterministicOutcome(library, call) : outcomeOf(library, call)));
    if (outcome.ok) {
      checkFrozen(outcome.value);
      if (fn.csv === true && typeof outcome.value === 'string') checkCsvFigures(outcome.value);
    }
    return outcome;
  }
  const before = own.map(describeInput);
  const settled = await settle(call);
  if (own.map(describeInput).join('\u0000') !== before.join('\u0000')) throw new Error('an argument was changed or frozen');
  if (fn.returns === 'data') {
    const outcome = outcomeOf(library, settled);
    if (fn.deterministic) {
      const again = outcomeOf(library, await settle(call));
      if (show(again) !== show(outcome)) throw new Error(`not deterministic:\n${show(outcome)}\n${show(again)}`);
    }
    if (outcome.ok) checkFrozen(outcome.value);
    return outcome;
  }
  let value: unknown;
  try {
    value = settled();
  } catch (error) {
    // zod reads a value as it is: a value whose own reading throws (a caller's trap or getter)
    // passes its error on, as zod documents; nothing else may be thrown.
    if (fn.returns === 'zod' && error instanceof Error && (error.message === 'trap' || error.message === 'getter')) return { ok: false, code: 'CALLERS_OWN', message: error.message };
    return outcomeOf(library, () => {
      throw error;
    });
  }
  if (fn.returns === 'value') {
    checkFrozen(value);
    checkFigures(value);
  }
  if (fn.returns === 'zod' && (typeof value !== 'object' || value === null || typeof (value as { success?: unknown }).success !== 'boolean')) throw new Error('safeParse did not answer { success }');
  if (fn.returns === 'bytes' && !(value instanceof Uint8Array)) throw new Error('not bytes');
  // A new error is the caller's to throw or annotate; what it carries is frozen.
  if (fn.returns === 'error' && (!index.isCdtoKpiError(value) || !Object.isFrozen(value.issues) || !value.issues.every((issue) => Object.isFrozen(issue) && Object.isFrozen(issue.path) && Object.isFrozen(issue.location)))) throw new Error('not an error with frozen issues');
  OUTCOMES.results += 1;
  return { ok: true, json: '', value };
}

/**
 * The property of one function of the table.
 *
 * @param fn - the function
 * @returns its fuzz property
 */
export function surfaceProperty(fn: SurfaceFunction): FuzzProperty {
  return {
    category: `function ${fn.entry} ${fn.name}`,
    weight: fn.weight,
    functions: [`${fn.entry} ${fn.name}`],
    async: true,
    property: () =>
      fc.asyncProperty(fn.args, async (args) => {
        if (fn.entry === 'cdto-kpi/workbook') await workbookBytes();
        await surfaceOutcome(fn, args);
      }),
  };
}

/** A property for each function of the table. */
export const SURFACE_PROPERTIES: readonly FuzzProperty[] = SURFACE.map(surfaceProperty);
