/**
 * The `cdto-kpi` command.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { catalogueCsv, catalogueRecords } from '../output/catalogue-export.js';
import { CdtoKpiError, ERROR_CODES, isCdtoKpiError } from '../errors/cdto-kpi-error.js';
import { BODY_IDS } from '../generated/bodies.js';
import * as z from 'zod/mini';
import { type CsvDelimiter, type CsvWriteOptions, EXCEL_CSV } from '../reports/csv.js';
import { reportFromCsv, scoreReportCsv, templateCsv, validateReportCsv } from '../reports/csv-report.js';
import { scoreCsv } from '../reports/csv-scores.js';
import { scorePeriodReport } from '../reports/score-period.js';
import { RANK_BY, type RankBy } from '../scoring/rank.js';
import { reportTemplate } from '../reports/template.js';
import { validatePeriodReport, type ValidationResult } from '../reports/validate-period-report.js';
import { ERRATA_2024_Q1, REPORT_2024_Q1, reproduceReport2024Q1 } from '../reports/report-2024-q1.js';
import { auditPublishedReport, errataByFigure } from '../reports/audit-published-report.js';
import { errataFileSchema, type ReportFile, reportFileSchema } from '../reports/published-report-schema.js';
import { createEdition } from '../editions/create-edition.js';
import type { Edition } from '../editions/edition.js';
import { createEditionRegistry, defaultEditions, type EditionRegistry, provideEditions } from '../editions/registry.js';
import { BUNDLED_SOURCES } from '../generated/bundled-sources.js';
import { issuesFromZod } from '../errors/zod-issues.js';
import { readEditionFolder } from './edition-folder.js';
import { readReportInput } from './read-input.js';
import { safeWriter } from './terminal-text.js';
import { whatIf } from '../what-if/report.js';
import { deepFreeze } from '../freeze.js';
import { formatExplanation } from './explain.js';
import { formatAudit, formatCatalogueTable, formatEditions, formatPeriodScore, formatRating, formatReproduction, formatValidation, formatWhatIf, whatIfCsv } from './format.js';
import { COMMAND_HELP, USAGE } from './help.js';
import { readReportSource, type ReportSource } from './report-input.js';
import type { Language } from '../editions/types.js';
import { writeFileSync } from 'node:fs';
import { readWorkbook } from '../workbook/read.js';
import { writeWorkbook } from '../workbook/write.js';
import type { WorkbookLanguage } from '../workbook/labels.js';
import { isWorkbookFile, readWorkbookFile } from './workbook-files.js';

// The command line holds every bundled edition's data, at hand in the default registry.
provideEditions(...BUNDLED_SOURCES);

type Format = 'table' | 'json' | 'csv' | 'xlsx';

/** The options each command takes, its formats and its positional arguments; any other is a usage error. */
const COMMANDS: Readonly<Record<string, { readonly options: readonly string[]; readonly formats: readonly Format[]; readonly positionals: number }>> = {
  rating: { options: [], formats: ['table', 'json'], positionals: 0 },
  reproduce: { options: [], formats: ['table', 'json'], positionals: 0 },
  audit: { options: ['errata', 'no-errata'], formats: ['table', 'json'], positionals: 1 },
  editions: { options: [], formats: ['table', 'json'], positionals: 0 },
  catalogue: { options: ['edition', 'reading'], formats: ['json', 'csv', 'table'], positionals: 0 },
  template: { options: ['body', 'period', 'reading', 'lang', 'out'], formats: ['json', 'csv', 'xlsx'], positionals: 0 },
  validate: { options: ['reading', 'lang'], formats: ['table', 'json'], positionals: 1 },
  score: { options: ['reading', 'detail', 'rank-by', 'lang'], formats: ['table', 'json', 'csv'], positionals: 1 },
  explain: { options: ['reading', 'body', 'indicator', 'lang'], formats: ['table', 'json'], positionals: 1 },
  'what-if': { options: ['reading', 'body', 'rank-by', 'lang'], formats: ['table', 'json', 'csv'], positionals: 1 },
  help: { options: [], formats: ['table'], positionals: 1 },
};

const OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string' },
  excel: { type: 'boolean' },
  delimiter: { type: 'string' },
  edition: { type: 'string' },
  reading: { type: 'string' },
  body: { type: 'string' },
  indicator: { type: 'string' },
  period: { type: 'string' },
  detail: { type: 'boolean' },
  'rank-by': { type: 'string' },
  errata: { type: 'string' },
  'no-errata': { type: 'boolean' },
  lang: { type: 'string' },
  out: { type: 'string' },
  'edition-data': { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Options every command takes. */
const COMMON = ['json', 'format', 'help', 'excel', 'delimiter', 'edition-data'];

/** Exit codes: 0 done; 1 a check failed or the input is bad; 2 the command line is wrong. */
export const EXIT = deepFreeze({ OK: 0, FAILED: 1, USAGE: 2 } as const);

/** Where the command writes and how it reads standard input (injected for tests). */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readStdin: () => string;
  /** Writes a binary file (a workbook) to standard output; refuses a terminal. */
  readonly outBytes?: (bytes: Uint8Array) => void;
}

class UsageError {
  constructor(readonly message: string) {}
}

/** A file that cannot be read (missing, a folder, no permission): said with its name, no stack trace. */
class UnreadableFile {
  constructor(readonly message: string) {}
}

function loadReport(name: string, readStdin: () => string): ReportSource {
  try {
    return readReportSource(name, readStdin);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/u.test(code)) throw new UnreadableFile(`cannot read ${name === '-' ? 'standard input' : name}: ${(error as Error).message}`);
    throw error;
  }
}

/**
 * Runs the command line.
 *
 * @param argv - the arguments after the program name
 * @param io - where to write and how to read standard input
 * @returns the exit code
 */
export function run(argv: readonly string[], given: CliIo = processIo()): number | Promise<number> {
  // Everything written is escaped for the terminal: a body id or a key of a report can carry escape
  // sequences (JSON stays valid: an escape reads back as the same character).
  const io: CliIo = { out: safeWriter(given.out), err: safeWriter(given.err), readStdin: given.readStdin, ...(given.outBytes === undefined ? {} : { outBytes: given.outBytes }) };
  const wantsJson = argv.includes('--json') || argv.includes('--format=json') || argv.some((arg, index) => arg === '--format' && argv[index + 1] === 'json');
  const fail = (error: unknown): number => {
    if (error instanceof UsageError) {
      if (wantsJson) io.out(`${JSON.stringify({ error: { code: 'USAGE', message: error.message } }, null, 2)}\n`);
      else io.err(`${error.message}\n`);
      return EXIT.USAGE;
    }
    if (isCdtoKpiError(error)) {
      if (wantsJson) io.out(`${JSON.stringify({ error: { code: error.code, message: error.message, issues: error.issues } }, null, 2)}\n`);
      else io.err(`error ${error.code}: ${error.message}\n`);
      return EXIT.FAILED;
    }
    if (error instanceof UnreadableFile) {
      if (wantsJson) io.out(`${JSON.stringify({ error: { code: 'UNREADABLE_FILE', message: error.message } }, null, 2)}\n`);
      else io.err(`${error.message}\n`);
      return EXIT.FAILED;
    }
    throw error;
  };
  try {
    // A workbook is written or read asynchronously (exceljs); every other command answers at once.
    const result = dispatch(argv, io);
    return typeof result === 'number' ? result : result.catch(fail);
  } catch (error) {
    return fail(error);
  }
}

