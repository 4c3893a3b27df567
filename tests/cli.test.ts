import { describe, expect, it } from 'vitest';
import { EXIT, run } from '../src/cli/main.js';
import { CATALOGUE_2023 } from '../src/generated/catalogue-2023.js';
import { CATALOGUE_2025 } from '../src/generated/catalogue-2025.js';
import { REPORT_2024_Q1 } from '../src/reports/report-2024-q1.js';

function cli(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  // A fixed English environment: the command line speaks the language of LC_ALL, LC_MESSAGES or LANG.
  const code = run(argv, { out: (text) => (out += text), err: (text) => (err += text), readStdin: () => stdin, env: { LC_ALL: 'C.UTF-8' } });
  return { code, out, err };
}

describe('cdto-kpi rating', () => {
  it('prints the computed rating beside the published one, errata marked', () => {
    const { code, out } = cli(['rating']);
    expect(code).toBe(EXIT.OK);
    expect(out).toContain('published R');
    expect(out).toMatch(/^ЭМ \(energy\)\s+40\.9\*\s+40\.5\s+12\s+12$/mu);
    expect(out).toContain('unexplained: 0');
    expect(out).toContain('ranks: identical');
  });

  it('gives JSON on request', () => {
    const { code, out } = cli(['rating', '--json']);
    expect(code).toBe(EXIT.OK);
    const parsed = JSON.parse(out) as { correctedRating: unknown[]; counts: { unexplained: number } };
    expect(parsed.correctedRating).toHaveLength(14);
    expect(parsed.counts.unexplained).toBe(0);
  });
});

describe('cdto-kpi catalogue', () => {
  it('exports the 2023 edition as JSON with the fields users rely on', () => {
    const { code, out } = cli(['catalogue', '--edition', '2023', '--format', 'json']);
    expect(code).toBe(EXIT.OK);
    const records = JSON.parse(out) as Record<string, unknown>[];
    expect(records).toHaveLength(CATALOGUE_2023.indicators.length);
    for (const record of records) {
      for (const field of ['id', 'body', 'block', 'no', 'unit', 'kind', 'weight', 'targets', 'name']) expect(record, field).toHaveProperty(field);
      expect(Object.keys(record['targets'] as object)).toEqual(['2023', '2024', '2025', '2026', '2027']);
      expect(Object.keys(record['name'] as object).sort()).toEqual(['kk', 'ru']);
    }
  });

  it('exports the 2025 edition with weights by year, and both readings where the texts differ', () => {
    const kk = JSON.parse(cli(['catalogue', '--edition', '2025']).out) as { id: string; weights: object; targets: object; differences?: { fields: string[] } }[];
    const ru = JSON.parse(cli(['catalogue', '--edition', '2025', '--reading', 'ru']).out) as typeof kk;
    expect(kk).toHaveLength(CATALOGUE_2025.indicators.length);
    const differing = new Set<string>(CATALOGUE_2025.discrepancies.map((entry) => entry.indicator));
    const digital = kk.find((record) => record.id === 'digital-development.2') as unknown as { kind: string; differences: { ru: { kind: string }; kk: { kind: string } } };
    expect([digital.kind, digital.differences.kk.kind, digital.differences.ru.kind]).toEqual(['milestone', 'milestone', 'count']);
    expect((ru.find((record) => record.id === 'digital-development.2') as unknown as { kind: string }).kind).toBe('count');
    for (const [i, record] of kk.entries()) {
      expect(Object.keys(record.weights)).toEqual(['2025', '2026']);
      expect(record.differences !== undefined).toBe(differing.has(record.id));
      if (record.differences === undefined) {
        expect({ weights: ru[i]!.weights, targets: ru[i]!.targets }).toEqual({ weights: record.weights, targets: record.targets });
      }
    }
  });

  it('exports CSV with a header and one row per indicator', () => {
    const { code, out } = cli(['catalogue', '--edition', '2023', '--format', 'csv']);
    expect(code).toBe(EXIT.OK);
    const lines = out.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,body,block,no,unit,kind,weight,target_2023,target_2024,target_2025,target_2026,target_2027,name_kk,name_ru,differs,formula,reference,criteria,weight_without_target',
    );
    expect(lines).toHaveLength(CATALOGUE_2023.indicators.length + 1);
  });

  it('refuses a missing or unknown edition or format', () => {
    expect(cli(['catalogue']).code).toBe(EXIT.USAGE);
    expect(cli(['catalogue', '--edition', '2024']).code).toBe(EXIT.USAGE);
    expect(cli(['catalogue', '--edition', '2023', '--format', 'xml']).code).toBe(EXIT.USAGE);
  });
});

