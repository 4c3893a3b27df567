/**
 * The hidden sheet that tells a cdto-kpi workbook from any other: what it was written for (the
 * period, the text of the 2025 edition, the language of its labels, its bodies), so that the
 * reader lays out the same plan again and reads the white cells only.
 *
 * @module
 */
import type { Workbook } from 'exceljs';
import type { Language, ReportingPeriod } from '../index.js';
import type { WorkbookLanguage } from './labels.js';
import type { WorkbookPlan } from './layout.js';

/** The marker's sheet, its first cell and the layout's version. */
const MARKER = Object.freeze({ sheet: 'cdto-kpi', signature: 'cdto-kpi workbook', format: 1 } as const);

/** What the marker says. */
interface MarkerContent {
  readonly period: ReportingPeriod;
  readonly reading: Language | null;
  readonly lang: WorkbookLanguage;
  readonly bodies: readonly string[];
}

/** Writes the marker: a hidden, protected sheet of key and value rows. */
export async function writeMarker(workbook: Workbook, plan: WorkbookPlan): Promise<void> {
  const sheet = workbook.addWorksheet(MARKER.sheet, { state: 'hidden' });
  sheet.addRow([MARKER.signature, MARKER.format]);
  sheet.addRow(['period', `${plan.period.year}-Q${plan.period.quarter}`]);
  sheet.addRow(['edition', plan.edition]);
  sheet.addRow(['reading', plan.reading ?? '-']);
  sheet.addRow(['lang', plan.lang]);
  for (const entry of plan.sheets) sheet.addRow(['body', entry.body, entry.name]);
  sheet.getColumn(1).width = 20;
  sheet.getColumn(2).width = 28;
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

/** What the marker says, or `null` when there is none or it is not one cdto-kpi wrote. */
export function readMarker(workbook: Workbook): MarkerContent | null {
  const sheet = workbook.getWorksheet(MARKER.sheet);
  if (sheet === undefined) return null;
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    for (let column = 1; column <= 3; column += 1) {
      const value = row.getCell(column).value;
      values.push(typeof value === 'string' || typeof value === 'number' ? String(value) : '');
    }
    rows.push(values);
  });
  const [head, ...rest] = rows;
  if (head?.[0] !== MARKER.signature || head[1] !== String(MARKER.format)) return null;
  const value = (key: string): string | undefined => rest.find((row) => row[0] === key)?.[1];
  const period = /^(\d{4})-Q([1-4])$/u.exec(value('period') ?? '');
  const reading = value('reading');
  const lang = value('lang');
  const bodies = rest.filter((row) => row[0] === 'body').map((row) => row[1] ?? '');
  if (period === null || (reading !== '-' && reading !== 'kk' && reading !== 'ru') || (lang !== 'kk' && lang !== 'ru' && lang !== 'en') || bodies.length === 0 || bodies.some((body) => !/^[a-z][a-z0-9-]*$/u.test(body))) return null;
  return {
    period: { year: Number(period[1]), quarter: Number(period[2]) as ReportingPeriod['quarter'] },
    reading: reading === '-' ? null : reading,
    lang,
    bodies,
  };
}
