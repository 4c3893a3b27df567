// The benchmark and its budgets: `npm run bench` (builds first). Not part of the test command:
// a timing depends on the machine, so it is a budget you run, never a timed test.
//
// Budgets (median of the runs, on the project's 2-core machine):
//   scoring the whole Q1 2024 report (115 indicators, 14 bodies, rating): at most 10 ms
//   reproducing it (scoring + comparing 289 published figures):          at most 12 ms
//   the synthetic Q2 2025 report (16 bodies, every kind, validated):      at most 12 ms
//   one indicator with its trace:                                          at most 0.1 ms
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { reproduceReport2024Q1, scoreIndicator, scorePeriodReport, scoreReport2024Q1 } from '../dist/index.js';

const synthetic2025 = JSON.parse(readFileSync(new URL('../data/reports/2025-q2-synthetic/report.json', import.meta.url), 'utf8'));

const BUDGETS = [
  { name: 'score the Q1 2024 report', ms: 10, runs: 200, fn: () => scoreReport2024Q1() },
  { name: 'reproduce the Q1 2024 report', ms: 12, runs: 100, fn: () => reproduceReport2024Q1() },
  { name: 'score the synthetic Q2 2025 report', ms: 12, runs: 100, fn: () => scorePeriodReport(synthetic2025) },
  {
    name: 'score one indicator',
    ms: 0.1,
    runs: 5000,
    fn: () => scoreIndicator({ id: 'security.1', kind: 'ratio', weight: '20', target: '75' }, { a: '156 710', b: '363 249' }),
  },
];

let failed = 0;
for (const budget of BUDGETS) {
  for (let i = 0; i < Math.min(20, budget.runs); i += 1) budget.fn(); // warm-up
  const times = [];
  for (let i = 0; i < budget.runs; i += 1) {
    const start = performance.now();
    budget.fn();
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.floor(times.length * 0.95)];
  const ok = median <= budget.ms;
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${budget.name.padEnd(36)} median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms (budget ${budget.ms} ms, ${budget.runs} runs)`);
}
process.exitCode = failed === 0 ? 0 : 1;