function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    // Bounded: regular files and pipes only, within the size limit and the pipe's time limit.
    readStdin: () => readReportInput('-'),
    outBytes: (bytes) => {
      if (process.stdout.isTTY) throw new UsageError('an .xlsx workbook is a binary file: redirect it (> justice.xlsx) or give --out justice.xlsx');
      process.stdout.write(bytes);
    },
  };
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    const message = (error as Error).message;
    const code = (error as { code?: string }).code;
    const option = /'(-{1,2}[^' ]+)/u.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const near = nearest(option.replace(/^-+/u, ''), Object.keys(OPTIONS));
      throw new UsageError(`unknown option ${option}${near === null ? '' : ` (did you mean --${near}?)`}; cdto-kpi help lists the commands and cdto-kpi <command> --help their options`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(`${option} ${OPTIONS[option.replace(/^-+/u, '') as keyof typeof OPTIONS]?.type === 'boolean' ? 'takes no value' : 'needs a value'}; see cdto-kpi <command> --help`);
    }
    throw new UsageError(`cannot read the command line; see cdto-kpi help`);
  }
}

function nearest(word: string, candidates: readonly string[]): string | null {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i += 1) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j += 1) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  const best = candidates.map((candidate) => ({ candidate, score: distance(word, candidate) })).sort((x, y) => x.score - y.score)[0];
  return best !== undefined && best.score <= 2 ? best.candidate : null;
}

