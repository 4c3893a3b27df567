/**
 * The command line's workbook: template --format xlsx (to standard output or --out), and validate,
 * score, explain and what-if reading a filled .xlsx; the built command writes the binary file to a
 * pipe.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT, run } from '../../src/cli/main.js';
import { readWorkbook } from '../../src/workbook.js';

const scratch = mkdtempSync(join(tmpdir(), 'cdto-kpi-cli-workbook-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function cli(argv: string[]) {
  let out = '';
  let err = '';
  const bytes: Uint8Array[] = [];
  const code = await run(argv, { out: (text) => (out += text), err: (text) => (err += text), readStdin: () => '', outBytes: (chunk) => bytes.push(chunk) });
  return { code, out, err, bytes };
}

/** Fills a workbook's justice sheet: column → value, by indicator. */
async function fill(path: string, cells: Record<string, Record<string, ExcelJS.CellValue>>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('justice')!;
  sheet.eachRow((row) => {
    const id = row.getCell('B').value;
    for (const [column, value] of Object.entries(cells[String(id)] ?? {})) row.getCell(column).value = value;
  });
  await workbook.xlsx.writeFile(path);
}

describe('cdto-kpi template --format xlsx', () => {
  it('writes the workbook to standard output, or to --out, in the language asked for', async () => {
    const piped = await cli(['template', '--body', 'justice', '--period', '2024-Q1', '--format', 'xlsx', '--lang', 'kk']);
    expect(piped.code).toBe(EXIT.OK);
    expect(piped.bytes).toHaveLength(1);
    const report = await readWorkbook(piped.bytes[0]!);
    expect(report.period).toEqual({ year: 2024, quarter: 1 });
    const path = join(scratch, 'justice.xlsx');
    expect((await cli(['template', '--body', 'justice', '--period', '2024-Q1', '--format', 'xlsx', '--out', path])).code).toBe(EXIT.OK);
    expect(JSON.stringify(await readWorkbook(new Uint8Array(readFileSync(path))))).toBe(JSON.stringify(report));
  });

  it('refuses a language it does not have and --out elsewhere, and takes --lang without a workbook', async () => {
    expect((await cli(['template', '--body', 'justice', '--period', '2024-Q1', '--format', 'xlsx', '--lang', 'de'])).code).toBe(EXIT.USAGE);
    // --lang is the language of every command's output now: a JSON template takes it too.
    expect((await cli(['template', '--body', 'justice', '--period', '2024-Q1', '--lang', 'ru'])).code).toBe(EXIT.OK);
    expect((await cli(['score', '@2024-q1', '--out', join(scratch, 'x')])).code).toBe(EXIT.USAGE);
  });
});

describe('validate, score, explain and what-if read a filled workbook', () => {
  it('score it as its JSON report', async () => {
    const path = join(scratch, 'filled.xlsx');
    await cli(['template', '--body', 'justice', '--period', '2024-Q1', '--format', 'xlsx', '--out', path]);
    await fill(path, { 'justice.1': { J: 17532, K: 45758 } });
    const validated = await cli(['validate', path]);
    expect(validated.code).toBe(EXIT.OK);
    expect(validated.out).toMatch(/^valid: the report scores/u);
    const scored = await cli(['score', path, '--json']);
    expect(scored.code).toBe(EXIT.OK);
    const justice1 = (JSON.parse(scored.out) as { bodies: { directions: { indicators: { indicator: string; share: string; awarded: string }[] }[] }[] }).bodies[0]!.directions[0]!.indicators[0]!;
    // The published report prints Z = 38,3 and W = 11,4 for 17 532 / 45 758 (target 50, weight 15).
    expect(justice1).toMatchObject({ indicator: 'justice.1', share: '38.3', awarded: '11.4' });
    const explained = await cli(['explain', path, '--body', 'justice', '--indicator', 'justice.1']);
    expect(explained.code).toBe(EXIT.OK);
    expect(explained.out).toContain('17532 / 45758 × 100');
    expect((await cli(['what-if', path, '--body', 'justice'])).code).toBe(EXIT.OK);
  });

  it('lists a workbook’s problems with their cells, exit 1, in the language asked for', async () => {
    const path = join(scratch, 'bad.xlsx');
    await cli(['template', '--body', 'justice', '--period', '2024-Q1', '--format', 'xlsx', '--out', path]);
    await fill(path, { 'justice.1': { J: -5, K: 10 }, 'justice.2': { J: 3 } });
    const validated = await cli(['validate', path, '--lang', 'ru']);
    expect(validated.code).toBe(EXIT.FAILED);
    // All in Russian: the count, where (the cell, the body by name, the field by label) and what.
    expect(validated.out).toContain('2 ошибки:');
    expect(validated.out).toContain('justice.J6: NEGATIVE_FIGURE: ячейка justice!J6, орган «Министерство юстиции Республики Казахстан» (justice), показатель "justice.1", поле «a — числитель»: отрицательное значение');
    expect(validated.out).toContain('justice.K7: MISSING_FIELD: ячейка justice!K7');
    const scored = await cli(['score', path, '--json']);
    expect(scored.code).toBe(EXIT.FAILED);
    expect((JSON.parse(scored.out) as { error: { issues: { location: { cell: string } }[] } }).error.issues.map((issue) => issue.location.cell)).toEqual(['justice!J6', 'justice!K7']);
  });

  it('says a file it cannot read is so, with its name', async () => {
    const missing = await cli(['score', join(scratch, 'nowhere.xlsx')]);
    expect(missing.code).toBe(EXIT.FAILED);
    expect(missing.err).toContain('cannot read');
    const text = join(scratch, 'text.xlsx');
    writeFileSync(text, 'not a workbook');
    const unrecognised = await cli(['validate', text]);
    expect(unrecognised.code).toBe(EXIT.FAILED);
    expect(unrecognised.out).toContain('WORKBOOK_UNRECOGNISED');
  });
});

describe('the built command', () => {
  it('writes the binary workbook to a pipe', () => {
    const path = join(scratch, 'piped.xlsx');
    const bytes = execFileSync(process.execPath, ['dist/cli.js', 'template', '--body', 'energy', '--period', '2026-Q1', '--format', 'xlsx', '--reading', 'ru'], { maxBuffer: 16 * 1024 * 1024 });
    writeFileSync(path, bytes);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const scored = execFileSync(process.execPath, ['dist/cli.js', 'score', path, '--json'], { encoding: 'utf8' });
    expect((JSON.parse(scored) as { reading: string }).reading).toBe('ru');
  });
});
