/**
 * The command line in the reader's language: `--lang kk|ru|en`, else the environment's
 * (LC_ALL, LC_MESSAGES, LANG), else English. A bad report's problems in Kazakh and Russian carry
 * no English word but ids; an explanation in Russian writes its figures with decimal commas.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { environmentLang } from '../src/cli/language.js';
import { CATALOGUE_2023 } from '../src/generated/catalogue-2023.js';
import { CATALOGUE_2025 } from '../src/generated/catalogue-2025.js';
import { INDICATOR_KINDS, WARNING_CODES } from '../src/kinds/contract.js';
import { ERROR_CODES } from '../src/errors/codes.js';

const root = join(import.meta.dirname, '..');

function cli(argv: string[], env: Record<string, string> = { LC_ALL: 'C.UTF-8' }, stdin = '') {
  let out = '';
  let err = '';
  const code = run(argv, { out: (text) => (out += text), err: (text) => (err += text), readStdin: () => stdin, env });
  return { code, out, err };
}

/** A synthetic 2025 report with a problem of each sort a person makes when filling one in. */
function badReport(): string {
  const report = JSON.parse(readFileSync(join(root, 'data/reports/2025-q2-synthetic/report.json'), 'utf8')) as { bodies: { body: string; figures: Record<string, unknown> }[] };
  const figures = report.bodies[0]!.figures;
  figures['common.3'] = { a: '-5', b: '40' }; // a negative figure: NEGATIVE_FIGURE
  // (A figure written as a JSON number with decimals, 40.5, is no problem here: the command line reads a JSON file's numbers by their text.)
  figures['common.4'] = { tested: '20', connected: '9', systems: '18' }; // more tested than the body has: INCONSISTENT_FIGURES
  delete figures['common.2']; // an indicator left out: INDICATOR_NOT_REPORTED
  figures['nonexistent.9'] = { a: '1', b: '2' }; // an indicator the body does not have: UNKNOWN_INDICATOR
  figures['common.1'] = { met: ['reengineering', 'kazllm-x'] }; // an unknown criterion: UNKNOWN_CRITERION
  figures['common.5'] = { digitised: 'many', total: '3' }; // an unreadable figure (common.5 is growth): FIGURE_UNREADABLE
  report.bodies.push({ body: 'nosuchbody', figures: {} }, { ...report.bodies[1]! }); // UNKNOWN_BODY, DUPLICATE_BODY
  return JSON.stringify(report);
}

/** The codes of {@link badReport}'s problems, one each, as its comments say. */
const BAD_REPORT_CODES = ['DUPLICATE_BODY', 'FIGURE_UNREADABLE', 'INCONSISTENT_FIGURES', 'INDICATOR_NOT_REPORTED', 'NEGATIVE_FIGURE', 'UNKNOWN_BODY', 'UNKNOWN_CRITERION', 'UNKNOWN_INDICATOR'];


/** Every id a message may show: bodies, blocks, indicators, criteria, fields, kinds, codes, and the report's paths and quoted values. */
const IDS = new Set<string>([
  ...[CATALOGUE_2023, CATALOGUE_2025].flatMap((catalogue) => [
    ...catalogue.bodies.map((body) => body.id),
    ...catalogue.blocks.map((block) => block.id),
    ...catalogue.indicators.flatMap((indicator) => [indicator.id, ...((indicator as { criteria?: readonly { id: string }[] | null }).criteria ?? []).map((criterion) => criterion.id)]),
  ]),
  ...INDICATOR_KINDS,
  ...Object.keys(ERROR_CODES),
  ...Object.keys(WARNING_CODES),
  // The acts' own titles print KPI (the Russian and Kazakh annex: «KPI для цифровых заместителей…»).
  'KPI',
  ...['a', 'b', 'c', 'met', 'done', 'tested', 'connected', 'systems', 'ia', 'ib', 'excused', 'downtimeHours', 'totalHours', 'digitised', 'total', 'null', 'published-2024-q1', 'published-2025'],
]);

/** The Latin words of a text that are not ids (quoted values and paths taken out first). */
function englishWords(text: string): string[] {
  const bare = text
    .replace(/^ {2}\S+: [A-Z_]+: /gmu, '') // the path and the code that begin each problem
    .replace(/"(?:[^"\\]|\\.)*"/gu, '""'); // quoted values, as received
  return (bare.match(/[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9]/gu) ?? []).filter((word) => !IDS.has(word) && !IDS.has(word.replace(/[.-]+$/u, '')));
}

