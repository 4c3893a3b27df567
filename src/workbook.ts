/**
 * cdto-kpi/workbook: the analyst's workbook. {@link writeWorkbook} writes an `.xlsx` template of a
 * period report (a sheet per body, a row per indicator, white cells to fill in, validated) whose
 * formulas score each row exactly as the library does, live, in Excel or LibreOffice, with no
 * macro; {@link readWorkbook} reads a filled one back into a period report, from its white cells
 * only, naming the cell of every problem.
 *
 * Needs exceljs, an optional peer dependency (`npm i exceljs`), loaded when a workbook is written
 * or read; without it both say how to get it (`DEPENDENCY_MISSING`).
 *
 * **Exact in a spreadsheet.** A spreadsheet computes in doubles, and both Excel and LibreOffice
 * smooth some results at 15 significant digits. The formulas never cut a fraction: the row's
 * figures become integers (scaled by 10^s, s the row's most decimals, at most 4), every value on
 * the way is an integer below 10^14, and each division is an estimate corrected by exact integer
 * comparisons; Z, W, R and the share are then integers over 10^d, written by one division, which
 * both engines show as the decimal the library gives. The workbook's limits make this hold for
 * every figure it takes: at most 4 decimals, at most 13 digits when written with the row's
 * decimals, a / b below 10^10. The reader refuses anything else, so that nothing the sheet cannot
 * score exactly is scored. docs/usage.md ("The workbook") gives the whole argument.
 *
 * @example
 * ```ts
 * import { writeWorkbook, readWorkbook } from 'cdto-kpi/workbook';
 * import { scorePeriodReport } from 'cdto-kpi';
 * writeFileSync('justice.xlsx', await writeWorkbook({ period: { year: 2026, quarter: 1 }, body: 'justice', lang: 'ru' }));
 * // … filled in Excel or LibreOffice …
 * const score = scorePeriodReport(await readWorkbook(readFileSync('justice.xlsx')));
 * ```
 *
 * @module
 */
export { writeWorkbook, type WriteWorkbookOptions } from './workbook/write.js';
export { readWorkbook, type ReadWorkbookOptions } from './workbook/read.js';
export { WORKBOOK_LANGUAGES, type WorkbookLanguage } from './workbook/labels.js';
export { WORKBOOK_LIMITS } from './workbook/formulas.js';
