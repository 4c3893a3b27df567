/**
 * Issue 17: one report format everywhere, and a validation that misses nothing. Each defect the
 * issue lists, as a test that failed before its fix. Expected figures are worked out by hand from
 * the 2025 edition (Decree No. 1157, 2026 values of the Kazakh text) in the comments.
 */
import { describe, expect, it } from 'vitest';
import { EXIT, run } from '../src/cli/main.js';
import { parseReportDocument } from '../src/cli/read-input.js';
import { EXCEL_CSV, parseCsv, reportFromCsv, scoreCsv, scoreReportCsv, templateCsv, validateReportCsv, writeCsv } from '../src/csv.js';
import { reportTemplate, scoreIndicator, scorePeriodReport, validatePeriodReport } from '../src/index.js';
import { expectCdtoKpiError } from './helpers/expect-error.js';

const period = { year: 2026, quarter: 1 } as const;
const template = reportTemplate({ period, body: 'justice' });

/**
 * The justice template for Q1 2026 as CSV, with cells filled by indicator and column. Its lines:
 * 1 the header, 2–11 common.1–10, 12–14 justice.1–3.
 */
function filled(cells: Readonly<Record<string, Readonly<Record<string, string>>>>, drop: readonly string[] = []): string {
  const [head, ...rows] = parseCsv(templateCsv(template)).map((row) => [...row]);
  const keep = head!.map((name, index) => (drop.includes(name) ? -1 : index)).filter((index) => index >= 0);
  for (const row of rows) {
    for (const [column, value] of Object.entries(cells[row[head!.indexOf('indicator')]!] ?? {})) row[head!.indexOf(column)] = value;
  }
  return writeCsv([head!, ...rows].map((row) => keep.map((index) => row[index]!)));
}

function cli(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = run(argv, { out: (text) => (out += text), err: (text) => (err += text), readStdin: () => stdin });
  return { code, out, err };
}

describe('a missing column is an error naming the column', () => {
  // The issue: deleting the b column of a filled template gave "valid: the report scores".
  const text = filled({ 'justice.1': { a: '17', b: '40' }, 'justice.2': { a: '37,5', b: '100' } }, ['b']);

  it('validate: MISSING_FIELD at line 1, column "b"', () => {
    const validation = validateReportCsv(text);
    expect(validation.ok).toBe(false);
    expect(validation.issues.map((issue) => [issue.code, issue.location.line, issue.location.column])).toEqual([['MISSING_FIELD', 1, 'b']]);
    expect(validation.issues[0]!.message).toContain('the column "b" is missing');
  });

  it('score refuses it, from the library and the command line', () => {
    expectCdtoKpiError(() => scoreReportCsv(text), { code: 'MISSING_FIELD', path: [1, 'b'] });
    expectCdtoKpiError(() => reportFromCsv(text), { code: 'MISSING_FIELD', path: [1, 'b'] });
    const { code, err } = cli(['score', '-'], text);
    expect(code).toBe(EXIT.FAILED);
    expect(err).toContain('line 1, column "b": the column "b" is missing');
  });

  it('a column that some row takes must be there even when empty; one no row takes may be left out', () => {
    // complement-ratio rows (common.6, common.7) take b and c: dropping c is an error too.
    expect(validateReportCsv(filled({}, ['c'])).issues.map((issue) => [issue.code, issue.location.column])).toEqual([['MISSING_FIELD', 'c']]);
    // done (milestones) is taken by no indicator of justice in 2026.
    expect(validateReportCsv(filled({}, ['done'])).ok).toBe(true);
  });
});

