/**
 * The `cdto-kpi` command.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { catalogueCsv, catalogueRecords } from '../output/catalogue-export.js';
import { CdtoKpiError } from '../errors/cdto-kpi-error.js';
import { scorePeriodReport } from '../reports/score-period.js';
import { formatAudit, formatEditions, formatPeriodScore, formatRating, formatReproduction } from './format.js';
import { reproduceReport2024Q1 } from '../reports/report-2024-q1.js';
import { auditPublishedReport } from '../reports/audit-published-report.js';
import { errataFileSchema, reportFileSchema } from '../reports/published-report-schema.js';
import { createEdition, getEdition, listEditions, registerEdition, unregisterEdition } from '../editions/registry.js';
import { readEditionFolder } from './edition-folder.js';
import type * as z from 'zod';
import { deepFreeze } from '../freeze.js';

const USAGE = `Usage: cdto-kpi <command> [options]

Commands:
  rating                  the Q1 2024 rating computed from the bundled report, beside the
                          published figures, errata marked (the main job)
  reproduce               every published Z, W, R and rank of Q1 2024 beside the method's value
  audit <report.json>     a transcribed published report: every published Z, W, R and rank
                          beside the method's value [--errata <errata.json>]; without a
                          register every difference is unexplained, with a suggested cause
  editions                the editions known: id, years, dates in force, layout, readings
  catalogue               an edition's indicators: --edition <id> [--format json|csv]
                          [--reading kk|ru] (2025: which text gives the default values)
  score <file|->          score a period report (JSON, see docs/usage.md) and print the rating:
                          [--reading kk|ru] (2025: which text's targets and weights apply)

Options:
  --edition-data <dir>    use an edition that is not bundled, from its data folder (edition.json
                          and its blocks/ or directions/; see docs/data-format.md)
  --json                  machine-readable output (rating, reproduce, score)
  -h, --help              this text
  -v, --version           the version
`;

/** The options each command takes; any other is a usage error, never silently ignored. */
const COMMAND_OPTIONS: Readonly<Record<string, { readonly options: readonly string[]; readonly positionals: number }>> = {
  rating: { options: ['json'], positionals: 0 },
  audit: { options: ['json', 'errata', 'edition-data'], positionals: 1 },
  editions: { options: ['json', 'edition-data'], positionals: 0 },
  reproduce: { options: ['json'], positionals: 0 },
  catalogue: { options: ['edition', 'format', 'reading', 'edition-data'], positionals: 0 },
  score: { options: ['json', 'reading', 'edition-data'], positionals: 1 },
};

/** Exit codes: 0 done; 1 a check failed or the input is bad; 2 the command line is wrong. */
export const EXIT = deepFreeze({ OK: 0, FAILED: 1, USAGE: 2 } as const);

/**
 * Runs the command line.
 *
 * @param argv - the arguments after the program name
 * @param io - where to write and how to read standard input (injected for tests)
 * @returns the exit code
 */
