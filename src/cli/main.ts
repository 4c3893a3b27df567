/**
 * The `cdto-kpi` command.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { catalogueCsv, catalogueRecords } from '../output/catalogue-export.js';
import { CdtoKpiError, ERROR_CODES, isCdtoKpiError, type Words } from '../errors/cdto-kpi-error.js';
import { BODY_IDS } from '../generated/bodies.js';
import * as z from 'zod/mini';
import { type CsvDelimiter, type CsvWriteOptions, EXCEL_CSV } from '../reports/csv.js';
import { reportFromCsv, scoreReportCsv, templateCsv, validateReportCsv } from '../reports/csv-report.js';
import { scoreCsv } from '../reports/csv-scores.js';
import { scorePeriodReport } from '../reports/score-period.js';
import { RANK_BY } from '../scoring/rank.js';
import { reportTemplate } from '../reports/template.js';
import { validatePeriodReport, type ValidationResult } from '../reports/validate-period-report.js';
import { ERRATA_2024_Q1, REPORT_2024_Q1, reproduceReport2024Q1 } from '../reports/report-2024-q1.js';
import { auditPublishedReport, errataByFigure } from '../reports/audit-published-report.js';
import { errataFileSchema, type ReportFile, reportFileSchema } from '../reports/published-report-schema.js';
import { createEdition } from '../editions/create-edition.js';
import type { Edition } from '../editions/edition.js';
import { createEditionRegistry, defaultEditions, type EditionRegistry } from '../editions/registry.js';
import { issuesFromZod } from '../errors/zod-issues.js';
import { readEditionFolder } from './edition-folder.js';
import { readReportInput } from './read-input.js';
import { safeWriter } from './terminal-text.js';
import { whatIf } from '../what-if/report.js';
import { deepFreeze } from '../freeze.js';
import { formatExplanation } from './explain.js';
import { formatAudit, formatCatalogueTable, formatEditions, formatPeriodScore, formatRating, formatReproduction, formatValidation, formatWhatIf, whatIfCsv } from './format.js';
import { provideBundled } from '../output/bundled.js';
import { issuesIn } from '../output/messages.js';
import { cliText, type CliText, environmentLang } from './language.js';
import { type Lang, LANGS } from '../messages/catalogue.js';
import { isWorkbookFile, readReport, readReportSource, readWorkbookSource, type ReportSource, systemReason, UnreadableFile } from './report-input.js';
import type { Language } from '../editions/types.js';
import { periodOf } from '../periods/resolve-period.js';
import { writeFileSync } from 'node:fs';
import { writeWorkbook } from '../workbook/write.js';

// The command line holds every bundled edition's data and every language of the messages.
provideBundled();

type Format = 'table' | 'json' | 'csv' | 'xlsx';

/** The options each command takes, its formats and its positional arguments; any other is a usage error. */
const COMMANDS: Readonly<Record<string, { readonly options: readonly string[]; readonly formats: readonly Format[]; readonly positionals: number }>> = {
  rating: { options: [], formats: ['table', 'json'], positionals: 0 },
  reproduce: { options: [], formats: ['table', 'json'], positionals: 0 },
  audit: { options: ['errata', 'no-errata'], formats: ['table', 'json'], positionals: 1 },
  editions: { options: [], formats: ['table', 'json'], positionals: 0 },
  catalogue: { options: ['edition', 'reading'], formats: ['json', 'csv', 'table'], positionals: 0 },
  template: { options: ['body', 'period', 'reading', 'out'], formats: ['json', 'csv', 'xlsx'], positionals: 0 },
  validate: { options: ['reading'], formats: ['table', 'json'], positionals: 1 },
  score: { options: ['reading', 'detail', 'rank-by'], formats: ['table', 'json', 'csv'], positionals: 1 },
  explain: { options: ['reading', 'body', 'indicator'], formats: ['table', 'json'], positionals: 1 },
  'what-if': { options: ['reading', 'body', 'rank-by'], formats: ['table', 'json', 'csv'], positionals: 1 },
  help: { options: [], formats: ['table'], positionals: 1 },
};

/** Where the documentation lives: in the repository, and in the installed package. */
const DOCS_URL = 'https://github.com/cdto-kpi/cdto-kpi/blob/main/docs/usage.md';

/**
 * The overview (no topic) or a command's help, in the run's language; `undefined` for a topic that
 * is no command.
 */
