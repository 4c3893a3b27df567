/**
 * The help texts of the command line: one overview, one text per command.
 *
 * @module
 */

/** Where the documentation lives: in the repository, and in the installed package. */
export const DOCS_URL = 'https://github.com/cdto-kpi/cdto-kpi/blob/main/docs/usage.md';
const DOCS = `Docs: ${DOCS_URL}
      (also installed with the package: node_modules/cdto-kpi/docs/usage.md)`;

const REPORT = `<file> is a period report: JSON (see the JSON Schema shipped as
cdto-kpi/schema/period-report.schema.json), CSV (a filled-in template) or an .xlsx workbook
written by template --format xlsx (its white cells only; every problem with its cell, in the
language of --lang kk|ru|en; needs exceljs); - reads standard input (JSON or CSV); @2024-q1 is the
bundled Q1 2024 figures, @2025-q2-synthetic the bundled synthetic 2025 report.`;

const FORMAT = `--format table|json|csv, --json (= --format json); CSV: --excel (a byte-order mark and
";", for Excel in a Russian or Kazakh locale) or --delimiter ","|";"|tab.`;

/** The overview: every command in a line. */
export const USAGE = `Usage: cdto-kpi <command> [options]

Commands:
  rating               the Q1 2024 rating computed from the bundled report, beside the published
                       figures, errata marked
  reproduce            every published Z, W, R and rank of Q1 2024 beside the method's value
  audit <report>       any transcribed published rating, figure by figure (--errata <register>);
                       @2024-q1: the published Q1 2024 report and its register
  editions             the editions known: years, dates in force, layout, readings, method
  catalogue            an edition's indicators (--edition 2023|2025)
  template             what a body reports for a period, with every value empty (--body, --period);
                       --format xlsx: a workbook that scores itself as it is filled in
  validate <file>      every problem of a report at once; exit 1 if any
  score <file>         score a report: the rating, or W of U per indicator with --detail
  explain <file>       how a body's figures were scored, step by step (--body, --indicator)
  what-if <file>       the least figure that earns each indicator its full weight
  help [command]       this text, or a command's

Options of every command: --json (machine-readable output, errors too), -h/--help,
--edition-data <folder> (use an edition that is not bundled, from its data folder).
cdto-kpi <command> --help says more. -v/--version prints the version.

${DOCS}
`;

