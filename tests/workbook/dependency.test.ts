/**
 * Without exceljs (an optional peer dependency), the workbook says how to get it. The packaging
 * test does the same from an installed tarball, where exceljs is truly absent.
 */
import { describe, expect, it } from 'vitest';
import { CdtoKpiError, ERROR_CODES } from '../../src/index.js';
import { loadExcelJs } from '../../src/workbook/exceljs.js';

/** What Node throws for a package that is not installed. */
function notFound(name: string, code: string): Error {
  const error = new Error(`Cannot find package '${name}' imported from /app/node_modules/cdto-kpi/dist/workbook.js`) as Error & { code: string };
  error.code = code;
  return error;
}

describe('the workbook without exceljs', () => {
  it('says how to get it, in the language asked for', async () => {
    const missing = await loadExcelJs('en', () => Promise.reject(notFound('exceljs', 'ERR_MODULE_NOT_FOUND'))).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(CdtoKpiError);
    expect((missing as CdtoKpiError).code).toBe(ERROR_CODES.DEPENDENCY_MISSING);
    expect((missing as CdtoKpiError).message).toBe(
      'the workbook needs exceljs, an optional peer dependency of cdto-kpi: install it with `npm i exceljs`, or run the command line with it: `npx -p cdto-kpi -p exceljs cdto-kpi …`',
    );
    const russian = await loadExcelJs('ru', () => Promise.reject(notFound('exceljs', 'MODULE_NOT_FOUND'))).catch((error: unknown) => error);
    expect((russian as CdtoKpiError).message).toContain('установите его командой `npm i exceljs`');
  });

  it('leaves a broken install of exceljs as it is (one of its own dependencies missing)', async () => {
    const broken = notFound('jszip', 'ERR_MODULE_NOT_FOUND');
    await expect(loadExcelJs('en', () => Promise.reject(broken))).rejects.toBe(broken);
  });

  it('loads it once it is there', async () => {
    const module = await loadExcelJs('en');
    expect(typeof module.Workbook).toBe('function');
  });
});