export function helpText(text: CliText, topic?: string): string | undefined {
  if (topic !== undefined && !Object.hasOwn(COMMANDS, topic)) return undefined;
  return text.say('help', (topic ?? 'usage') as keyof CliText['cli']['help'] & string, { docs: text.say('help', 'docs', { url: DOCS_URL }), report: text.cli.help.report, format: text.cli.help.format });
}

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
const COMMON = ['json', 'format', 'help', 'excel', 'delimiter', 'edition-data', 'lang'];

/** Exit codes: 0 done; 1 a check failed or the input is bad; 2 the command line is wrong. */
export const EXIT = deepFreeze({ OK: 0, FAILED: 1, USAGE: 2 } as const);

/** Where the command writes and how it reads standard input (injected for tests). */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readStdin: () => string;
  /** Writes a binary file (a workbook) to standard output; refuses a terminal. */
  readonly outBytes?: (bytes: Uint8Array) => void;
  /** The environment whose LC_ALL, LC_MESSAGES and LANG give the language when --lang does not (default: the process's). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

class UsageError {
  constructor(readonly message: string) {}
}

/**
 * The language of a run: `--lang` (read before the rest of the command line, so that its errors
 * are in that language too), else the environment's.
 */
function langOfRun(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  let given: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === '--lang') given = argv[index + 1];
    else if (arg.startsWith('--lang=')) given = arg.slice('--lang='.length);
  });
  return given === 'kk' || given === 'ru' || given === 'en' ? given : environmentLang(env);
}

/**
 * Runs the command line on the arguments after the program name; the exit code, a promise of it
 * where a workbook is read or written.
 */
export function run(argv: readonly string[], given: CliIo = processIo()): number | Promise<number> {
  // Everything written is escaped for the terminal: a body id or a key of a report can carry escape
  // sequences (JSON stays valid: an escape reads back as the same character).
  const io: CliIo = { out: safeWriter(given.out), err: safeWriter(given.err), readStdin: given.readStdin, ...(given.outBytes === undefined ? {} : { outBytes: given.outBytes }) };
  const wantsJson = argv.includes('--json') || argv.includes('--format=json') || argv.some((arg, index) => arg === '--format' && argv[index + 1] === 'json');
  const lang = langOfRun(argv, given.env ?? process.env);
  const text = cliText(lang);
  const fail = (error: unknown): number => {
    if (error instanceof UsageError || error instanceof UnreadableFile) {
      if (wantsJson) io.out(`${JSON.stringify({ error: { code: error instanceof UsageError ? 'USAGE' : 'UNREADABLE_FILE', message: error.message } }, null, 2)}\n`);
      else io.err(`${error.message}\n`);
      return error instanceof UsageError ? EXIT.USAGE : EXIT.FAILED;
    }
    if (isCdtoKpiError(error)) {
      // The same error, its messages in the run's language (English: as the library wrote them).
      const said = lang === 'en' ? error : new CdtoKpiError(issuesIn(error.issues, text.messages, defaultEditions), lang);
      if (wantsJson) io.out(`${JSON.stringify({ error: { code: said.code, message: said.message, issues: said.issues } }, null, 2)}\n`);
      else io.err(`${text.say('text', 'error', { code: said.code, message: said.message })}\n`);
      return EXIT.FAILED;
    }
    throw error;
  };
  try {
    // A workbook is written or read asynchronously (exceljs); every other command answers at once.
    const result = dispatch(argv, io, text);
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
      if (process.stdout.isTTY) throw new UsageError(cliText(langOfRun(process.argv.slice(2), process.env)).say('usage', 'binary'));
      process.stdout.write(bytes);
    },
  };
}

function parse(argv: readonly string[], text: CliText) {
  try {
    const parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS, tokens: true });
    // An option given twice would keep its last value and drop the first without a word.
    const seen = new Set<string>();
    for (const token of parsed.tokens) {
      if (token.kind !== 'option' || (OPTIONS[token.name as keyof typeof OPTIONS] as { multiple?: boolean } | undefined)?.multiple === true) continue;
      if (seen.has(token.name)) throw new UsageError(text.say('usage', 'givenTwice', { option: token.rawName }));
      seen.add(token.name);
    }
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = (error as Error).message;
    const code = (error as { code?: string }).code;
    const option = /'(-{1,2}[^' ]+)/u.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const near = nearest(option.replace(/^-+/u, ''), Object.keys(OPTIONS));
      throw new UsageError(text.say('usage', 'unknownOption', { option, near: near === null ? '' : text.say('usage', 'didYouMean', { option: near }) }));
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(text.say('usage', OPTIONS[option.replace(/^-+/u, '') as keyof typeof OPTIONS]?.type === 'boolean' ? 'takesNoValue' : 'needsValue', { option }));
    }
    throw new UsageError(text.say('usage', 'unreadableLine'));
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

