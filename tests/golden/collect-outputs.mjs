// Collects every output the library and its command line give today, keyed by a file name, so
// that a refactor can prove it changed none of them (tests/golden.test.ts compares them with the
// committed files in tests/golden/outputs/). Run against a build: node collect-outputs.mjs <dist> <out>.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * @param {string} dist - the folder of the build (with index.js and cli.js)
 * @param {string} root - the repository (for the bundled data files)
 * @returns {Promise<Map<string, string>>} file name → content
 */
export async function collectOutputs(dist, root) {
  const lib = await import(pathToFileURL(join(dist, 'index.js')).href);
  const reportQ1 = await import(pathToFileURL(join(dist, 'report-2024-q1.js')).href);
  const csv = await import(pathToFileURL(join(dist, 'csv.js')).href);
  const { CATALOGUE_2023, INDICATOR_IDS_2023 } = await import(pathToFileURL(join(dist, 'catalogue-2023.js')).href);
  const { CATALOGUE_2025, INDICATOR_IDS_2025 } = await import(pathToFileURL(join(dist, 'catalogue-2025.js')).href);
  const outputs = new Map();
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  const attempt = (compute) => {
    try {
      return compute();
    } catch (error) {
      return { error: error.code, message: error.message };
    }
  };
  const cli = (name, args) => {
    let text;
    try {
      // A fixed English environment: the command line speaks the language of LC_ALL, LC_MESSAGES or LANG.
      text = execFileSync(process.execPath, [join(dist, 'cli.js'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C.UTF-8', LC_MESSAGES: 'C.UTF-8', LANG: 'C.UTF-8' } });
    } catch (error) {
      text = `exit ${error.status}\n${error.stdout}${error.stderr}`;
    }
    outputs.set(`cli-${name}.txt`, text);
  };
  const synthetic = 'data/reports/2025-q2-synthetic/report.json';
  cli('rating', ['rating']);
  cli('rating-json', ['rating', '--json']);
  cli('reproduce', ['reproduce']);
  cli('catalogue-2023-csv', ['catalogue', '--edition', '2023', '--format', 'csv']);
  cli('catalogue-2025-ru-csv', ['catalogue', '--edition', '2025', '--format', 'csv', '--reading', 'ru']);
  cli('score-synthetic', ['score', synthetic]);
  cli('score-synthetic-ru', ['score', synthetic, '--reading', 'ru']);
  cli('score-synthetic-detail-csv', ['score', synthetic, '--detail', '--format', 'csv']);
  cli('template-justice-2026-q1-csv', ['template', '--body', 'justice', '--period', '2026-Q1', '--format', 'csv']);
  cli('explain-2024-q1-justice', ['explain', '@2024-q1', '--body', 'justice']);
  cli('what-if-synthetic-agriculture-json', ['what-if', synthetic, '--body', 'agriculture', '--json']);
  outputs.set('api-reproduce.json', json(reportQ1.reproduceReport2024Q1()));
  outputs.set('api-catalogue-2023.json', json(lib.catalogueRecords('2023')));
  outputs.set('api-catalogue-2025-kk.json', json(lib.catalogueRecords('2025')));
  outputs.set('api-catalogue-2025-ru.json', json(lib.catalogueRecords('2025', { reading: 'ru' })));
  outputs.set('api-catalogue-2025-kk.csv', csv.catalogueCsv('2025', { reading: 'kk' }));
  outputs.set('api-catalogues.json', json({ c2023: CATALOGUE_2023, c2025: CATALOGUE_2025, bodies: lib.BODIES }));
  const report = JSON.parse(readFileSync(join(root, synthetic), 'utf8'));
  outputs.set('api-score-synthetic-kk.json', json(attempt(() => lib.scorePeriodReport(report))));
  outputs.set('api-score-synthetic-ru.json', json(attempt(() => lib.scorePeriodReport(report, { reading: 'ru' }))));
  const q1 = reportQ1.REPORT_2024_Q1;
  // The Q1 2024 figures as a period report, through the period pipeline.
  const periodQ1 = {
    period: { year: 2024, quarter: 1 },
    bodies: q1.bodies.map((body) => ({
      body: body.body,
      figures: Object.fromEntries(body.directions.flatMap((d) => d.rows.map((row) => [row.indicator, lib.definitionFor('2023', row.indicator, '2024').kind === 'count' ? { a: row.a.value } : { a: row.a.value, b: row.b.value }]))),
    })),
  };
  outputs.set('api-score-2024-q1-period.json', json(attempt(() => lib.scorePeriodReport(periodQ1))));
  const definitions = {};
  for (const id of INDICATOR_IDS_2023) for (const year of ['2023', '2024', '2025', '2026', '2027']) definitions[`2023/${id}/${year}`] = lib.definitionFor('2023', id, year);
  for (const id of INDICATOR_IDS_2025) for (const year of ['2025', '2026']) for (const reading of ['kk', 'ru']) definitions[`2025/${id}/${year}/${reading}`] = lib.definitionFor('2025', id, year, { reading });
  outputs.set('api-definitions.json', json(definitions));
  const periods = {};
  for (const body of lib.BODIES.map((entry) => entry.id)) {
    for (const [year, readings] of [[2024, [undefined]], [2025, ['kk', 'ru']], [2026, ['kk', 'ru']]]) {
      for (const reading of readings) {
        periods[`${body}/${year}/${reading ?? '-'}`] = attempt(() => lib.indicatorsForPeriod({ year, quarter: 2 }, body, reading === undefined ? {} : { reading }));
      }
    }
  }
  outputs.set('api-periods.json', json(periods));
  return outputs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dist, out, root = process.cwd()] = process.argv.slice(2);
  const outputs = await collectOutputs(dist, root);
  mkdirSync(out, { recursive: true });
  for (const [name, text] of outputs) writeFileSync(join(out, name), text);
  console.log(`${outputs.size} outputs written to ${out}`);
}
