/**
 * The workbook's formulas against a real spreadsheet engine: templates for every body of Q1 2024
 * (2023 edition) and of Q1 2026 (2025 edition, both texts) are filled by a script (every kind, at,
 * just below and just above the targets, no data, shares exactly on a cut boundary and a hair below
 * it, decimals, 13-digit figures), recalculated by LibreOffice headless (the workbooks carry no
 * cached result, so LibreOffice computes every formula), and every computed Z, W, rule, R and share
 * is held against `scorePeriodReport` of the same workbook read back by `readWorkbook`, figure for
 * figure, as plain decimal strings. One soffice call converts every workbook, with a fresh profile.
 *
 * LibreOffice must be installed (`scripts/ensure-libreoffice.sh`, run by `npm test`): without it
 * this test fails, it does not skip.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODIES, type IndicatorScore, type PeriodScore, reportTemplate, scorePeriodReport } from '../../src/index.js';
import { readWorkbook, writeWorkbook } from '../../src/workbook.js';
import { plainOfDouble } from '../../src/workbook/read.js';
import { LIST_WORDS, type WorkbookLanguage } from '../../src/workbook/labels.js';
import { COLUMNS, planWorkbook, type WorkbookPlan } from '../../src/workbook/layout.js';
import { fillRow, VARIANTS } from './scenarios.js';

interface Case {
  readonly name: string;
  readonly plan: WorkbookPlan;
  readonly score: PeriodScore;
  readonly reportText: string;
}

const PERIODS = [
  { label: '2024-q1', period: { year: 2024, quarter: 1 }, reading: undefined },
  { label: '2026-q1-kk', period: { year: 2026, quarter: 1 }, reading: 'kk' },
  { label: '2026-q1-ru', period: { year: 2026, quarter: 1 }, reading: 'ru' },
] as const;
const LANGS: readonly WorkbookLanguage[] = ['en', 'ru', 'kk'];

/**
 * Rows filled by hand, checked by hand below: Q1 2024, variant → indicator → its white cells.
 * - security.1 (target 75, weight 20) as the published report gives it: 156 710 / 363 249.
 * - security.1 10^-13 below 74.9: a = 7 489 999 999 812, b = 9 999 999 999 749, so that
 *   a × 1000 = 749 × b − 1 and Z = 74.899 999 999 999 989 99… The method cuts it to 74.8; the double
 *   a / b × 100 is 74.89999999999999, which LibreOffice's TRUNC(…; 1) smooths to 74.9.
 * - agriculture.1 (target 54.8, weight 30) a hair below its target: a = ⌊54.8 × 9 999 999 999 999 / 100⌋.
 */
const BY_HAND: Readonly<Record<number, Readonly<Record<string, Readonly<Record<string, number>>>>>> = {
  0: { 'security.1': { J: 156710, K: 363249 }, 'agriculture.1': { J: 5479999999999, K: 9999999999999 } },
  1: { 'security.1': { J: 7489999999812, K: 9999999999749 } },
};

let scratch = '';
const cases: Case[] = [];
const computed = new Map<string, ExcelJS.Workbook>();
let conversion = '';

/** The rule codes of the sheet's hidden rule cell, by the library's rule. */
const RULE_CODES: Readonly<Record<string, number>> = { 'at-target': 1, proportional: 2, 'inverse-proportional': 3, done: 4, 'not-done': 5, 'no-data': 6, 'no-target': 7 };

/** A plain decimal without trailing zeros: both sides are written this way before they are compared. */
const plain = (text: string): string => (text.includes('.') ? text.replace(/0+$/u, '').replace(/\.$/u, '') : text);

/** A computed cell as a plain decimal, `''` for an empty text, or the text it holds. */
function computedValue(sheet: ExcelJS.Worksheet, address: string): string | null {
  const cell = sheet.getCell(address);
  const value = cell.value as { formula?: string; result?: unknown } | null;
  if (value === null || typeof value !== 'object' || !('formula' in value)) return `not a formula: ${JSON.stringify(value)}`;
  const result = cell.result as unknown;
  if (typeof result === 'number') return plainOfDouble(result);
  if (result === undefined || result === '') return null;
  return `unexpected: ${JSON.stringify(result)}`;
}

