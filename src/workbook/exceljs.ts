/**
 * exceljs, loaded when a workbook is written or read: an optional peer dependency, so that the
 * library's own dependencies stay zod and decimal.js. When it is missing, the error says how to
 * get it.
 *
 * @module
 */
import type * as ExcelJS from 'exceljs';
import { CdtoKpiError, ERROR_CODES } from '../index.js';
import { ownIssue } from './issues.js';
import { DEPENDENCY_TEXTS, type WorkbookLanguage } from './labels.js';

/** The part of exceljs the workbook uses. */
type ExcelJs = typeof ExcelJS;

let loaded: Promise<ExcelJs> | null = null;

/** Loads exceljs once (`load`: a test gives a failing import); `DEPENDENCY_MISSING`, in `lang`, when it is not installed. */
export async function loadExcelJs(lang: WorkbookLanguage, load: () => Promise<unknown> = () => import('exceljs')): Promise<ExcelJs> {
  loaded ??= load().then((module) => ((module as { default?: ExcelJs }).default ?? module) as ExcelJs);
  try {
    return await loaded;
  } catch (error) {
    loaded = null;
    const code = (error as { code?: unknown } | null)?.code;
    // Only exceljs itself missing; a broken install of it (one of its own dependencies gone) is left as it is.
    if ((code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') || !/['"]exceljs['"]/u.test(String((error as Error).message))) throw error;
    throw new CdtoKpiError([
      ownIssue({
        code: ERROR_CODES.DEPENDENCY_MISSING,
        path: [],
        location: {},
        expected: DEPENDENCY_TEXTS.expected[lang],
        received: '"exceljs" not found',
        message: DEPENDENCY_TEXTS.message[lang],
      }),
    ]);
  }
}