describe('a half-filled input is an issue naming the missing field, not "nothing reported"', () => {
  it('JSON: { a: "17", b: null } is MISSING_FIELD at b, with no NO_DATA warning', () => {
    // The template's figures (every field null: nothing reported), justice.1 filled in half.
    const report = { period, bodies: [{ body: 'justice', figures: { ...template.bodies[0]!.figures, 'justice.1': { a: '17', b: null } } }] };
    const validation = validatePeriodReport(report);
    expect(validation.issues.map((issue) => [issue.code, issue.path])).toEqual([['MISSING_FIELD', ['bodies', 0, 'figures', 'justice.1', 'b']]]);
    expect(validation.warnings.filter((warning) => warning.path.includes('justice.1'))).toEqual([]);
  });

  it('scoring reads it as no data (as the published method does), its warning naming what is missing', () => {
    const score = scoreIndicator({ id: 'x.1', kind: 'ratio', weight: '20', target: '75' }, { a: '17', b: null });
    expect([score.rule, score.awarded]).toEqual(['no-data', '0']);
    expect(score.warnings.map((warning) => [warning.code, warning.message])).toEqual([['NO_DATA', 'b not reported (a is given), so W = 0']]);
    // Nothing given at all is still "nothing was reported".
    expect(scoreIndicator({ id: 'x.1', kind: 'ratio', weight: '20', target: '75' }, { a: null, b: null }).warnings[0]!.message).toBe('nothing was reported, so W = 0');
  });

  it('CSV: a filled and b empty is MISSING_FIELD at its line (12) and column b', () => {
    const validation = validateReportCsv(filled({ 'justice.1': { a: '17' } }));
    expect(validation.issues.map((issue) => [issue.code, issue.location.line, issue.location.column])).toEqual([['MISSING_FIELD', 12, 'b']]);
  });
});

describe('decimal commas: read in CSV cells, written by --excel', () => {
  it('reads "37,5" as 37.5', () => {
    // justice.2: N = 75, U = 10. Z = 37.5 / 100 × 100 = 37.5 < 75, W = 37.5 / 75 × 10 = 5.
    const score = scoreReportCsv(filled({ 'justice.2': { a: '37,5', b: '100' } }));
    const row = score.bodies[0]!.directions.flatMap((direction) => direction.indicators).find((entry) => entry.indicator === 'justice.2')!;
    expect([row.share, row.awarded]).toEqual(['37.5', '5']);
  });

  it('--excel writes the figures with decimal commas: the template\'s target, the scores', () => {
    // common.2's 2026 target in the Kazakh text is 99.63.
    const [head, ...rows] = parseCsv(templateCsv(template, EXCEL_CSV), { delimiter: ';' });
    const common2 = rows.find((row) => row[head!.indexOf('indicator')] === 'common.2')!;
    expect(common2[head!.indexOf('target')]).toBe('99,63');
    // 3 hours down of the quarter's 2160: (2160 − 3) / 2160 × 100 = 99.861… → 99.86 at the target's two decimals.
    const score = scoreReportCsv(filled({ 'common.2': { downtimeHours: '3' } }));
    const csv = parseCsv(scoreCsv(score, { ...EXCEL_CSV, detail: true }), { delimiter: ';' });
    const line = csv.find((row) => row[2] === 'common.2')!;
    expect([line[5], line[6]]).toEqual(['99,63', '99,86']);
    const cliText = cli(['template', '--body', 'justice', '--period', '2026-Q1', '--format', 'csv', '--excel']).out;
    expect(cliText).toContain(';uptime;99,63;5;');
  });
});

describe('every CSV issue carries its line and column, in the order of the file', () => {
  it('two bad cells, listed by line (common.3 before justice.3), each with its line and column', () => {
    const text = filled({ 'justice.3': { a: '-5' }, 'common.3': { a: 'x', b: '10' } });
    const validation = validateReportCsv(text);
    // common.3 is line 4, justice.3 line 14.
    expect(validation.issues.map((issue) => [issue.location.line, issue.location.column, issue.code])).toEqual([
      [4, 'a', 'FIGURE_UNREADABLE'],
      [14, 'a', 'NEGATIVE_FIGURE'],
    ]);
    for (const issue of validation.issues) expect(issue.message).toMatch(/^line \d+, column "a"/u);
    for (const warning of validation.warnings) expect(typeof warning.location.line).toBe('number');
  });

  it('a malformed file names the line and column too', () => {
    const text = filled({}).replace('\r\n2026-Q1,kk,justice,common.5', '\r\n2027-Q1,kk,justice,common.5');
    expect(validateReportCsv(text).issues.map((issue) => [issue.code, issue.location.line, issue.location.column])).toEqual([['MALFORMED_CSV', 6, 'period']]);
  });
});

