/**
 * Issue 17 (an audit an auditor can trust) and issue 19 (the audit's hardening): each defect the
 * issues list, as a test that failed before its fix. Every expected figure is worked out by hand
 * from the published Q1 2024 report (data/reports/2024-q1/report.json, seed 003) in the comments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditPublishedReport, periodReportOfPublished, scorePublishedReport } from '../src/audit.js';
import { EXIT, helpText, run } from '../src/cli/main.js';
import { cliText } from '../src/cli/language.js';
import { ERRATA_2024_Q1 } from '../src/reports/report-2024-q1.js';
import { ERRATUM_CAUSES } from '../src/reports/published-report-schema.js';
import { expectCdtoKpiError } from './helpers/expect-error.js';

const root = join(import.meta.dirname, '..');
const reportText = readFileSync(join(root, 'data/reports/2024-q1/report.json'), 'utf8');
/** A fresh, mutable copy of the published report, as a person editing the file has it. */
const copy = (): any => JSON.parse(reportText);

function cli(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = run(argv, { out: (text) => (out += text), err: (text) => (err += text), readStdin: () => stdin });
  return { code, out, err };
}

/** The report with ecology.1's a changed from 9 to 36, printed and value alike. */
function withChangedA(): any {
  const report = copy();
  const row = report.bodies.find((body: any) => body.body === 'ecology').directions[0].rows[0];
  expect([row.indicator, row.a.value, row.b.value, row.Z.value, row.W.value]).toEqual(['ecology.1', '9', '91', '9.8', '4.2']);
  row.a = { printed: '36', value: '36' };
  return report;
}

describe('issue 17: the audit compares the printed text of every transcribed figure with its value', () => {
  it('refuses a copy whose printed W was edited (value left as it was), before any scoring', () => {
    const report = copy();
    // internal-affairs, security.1: W printed "11,4", value "11.4"; the auditor edits what is printed.
    report.bodies[0].directions[0].rows[0].W.printed = '14,2';
    const error = expectCdtoKpiError(() => auditPublishedReport(report), {
      code: 'TRANSCRIPTION_MISMATCH',
      issues: [['TRANSCRIPTION_MISMATCH', ['bodies', 0, 'directions', 0, 'rows', 0, 'W', 'value']]],
    });
    expect(error.issues[0]!.location).toEqual({ body: 'internal-affairs', direction: 'security', indicator: 'security.1', field: 'W.printed' });
    expect(error.issues[0]!.message).toContain('the printed "14,2" reads 14.2, the value says 11.4');
    // The command line fails on it too: exit 1, not "0 unexplained".
    const { code, out, err } = cli(['audit', '-'], JSON.stringify(report));
    expect(code).toBe(EXIT.FAILED);
    expect(out).toBe('');
    expect(err).toContain('TRANSCRIPTION_MISMATCH');
  });

  it('lists every disagreement at once, in the order of the file (rating, then the bodies)', () => {
    const report = copy();
    report.bodies[1].result.printed = '1'; // labour-social-protection's R
    report.rating[0].result.value = '96.5'; // justice, printed "96,4"
    report.bodies[0].directions[0].rows[2].a.printed = 'abc';
    expectCdtoKpiError(() => auditPublishedReport(report), {
      code: 'TRANSCRIPTION_MISMATCH',
      issues: [
        ['TRANSCRIPTION_MISMATCH', ['rating', 0, 'result', 'value']],
        ['FIGURE_UNREADABLE', ['bodies', 0, 'directions', 0, 'rows', 2, 'a', 'printed']],
        ['TRANSCRIPTION_MISMATCH', ['bodies', 1, 'result', 'value']],
      ],
    });
  });
});