describe('cdto-kpi validate --lang', () => {
  it.each(['kk', 'ru'] as const)('%s: every problem of a bad report in that language, with no English word but ids', (lang) => {
    const { code, out } = cli(['validate', '-', '--lang', lang], { LC_ALL: 'C.UTF-8' }, badReport());
    expect(code).toBe(1);
    const lines = out.split('\n');
    const warningsAt = lines.findIndex((line, index) => index > 0 && !line.startsWith('  '));
    const problems = lines.slice(1, warningsAt).filter((line) => /^ {2}bodies/u.test(line));
    // One line per problem, each with its code, in the language: nothing English is left but ids.
    expect(problems.map((line) => /: ([A-Z_]+): /u.exec(line)?.[1]).sort()).toEqual(BAD_REPORT_CODES);
    expect(englishWords(out)).toEqual([]);
    expect(out).toContain(lang === 'ru' ? 'отрицательное значение' : 'теріс мән');
    // The count by the language's plural rules: «8 ошибок» (many), «8 қате».
    expect(out.split('\n')[0]).toBe(lang === 'ru' ? '8 ошибок:' : '8 қате:');
  });

  it('en: the same problems in English, as the library writes them', () => {
    const { out } = cli(['validate', '-', '--lang', 'en'], { LC_ALL: 'ru_RU.UTF-8' }, badReport());
    expect(out).toMatch(/^\d+ problems:$/mu);
    expect(out).toContain('negative figure');
  });
});

describe('cdto-kpi explain --lang ru', () => {
  it('writes every step in Russian, its figures with decimal commas and grouped digits', () => {
    const { code, out } = cli(['explain', '@2024-q1', '--body', 'justice', '--indicator', 'justice.1', '--lang', 'ru']);
    expect(code).toBe(0);
    // justice.1 of Q1 2024: a = 17532, b = 45758 (the published report), Z = 38.3 (cut), W = 38.3 / 50 × 15 = 11.49 → 11.4.
    // Digits grouped by a no-break space, as the language writes them. The unrounded Z is the inexact
    // quotient 1753200 / 45758 = 38.31461165260719437038332094934… written to 30 significant digits
    // (the library's cut of an inexact value in a trace), then `…`.
    expect(out).toContain('  Z = 17\u00a0532 / 45\u00a0758 × 100 = 38,3146116526071943703833209493… → 38,3 (с отбрасыванием до 1 знака после запятой)');
    expect(out).toContain('  W = 38,3 / 50 × 15 = 11,49 → 11,4 (с отбрасыванием до 1 знака после запятой)');
    expect(out).toContain('правило: ниже целевого значения');
    expect(out).toContain('распоряжение Премьер-Министра Республики Казахстан от 16.08.2022 № 124-р');
    // No decimal point in any figure (the acts' dates, 16.08.2022, are dates).
    expect(out.replace(/\b\d\d\.\d\d\.\d{4}\b/gu, '')).not.toMatch(/\d\.\d/u);
    expect(englishWords(out)).toEqual([]);
  });
});

describe('the language of a run', () => {
  it('comes from LC_ALL, then LC_MESSAGES, then LANG, else English', () => {
    expect(environmentLang({ LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(environmentLang({ LC_MESSAGES: 'kk_KZ.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('kk');
    expect(environmentLang({ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'kk_KZ', LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(environmentLang({ LC_ALL: '', LANG: 'kk' })).toBe('kk');
    expect(environmentLang({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(environmentLang({ LANG: 'C' })).toBe('en');
    expect(environmentLang({})).toBe('en');
  });

  it('is the environment\'s when --lang is not given, and --lang wins over it', () => {
    expect(cli(['help'], { LANG: 'ru_RU.UTF-8' }).out).toMatch(/^Использование: cdto-kpi/u);
    expect(cli(['help'], { LANG: 'ru_RU.UTF-8', LC_ALL: 'kk_KZ.UTF-8' }).out).toMatch(/^Қолданылуы: cdto-kpi/u);
    expect(cli(['help', '--lang', 'en'], { LANG: 'ru_RU.UTF-8' }).out).toMatch(/^Usage: cdto-kpi/u);
  });

  it('speaks the usage errors and the library\'s errors in that language', () => {
    expect(cli(['score', '--lang', 'ru']).err).toContain('score требует отчёт');
    expect(cli(['nonsense', '--lang', 'kk']).err).toContain('белгісіз команда "nonsense"');
    expect(cli(['explain', '@2024-q1', '--body', 'nobody', '--lang', 'ru']).err).toMatch(/^ошибка UNKNOWN_BODY: орган "nobody": /u);
  });

  it('gives every command its help in kk and ru', () => {
    for (const command of ['rating', 'reproduce', 'audit', 'editions', 'catalogue', 'template', 'validate', 'score', 'explain', 'what-if', 'help']) {
      expect(cli([command, '--help', '--lang', 'kk']).out).toMatch(/^Қолданылуы: /u);
      expect(cli([command, '--help', '--lang', 'ru']).out).toMatch(/^Использование: /u);
    }
  });
});