describe('one CSV layout everywhere; the builder\'s former layout still read', () => {
  it('the command line\'s template is what the library writes and reads', () => {
    const text = cli(['template', '--body', 'justice', '--period', '2026-Q1', '--format', 'csv']).out;
    expect(text).toBe(templateCsv(template));
    expect(reportFromCsv(text).bodies[0]!.body).toBe('justice');
  });

  it('reads the former row-per-field layout into the same figures', () => {
    const long = ['year,quarter,reading,body,indicator,field,value', '2026,1,kk,justice,justice.2,a,"37,5"', '2026,1,kk,justice,justice.2,b,100', '2026,1,kk,justice,common.1,met,reengineering;kazllm', ''].join('\n');
    const report = reportFromCsv(long);
    expect(report.period).toEqual(period);
    expect(report.bodies[0]!.figures['justice.2']).toEqual({ a: '37,5', b: '100' });
    expect(report.bodies[0]!.figures['common.1']).toEqual({ met: ['reengineering', 'kazllm'] });
  });

  it('common.4 in either form: ia and ib, or tested, connected and systems', () => {
    const percent = reportFromCsv(filled({ 'common.4': { ia: '80', ib: '90' } })).bodies[0]!.figures['common.4'];
    const counts = reportFromCsv(filled({ 'common.4': { tested: '8', connected: '9', systems: '10' } })).bodies[0]!.figures['common.4'];
    expect(percent).toEqual({ ia: '80', ib: '90' });
    expect(counts).toEqual({ tested: '8', connected: '9', systems: '10' });
    // Both score: Ia = 8 / 10 × 100 = 80 and Ib = 90 are the same figures in the two forms.
    const share = (text: string) => scoreReportCsv(text).bodies[0]!.directions.flatMap((direction) => direction.indicators).find((entry) => entry.indicator === 'common.4')!.awarded;
    expect(share(filled({ 'common.4': { ia: '80', ib: '90' } }))).toBe(share(filled({ 'common.4': { tested: '8', connected: '9', systems: '10' } })));
  });
});

describe('a fractional JSON number', () => {
  it('is read exactly from the JSON text by the command line', () => {
    const text = '{"period":{"year":2026,"quarter":1},"bodies":[{"body":"justice","figures":{"justice.1":{"a":1.10,"b":12345678901234567.5},"justice.2":{"a":1.5e3,"b":2000}}}]}';
    const document = parseReportDocument(text) as { period: unknown; bodies: { figures: Record<string, unknown> }[] };
    expect(document.period).toEqual({ year: 2026, quarter: 1 });
    // JSON.parse would give 1.1 and 12345678901234568; the text says 1.10 and 12345678901234567.5.
    expect(document.bodies[0]!.figures).toEqual({ 'justice.1': { a: '1.10', b: '12345678901234567.5' }, 'justice.2': { a: '1500', b: 2000 } });
  });

  it('gets a message a person understands from the library', () => {
    const validation = validatePeriodReport({ period, bodies: [{ body: 'justice', figures: { 'justice.1': { a: 17.5, b: '40' } } }] });
    const issue = validation.issues.find((entry) => entry.path.join('.') === 'bodies.0.figures.justice.1.a')!;
    expect(issue.code).toBe('INEXACT_NUMBER');
    expect(issue.message).toContain('write it as a string, in quotes');
    expect(issue.message).toContain('"17.5"');
  });
});