export function run(
  argv: readonly string[],
  io: { out: (text: string) => void; err: (text: string) => void; readStdin: () => string } = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readStdin: () => readFileSync(0, 'utf8'),
  },
): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        edition: { type: 'string' },
        format: { type: 'string' },
        reading: { type: 'string' },
        errata: { type: 'string' },
        'edition-data': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return EXIT.USAGE;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.out(`${VERSION}\n`);
    return EXIT.OK;
  }
  const [command, ...rest] = positionals;
  if (values.help) {
    io.out(USAGE);
    return EXIT.OK;
  }
  if (command === undefined) {
    io.err(USAGE);
    return EXIT.USAGE;
  }
  const accepted = COMMAND_OPTIONS[command];
  if (accepted === undefined) {
    io.err(`unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
    return EXIT.USAGE;
  }
  const stray = Object.entries(values).filter(([name, value]) => value !== undefined && value !== false && !accepted.options.includes(name));
  if (stray.length > 0) {
    io.err(`${command} does not take ${stray.map(([name]) => `--${name}`).join(', ')}\n\n${USAGE}`);
    return EXIT.USAGE;
  }
  if (rest.length > accepted.positionals) {
    io.err(`${command}: unexpected argument ${JSON.stringify(rest[accepted.positionals])}\n\n${USAGE}`);
    return EXIT.USAGE;
  }
  const reading = values.reading;
  if (reading !== undefined && reading !== 'kk' && reading !== 'ru') {
    io.err(`--reading takes kk or ru, not ${JSON.stringify(reading)}\n`);
    return EXIT.USAGE;
  }
  const added: string[] = [];
  try {
    for (const folder of values['edition-data'] ?? []) {
      let data;
      try {
        data = readEditionFolder(folder);
      } catch (error) {
        io.err(`cannot read the edition in ${folder}: ${(error as Error).message}\n`);
        return EXIT.FAILED;
      }
      added.push(registerEdition(createEdition(data)).id);
    }
    switch (command) {
      case 'editions': {
        const editions = listEditions().map((edition) => ({
          id: edition.id,
          years: edition.years,
          inForce: edition.inForce,
          layout: edition.layout,
          readings: edition.readings,
          method: edition.method,
          act: edition.catalogue.edition.act.title,
          indicators: edition.catalogue.indicators.length,
          bodies: edition.catalogue.bodies.length,
        }));
        io.out(values.json ? `${JSON.stringify(editions, null, 2)}\n` : formatEditions(editions));
        return EXIT.OK;
      }
      case 'audit': {
        const [file] = rest;
        if (file === undefined) {
          io.err(`audit needs a report file (a transcription in the format of data/reports/2024-q1/report.json)\n`);
          return EXIT.USAGE;
        }
        const report = readJson(file, reportFileSchema, io);
        if (report === null) return EXIT.FAILED;
        const errataFile = values.errata === undefined ? undefined : readJson(values.errata, errataFileSchema, io);
        if (errataFile === null) return EXIT.FAILED;
        const audit = auditPublishedReport(report, errataFile === undefined ? {} : { errata: errataFile.errata });
        io.out(values.json ? `${JSON.stringify(audit, null, 2)}\n` : formatAudit(audit, errataFile?.errata ?? []));
        return audit.counts.unexplained === 0 && audit.staleErrata.length === 0 ? EXIT.OK : EXIT.FAILED;
      }
      case 'rating': {
        const reproduction = reproduceReport2024Q1();
        io.out(values.json ? `${JSON.stringify({ publishedRating: reproduction.publishedRating, correctedRating: reproduction.correctedRating, rankChanges: reproduction.rankChanges, counts: reproduction.counts, errata: reproduction.figures.filter((f) => f.status !== 'reproduced') }, null, 2)}\n` : formatRating(reproduction));
        return reproduction.counts.unexplained === 0 && reproduction.staleErrata.length === 0 ? EXIT.OK : EXIT.FAILED;
      }
      case 'reproduce': {
        const reproduction = reproduceReport2024Q1();
        io.out(values.json ? `${JSON.stringify(reproduction, null, 2)}\n` : formatReproduction(reproduction));
        return reproduction.counts.unexplained === 0 && reproduction.staleErrata.length === 0 ? EXIT.OK : EXIT.FAILED;
      }
      case 'catalogue': {
        const edition = values.edition;
        const known = listEditions().map((entry) => entry.id);
        if (edition === undefined || !known.includes(edition)) {
          io.err(`catalogue needs --edition ${known.join(' or --edition ')}\n`);
          return EXIT.USAGE;
        }
        if (getEdition(edition).readings === null && reading !== undefined) {
          io.err(`--reading applies to an edition with two texts only: the ${edition} edition has one set of values\n`);
          return EXIT.USAGE;
        }
        const format = values.format ?? 'json';
        if (format === 'json') io.out(`${JSON.stringify(catalogueRecords(edition, reading), null, 2)}\n`);
        else if (format === 'csv') io.out(catalogueCsv(edition, reading));
        else {
          io.err(`--format takes json or csv\n`);
          return EXIT.USAGE;
        }
        return EXIT.OK;
      }
      case 'score': {
        const [file] = rest;
        if (file === undefined) {
          io.err(`score needs a file, or - for standard input\n`);
          return EXIT.USAGE;
        }
        let text: string;
        try {
          text = file === '-' ? io.readStdin() : readFileSync(file, 'utf8');
        } catch (error) {
          io.err(`cannot read ${file === '-' ? 'standard input' : file}: ${(error as Error).message}\n`);
          return EXIT.FAILED;
        }
        let document: unknown;
        try {
          document = JSON.parse(text);
        } catch (error) {
          io.err(`${file}: not JSON: ${(error as Error).message}\n`);
          return EXIT.FAILED;
        }
        const scored = scorePeriodReport(document, reading === undefined ? {} : { reading });
        io.out(values.json ? `${JSON.stringify(scored, null, 2)}\n` : formatPeriodScore(scored));
        return EXIT.OK;
      }
    }
    return EXIT.USAGE;
  } catch (error) {
    if (error instanceof CdtoKpiError) {
      io.err(`error ${error.code}: ${error.message}\n`);
      return EXIT.FAILED;
    }
    throw error;
    } finally {
    // Editions read for this run only: a second run in the same process starts from the bundled ones.
    for (const id of added) unregisterEdition(id);
  }
}

/** Reads a JSON file and checks it with a schema; on failure says why on stderr and returns `null`. */
function readJson<T>(file: string, schema: z.ZodType<T>, io: { err: (text: string) => void }): T | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    io.err(`cannot read ${file}: ${(error as Error).message}\n`);
    return null;
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    io.err(`${file}: not JSON: ${(error as Error).message}\n`);
    return null;
  }
  const parsed = schema.safeParse(document);
  if (!parsed.success) {
    io.err(`${file}: not in the expected format:\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n')}\n`);
    return null;
  }
  return parsed.data;
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