function bodiesOf(period: { year: number; quarter: 1 | 2 | 3 | 4 }): string[] {
  return BODIES.map((body) => body.id).filter((body) => {
    try {
      reportTemplate({ period, body });
      return true;
    } catch {
      return false;
    }
  });
}

beforeAll(async () => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('LibreOffice (soffice) is not installed: run sh scripts/ensure-libreoffice.sh');
  }
  scratch = mkdtempSync(join(tmpdir(), 'cdto-kpi-workbook-'));
  const input = join(scratch, 'in');
  mkdirSync(input);
  let index = 0;
  for (const { label, period, reading } of PERIODS) {
    const bodies = bodiesOf(period);
    for (let variant = 0; variant < VARIANTS; variant += 1) {
      const lang = LANGS[index++ % LANGS.length]!;
      const options = { period, body: bodies, lang, ...(reading === undefined ? {} : { reading }) } as const;
      const plan = planWorkbook({ period, bodies, lang, ...(reading === undefined ? {} : { reading }) });
      const template = await writeWorkbook(options);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(template as unknown as ArrayBuffer);
      const words = { yes: LIST_WORDS.yes[lang], no: LIST_WORDS.no[lang], done: LIST_WORDS.done[lang], notDone: LIST_WORDS.notDone[lang] };
      for (const sheet of plan.sheets) {
        const worksheet = workbook.getWorksheet(sheet.name)!;
        for (const row of sheet.rows) {
          const byHand = label === '2024-q1' ? BY_HAND[variant]?.[row.indicator.id] : undefined;
          for (const [column, value] of Object.entries(byHand ?? fillRow(row, variant, plan.hours, words))) {
            if (value !== null) worksheet.getCell(`${column}${row.row}`).value = value;
          }
        }
      }
      const filled = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
      const name = `${label}-v${String(variant).padStart(2, '0')}-${lang}`;
      writeFileSync(join(input, `${name}.xlsx`), filled);
      const report = await readWorkbook(filled);
      cases.push({ name, plan, score: scorePeriodReport(report), reportText: JSON.stringify(report) });
    }
  }
  const output = join(scratch, 'out');
  const profile = join(scratch, 'profile');
  const started = Date.now();
  const files = cases.map((entry) => join(input, `${entry.name}.xlsx`));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', output, ...files], { stdio: 'ignore', timeout: 600_000 });
  conversion = `${cases.length} workbooks converted in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  for (const entry of cases) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(output, `${entry.name}.xlsx`)) as unknown as ArrayBuffer);
    computed.set(entry.name, workbook);
  }
}, 900_000);

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

describe('LibreOffice computes every workbook as the library scores it', () => {
  it('every Z, W, rule, R and share, figure for figure', () => {
    const differences: string[] = [];
    let rows = 0;
    let figures = 0;
    const compare = (where: string, got: string | null, expected: string | null): void => {
      figures += 1;
      const want = expected === null ? null : plain(expected);
      if (got !== want) differences.push(`${where}: LibreOffice ${JSON.stringify(got)}, library ${JSON.stringify(want)}`);
    };
    for (const entry of cases) {
      const workbook = computed.get(entry.name)!;
      for (const sheet of entry.plan.sheets) {
        const worksheet = workbook.getWorksheet(sheet.name)!;
        const body = entry.score.bodies.find((scored) => scored.body === sheet.body)!;
        const scores = new Map<string, IndicatorScore>(body.directions.flatMap((direction) => direction.indicators.map((score) => [score.indicator, score] as const)));
        for (const row of sheet.rows) {
          rows += 1;
          const score = scores.get(row.indicator.id)!;
          const where = `${entry.name} ${sheet.name}!${row.row} ${row.indicator.id}`;
          const shareCell = row.indicator.kind === 'count' || row.indicator.kind === 'milestone' ? null : computedValue(worksheet, `${COLUMNS.share}${row.row}`);
          compare(`${where} Z`, shareCell, score.share);
          compare(`${where} W`, computedValue(worksheet, `${COLUMNS.awarded}${row.row}`), score.awarded);
          const code = computedValue(worksheet, `${COLUMNS.ruleCode}${row.row}`);
          const rule = score.rule === 'proportional' && row.indicator.kind === 'count' ? '8' : String(RULE_CODES[score.rule]);
          compare(`${where} rule`, code, rule);
        }
        for (const [block, direction] of sheet.blocks.map((entryBlock, index) => [entryBlock, body.directions[index]!] as const)) {
          expect(direction.direction).toBe(block.block);
          if (block.totalsRow === null) continue;
          compare(`${entry.name} ${sheet.name} ${block.block} R`, computedValue(worksheet, `${COLUMNS.awarded}${block.totalsRow}`), direction.result);
          compare(`${entry.name} ${sheet.name} ${block.block} share`, computedValue(worksheet, `${COLUMNS.share}${block.totalsRow}`), direction.shareOfPlanned);
        }
        compare(`${entry.name} ${sheet.name} ΣW`, computedValue(worksheet, `${COLUMNS.awarded}${sheet.totalsRow}`), body.awardedSum);
        compare(`${entry.name} ${sheet.name} share`, computedValue(worksheet, `${COLUMNS.share}${sheet.totalsRow}`), body.shareOfPlanned);
        compare(`${entry.name} ${sheet.name} R`, computedValue(worksheet, `${COLUMNS.awarded}${sheet.resultRow}`), body.result);
      }
    }
    console.log(`${conversion}; ${rows} rows, ${figures} figures compared`);
    expect(differences.slice(0, 30)).toEqual([]);
    expect(cases.length).toBe(PERIODS.length * VARIANTS);
  });

  it('reads back the workbook LibreOffice saved as the one the script filled', async () => {
    for (const entry of cases) {
      const bytes = new Uint8Array((await computed.get(entry.name)!.xlsx.writeBuffer()) as ArrayBuffer);
      expect(JSON.stringify(await readWorkbook(bytes)), entry.name).toBe(entry.reportText);
    }
  });

  it('shows figures worked out by hand and from the published report', () => {
    const find = (variant: number, body: string, id: string) => {
      const entry = cases.find((candidate) => candidate.name.startsWith(`2024-q1-v${String(variant).padStart(2, '0')}`))!;
      const sheet = entry.plan.sheets.find((candidate) => candidate.body === body)!;
      const row = sheet.rows.find((candidate) => candidate.indicator.id === id)!;
      const worksheet = computed.get(entry.name)!.getWorksheet(sheet.name)!;
      return { z: computedValue(worksheet, `${COLUMNS.share}${row.row}`), w: computedValue(worksheet, `${COLUMNS.awarded}${row.row}`) };
    };
    // The published report prints Z = 43,1 and W = 11,4 for 156 710 / 363 249 (target 75, weight 20).
    expect(find(0, 'internal-affairs', 'security.1')).toEqual({ z: '43.1', w: '11.4' });
    // 5 479 999 999 999 / 9 999 999 999 999 × 100 = 54.799 999 999 999 45… → 54.7; W = 54.7 / 54.8 × 30 = 29.945… → 29.9.
    expect(find(0, 'agriculture', 'agriculture.1')).toEqual({ z: '54.7', w: '29.9' });
    // 74.899 999 999 999 989 9… → 74.8 (not the 74.9 a cut of the double gives); W = 74.8 / 75 × 20 = 19.946… → 19.9.
    expect(find(1, 'internal-affairs', 'security.1')).toEqual({ z: '74.8', w: '19.9' });
  });
});