describe('cdto-kpi score', () => {
  it('reports bad input with its location and exit code 1', () => {
    const justice = REPORT_2024_Q1.bodies.find((body) => body.body === 'justice')!;
    const figures = Object.fromEntries(justice.directions[0]!.rows.map((row) => [row.indicator, { a: row.a.printed, b: row.b.printed }]));
    const document = JSON.stringify({ period: { year: 2024, quarter: 1 }, bodies: [{ body: 'justice', figures: { ...figures, 'justice.1': { a: '-3', b: '10' } } }] });
    const { code, err } = cli(['score', '-'], document);
    expect(code).toBe(EXIT.FAILED);
    expect(err).toContain('NEGATIVE_FIGURE');
    expect(err).toContain('body "justice"');
    expect(err).toContain('indicator "justice.1"');
    expect(err).toContain('field "a"');
  });

  it('refuses a period no edition covers', () => {
    const document = JSON.stringify({ period: { year: 2022, quarter: 4 }, bodies: [{ body: 'justice', figures: {} }] });
    const { code, err } = cli(['score', '-'], document);
    expect(code).toBe(EXIT.FAILED);
    expect(err).toContain('PERIOD_NOT_COVERED');
  });

  it('prints the rating of a report with each body’s R, planned weight and share, and says when it is synthetic', () => {
    const { code, out } = cli(['score', 'data/reports/2025-q2-synthetic/report.json']);
    expect(code).toBe(EXIT.OK);
    expect(out).toMatch(/^Q2 2025: 2025 edition, targets and weights for 2025, Kazakh text; method: decree-1157$/mu);
    expect(out).toContain('SYNTHETIC figures');
    const rows = out.split('\n').filter((line) => /^\s+\d+\s+[\d.]+\s+\d+\s+[\d.]+\s+\S/u.test(line));
    expect(rows).toHaveLength(16);
    expect(cli(['score', '--json', 'data/reports/2025-q2-synthetic/report.json']).out).toContain('"shareOfPlanned"');
  });

  it('scores by the text asked for, and refuses another', () => {
    // The synthetic report gives the figures of every indicator that applies by either text.
    const { code, out } = cli(['score', '--reading', 'ru', 'data/reports/2025-q2-synthetic/report.json']);
    expect(code).toBe(EXIT.OK);
    expect(out).toContain('Russian text');
    expect(cli(['score', '--reading', 'en', '-'], '{}').code).toBe(EXIT.USAGE);
  });

  it('says what is wrong with text that is not JSON', () => {
    const { code, err } = cli(['score', '-'], '{ not json');
    expect(code).toBe(EXIT.FAILED);
    expect(err).toContain('not JSON');
  });
});

describe('the command line itself', () => {
  it('prints help, and refuses unknown commands and options', () => {
    expect(cli(['--help']).out).toContain('Usage: cdto-kpi');
    expect(cli([]).code).toBe(EXIT.USAGE);
    expect(cli(['frobnicate']).code).toBe(EXIT.USAGE);
    expect(cli(['rating', '--frobnicate']).code).toBe(EXIT.USAGE);
  });

  it('refuses an option or an argument the command does not take, rather than ignore it', () => {
    const wrongOption = cli(['score', '--edition', '2023', '-'], '{}');
    expect(wrongOption.code).toBe(EXIT.USAGE);
    expect(wrongOption.err).toContain('score does not take --edition');
    expect(cli(['rating', '--edition', '2023']).code).toBe(EXIT.USAGE);
    expect(cli(['catalogue', '--edition', '2023', '--detail']).code).toBe(EXIT.USAGE);
    expect(cli(['rating', '--format', 'csv']).code).toBe(EXIT.USAGE);
    expect(cli(['rating', 'extra']).err).toContain('unexpected argument "extra"');
  });
});