describe('small frictions', () => {
  it('explain needs no --body for a report of one body', () => {
    const text = filled({ 'justice.2': { a: '37,5', b: '100' } });
    const { code, out } = cli(['explain', '-', '--indicator', 'justice.2'], text);
    expect(code).toBe(EXIT.OK);
    expect(out).toContain('justice.2');
    // Several bodies: --body is needed, and the message lists them.
    const many = cli(['explain', '@2024-q1']);
    expect(many.code).toBe(EXIT.USAGE);
    expect(many.err).toContain('the report has 14 bodies, internal-affairs, labour-social-protection');
  });

  it('an option given twice is a usage error, not the last value kept in silence', () => {
    // Found by a new user: --body justice --body finance wrote finance's template only.
    const twice = cli(['template', '--body', 'justice', '--body', 'finance', '--period', '2026-Q1', '--format', 'csv']);
    expect(twice.code).toBe(EXIT.USAGE);
    expect(twice.err).toContain('--body is given twice');
    expect(twice.out).toBe('');
    const both = cli(['template', '--body', 'justice,finance', '--period', '2026-Q1', '--format', 'csv']);
    expect(both.code).toBe(EXIT.OK);
    expect(both.out).toContain(',justice,justice.1,');
    expect(both.out).toContain(',finance,finance.3,');
  });

  it('an unknown body lists the valid ids, and says when it is not in the period\'s edition', () => {
    const wrong = cli(['explain', '@2024-q1', '--body', 'digital-development']);
    expect(wrong.code).toBe(EXIT.FAILED);
    // digital-development is a body of the 2025 edition, not of the 2023 one in force in Q1 2024.
    expect(wrong.err).toContain('"digital-development" is not a body of the 2023 edition, in force for Q1 2024');
    expect(wrong.err).toContain('expected a body of the report: internal-affairs, labour-social-protection');
    const template2024 = cli(['template', '--body', 'digital-development', '--period', '2024-Q2']);
    expect(template2024.err).toContain('is not a body of the 2023 edition, in force for Q2 2024; expected a body of the 2023 edition, in force for Q2 2024: agriculture, justice');
  });

  it('the template says what each input field means, in the three languages', () => {
    const [head, ...rows] = parseCsv(templateCsv(template));
    const row = rows.find((entry) => entry[head!.indexOf('indicator')] === 'common.10')!;
    // common.10 is a ratio: a is the numerator, b the denominator.
    expect(row[head!.indexOf('meaning_en')]).toBe('a: the numerator | b: the denominator');
    expect(row[head!.indexOf('meaning_ru')]).toBe('a: числитель | b: знаменатель');
    expect(row[head!.indexOf('meaning_kk')]).toBe('a: алымы | b: бөлімі');
  });
});

describe('the scores of a CSV equal those of the same report in JSON', () => {
  it('one report, two layouts, one score', () => {
    const text = filled({ 'justice.1': { a: '17', b: '40' }, 'justice.2': { a: '37,5', b: '100' }, 'common.3': { a: '17', b: '20' } });
    expect(scoreReportCsv(text)).toEqual(scorePeriodReport(reportFromCsv(text)));
  });
});

describe('a text that is not CSV', () => {
  it('is a problem of the validation, with its line and column, not a thrown error', () => {
    const validation = validateReportCsv('period,body,indicator,a,b\n2026-Q1,justice,justice.1,"17,40\n');
    expect(validation.ok).toBe(false);
    expect(validation.issues.map((issue) => [issue.code, issue.location.line, issue.location.column])).toEqual([['MALFORMED_CSV', 2, 'a']]);
    const { code, out } = cli(['validate', '-'], 'period,body,indicator,a,b\n2026-Q1,justice,justice.1,"17,40\n');
    expect(code).toBe(EXIT.FAILED);
    expect(out).toBe('1 problem:\n  MALFORMED_CSV: line 2, column "a": a quoted cell is never closed; expected a closing quote, got "17,40\\n"\n');
  });
});
