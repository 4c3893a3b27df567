/**
 * The kinds, case by case, from plain-data files (tests/cases/kinds/<kind>.json): a definition, an
 * input, and the output worked out by hand (the arithmetic in `why`), or the error's code and path.
 * The files are read with JSON.parse, so that a "__proto__" key stays an own key, as it does in a
 * report read from disk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PathKey } from '../../src/errors/cdto-kpi-error.js';
import { INDICATOR_KINDS, KIND_LEVERS, type IndicatorDefinition } from '../../src/kinds/kinds.js';
import { PUBLISHED_METHOD } from '../../src/scoring/method.js';
import { scoreIndicator } from '../../src/scoring/score-indicator.js';
import { expectCdtoKpiError } from '../helpers/expect-error.js';

interface KindCases {
  readonly cases: readonly { name: string; definition: IndicatorDefinition; input: unknown; output: { share: string | null; awarded: string; rule: string }; why: string }[];
  readonly errors: readonly { name: string; definition: IndicatorDefinition; input: unknown; code: string; path: PathKey[]; issues?: [string, PathKey[]][] }[];
}

const location = { body: 'test-body', direction: 'test-direction' };
const load = (kind: string): KindCases => JSON.parse(readFileSync(join(import.meta.dirname, '../cases/kinds', `${kind}.json`), 'utf8')) as KindCases;

describe.each(INDICATOR_KINDS)('%s', (kind) => {
  const file = load(kind);

  it('has cases worked by hand and errors', () => {
    expect(file.cases.length).toBeGreaterThan(1);
    expect(file.errors.length).toBeGreaterThan(0);
    for (const entry of file.cases) {
      expect(entry.definition.kind).toBe(kind);
      expect(entry.why.length).toBeGreaterThan(5);
    }
  });

  it.each(file.cases)('$name', (entry) => {
    const score = scoreIndicator(entry.definition, entry.input as unknown, PUBLISHED_METHOD, location);
    expect({ share: score.share, awarded: score.awarded, rule: score.rule }).toEqual(entry.output);
    expect(score.trace.steps.at(-1)).toMatchObject({ name: 'W', value: score.awarded });
  });

  it.each(file.errors)('refuses: $name', (entry) => {
    const error = expectCdtoKpiError(() => scoreIndicator(entry.definition, entry.input as unknown, PUBLISHED_METHOD, location), {
      code: entry.code,
      path: entry.path,
      location: { ...location, indicator: entry.definition.id, field: String(entry.path[0]) },
      ...(entry.issues === undefined ? {} : { issues: entry.issues }),
    });
    expect(error.message).toContain(`indicator "${entry.definition.id}"`);
  });

  it('declares the lever of a what-if, on one of its own fields', () => {
    expect(KIND_LEVERS[kind].length).toBeGreaterThan(0);
  });
});

describe('the levers of a what-if', () => {
  it('say which field moves and which way raises W', () => {
    // From the formulas: more a raises a ratio's Z; less a lowers a decreasing ratio's Z; less
    // downtime raises A; fewer failures b raise A; more digitised data raises Z.
    expect(KIND_LEVERS.ratio).toEqual([{ field: 'a', better: 'higher', values: 'figure' }]);
    expect(KIND_LEVERS['decreasing-ratio']).toEqual([{ field: 'a', better: 'lower', values: 'figure' }]);
    expect(KIND_LEVERS.count).toEqual([{ field: 'a', better: 'higher', values: 'figure' }]);
    expect(KIND_LEVERS.uptime).toEqual([{ field: 'downtimeHours', better: 'lower', values: 'figure' }]);
    expect(KIND_LEVERS['complement-ratio']).toEqual([{ field: 'b', better: 'lower', values: 'figure' }]);
    expect(KIND_LEVERS.growth).toEqual([{ field: 'digitised', better: 'higher', values: 'figure' }]);
    expect(KIND_LEVERS.milestone).toEqual([{ field: 'done', better: 'higher', values: 'done' }]);
    expect(KIND_LEVERS.composite).toEqual([{ field: 'met', better: 'higher', values: 'criteria' }]);
    expect(KIND_LEVERS.security.map((lever) => `${lever.form}:${lever.field}`)).toEqual(['percent:ia', 'percent:ib', 'count:tested', 'count:connected']);
  });
});