function dispatch(argv: readonly string[], io: CliIo): number | Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.version === true) {
    io.out(`${VERSION}\n`);
    return EXIT.OK;
  }
  const [command, ...rest] = positionals;
  if (command === undefined) {
    if (values.help === true) {
      io.out(USAGE);
      return EXIT.OK;
    }
    io.err(USAGE);
    return EXIT.USAGE;
  }
  const accepted = COMMANDS[command];
  if (accepted === undefined) throw new UsageError(`unknown command ${JSON.stringify(command)}; the commands are ${Object.keys(COMMANDS).join(', ')} (cdto-kpi help)`);
  if (values.help === true || command === 'help') {
    const topic = command === 'help' ? rest[0] : command;
    if (topic === undefined) io.out(USAGE);
    else if (COMMAND_HELP[topic] === undefined) throw new UsageError(`no help for ${JSON.stringify(topic)}: the commands are ${Object.keys(COMMANDS).join(', ')}`);
    else io.out(COMMAND_HELP[topic]!);
    return EXIT.OK;
  }
  const stray = Object.entries(values).filter(([name, value]) => value !== undefined && !COMMON.includes(name) && !accepted.options.includes(name));
  if (stray.length > 0) throw new UsageError(`${command} does not take ${stray.map(([name]) => `--${name}`).join(', ')}; cdto-kpi ${command} --help lists its options`);
  if (rest.length > accepted.positionals) throw new UsageError(`${command}: unexpected argument ${JSON.stringify(rest[accepted.positionals])}; cdto-kpi ${command} --help`);
  const format = formatOf(values.format, values.json === true, accepted.formats, command);
  const csv = csvOptions(values.excel === true, values.delimiter, format);
  const reading = readingOf(values.reading);
  const rankBy = values['rank-by'];
  if (rankBy !== undefined && !(RANK_BY as readonly string[]).includes(rankBy)) throw new UsageError(`--rank-by takes ${RANK_BY.join(' or ')}, not ${JSON.stringify(rankBy)}`);
  const json = (value: unknown): void => io.out(`${JSON.stringify(value, null, 2)}\n`);
  const file = (): string => {
    if (rest[0] === undefined) throw new UsageError(`${command} needs a report: a file, - for standard input, or @2024-q1 / @2025-q2-synthetic (cdto-kpi ${command} --help)`);
    return rest[0];
  };
  const readingOption = reading === undefined ? {} : { reading };
  const lang = langOf(values.lang);
  if (values.out !== undefined && command !== 'template') throw new UsageError('--out applies to template');
  /** The report of a command: a workbook read asynchronously (its white cells only), a CSV report (read with its lines and columns), or any other report at once. */
  const withReport = (use: (report: ReportSource) => number): number | Promise<number> => {
    const name = file();
    if (!isWorkbookFile(name)) return use(loadReport(name, io.readStdin));
    let bytes: Uint8Array;
    try {
      bytes = readWorkbookFile(name);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && /^E[A-Z]+$/u.test(code)) throw new UnreadableFile(`cannot read ${name}: ${(error as Error).message}`);
      throw error;
    }
    return readWorkbook(bytes, lang === undefined ? {} : { lang }).then((document) => use({ kind: 'document', document }));
  };
  const scoreOptions = () => ({ ...readingOption, editions, ...(rankBy === undefined ? {} : { rankBy: rankBy as RankBy }) });
  /** Scores a report; a CSV report's problems are located by line and column. */
  const scored = (report: ReportSource) => (report.kind === 'csv' ? scoreReportCsv(report.text, scoreOptions()) : scorePeriodReport(report.document, scoreOptions()));
  /** A report as a document: a CSV report's problems, if any, thrown with their lines and columns first. */
  const documentOf = (report: ReportSource): unknown => {
    if (report.kind === 'document') return report.document;
    scoreReportCsv(report.text, scoreOptions());
    return reportFromCsv(report.text, { ...readingOption, editions });
  };

  // Editions read for this run only: a registry of its own, beside the bundled ones.
  const added: Edition[] = [];
  for (const folder of values['edition-data'] ?? []) {
    let data;
    try {
      data = readEditionFolder(folder);
    } catch (error) {
      throw new UnreadableFile(`cannot read the edition in ${folder}: ${(error as Error).message}`);
    }
    added.push(createEdition(data));
  }
  // The bundled editions go in at hand, as the default registry has them: a registry made with
  // `bundled: true` would know them only to load on demand, which a synchronous run cannot.
  const editions: EditionRegistry = added.length === 0 ? defaultEditions : createEditionRegistry({ bundled: false, editions: [...defaultEditions.list(), ...added] });
  return runCommand();

  function runCommand(): number | Promise<number> {
  switch (command) {
    case 'editions': {
      const known = editions.list().map((edition) => ({
        id: edition.id,
        years: edition.years,
        inForce: edition.inForce,
        layout: edition.layout,
        readings: edition.readings,
        method: edition.method,
        rankBy: edition.rankBy,
        act: edition.catalogue.edition.act.title,
        indicators: edition.catalogue.indicators.length,
        bodies: edition.catalogue.bodies.length,
      }));
      if (format === 'json') json(known);
      else io.out(formatEditions(known));
      return EXIT.OK;
    }
    case 'audit': {
      if (values.errata !== undefined && values['no-errata'] === true) throw new UsageError('--errata and --no-errata ask for two things; give one');
      // The bundled Q1 2024 report by name, its register applied unless --no-errata or --errata says otherwise.
      const bundled = file() === '@2024-q1';
      if (!bundled && file().startsWith('@')) throw new UsageError(`audit takes a transcribed published report: a file, - for standard input, or @2024-q1 (the bundled Q1 2024 report), not ${JSON.stringify(file())}`);
      const report = bundled ? REPORT_2024_Q1 : (readValidated(file(), reportFileSchema, 'a transcribed published report (see docs/data-format.md)', io.readStdin) as ReportFile);
      const errata =
        values['no-errata'] === true
          ? undefined
          : values.errata !== undefined
            ? readValidated(values.errata, errataFileSchema, 'an errata register', io.readStdin).errata
            : bundled
              ? ERRATA_2024_Q1.errata
              : undefined;
      const audit = auditPublishedReport(report, { editions, ...(errata === undefined ? {} : { errata }) });
      if (format === 'json') json(audit);
      else io.out(formatAudit(audit, errata === undefined ? null : errataByFigure(report, errata)));
      return audit.counts.unexplained === 0 && audit.staleErrata.length === 0 ? EXIT.OK : EXIT.FAILED;
    }
    case 'rating': {
      const reproduction = reproduceReport2024Q1();
      if (format === 'json') {
        json({ publishedRating: reproduction.publishedRating, correctedRating: reproduction.correctedRating, rankChanges: reproduction.rankChanges, counts: reproduction.counts, errata: reproduction.figures.filter((f) => f.status !== 'reproduced') });
      } else io.out(formatRating(reproduction));
      return reproduction.counts.unexplained === 0 && reproduction.staleErrata.length === 0 ? EXIT.OK : EXIT.FAILED;
    }
    case 'reproduce': {
      const reproduction = reproduceReport2024Q1();
      if (format === 'json') json(reproduction);
      else io.out(formatReproduction(reproduction));
      return reproduction.counts.unexplained === 0 && reproduction.staleErrata.length === 0 ? EXIT.OK : EXIT.FAILED;
    }
    case 'catalogue': {
      const edition = values.edition;
      const known = editions.list().map((entry) => entry.id);
      if (edition === undefined || !known.includes(edition)) {
        throw new UsageError(`catalogue needs --edition ${known.join(' or --edition ')}${edition === undefined ? '' : ` (no edition ${JSON.stringify(edition)} is known; --edition-data <folder> reads one from its data folder)`}`);
      }
      if (editions.get(edition).readings === null && reading !== undefined) {
        throw new UsageError(`--reading applies to an edition with two texts only: the ${edition} edition has one set of values`);
      }
      if (format === 'json') json(catalogueRecords(edition, { ...readingOption, editions }));
      else if (format === 'csv') io.out(catalogueCsv(edition, { ...readingOption, editions, ...csv }));
      else io.out(formatCatalogueTable(catalogueRecords(edition, { ...readingOption, editions })));
      return EXIT.OK;
    }
    case 'template': {
      if (values.body === undefined) throw new UsageError(`template needs --body <id>, one of ${BODY_IDS.join(', ')}`);
      const match = /^(\d{4})-?Q([1-4])$/iu.exec(values.period ?? '');
      if (match === null) throw new UsageError(`template needs --period like 2026-Q1${values.period === undefined ? '' : `, not ${JSON.stringify(values.period)}`}`);
      const period = { year: Number(match[1]), quarter: Number(match[2]) as 1 | 2 | 3 | 4 };
      const out = values.out;
      if (format === 'xlsx') {
        return writeWorkbook({ period, body: values.body.split(','), ...readingOption, ...(lang === undefined ? {} : { lang }) }).then((bytes) => {
          if (out !== undefined) writeFileSync(out, bytes);
          else if (io.outBytes === undefined) throw new UsageError('template --format xlsx needs --out <file> here');
          else io.outBytes(bytes);
          return EXIT.OK;
        });
      }
      if (lang !== undefined) throw new UsageError('--lang applies to an .xlsx workbook (--format xlsx) and to reading one');
      const template = reportTemplate({ period, body: values.body.split(','), ...readingOption, editions });
      const text = format === 'csv' ? templateCsv(template, csv) : `${JSON.stringify(template, null, 2)}\n`;
      if (out !== undefined) writeFileSync(out, text);
      else io.out(text);
      return EXIT.OK;
    }
    case 'validate': {
      const print = (validation: ValidationResult): number => {
        if (format === 'json') json(validation);
        else io.out(formatValidation(validation));
        return validation.ok ? EXIT.OK : EXIT.FAILED;
      };
      const validated = withReport((report) => print(report.kind === 'csv' ? validateReportCsv(report.text, { ...readingOption, editions }) : validatePeriodReport(report.document, { ...readingOption, editions })));
      if (typeof validated === 'number') return validated;
      // A workbook's problems (each with its cell) are the report's problems: listed, exit 1.
      return validated.catch((error: unknown) => {
        if (!isCdtoKpiError(error) || error.code === ERROR_CODES.DEPENDENCY_MISSING) throw error;
        return print({ ok: false, issues: error.issues, warnings: [] });
      });
    }
    case 'score':
      return withReport((report) => {
        const score = scored(report);
        if (format === 'json') json(score);
        else if (format === 'csv') io.out(scoreCsv(score, { ...csv, detail: values.detail === true }));
        else io.out(formatPeriodScore(score, { detail: values.detail === true }));
        return EXIT.OK;
      });
    case 'explain': {
      return withReport((report) => {
        const score = scored(report);
        // A report of one body needs no --body.
        const only = score.bodies.length === 1 ? score.bodies[0]!.body : undefined;
        const bodyId = values.body ?? only;
        if (bodyId === undefined) throw new UsageError(`explain needs --body <id>: the report has ${score.bodies.length} bodies, ${score.bodies.map((entry) => entry.body).join(', ')}`);
        if (format === 'json') {
          const body = score.bodies.find((entry) => entry.body === bodyId);
          const indicators = body?.directions.flatMap((direction) => direction.indicators).filter((entry) => values.indicator === undefined || entry.indicator === values.indicator) ?? [];
          formatExplanation(editions, score, bodyId, values.indicator); // the same checks of body and indicator as the text
          json({ period: score.period, reading: score.reading, method: score.method, body: bodyId, indicators });
        } else io.out(formatExplanation(editions, score, bodyId, values.indicator));
        return EXIT.OK;
      });
    }
    case 'what-if':
      return withReport((report) => {
        const answer = whatIf(documentOf(report), { ...readingOption, editions, ...(values.body === undefined ? {} : { body: values.body }), ...(rankBy === undefined ? {} : { rankBy: rankBy as RankBy }) });
        if (format === 'json') json(answer);
        else if (format === 'csv') io.out(whatIfCsv(answer, csv));
        else io.out(formatWhatIf(answer));
        return EXIT.OK;
      });
  }
  return EXIT.USAGE;
  }
}