describe('issue 17: the audit of the report the package ships, by name', () => {
  it('audit @2024-q1 applies the register by default: 0 unexplained, exit 0', () => {
    const { code, out } = cli(['audit', '@2024-q1', '--json']);
    expect(code).toBe(EXIT.OK);
    expect(JSON.parse(out).counts).toEqual({ figures: 289, reproduced: 272, errata: 17, unexplained: 0 });
  });

  it('audit @2024-q1 --no-errata: the 17 differences unexplained, each with a suggested cause, exit 1', () => {
    const { code, out } = cli(['audit', '@2024-q1', '--no-errata', '--json']);
    expect(code).toBe(EXIT.FAILED);
    const audit = JSON.parse(out);
    expect(audit.counts).toEqual({ figures: 289, reproduced: 272, errata: 0, unexplained: 17 });
    // One suggestion per difference, in the register's figures.
    expect(audit.suggestions.map((entry: { figure: string }) => entry.figure).sort()).toEqual(ERRATA_2024_Q1.errata.map((erratum) => erratum.figure).sort());
  });

  it('audit --no-errata says why each cause is suggested in the language asked for, figures in its notation', () => {
    // The suggestions' lines: a figure, its cause (one of the registers' classes), why.
    const suggestions = (lang: string): Map<string, string> =>
      new Map(
        cli(['audit', '@2024-q1', '--no-errata', '--lang', lang])
          .out.split('\n')
          .map((line) => / {2}(\S+) +([a-z-]+) {2,}(.+)$/u.exec(line))
          .filter((match) => match !== null && (ERRATUM_CAUSES as readonly string[]).includes(match[2]!))
          .map((match) => [match![1]!, match![3]!]),
      );
    const [en, ru, kk] = [suggestions('en'), suggestions('ru'), suggestions('kk')];
    // construction.8 as printed: Z 83.5, W 9.8, b 38782; Z = 83.5 needs a = 83.5 × 38782 / 100 = 32382.97.
    expect(ru.get('construction.8.Z')).toContain('напечатанные Z 83,5 и W 9,8 согласуются друг с другом');
    expect(ru.get('construction.8.Z')).toContain('для Z = 83,5 при b = 38\u00a0782 нужно a ≈ 32\u00a0382,97');
    expect(kk.get('construction.8.Z')).toContain('басылған Z 83,5 және W 9,8 бір-бірімен сәйкес келеді');
    expect(en.get('construction.8.Z')).toContain('(Z = 83.5 needs a ≈ 32382.97 for b = 38782)');
    // One suggestion for each of the register's errata, none of them with an English reason in Kazakh or Russian.
    for (const [lang, lines] of [['kk', kk], ['ru', ru]] as const) {
      expect([...lines.keys()].sort(), lang).toEqual(ERRATA_2024_Q1.errata.map((erratum) => erratum.figure).sort());
      for (const reason of lines.values()) expect(reason, lang).not.toMatch(/\b(the|is|by|see|no other)\b/u);
    }
  });

  it('--errata and --no-errata together are a usage error', () => {
    expect(cli(['audit', '@2024-q1', '--no-errata', '--errata', 'data/reports/2024-q1/errata.json']).code).toBe(EXIT.USAGE);
  });

  it("audit --help's examples run as they say, from an installed package's folder", () => {
    const audit = helpText(cliText('en'), 'audit')!;
    const help = audit.slice(audit.indexOf('Examples:')).replaceAll('\\\n', ' ');
    const examples = [...help.matchAll(/cdto-kpi (audit [^\n]+)/gu)].map((match) => match[1]!.trim().split(/\s+/u));
    expect(examples).toHaveLength(3);
    // The installed package's files are this repository's (package.json's "files" ships them).
    const codes = examples.map((argv) => cli(argv.map((arg: string) => arg.replace('node_modules/cdto-kpi/', ''))).code);
    expect(codes).toEqual([EXIT.OK, EXIT.FAILED, EXIT.OK]);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).files).toEqual(expect.arrayContaining(['data/reports/2024-q1/report.json', 'data/reports/2024-q1/errata.json']));
  });
});

describe('issue 17: unexplained differences are listed apart from the errata', () => {
  it('an unexplained W is never under the heading "errata"', () => {
    const { out } = cli(['audit', '-', '--errata', 'data/reports/2024-q1/errata.json'], JSON.stringify(withChangedA()));
    const errata = out.slice(out.indexOf('errata (published → method):'), out.indexOf('unexplained differences'));
    expect(errata).toContain('security.5.W');
    expect(errata).not.toContain('ecology.1');
    expect(out).toMatch(/unexplained differences \(published → method\): no erratum of the register explains them:\n {2}ecology\.1\.Z /u);
  });
});

