/**
 * Fuzz properties over the built package: the ESM and the CommonJS builds give byte-identical
 * outcomes and recognise each other's errors, and the command line (`dist/cli.js`) answers any
 * report with a result or one short error line, never a stack trace.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as fc from 'fast-check';
import type * as Api from '../../src/index.js';
import { hostileValue, validFigure } from './arbitraries.js';
import { type ErrorApi, outcomeOf, type Outcome } from './invariants.js';
import { anyDefinition, type FuzzProperty, inputFor, PERIODS, reportFor } from './properties.js';

/** The two builds and the command line, as shipped. */
export interface Builds {
  readonly esm: typeof Api;
  readonly cjs: typeof Api;
  readonly cli: string;
}

/**
 * Loads the built package (run `npm run build` first).
 *
 * @param root - the package's folder
 * @returns the ESM and CommonJS builds and the path of the command line
 */
export async function loadBuilds(root: string): Promise<Builds> {
  const esm = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as typeof Api;
  const cjs = createRequire(import.meta.url)(join(root, 'dist/index.cjs')) as typeof Api;
  return { esm, cjs, cli: join(root, 'dist/cli.js') };
}

const show = (outcome: Outcome): string => (outcome.ok ? outcome.json : `${outcome.code}: ${outcome.message}`);

/** The same call on both builds: the same outcome, byte for byte; each build's errors known to the other's guard. */
function bothBuilds(builds: Builds, call: (api: typeof Api) => unknown): void {
  // The ESM guard judges the CommonJS build's errors, and the other way round.
  const esmGuard: ErrorApi = builds.esm;
  const cjsGuard: ErrorApi = builds.cjs;
  const fromCjs = outcomeOf(esmGuard, () => call(builds.cjs));
  const fromEsm = outcomeOf(cjsGuard, () => call(builds.esm));
  if (show(fromCjs) !== show(fromEsm)) throw new Error(`ESM and CJS differ:\n${show(fromEsm)}\n${show(fromCjs)}`);
}