/** Reads a JSON file (or standard input), within the limits, and checks it with a schema. */
function readValidated<T>(name: string, schema: z.ZodMiniType<T>, what: string, readStdin: () => string): T {
  const source = loadReport(name, readStdin);
  const document = source.kind === 'csv' ? reportFromCsv(source.text) : source.document;
  const parsed = z.safeParse(schema, document, { reportInput: true });
  if (!parsed.success) throw new CdtoKpiError(issuesFromZod(parsed.error.issues, document, { detail: `not ${what}` }));
  return parsed.data;
}

function formatOf(given: string | undefined, json: boolean, formats: readonly Format[], command: string): Format {
  if (json && given !== undefined && given !== 'json') throw new UsageError(`--json and --format ${given} ask for two formats; give one`);
  const format = json ? 'json' : (given ?? formats[0]!);
  if (!(formats as readonly string[]).includes(format)) throw new UsageError(`${command} prints ${formats.join(', ')}; --format ${format} is not one of them`);
  return format as Format;
}

function csvOptions(excel: boolean, delimiter: string | undefined, format: Format): CsvWriteOptions {
  if ((excel || delimiter !== undefined) && format !== 'csv') throw new UsageError('--excel and --delimiter apply to CSV output (--format csv)');
  if (excel && delimiter !== undefined) throw new UsageError('--excel sets the delimiter (;); give --excel or --delimiter, not both');
  if (excel) return EXCEL_CSV;
  if (delimiter === undefined) return {};
  const chosen = delimiter === 'tab' || delimiter === '\\t' ? '\t' : delimiter;
  if (chosen !== ',' && chosen !== ';' && chosen !== '\t') throw new UsageError(`--delimiter takes "," ";" or tab, not ${JSON.stringify(delimiter)}`);
  return { delimiter: chosen as CsvDelimiter };
}

function langOf(lang: string | undefined): WorkbookLanguage | undefined {
  if (lang !== undefined && lang !== 'kk' && lang !== 'ru' && lang !== 'en') throw new UsageError(`--lang takes kk, ru or en, not ${JSON.stringify(lang)}`);
  return lang;
}

function readingOf(reading: string | undefined): Language | undefined {
  if (reading !== undefined && reading !== 'kk' && reading !== 'ru') throw new UsageError(`--reading takes kk or ru, not ${JSON.stringify(reading)}`);
  return reading;
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