describe('issue 17: a changed input is diagnosed as an input, and the rank change it makes is attributed to it', () => {
  // ecology.1: U 30, N 70, b 91. With a = 36: Z = 36 / 91 × 100 = 39.56… → 39.5 < 70, so
  // W = 39.5 / 70 × 30 = 16.92… → 16.9 (the published 4.2 came from Z = 9.8: 9.8 / 70 × 30 = 4.2).
  // Ecology's R: 41.2 − 4.2 + 16.9 = 53.9, above enlightenment's 50.8 (rank 9) and finance's 42.9
  // (rank 10): ecology 11 → 9, enlightenment 9 → 10, finance 10 → 11.
  const audit = auditPublishedReport(withChangedA(), { errata: ERRATA_2024_Q1.errata });

  it('finds exactly the differences the change makes, the 17 errata still explained', () => {
    expect(audit.counts).toEqual({ figures: 289, reproduced: 264, errata: 17, unexplained: 8 });
    expect(audit.figures.filter((figure) => figure.status === 'unexplained').map((figure) => [figure.figure, figure.published, figure.computed])).toEqual([
      ['ecology.1.Z', '9.8', '39.5'],
      ['ecology.1.W', '4.2', '16.9'],
      ['ecology.R', '41.2', '53.9'],
      ['rating.enlightenment.rank', '9', '10'],
      ['rating.finance.rank', '10', '11'],
      ['rating.ecology.R', '41.2', '53.9'],
      ['rating.ecology.rank', '11', '9'],
      ['chart.ecology.R', '41.2', '53.9'],
    ]);
  });

  it('suggests an input, not a misprinted share: the printed Z and W agree with each other', () => {
    const byFigure = new Map(audit.suggestions.map((entry) => [entry.figure, entry]));
    expect(byFigure.get('ecology.1.Z')!.cause).toBe('misprinted-input');
    // Z = 9.8 with b = 91 needs a = 9.8 × 91 / 100 = 8.918 → 8.92.
    expect(byFigure.get('ecology.1.Z')!.why).toContain('needs a ≈ 8.92 for b = 91');
    expect(byFigure.get('ecology.1.W')!.cause).toBe('misprinted-input');
  });

  it('gives each suggestion\'s reason as data, its English words the why', () => {
    const byFigure = new Map(audit.suggestions.map((entry) => [entry.figure, entry]));
    expect(byFigure.get('ecology.1.Z')!.reason).toEqual({
      id: 'the printed Z {z} and W {w} agree with each other, not with a / b × 100 = {computed}: a or b is not the figure they were computed from (Z = {z} needs a ≈ {a} for b = {b}), or Z was misprinted and W computed from it',
      // The printed Z and W of ecology.1; a / b × 100 = 36 / 91 × 100 = 39.56… cut to 39.5.
      values: { z: '9.8', w: '4.2', computed: '39.5', a: '8.92', b: '91' },
    });
    expect(byFigure.get('rating.ecology.rank')!.reason).toEqual({ id: 'moved by {figures}', values: { figures: ['ecology.1.W'] } });
    expect(Object.isFrozen(byFigure.get('rating.ecology.rank')!.reason.values.figures)).toBe(true);
  });

  it('attributes each rank change to the figure that moved it, unexplained', () => {
    expect(audit.rankChanges).toEqual([
      { body: 'ecology', published: 11, corrected: 9, movedBy: ['ecology.1.W'] },
      { body: 'enlightenment', published: 9, corrected: 10, movedBy: ['ecology.1.W'] },
      { body: 'finance', published: 10, corrected: 11, movedBy: ['ecology.1.W'] },
    ]);
    const { out } = cli(['audit', '-', '--errata', 'data/reports/2024-q1/errata.json'], JSON.stringify(withChangedA()));
    // Not "ranks that change once the errata are corrected": an unexplained figure moved them.
    expect(out).not.toContain('once the errata are corrected');
    expect(out).toContain('ranks that differ from the method’s: ecology 11 → 9 (moved by ecology.1.W, unexplained)');
  });
});

describe('issue 17: figure ids are the catalogue ids; a register may use the former form', () => {
  it('names a row by its indicator (security.5.W), as the catalogue does', () => {
    const audit = auditPublishedReport(copy(), { errata: ERRATA_2024_Q1.errata });
    expect(audit.figures.filter((figure) => figure.status === 'erratum').map((figure) => figure.figure)).toContain('security.5.W');
    expect(audit.figures.some((figure) => figure.figure.includes('#'))).toBe(false);
  });

  it('reads a register written with the former ids (security#5.W) as the same errata', () => {
    // The former form: <direction>#<row number>. security.5 is row 5 of direction security, etc.
    const former = ERRATA_2024_Q1.errata.map((erratum) => ({ ...erratum, figure: erratum.figure.replace(/^([a-z-]+)\.(\d+)\.([ZW])$/u, '$1#$2.$3') }));
    expect(former.map((erratum) => erratum.figure)).toContain('security#5.W');
    const audit = auditPublishedReport(copy(), { errata: former });
    expect(audit.counts).toEqual({ figures: 289, reproduced: 272, errata: 17, unexplained: 0 });
    expect(audit.staleErrata).toEqual([]);
  });
});