/** Each command's own help. */
export const COMMAND_HELP: Readonly<Record<string, string>> = {
  rating: `Usage: cdto-kpi rating [--format table|json]

The Q1 2024 rating of the digital deputies, computed from the bundled report by the published
method, beside the published R and rank; * marks a published figure listed in the errata register.
Exit 1 when a difference is unexplained or an erratum no longer matches one.

${DOCS}
`,
  reproduce: `Usage: cdto-kpi reproduce [--format table|json]

Every published figure of Q1 2024 (Z, W, R, rank) beside the method's value: reproduced, erratum
or unexplained. Exit 1 when a difference is unexplained.

${DOCS}
`,
  audit: `Usage: cdto-kpi audit <report.json>|@2024-q1 [--errata <errata.json>|--no-errata] [--format table|json]

Every published Z, W, R and rank of a transcribed published rating (the format of
data/reports/2024-q1/report.json) beside the value the method gives, through the same scoring as
every report. The printed text and the value of every transcribed figure are compared first, and
the report is checked against its edition's catalogue: a disagreement is a problem, exit 1, before
any scoring. With an errata register, a difference it names with both values is an erratum;
without one, every difference is unexplained and gets a suggested cause from the register's classes
(misprinted share, misprinted input, share not printed, awarded not rounded, cap not applied, empty
cell, follows a misprinted share, follows another erratum, float artefact). Unexplained differences
are listed apart from the errata, and each rank change names the figures that moved it. A figure is
named by its indicator's id (security.5.W); a register may use the former form (security#5.W).
@2024-q1 is the published Q1 2024 report, shipped with the package (also as
node_modules/cdto-kpi/data/reports/2024-q1/report.json and errata.json): its register applies
unless --no-errata. Exit 1 when a difference is unexplained or an erratum no longer matches one.

Examples: cdto-kpi audit @2024-q1
          cdto-kpi audit @2024-q1 --no-errata
          cdto-kpi audit node_modules/cdto-kpi/data/reports/2024-q1/report.json \\
            --errata node_modules/cdto-kpi/data/reports/2024-q1/errata.json

${DOCS}
`,
  editions: `Usage: cdto-kpi editions [--format table|json] [--edition-data <folder>]

The editions the command knows: the bundled ones, and those read with --edition-data from a folder
laid out as data/editions/<id>/ (edition.json and its blocks/ or directions/, and a bodies.json for
bodies the library does not bundle).

${DOCS}
`,
  catalogue: `Usage: cdto-kpi catalogue --edition 2023|2025 [--reading kk|ru] [--format json|csv|table]

An edition's indicators: ids, body, block, unit, kind, weights and targets per year, names in
Kazakh and Russian, the formula, the legal reference, the criteria of composite KPIs, where the
texts disagree, and a weight given without target. 2025: --reading chooses the text whose values
fill the weights and targets (kk by default).
${FORMAT}

Example: cdto-kpi catalogue --edition 2025 --format csv --excel > kpi-2025.csv

${DOCS}
`,
  template: `Usage: cdto-kpi template --body <id> --period <year>-Q<n> [--reading kk|ru] [--format json|csv|xlsx]
                         [--lang kk|ru|en] [--out <file>]

What a body reports for a period: every indicator that applies, with its names, unit, kind,
target, weight, criteria and input fields, and every value empty (null in JSON, an empty cell in
CSV). Fill it in and give it to validate or score. The security KPI (common.4) is given as ia, ib;
tested, connected, systems may be given instead. An uptime KPI's totalHours (the quarter's hours
by default) and common.6's excused (services unavailable because of another body's system) are
optional.
--format json (the default) or csv; CSV: --excel (a byte-order mark and ";", for Excel in a Russian
or Kazakh locale) or --delimiter ","|";"|tab.
--format xlsx writes a workbook: a sheet per body, white cells to fill in (checked as they are
typed), and formulas that score each row as the library does, live in Excel or LibreOffice; labels
in --lang kk, ru or en (the default). It is binary: redirect it, or give --out <file>. It needs
exceljs, an optional peer dependency: npm i exceljs, or npx -p cdto-kpi -p exceljs cdto-kpi …
--out <file> writes to a file instead of standard output.

Examples: cdto-kpi template --body justice --period 2026-Q1 --format csv --excel > justice.csv
          cdto-kpi template --body justice --period 2026-Q1 --format xlsx --lang ru > justice.xlsx

${DOCS}
`,
  validate: `Usage: cdto-kpi validate <file> [--reading kk|ru] [--lang kk|ru|en] [--format table|json]

Every problem of a report at once (body, indicator, field, what was expected, what was found),
then the warnings scoring would give. Exit 0 when the report has no problem, 1 when it has one.
An input filled in part (a given, b left out) is a problem here; score reads it as no data, W = 0.
${REPORT}

${DOCS}
`,
  score: `Usage: cdto-kpi score <file> [--reading kk|ru] [--detail] [--rank-by result|share-of-planned]
                      [--lang kk|ru|en] [--format table|json|csv]

Scores a period report and prints the rating: each body's R (the sum of W), its planned weight
and R as a share of it. A 2025 rating ranks by the share of planned (planned totals differ from
body to body), a 2023 rating by R; --rank-by chooses. --detail prints W of U per indicator, the
rule taken and the warnings.
${REPORT}
${FORMAT}

${DOCS}
`,
  explain: `Usage: cdto-kpi explain <file> --body <id> [--indicator <id>] [--reading kk|ru] [--lang kk|ru|en]

How a body's figures were scored: per indicator, the formula with the figures in it, each
rounding, the rule taken, and where the target and weight come from (edition, year, text, the
decree's section and row); then R, the share of planned and the rank.
${REPORT}

${DOCS}
`,
  'what-if': `Usage: cdto-kpi what-if <file> [--body <id>] [--reading kk|ru] [--lang kk|ru|en] [--format table|json|csv]

For every indicator below its full weight, the least figure that earns it with the other figures
unchanged (the numerator for the reported denominator, the count, the most downtime hours, the
criteria still missing, a milestone done), the points it brings, and the body's result and rank
then; indicators ordered by the points they would bring. Each figure is found by exact search with
the scorer as the judge, at the decimals of the reported figure or of the target, whichever has more.
${REPORT}
${FORMAT}

${DOCS}
`,
  help: `Usage: cdto-kpi help [command]

The overview, or a command's help (the same as cdto-kpi <command> --help).
`,
};
