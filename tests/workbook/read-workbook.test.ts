/**
 * The workbook without a spreadsheet engine: what the template holds, and reading a filled one back,
 * every kind of bad cell an issue with its address, every problem at once.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CdtoKpiError, ERROR_CODES, scorePeriodReport } from '../../src/index.js';
import { readWorkbook, WORKBOOK_LIMITS, writeWorkbook } from '../../src/workbook.js';
import { plainOfDouble } from '../../src/workbook/read.js';

const Q1_2026 = { year: 2026, quarter: 1 } as const;
const Q1_2024 = { year: 2024, quarter: 1 } as const;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The row of an indicator in a sheet (column B holds the ids). */
function rowOf(sheet: ExcelJS.Worksheet, id: string): number {
  let found = 0;
  sheet.eachRow((row, number) => {
    if (row.getCell('B').value === id) found = number;
  });
  if (found === 0) throw new Error(`no row for ${id}`);
  return found;
}

/** A template filled with the given cells (by indicator id and column). */
async function filled(options: Parameters<typeof writeWorkbook>[0], cells: Record<string, Record<string, ExcelJS.CellValue>>, edit?: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = await load(await writeWorkbook(options));
  const body = typeof options.body === 'string' ? options.body : options.body[0]!;
  const sheet = workbook.getWorksheet(body)!;
  for (const [id, values] of Object.entries(cells)) {
    const row = rowOf(sheet, id);
    for (const [column, value] of Object.entries(values)) sheet.getCell(`${column}${row}`).value = value;
  }
  edit?.(workbook);
  return save(workbook);
}

async function issuesOf(promise: Promise<unknown>): Promise<CdtoKpiError['issues']> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CdtoKpiError) return error.issues;
    throw error;
  }
  throw new Error('no error');
}

describe('the template', () => {
  it('has a sheet per body named by its id, a hidden marker, protected sheets and white cells unlocked and validated', async () => {
    const workbook = await load(await writeWorkbook({ period: Q1_2026, body: ['justice', 'energy'] }));
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['justice', 'visible'],
      ['energy', 'visible'],
      ['cdto-kpi', 'hidden'],
    ]);
    const sheet = workbook.getWorksheet('justice')!;
    expect((sheet as unknown as { sheetProtection: { sheet: boolean; hashValue?: string } }).sheetProtection).toMatchObject({ sheet: true });
    expect((sheet as unknown as { sheetProtection: { hashValue?: string } }).sheetProtection.hashValue).toBeUndefined();
    const row = rowOf(sheet, 'common.3');
    expect(sheet.getCell(`J${row}`).protection).toMatchObject({ locked: false });
    expect(sheet.getCell(`J${row}`).dataValidation).toMatchObject({ type: 'custom', allowBlank: true, errorStyle: 'stop' });
    expect(sheet.getCell(`M${row}`).protection?.locked).not.toBe(false);
    const milestone = rowOf(sheet, 'common.1');
    expect(sheet.getCell(`J${milestone}`).dataValidation).toMatchObject({ type: 'list', formulae: ['"yes,no"'] });
    // No cached result: the engine that opens the file computes every formula.
    const score = sheet.getCell(`P${row}`).value as { formula: string; result?: unknown };
    expect(score.formula).toMatch(/^IF\(/u);
    expect(score.result).toBeUndefined();
    expect(sheet.getCell(`G${row}`).value).toBe(100);
    expect(sheet.getCell(`H${row}`).value).toBe(5);
  });

  it('writes every label in the language asked for', async () => {
    const headers = async (lang: 'kk' | 'ru' | 'en') => {
      const sheet = (await load(await writeWorkbook({ period: Q1_2024, body: 'justice', lang }))).getWorksheet('justice')!;
      return [sheet.getCell('B5').value, sheet.getCell('P5').value, sheet.getCell('J5').value];
    };
    expect(await headers('en')).toEqual(['Indicator', 'W (awarded)', 'Figure J']);
    expect(await headers('ru')).toEqual(['Индикатор', 'W (начислено)', 'Значение J']);
    expect(await headers('kk')).toEqual(['Индикатор', 'W (берілген)', 'Мән J']);
  });

  it('says what each input means, in the decree’s words where the catalogue has them', async () => {
    const sheet = (await load(await writeWorkbook({ period: Q1_2026, body: 'justice', lang: 'ru' }))).getWorksheet('justice')!;
    const meaning = String(sheet.getCell(`I${rowOf(sheet, 'common.3')}`).value);
    expect(meaning).toContain('J: a, числитель: количество государственных информационных систем, подключенных к сервису контроля доступа к персональным данным');
    expect(meaning).toContain('K: b, знаменатель: общее количество государственных информационных систем');
    expect(String(sheet.getCell(`I${rowOf(sheet, 'common.2')}`).value)).toContain('K: t_общее, часы периода; пусто: 2160 часов квартала');
  });

  it('refuses a language, a body list or a body it does not know', async () => {
    expect((await issuesOf(writeWorkbook({ period: Q1_2026, body: 'justice', lang: 'de' as never })))[0]).toMatchObject({ code: ERROR_CODES.INVALID_VALUE, location: { field: 'lang' } });
    expect((await issuesOf(writeWorkbook({ period: Q1_2026, body: ['justice', 'justice'] })))[0]).toMatchObject({ code: ERROR_CODES.INVALID_VALUE, location: { field: 'body' } });
    expect((await issuesOf(writeWorkbook({ period: Q1_2026, body: [] })))[0]).toMatchObject({ code: ERROR_CODES.INVALID_VALUE });
    expect((await issuesOf(writeWorkbook({ period: Q1_2026, body: 'ministry-of-magic' })))[0]?.code).toBe(ERROR_CODES.UNKNOWN_BODY);
    expect((await issuesOf(writeWorkbook({ period: { year: 2030, quarter: 1 }, body: 'justice' })))[0]?.code).toBe(ERROR_CODES.PERIOD_NOT_COVERED);
  });
});