describe('issue 19: the audit holds any input to the published-report schema and to its catalogue', () => {
  /** Runs the audit on a changed copy: it must refuse with the library's error, never a TypeError. */
  const refused = (change: (report: any) => void, code: string, path: readonly (string | number)[]) => {
    const report = copy();
    change(report);
    for (const entry of [() => auditPublishedReport(report), () => scorePublishedReport(report), () => periodReportOfPublished(report)]) {
      const error = expectCdtoKpiError(entry, { code, path });
      for (const issue of error.issues) expect(['undefined', 'string']).toContain(typeof issue.location.indicator);
    }
  };

  it('a body dropped from the report, still in the rating', () => {
    refused((report) => report.bodies.splice(1, 1), 'UNKNOWN_BODY', ['rating', 2, 'body']);
  });
  it('a body renamed in its section', () => {
    refused((report) => (report.bodies[0].body = 'interior'), 'UNKNOWN_BODY', ['rating', 1, 'body']);
  });
  it('a body renamed in the chart', () => {
    refused((report) => (report.chart.bars[0].body = 'interior'), 'UNKNOWN_BODY', ['chart', 'bars', 0, 'body']);
  });
  it('a body given twice', () => {
    refused((report) => report.bodies.push(structuredClone(report.bodies[0])), 'DUPLICATE_BODY', ['bodies', 14, 'body']);
  });
  it('a body with a section and no line in the rating', () => {
    refused((report) => report.rating.pop(), 'MISSING_FIELD', ['bodies', 10, 'body']);
  });
  it('rows out of line with the catalogue: a row renumbered, a row linked to another row\'s indicator, to another direction\'s, to none', () => {
    refused((report) => (report.bodies[0].directions[0].rows[0].no = 9), 'INVALID_VALUE', ['bodies', 0, 'directions', 0, 'rows', 0, 'no']);
    refused((report) => (report.bodies[0].directions[0].rows[1].indicator = 'security.1'), 'DUPLICATE_INDICATOR', ['bodies', 0, 'directions', 0, 'rows', 1, 'indicator']);
    refused((report) => (report.bodies[0].directions[0].rows[0].indicator = 'justice.1'), 'INVALID_VALUE', ['bodies', 0, 'directions', 0, 'rows', 0, 'indicator']);
    refused((report) => (report.bodies[0].directions[0].rows[0].indicator = 'security.99'), 'UNKNOWN_INDICATOR', ['bodies', 0, 'directions', 0, 'rows', 0, 'indicator']);
    refused((report) => (report.bodies[0].directions[0].rows[0].indicator = null), 'UNKNOWN_INDICATOR', ['bodies', 0, 'directions', 0, 'rows', 0, 'indicator']);
  });
  it('a direction of another body', () => {
    refused((report) => (report.bodies[0].directions[0].direction = 'justice'), 'INVALID_VALUE', ['bodies', 0, 'directions', 0, 'direction']);
  });
  it('a target year the edition has no targets for', () => {
    refused((report) => (report.targetYear = '1999'), 'PERIOD_NOT_COVERED', ['targetYear']);
  });
  it('unvalidated input: rating null, bodies a string, period a string', () => {
    refused((report) => (report.rating = null), 'WRONG_TYPE', ['rating']);
    refused((report) => (report.bodies = ''), 'WRONG_TYPE', ['bodies']);
    refused((report) => (report.period = '2023'), 'WRONG_TYPE', ['period']);
  });
  it('a published value "NaN" is refused', () => {
    refused((report) => (report.bodies[0].directions[0].rows[0].W = { printed: 'NaN', value: 'NaN' }), 'INVALID_VALUE', ['bodies', 0, 'directions', 0, 'rows', 0, 'W', 'value']);
  });
  it('a rank that is not a whole number', () => {
    refused((report) => (report.rating[0].rank = { printed: '1,5', value: '1.5' }), 'INVALID_VALUE', ['rating', 0, 'rank', 'value']);
  });
  it('an indicator that is not a string: location.indicator stays a string or absent', () => {
    refused((report) => (report.bodies[0].directions[0].rows[0].indicator = 5), 'WRONG_TYPE', ['bodies', 0, 'directions', 0, 'rows', 0, 'indicator']);
  });
  it('a row or a direction of the catalogue left out', () => {
    // internal-affairs has one direction, security, of 7 rows; industry-construction three.
    refused((report) => report.bodies[0].directions[0].rows.pop(), 'INDICATOR_NOT_REPORTED', ['bodies', 0, 'directions', 0, 'rows']);
    refused((report) => report.bodies[13].directions.pop(), 'MISSING_FIELD', ['bodies', 13, 'directions']);
  });
  it('a report the schema and the catalogue accept is audited: a chart bar left out', () => {
    const report = copy();
    report.chart.bars.pop();
    // One figure fewer (chart.<last body>.R); the rest as published: the 17 differences.
    expect(auditPublishedReport(report).counts).toEqual({ figures: 288, reproduced: 271, errata: 0, unexplained: 17 });
  });
});
