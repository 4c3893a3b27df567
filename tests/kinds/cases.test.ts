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
import { INDICATOR_KINDS, PUBLISHED_METHOD, scoreIndicator, type IndicatorDefinition, type IndicatorKind } from '../../src/index.js';
import { kindModule } from '../../src/kinds/registry.js';
import { expectCdtoKpiError } from '../helpers/expect-error.js';

/** The levers a kind declares in its module (KIND_LEVERS is gone: each kind declares its own). */
const leversOf = (kind: IndicatorKind) => kindModule(kind)!.levers;

interface KindCases {
  readonly cases: readonly { name: string; definition: IndicatorDefinition; input: unknown; output: { share: string | null; awarded: string; rule: string }; why: string }[];
  readonly errors: readonly { name: string; definition: IndicatorDefinition; input: unknown; code: string; path: PathKey[]; issues?: [string, PathKey[]][] }[];
}

const location = { body: 'test-body', direction: 'test-direction' };
const load = (kind: string): KindCases => JSON.parse(readFileSync(join(import.meta.dirname, '../cases/kinds', `${kind}.json`), 'utf8')) as KindCases;

describe.each([...INDICATOR_KINDS])('%s', (kind) => {
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
    expect(leversOf(kind).length).toBeGreaterThan(0);
    for (const lever of leversOf(kind)) expect(kindModule(kind)!.fields, lever.field).toContain(lever.field);
  });
});

describe('the levers of a what-if', () => {
  it('say which field moves and which way raises W', () => {
    // From the formulas: more a raises a ratio's Z; less a lowers a decreasing ratio's Z; less
    // downtime raises A; fewer failures b raise A; more digitised data raises Z.
    expect(leversOf('ratio')).toEqual([{ field: 'a', better: 'higher', values: 'figure' }]);
    expect(leversOf('decreasing-ratio')).toEqual([{ field: 'a', better: 'lower', values: 'figure' }]);
    expect(leversOf('count')).toEqual([{ field: 'a', better: 'higher', values: 'figure' }]);
    expect(leversOf('uptime')).toEqual([{ field: 'downtimeHours', better: 'lower', values: 'figure' }]);
    // Failures b cannot fall below the services excused (common KPI 6's footnote); services are whole.
    expect(leversOf('complement-ratio')).toEqual([{ field: 'b', better: 'lower', values: 'figure', floor: 'excused', whole: true }]);
    // Digitised data cannot pass all the data on the portal.
    expect(leversOf('growth')).toEqual([{ field: 'digitised', better: 'higher', values: 'figure', bound: { field: 'total' } }]);
    expect(leversOf('milestone')).toEqual([{ field: 'done', better: 'higher', values: 'done' }]);
    expect(leversOf('composite')).toEqual([{ field: 'met', better: 'higher', values: 'criteria' }]);
    expect(leversOf('security').map((lever) => `${lever.form}:${lever.field}`)).toEqual(['percent:ia', 'percent:ib', 'count:tested', 'count:connected']);
    // A percentage stops at 100; tested and connected systems cannot outnumber the systems, and are whole.
    expect(leversOf('security').map((lever) => [lever.bound, lever.whole ?? false])).toEqual([
      [{ value: '100' }, false],
      [{ value: '100' }, false],
      [{ field: 'systems' }, true],
      [{ field: 'systems' }, true],
    ]);
  });
});