describe('reading a workbook back', () => {
  it('reads an empty template as a report with no data, which scores', async () => {
    const report = await readWorkbook(await writeWorkbook({ period: Q1_2026, body: 'justice', reading: 'ru' }));
    expect(report.reading).toBe('ru');
    expect(report.bodies[0]!.figures['common.1']).toEqual({ met: null });
    expect(report.bodies[0]!.figures['common.2']).toEqual({ downtimeHours: null });
    expect(report.bodies[0]!.figures['common.4']).toEqual({ ia: null, ib: null });
    expect(report.bodies[0]!.figures['common.6']).toEqual({ b: null, c: null });
    expect(scorePeriodReport(report).bodies[0]!.result).toBe('0');
  });

  it('reads every kind as the person typed it', async () => {
    const bytes = await filled(
      { period: Q1_2026, body: 'justice', lang: 'kk' },
      {
        'common.1': { J: 'иә', K: 'жоқ', L: 'Иә', M: 'жоқ' },
        'common.2': { J: 7.992 },
        'common.3': { J: 17, K: 40 },
        'common.4': { L: 10, M: 9, N: 12 },
        'common.5': { J: '1 200', K: '10 000' },
        'common.6': { J: 3, K: 120, L: 1 },
        'common.7': { J: '2,5', K: 50 },
        'common.9': { J: 0.1 },
        'justice.1': { J: 3714388.81, K: 3714388.81 },
      },
    );
    const report = await readWorkbook(bytes);
    const figures = report.bodies[0]!.figures;
    expect(figures['common.1']).toEqual({ met: ['reengineering', 'ai-processing-time'] });
    expect(figures['common.2']).toEqual({ downtimeHours: '7.992' });
    expect(figures['common.3']).toEqual({ a: '17', b: '40' });
    expect(figures['common.4']).toEqual({ tested: '10', connected: '9', systems: '12' });
    // Text cells are figures as printed: the library reads "1 200" and "2,5" as it reads the reports.
    expect(figures['common.5']).toEqual({ digitised: '1 200', total: '10 000' });
    expect(figures['common.6']).toEqual({ b: '3', c: '120', excused: '1' });
    expect(figures['common.7']).toEqual({ b: '2,5', c: '50' });
    expect(figures['common.9']).toEqual({ a: '0.1' });
    expect(figures['justice.1']).toEqual({ a: '3714388.81', b: '3714388.81' });
    const scored = scorePeriodReport(report).bodies[0]!.directions.flatMap((direction) => direction.indicators);
    const byId = (id: string) => scored.find((score) => score.indicator === id)!;
    // 100 − 2,5 / 50 × 100 = 95; 100 − (3 − 1) / 120 × 100 = 98.33… → 98.3.
    expect(byId('common.7').share).toBe('95');
    expect(byId('common.6').share).toBe('98.3');
    // (10 + 9) / (2 × 12) × 100 = 79.16… → 79.1.
    expect(byId('common.4').share).toBe('79.1');
  });

  it('names the cell of every bad cell, every problem at once', async () => {
    const bytes = await filled(
      { period: Q1_2026, body: 'justice' },
      {
        'common.1': { J: 'yes', K: 'maybe' },
        'common.2': { J: 2200, K: 2100 },
        'common.3': { J: -1, K: 40 },
        'common.4': { J: 90, L: 3, M: 3, N: 4 },
        'common.5': { J: 0.1 + 0.2, K: 10 },
        'common.6': { J: 3 },
        'common.7': { J: true, K: new Date(Date.UTC(2026, 0, 5)) },
        'common.9': { J: { formula: '1+1' } as ExcelJS.CellValue },
        'common.10': { J: 'seventeen', K: 10 },
        'justice.1': { J: 4044000000000, K: 0.5 },
        'justice.2': { J: 10000000000, K: 1 },
      },
      (workbook) => {
        const sheet = workbook.getWorksheet('justice')!;
        sheet.getCell(`P${rowOf(sheet, 'justice.3')}`).value = 10;
        // What Excel makes of "5.1" typed where a point is not the decimal separator: a date.
        const date = sheet.getCell(`K${rowOf(sheet, 'common.7')}`);
        date.style = { ...date.style, numFmt: 'dd.mm.yyyy' };
      },
    );
    const issues = await issuesOf(readWorkbook(bytes));
    const at = (cell: string) => issues.filter((issue) => issue.location.cell === cell).map((issue) => issue.code);
    const sheet = (await load(bytes)).getWorksheet('justice')!;
    const row = (id: string) => rowOf(sheet, id);
    expect(at(`justice!K${row('common.1')}`)).toEqual([ERROR_CODES.INVALID_VALUE]);
    expect(at(`justice!L${row('common.1')}`)).toEqual([ERROR_CODES.MISSING_FIELD]);
    expect(at(`justice!J${row('common.3')}`)).toEqual([ERROR_CODES.NEGATIVE_FIGURE]);
    expect(at(`justice!L${row('common.4')}`)).toEqual([ERROR_CODES.UNEXPECTED_FIELD]);
    expect(at(`justice!J${row('common.5')}`)).toEqual([ERROR_CODES.FIGURE_OUT_OF_RANGE]);
    expect(at(`justice!K${row('common.6')}`)).toEqual([ERROR_CODES.MISSING_FIELD]);
    expect(at(`justice!J${row('common.7')}`)).toEqual([ERROR_CODES.WRONG_TYPE]);
    expect(at(`justice!K${row('common.7')}`)).toEqual([ERROR_CODES.WRONG_TYPE]);
    expect(at(`justice!J${row('common.9')}`)).toEqual([ERROR_CODES.WRONG_TYPE]);
    // Written with the row's one decimal, 4 044 000 000 000 has 14 digits.
    expect(at(`justice!J${row('justice.1')}`)).toEqual([ERROR_CODES.FIGURE_OUT_OF_RANGE]);
    // a / b = 10^10: Z would be 10^12 %.
    expect(at(`justice!J${row('justice.2')}`)).toEqual([ERROR_CODES.FIGURE_OUT_OF_RANGE]);
    expect(at(`justice!P${row('justice.3')}`)).toEqual([ERROR_CODES.WORKBOOK_ALTERED]);
    const negative = issues.find((issue) => issue.code === ERROR_CODES.NEGATIVE_FIGURE)!;
    expect(negative.message).toBe(`cell justice!J${row('common.3')}, body "justice", indicator "common.3", field "a": a negative figure; expected a figure of zero or more, or an empty cell for no data, got "-1"`);
    expect(negative.path).toEqual(['justice', `J${row('common.3')}`]);
    expect(issues.find((issue) => issue.location.cell === `justice!J${row('common.5')}`)!.received).toBe('"0.30000000000000004"');
    // What the library refuses when it scores the figures read (downtime above the hours, a text
    // that is no figure) comes in the same list: every problem at once, each cell named once.
    expect(at(`justice!J${row('common.2')}`)).toEqual([ERROR_CODES.INCONSISTENT_FIGURES]);
    expect(at(`justice!J${row('common.10')}`)).toEqual([ERROR_CODES.FIGURE_UNREADABLE]);
    const cells = issues.map((issue) => `${issue.location.cell} ${issue.code}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('places at its cell what the library refuses when it scores the figures', async () => {
    const bytes = await filled({ period: Q1_2026, body: 'justice' }, { 'common.2': { J: 2200, K: 2100 }, 'common.10': { J: 'seventeen', K: 10 }, 'common.6': { J: 5, K: 4 } });
    const sheet = (await load(bytes)).getWorksheet('justice')!;
    const issues = await issuesOf(readWorkbook(bytes));
    expect(issues.map((issue) => [issue.code, issue.location.cell])).toEqual([
      [ERROR_CODES.INCONSISTENT_FIGURES, `justice!J${rowOf(sheet, 'common.2')}`],
      [ERROR_CODES.INCONSISTENT_FIGURES, `justice!J${rowOf(sheet, 'common.6')}`],
      [ERROR_CODES.FIGURE_UNREADABLE, `justice!J${rowOf(sheet, 'common.10')}`],
    ]);
    // Q1 2026 is scored by the 2025 edition, whose sections are blocks: the message says so.
    expect(issues[2]!.message).toMatch(/^cell justice!J\d+, body "justice", block "common", indicator "common.10", field "a": cannot read the printed figure "seventeen"/u);
  });

  it('tells a workbook that is not one of its own, a renamed sheet and a moved row', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('justice').getCell('A1').value = 1;
    expect((await issuesOf(readWorkbook(await save(other))))[0]?.code).toBe(ERROR_CODES.WORKBOOK_UNRECOGNISED);
    expect((await issuesOf(readWorkbook(new TextEncoder().encode('not a zip file'))))[0]?.code).toBe(ERROR_CODES.WORKBOOK_UNRECOGNISED);
    const renamed = await filled({ period: Q1_2024, body: ['justice', 'energy'] }, {}, (workbook) => {
      workbook.getWorksheet('energy')!.name = 'Энергетика';
      workbook.getWorksheet('justice')!.getCell('B7').value = 'justice.9';
    });
    const issues = await issuesOf(readWorkbook(renamed));
    expect(issues.map((issue) => [issue.code, issue.location.cell ?? issue.location.body])).toEqual([
      [ERROR_CODES.WORKBOOK_ALTERED, 'justice!B7'],
      [ERROR_CODES.WORKBOOK_ALTERED, 'energy'],
    ]);
    const damaged = await filled({ period: Q1_2024, body: 'justice' }, {}, (workbook) => {
      workbook.getWorksheet('cdto-kpi')!.getCell('B2').value = '2024-Q7';
    });
    expect((await issuesOf(readWorkbook(damaged)))[0]?.code).toBe(ERROR_CODES.WORKBOOK_UNRECOGNISED);
  });

  it('speaks the language asked for', async () => {
    const bytes = await filled({ period: Q1_2024, body: 'justice' }, { 'justice.1': { J: -3, K: 10 } });
    expect((await issuesOf(readWorkbook(bytes, { lang: 'ru' })))[0]!.message).toContain('отрицательное значение; expected число не меньше нуля');
    expect((await issuesOf(readWorkbook(bytes, { lang: 'kk' })))[0]!.message).toContain('теріс мән');
  });
});

describe('the limits', () => {
  it('are those the formulas are proved exact within (docs/usage.md, "The workbook")', () => {
    expect(WORKBOOK_LIMITS).toEqual({ decimals: 4, digits: 13, ratio: '10000000000' });
  });

  it('write a number cell as the decimal its double stands for', () => {
    expect(plainOfDouble(43.1)).toBe('43.1');
    expect(plainOfDouble(1e-7)).toBe('0.0000001');
    expect(plainOfDouble(1.5e21)).toBe('1500000000000000000000');
    expect(plainOfDouble(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(plainOfDouble(-0)).toBe('0');
    expect(plainOfDouble(4044000000000)).toBe('4044000000000');
  });
});
