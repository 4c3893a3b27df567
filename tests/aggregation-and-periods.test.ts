/**
 * Aggregation and whole periods as plain data (tests/cases/aggregation.json, periods.json): input →
 * output, no tolerance, every output worked out by hand in the case's `why`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEditionFolder } from '../src/cli/edition-folder.js';
import { createEdition } from '../src/edition-files.js';
import { createEditionRegistry, createScoringMethod, METHOD_2025, PUBLISHED_METHOD, scoreBody, scorePeriodReport, type DirectionEntry, type ScoringMethod } from '../src/index.js';
import aggregation from './cases/aggregation.json' with { type: 'json' };
import periods from './cases/periods.json' with { type: 'json' };

const METHODS: Readonly<Record<string, ScoringMethod>> = {
  'published-2024-q1': PUBLISHED_METHOD,
  'decree-1157': METHOD_2025,
  'sum-over-planned': createScoringMethod({ ...METHOD_2025, name: 'sum-over-planned', aggregation: 'sum-over-planned-weight' }),
};

describe('aggregation, case by case', () => {
  it.each(aggregation.cases)('$name', (entry) => {
    const score = scoreBody('body', entry.directions as unknown as DirectionEntry[], METHODS[entry.method]!);
    expect({
      awarded: score.directions.flatMap((direction) => direction.indicators.map((indicator) => indicator.awarded)),
      directions: score.directions.map((direction) => direction.result),
      result: score.result,
      plannedWeight: score.plannedWeight,
      awardedSum: score.awardedSum,
      shareOfPlanned: score.shareOfPlanned,
    }).toEqual(entry.output);
  });
});

describe('whole periods, case by case', () => {
  it.each(periods.cases)('$name', (entry) => {
    const folder = 'edition' in entry && typeof entry.edition === 'string' ? join(import.meta.dirname, '..', entry.edition) : null;
    // A fixture edition goes into a registry of its own, beside the bundled ones: the default registry is left as it is.
    const editions = folder === null ? undefined : createEditionRegistry({ editions: [createEdition(readEditionFolder(folder))] });
    const score = scorePeriodReport(entry.input, editions === undefined ? {} : { editions });
    const awarded = Object.fromEntries(score.bodies.map((body) => [body.body, Object.fromEntries(body.directions.flatMap((direction) => direction.indicators.map((indicator) => [indicator.indicator, indicator.awarded])))]));
    expect({ awarded, rating: score.rating }).toEqual(entry.output);
  });
});
