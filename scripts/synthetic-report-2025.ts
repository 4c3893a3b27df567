/**
 * Writes data/reports/2025-q2-synthetic/report.json: a complete period report for Q2 2025 with
 * SYNTHETIC figures (a seeded pseudo-random draw), one body per ministry, every indicator that
 * applies in 2025 by either text (in the shape of the text by which it applies), every kind in its
 * own input shape. It exists to show
 * and test the 2025 edition end to end; its figures describe no real body.
 *
 *   npx tsx scripts/synthetic-report-2025.ts           (write)
 *   npx tsx scripts/synthetic-report-2025.ts --check   (exit 1 when the file is out of date)
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUE_2025, type IndicatorId2025 } from '../src/generated/catalogue-2025.js';
import { definitionFor, indicatorsForPeriod } from '../src/index.js';
import { writeOrCheck } from './write-or-check.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// mulberry32: a small, seeded generator, so that the file is the same on every run.
let state = 20250630;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
const grouped = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/gu, ' ');

function figures(id: string, reading: 'kk' | 'ru' = 'kk'): unknown {
  const definition = definitionFor('2025', id as IndicatorId2025, '2025', { reading });
  const target = definition.target === null ? 1 : Number(definition.target);
  switch (definition.kind) {
    case 'ratio':
    case 'decreasing-ratio': {
      const b = between(20, 40_000);
      return { a: grouped(Math.min(b, Math.floor((b * between(20, 110)) / 100))), b: grouped(b) };
    }
    case 'count':
      return { a: String(between(0, Math.ceil(target * 1.5))) };
    case 'milestone':
      return { done: random() < 0.6 };
    case 'composite':
      return { met: definition.criteria.filter(() => random() < 0.6).map((criterion) => criterion.id) };
    case 'uptime':
      return { downtimeHours: String(between(0, 12)) };
    case 'security':
      return random() < 0.5 ? { ia: String(between(40, 100)), ib: String(between(40, 100)) } : (() => {
        const systems = between(5, 60);
        return { tested: String(between(0, systems)), connected: String(between(0, systems)), systems: String(systems) };
      })();
    case 'growth': {
      const total = between(1_000, 90_000);
      return { digitised: grouped(Math.floor((total * between(2, 25)) / 100)), total: grouped(total) };
    }
    case 'complement-ratio': {
      const c = between(10, 400);
      return { b: String(between(0, Math.floor(c / 4))), c: String(c) };
    }
  }
}

const PERIOD = { year: 2025, quarter: 2 } as const;

const bodies = CATALOGUE_2025.bodies.map((body) => ({
  body: body.id,
  figures: Object.fromEntries(
    indicatorsForPeriod(PERIOD, body.id)
      .indicators.filter((indicator) => indicator.applies)
      .map((indicator) => [indicator.id, figures(indicator.id)]),
  ),
}));
// Then the indicators that apply in 2025 by the Russian text only (the Ministry of Digital
// Development's), in that text's shapes, drawn after all the others so that the figures above stay
// as they were: the report scores by either text (by the Kazakh one these are set aside, with a warning).
for (const entry of bodies) {
  const kazakh = new Set(indicatorsForPeriod(PERIOD, entry.body).indicators.filter((indicator) => indicator.applies).map((indicator) => indicator.id));
  for (const indicator of indicatorsForPeriod(PERIOD, entry.body, { reading: 'ru' }).indicators) {
    if (indicator.applies && !kazakh.has(indicator.id)) entry.figures[indicator.id] = figures(indicator.id, 'ru');
  }
}

const report = {
  $comment:
    'SYNTHETIC. An example period report for Q2 2025 under Decree No. 1157, written by scripts/synthetic-report-2025.ts from a seeded pseudo-random draw. The figures describe no real body; the file exists to show and test the 2025 edition end to end (every kind, every body, every indicator that applies by either text, uptime over the quarter\'s hours).',
  synthetic: true,
  period: PERIOD,
  reading: 'kk',
  bodies,
};
const path = join(root, 'data', 'reports', '2025-q2-synthetic', 'report.json');
const text = `${JSON.stringify(report, null, 2)}\n`;
if (!writeOrCheck(path, text, process.argv.includes('--check'), 'npx tsx scripts/synthetic-report-2025.ts')) process.exit(1);