function dispatch(argv: readonly string[], io: CliIo, text: CliText): number | Promise<number> {
  const { values, positionals } = parse(argv, text);
  const usage = helpText(text)!;
  if (values.version === true) {
    io.out(`${VERSION}\n`);
    return EXIT.OK;
  }
  const [command, ...rest] = positionals;
  if (command === undefined) {
    if (values.help === true) {
      io.out(usage);
      return EXIT.OK;
    }
    io.err(usage);
    return EXIT.USAGE;
  }
  const accepted = COMMANDS[command];
  const commands = Object.keys(COMMANDS).join(', ');
  if (accepted === undefined) throw new UsageError(text.say('usage', 'unknownCommand', { command: JSON.stringify(command), commands }));
  if (values.help === true || command === 'help') {
    const topic = command === 'help' ? rest[0] : command;
    const help = helpText(text, topic);
    if (help === undefined) throw new UsageError(text.say('usage', 'noHelp', { topic: JSON.stringify(topic), commands }));
    io.out(help);
    return EXIT.OK;
  }
  const stray = Object.entries(values).filter(([name, value]) => value !== undefined && !COMMON.includes(name) && !accepted.options.includes(name));
  if (stray.length > 0) throw new UsageError(text.say('usage', 'notTaken', { command, options: stray.map(([name]) => `--${name}`).join(', ') }));
  if (rest.length > accepted.positionals) throw new UsageError(text.say('usage', 'unexpectedArgument', { command, argument: JSON.stringify(rest[accepted.positionals]) }));
  const format = formatOf(values.format, values.json === true, accepted.formats, command, text);
  const csv = csvOptions(values.excel === true, values.delimiter, format, text);
  const reading = oneOf(values.reading, ['kk', 'ru'] as const satisfies readonly Language[], 'reading', text);
  const rankBy = oneOf(values['rank-by'], RANK_BY, 'rankBy', text);
  const json = (value: unknown): void => io.out(`${JSON.stringify(value, null, 2)}\n`);
  const file = (): string => {
    if (rest[0] === undefined) throw new UsageError(text.say('usage', 'needsReport', { command }));
    return rest[0];
  };
  const readingOption = reading === undefined ? {} : { reading };
  oneOf(values.lang, LANGS, 'lang', text);
  const { lang } = text;
  if (values.out !== undefined && command !== 'template') throw new UsageError(text.say('usage', 'outTemplate'));
  /**
   * The report of a command: a workbook read asynchronously, a CSV report (read with its lines and
   * columns), or any other report at once.
   */
  const withReport = (use: (report: ReportSource) => number): number | Promise<number> => {
    const name = file();
    return isWorkbookFile(name) ? readWorkbookSource(name, text).then(use) : use(readReportSource(name, io.readStdin, text));
  };
  const scoreOptions = () => ({ ...readingOption, editions, lang, ...(rankBy === undefined ? {} : { rankBy }) });
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
      throw new UnreadableFile(text.say('usage', 'cannotReadEdition', { folder, reason: systemReason(error, text) }));
    }
    added.push(createEdition(data));
  }
  // The bundled editions go in at hand, as the default registry has them: a registry made with
  // `bundled: true` would know them only to load on demand, which a synchronous run cannot.
  const editions: EditionRegistry = added.length === 0 ? defaultEditions : createEditionRegistry({ bundled: false, editions: [...defaultEditions.list(), ...added] });
  switch (command) {
    case 'editions': {
      if (format !== 'json') {
        io.out(formatEditions(editions.list(), text));
        return EXIT.OK;
      }
      json(
        editions.list().map((edition) => ({
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
        })),
      );
      return EXIT.OK;
    }
    case 'audit': {
      if (values.errata !== undefined && values['no-errata'] === true) throw new UsageError(text.say('usage', 'errataTwice'));
      // The bundled Q1 2024 report by name, its register applied unless --no-errata or --errata says otherwise.
      const bundled = file() === '@2024-q1';
      if (!bundled && file().startsWith('@')) throw new UsageError(text.say('usage', 'auditReport', { given: JSON.stringify(file()) }));
      const report = bundled ? REPORT_2024_Q1 : (readValidated(file(), reportFileSchema, 'not a transcribed published report (see docs/data-format.md)', io.readStdin, text) as ReportFile);
      const errata =
        values['no-errata'] === true
          ? undefined
          : values.errata !== undefined
            ? readValidated(values.errata, errataFileSchema, 'not an errata register', io.readStdin, text).errata
            : bundled
              ? ERRATA_2024_Q1.errata
              : undefined;
      const audit = auditPublishedReport(report, { editions, ...(errata === undefined ? {} : { errata }) });
      if (format === 'json') json(audit);
      else io.out(formatAudit(audit, errata === undefined ? null : errataByFigure(report, errata), text));
      return audit.counts.unexplained === 0 && audit.staleErrata.length === 0 ? EXIT.OK : EXIT.FAILED;
    }
    case 'rating': {
      const reproduction = reproduceReport2024Q1();
      if (format === 'json') {
        json({ publishedRating: reproduction.publishedRating, correctedRating: reproduction.correctedRating, rankChanges: reproduction.rankChanges, counts: reproduction.counts, errata: reproduction.figures.filter((f) => f.status !== 'reproduced') });
      } else io.out(formatRating(reproduction, text));
      return reproduction.counts.unexplained === 0 && reproduction.staleErrata.length === 0 ? EXIT.OK : EXIT.FAILED;
    }
    case 'reproduce': {
      const reproduction = reproduceReport2024Q1();
      if (format === 'json') json(reproduction);
      else io.out(formatReproduction(reproduction, text));
      return reproduction.counts.unexplained === 0 && reproduction.staleErrata.length === 0 ? EXIT.OK : EXIT.FAILED;
    }
    case 'catalogue': {
      const edition = values.edition;
      const known = editions.list().map((entry) => entry.id);
      if (edition === undefined || !known.includes(edition)) {
        throw new UsageError(text.say('usage', 'catalogueEdition', { editions: known.join(`${text.cli.usage.or}--edition `), unknown: edition === undefined ? '' : text.say('usage', 'catalogueUnknown', { edition: JSON.stringify(edition) }) }));
      }
      if (editions.get(edition).readings === null && reading !== undefined) {
        throw new UsageError(text.say('usage', 'readingOneSet', { edition }));
      }
      if (format === 'json') json(catalogueRecords(edition, { ...readingOption, editions }));
      else if (format === 'csv') io.out(catalogueCsv(edition, { ...readingOption, editions, ...csv }));
      else io.out(formatCatalogueTable(catalogueRecords(edition, { ...readingOption, editions }), text));
      return EXIT.OK;
    }
    case 'template': {
      if (values.body === undefined) throw new UsageError(text.say('usage', 'templateBody', { bodies: BODY_IDS.join(', ') }));
      const period = periodOf(values.period ?? '');
      if (period === null) throw new UsageError(text.say('usage', 'templatePeriod', { given: values.period === undefined ? '' : text.say('usage', 'templatePeriodGiven', { given: JSON.stringify(values.period) }) }));
      const out = values.out;
      if (format === 'xlsx') {
        return writeWorkbook({ period, body: values.body.split(','), ...readingOption, lang }).then((bytes) => {
          if (out !== undefined) writeFileSync(out, bytes);
          else if (io.outBytes === undefined) throw new UsageError(text.say('usage', 'templateOut'));
          else io.outBytes(bytes);
          return EXIT.OK;
        });
      }
      const template = reportTemplate({ period, body: values.body.split(','), ...readingOption, editions });
      const written = format === 'csv' ? templateCsv(template, csv) : `${JSON.stringify(template, null, 2)}\n`;
      if (out !== undefined) writeFileSync(out, written);
      else io.out(written);
      return EXIT.OK;
    }
    case 'validate': {
      const print = (validation: ValidationResult): number => {
        if (format === 'json') json(validation);
        else io.out(formatValidation(validation, text));
        return validation.ok ? EXIT.OK : EXIT.FAILED;
      };
      const validated = withReport((report) => print(report.kind === 'csv' ? validateReportCsv(report.text, { ...readingOption, editions, lang }) : validatePeriodReport(report.document, { ...readingOption, editions, lang })));
      if (typeof validated === 'number') return validated;
      // A workbook's problems (each with its cell) are the report's problems: listed, exit 1.
      return validated.catch((error: unknown) => {
        if (!isCdtoKpiError(error) || error.code === ERROR_CODES.DEPENDENCY_MISSING) throw error;
        return print({ ok: false, issues: issuesIn(error.issues, text.messages, editions), warnings: [] });
      });
    }
    case 'score':
      return withReport((report) => {
        const score = scored(report);
        if (format === 'json') json(score);
        else if (format === 'csv') io.out(scoreCsv(score, { ...csv, detail: values.detail === true }));
        else io.out(formatPeriodScore(score, { detail: values.detail === true }, text));
        return EXIT.OK;
      });
    case 'explain': {
      return withReport((report) => {
        const score = scored(report);
        // A report of one body needs no --body.
        const only = score.bodies.length === 1 ? score.bodies[0]!.body : undefined;
        const bodyId = values.body ?? only;
        if (bodyId === undefined) throw new UsageError(text.say('usage', 'explainBody', { count: score.bodies.length, bodies: score.bodies.map((entry) => entry.body).join(', ') }));
        if (format === 'json') {
          const body = score.bodies.find((entry) => entry.body === bodyId);
          const indicators = body?.directions.flatMap((direction) => direction.indicators).filter((entry) => values.indicator === undefined || entry.indicator === values.indicator) ?? [];
          formatExplanation(editions, score, bodyId, values.indicator, text); // the same checks of body and indicator as the text
          json({ period: score.period, reading: score.reading, method: score.method, body: bodyId, indicators });
        } else io.out(formatExplanation(editions, score, bodyId, values.indicator, text));
        return EXIT.OK;
      });
    }
    case 'what-if':
      return withReport((report) => {
        const answer = whatIf(documentOf(report), { ...readingOption, editions, lang, ...(values.body === undefined ? {} : { body: values.body }), ...(rankBy === undefined ? {} : { rankBy }) });
        if (format === 'json') json(answer);
        else if (format === 'csv') io.out(whatIfCsv(answer, csv));
        else io.out(formatWhatIf(answer, text, editions.get(answer.period.edition)));
        return EXIT.OK;
      });
  }
  return EXIT.USAGE;
}