describe('the analyst’s commands', () => {
  const synthetic = 'data/reports/2025-q2-synthetic/report.json';

  it('help: per command, and as help <command>', () => {
    expect(cli(['score', '--help']).out).toContain('Usage: cdto-kpi score <file>');
    expect(cli(['help', 'what-if']).out).toContain('Usage: cdto-kpi what-if <file>');
    expect(cli(['help']).out).toContain('Commands:');
    expect(cli(['--help']).out).toContain('https://github.com/cdto-kpi/cdto-kpi');
  });

  it('explains an unknown option in its own words, with a suggestion', () => {
    const { code, err } = cli(['score', '--detial', synthetic]);
    expect(code).toBe(EXIT.USAGE);
    expect(err).toBe('unknown option --detial (did you mean --detail?); cdto-kpi help lists the commands and cdto-kpi <command> --help their options\n');
  });

  it('writes errors as JSON under --json', () => {
    const { code, out } = cli(['score', '-', '--json'], '{"period":{"year":2025,"quarter":2},"bodies":[{"body":"nobody","figures":{}}]}');
    expect(code).toBe(EXIT.FAILED);
    const parsed = JSON.parse(out) as { error: { code: string; issues: { path: unknown[] }[] } };
    expect(parsed.error.code).toBe('UNKNOWN_BODY');
    expect(parsed.error.issues[0]!.path).toEqual(['bodies', 0, 'body']);
    expect(JSON.parse(cli(['score', '--bogus', '--json']).out)).toEqual({ error: { code: 'USAGE', message: expect.stringContaining('unknown option --bogus') } });
  });

  it('validate: every problem, exit 1; a good report, exit 0', () => {
    const bad = JSON.stringify({ period: { year: 2025, quarter: 2 }, bodies: [{ body: 'justice', figures: { 'common.3': { a: 'x', b: '1' } } }, { body: 'justice', figures: {} }] });
    const { code, out } = cli(['validate', '-'], bad);
    expect(code).toBe(EXIT.FAILED);
    expect(out).toMatch(/^\d+ problems:/u);
    expect(out).toContain('bodies[0].figures["common.3"].a: FIGURE_UNREADABLE');
    expect(out).toContain('bodies[1].body: DUPLICATE_BODY');
    expect(cli(['validate', synthetic]).code).toBe(EXIT.OK);
  });

  it('score --detail prints W of U per indicator; --format csv --excel writes a BOM and semicolons', () => {
    const detail = cli(['score', synthetic, '--detail']).out;
    expect(detail).toMatch(/^ {2}common\.1 +W +\d+(?:\.\d)? of 20 /mu);
    const csv = cli(['score', synthetic, '--format', 'csv', '--excel']).out;
    expect(csv.startsWith('\uFEFFrank;body;result;planned;share_of_planned;ranked_by\r\n')).toBe(true);
  });

  it('template, explain and what-if on the bundled reports', () => {
    const template = JSON.parse(cli(['template', '--body', 'justice', '--period', '2026-Q1']).out) as { bodies: { figures: Record<string, unknown> }[] };
    expect(template.bodies[0]!.figures['common.4']).toEqual({ ia: null, ib: null });
    expect(cli(['template', '--body', 'justice']).code).toBe(EXIT.USAGE);
    const explained = cli(['explain', '@2024-q1', '--body', 'justice', '--indicator', 'justice.1']).out;
    expect(explained).toContain('Z = 17532 / 45758 × 100 = 38.3146116526071943703833209493… → 38.3 (cut toward zero at 1 decimal)');
    expect(explained).toContain('section 2, row 1');
    const answer = JSON.parse(cli(['what-if', '@2025-q2-synthetic', '--body', 'justice', '--json']).out) as { bodies: { body: string; indicators: unknown[] }[] };
    expect(answer.bodies.map((body) => body.body)).toEqual(['justice']);
  });
});
