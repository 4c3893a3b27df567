/**
 * Writes schema/period-report.schema.json: the JSON Schema of a period report, generated from the
 * zod schema the scorer validates with, for portals and editors. Shipped in the package.
 *
 *   npx tsx scripts/write-json-schema.ts           (write)
 *   npx tsx scripts/write-json-schema.ts --check   (exit 1 when the file is out of date)
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { buildPeriodReportSchema } from '../src/reports/period-report-schema.js';
import { writeOrCheck } from './write-or-check.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schema = {
  ...z.toJSONSchema(buildPeriodReportSchema(), { target: 'draft-2020-12', io: 'input' }),
  $id: 'https://github.com/cdto-kpi/cdto-kpi/blob/main/schema/period-report.schema.json',
  title: 'cdto-kpi period report',
  description:
    'A quarter\'s figures of one or more bodies, as scorePeriodReport and the cdto-kpi command take them. figures: by indicator id, each an object in the shape of the indicator\'s kind (see docs/usage.md: { a, b }, { a }, { done }, { met }, { downtimeHours, totalHours? }, { ia, ib } or { tested, connected, systems }, { digitised, total }, { b, c, excused? }); figures are strings (exact decimals, or as printed), safe integers, or null for no data. `cdto-kpi template` writes a blank report for a body and a period.',
};
const path = join(root, 'schema', 'period-report.schema.json');
if (!writeOrCheck(path, `${JSON.stringify(schema, null, 2)}\n`, process.argv.includes('--check'), 'npx tsx scripts/write-json-schema.ts')) process.exit(1);