/** Reads a JSON file (or standard input), within the limits, and checks it with a schema. */
function readValidated<T>(name: string, schema: z.ZodMiniType<T>, detail: Words, readStdin: () => string, text: CliText): T {
  const document = readReport(name, readStdin, text);
  const parsed = z.safeParse(schema, document, { reportInput: true });
  if (!parsed.success) throw new CdtoKpiError(issuesFromZod(parsed.error.issues, document, { detail }));
  return parsed.data;
}

function formatOf(given: string | undefined, json: boolean, formats: readonly Format[], command: string, text: CliText): Format {
  if (json && given !== undefined && given !== 'json') throw new UsageError(text.say('usage', 'twoFormats', { format: given }));
  const format = json ? 'json' : (given ?? formats[0]!);
  if (!(formats as readonly string[]).includes(format)) throw new UsageError(text.say('usage', 'formats', { command, formats: formats.join(', '), format }));
  return format as Format;
}

function csvOptions(excel: boolean, delimiter: string | undefined, format: Format, text: CliText): CsvWriteOptions {
  if ((excel || delimiter !== undefined) && format !== 'csv') throw new UsageError(text.say('usage', 'csvOnly'));
  if (excel && delimiter !== undefined) throw new UsageError(text.say('usage', 'excelDelimiter'));
  if (excel) return EXCEL_CSV;
  if (delimiter === undefined) return {};
  const chosen = delimiter === 'tab' || delimiter === '\\t' ? '\t' : delimiter;
  if (chosen !== ',' && chosen !== ';' && chosen !== '\t') throw new UsageError(text.say('usage', 'delimiter', { given: JSON.stringify(delimiter) }));
  return { delimiter: chosen as CsvDelimiter };
}

/** An option's value, one of those allowed (`--reading`, `--rank-by`, `--lang`). */
function oneOf<T extends string>(given: string | undefined, allowed: readonly T[], key: 'reading' | 'rankBy' | 'lang', text: CliText): T | undefined {
  if (given !== undefined && !(allowed as readonly string[]).includes(given)) throw new UsageError(text.say('usage', key, { values: allowed.join(text.cli.usage.or), given: JSON.stringify(given) }));
  return given as T | undefined;
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