/** Text of a report for the command line: JSON where the value allows it (BigInts written as strings). */
function reportText(document: unknown): string {
  try {
    return JSON.stringify(document, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}` : value)) ?? 'null';
  } catch {
    return '{"period":';
  }
}

/** An indicator id of either edition, or none of theirs. */
const indicatorOf = fc.constantFrom('agriculture.1', 'security.1', 'common.1', 'common.2', 'justice.22', 'digital-development.2');
/** A definition's or a catalogue's options: a reading, none, or anything. */
const readingOption = fc.oneof(fc.constant(undefined), fc.constantFrom({ reading: 'kk' }, { reading: 'ru' }, { reading: 'en' }, {}), hostileValue);

const hostileId = fc.constantFrom('\u001b]0;owned\u0007\u001b[2J', 'justice\u202e', 'x'.repeat(300), '\u009b31m', 'justice\r', '');

/** What a hostile report for the command line looks like: a generated report, a bad body id, or raw text. */
const cliInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PERIODS).chain(reportFor).map(({ document }) => reportText(document)) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom(...PERIODS).chain(reportFor), hostileId).map(([{ document }, id]) => {
      const text = reportText(document);
      return text.replace(/"body":"[^"]*"/u, `"body":${JSON.stringify(id)}`);
    }),
  },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 50 }), fc.constantFrom('', '{', '[]', 'null', '{"__proto__":{}}', `${'['.repeat(50_000)}${']'.repeat(50_000)}`, '\u0000', '\ufeff{}')) },
);

/** Runs the command line on a report given on standard input. */
export function runCli(builds: Builds, input: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [builds.cli, 'score', '-'], { input, encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The properties over the builds.
 *
 * @param builds - as {@link loadBuilds} returns them
 * @returns the properties
 */
export function builtProperties(builds: Builds): readonly FuzzProperty[] {
  return [
    {
      category: 'ESM and CJS builds agree (figures, indicators, reports, what-if, definitions, catalogues, registries)',
      weight: 6,
      property: () =>
        fc.property(
          fc.oneof(
            fc.oneof(validFigure.map((figure) => figure.input as unknown), hostileValue).map((figure) => (api: typeof Api) => {
              const read = api.readFigure(figure, { field: 'a' });
              return { value: read.value, absence: read.absence };
            }),
            anyDefinition
              .chain((definition) => fc.tuple(fc.constant(definition), inputFor(String(definition['kind']))))
              .map(([definition, input]) => (api: typeof Api) => api.scoreIndicator(definition as unknown as Api.IndicatorDefinition, input)),
            fc.constantFrom(...PERIODS).chain(reportFor).map(({ document }) => (api: typeof Api) => api.scorePeriodReport(document)),
            // The functions added with the one registry and the one engine.
            anyDefinition
              .chain((definition) => fc.tuple(fc.constant(definition), inputFor(String(definition['kind']))))
              .map(([definition, input]) => (api: typeof Api) => api.whatIfIndicator(definition as unknown as Api.IndicatorDefinition, input)),
            fc
              .tuple(fc.oneof(fc.constantFrom('2023', '2025', 'demo-2030'), hostileValue), fc.oneof(indicatorOf, hostileValue), fc.oneof(fc.constantFrom('2023', '2024', '2025', '2026', '2027'), hostileValue), readingOption)
              .map(([edition, id, year, options]) => (api: typeof Api) => api.definitionFor(edition as never, id as never, year as never, options as never)),
            fc
              .tuple(fc.oneof(fc.constantFrom('2023', '2025'), hostileValue), readingOption)
              .map(([edition, options]) => (api: typeof Api) => api.catalogueRecords(edition as never, options as never)),
            fc
              .oneof(fc.record({ bundled: fc.boolean() }, { requiredKeys: [] }), fc.record({ bundled: fc.oneof(fc.boolean(), hostileValue), editions: fc.oneof(fc.constant([]), hostileValue, fc.array(hostileValue, { maxLength: 2 })) }, { requiredKeys: [] }), hostileValue)
              .map((options) => (api: typeof Api) => {
                const registry = api.createEditionRegistry(options as never);
                return { coverage: registry.coverage(), list: registry.list().map((edition) => edition.id), has: registry.has('2025') };
              }),
          ),
          (call) => bothBuilds(builds, call),
        ),
    },
    {
      category: 'command line (dist/cli.js score -, one process a case)',
      weight: 0,
      property: () =>
        fc.property(cliInput, (input) => {
          const { status, stdout, stderr } = runCli(builds, input);
          if (status !== 0 && status !== 1) throw new Error(`exit ${String(status)}: ${stderr.slice(0, 500)}`);
          if (/\n\s+at /u.test(stderr)) throw new Error(`stack trace:\n${stderr.slice(0, 1_000)}`);
          if (stderr.length > 20_000) throw new Error(`stderr of ${stderr.length} characters`);
          if (status === 0 && stdout.length === 0) throw new Error('no output');
        }),
    },
  ];
}

/**
 * What the command line still prints raw (defect 12 of issue 11, in `src/cli/main.ts`): every
 * character a terminal could act on must come out escaped.
 *
 * @param builds - as {@link loadBuilds} returns them
 * @returns the property
 */
export function cliEscapingProperty(builds: Builds): FuzzProperty {
  return {
    category: 'command line escapes control characters (#12)',
    weight: 0,
    property: () =>
      fc.property(cliInput, (input) => {
        const { status, stdout, stderr } = runCli(builds, input);
        // Every refusal, "not JSON" included, is the library's own error line (parseReportDocument).
        if (status === 1 && !/^error [A-Z_]+: /u.test(stderr)) throw new Error(`not the library's error line: ${stderr.slice(0, 300)}`);
        const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;
        if (raw.test(stdout) || raw.test(stderr)) throw new Error(`raw control character in output: ${JSON.stringify(stderr.slice(0, 300))}`);
      }),
  };
}
