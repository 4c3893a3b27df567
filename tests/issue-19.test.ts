/**
 * Regression tests of issue 19: nothing a caller does can change a later score; every public
 * function answers any input with a result or the library's own error. One test per repro of the
 * issue, named after it, and one per defect found while closing it.
 */
import { describe, expect, it } from 'vitest';
import * as csv from '../src/csv.js';
import {
  CdtoKpiError,
  catalogueRecords,
  createEditionRegistry,
  findIndicator,
  getEdition,
  indicatorsForPeriod,
  indicatorsOfBody,
  isCdtoKpiError,
  parsePrintedFigure,
  reportTemplate,
  scoreBody,
  scoreIndicator,
  scorePeriodReport,
  validatePeriodReport,
} from '../src/index.js';
import { reproduceReport2024Q1 } from '../src/reports/report-2024-q1.js';
import * as schemas from '../src/schemas.js';
import { readWorkbook } from '../src/workbook.js';
import { expectCdtoKpiError } from './helpers/expect-error.js';

const trap = (): never => {
  throw new Error('trap');
};
/** A proxy each of whose traps throws. */
const throwingProxy = (target: object = {}): object =>
  new Proxy(target, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap, set: trap, defineProperty: trap, deleteProperty: trap, isExtensible: trap, preventExtensions: trap });

/** Tries a change a caller might make; in strict mode a frozen value throws a TypeError. */
const attempt = (change: () => void): void => {
  try {
    change();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
  }
};

const Q2_2025 = { year: 2025, quarter: 2 } as const;
const ratio = { id: 'x.1', kind: 'ratio', weight: '10', target: '5' } as const;

describe('issue 19: a caller cannot change what later calls return', () => {
  it('issue 19: a score is a plain frozen object, with no prototype of the library\'s own for a caller to change', () => {
    const score = scoreIndicator(ratio, { a: '1', b: '2' });
    expect(Object.getPrototypeOf(score)).toBe(Object.prototype);
    expect(Object.isFrozen(score)).toBe(true);
    expect(Object.isFrozen(score.trace)).toBe(true);
    expect(Object.isFrozen(score.trace.steps[0])).toBe(true);
  });

  it('issue 19: the 2025 composite criteria cannot be changed (a later justice score is the same)', () => {
    const report = structuredClone(reportTemplate({ period: Q2_2025, body: 'justice' }));
    const before = JSON.stringify(scorePeriodReport(report));
    // common.1 is the 2025 decree's composite common KPI (its criteria with their own weights).
    const definition = indicatorsForPeriod(Q2_2025, 'justice').indicators.find((indicator) => indicator.id === 'common.1')!.definition as unknown as { criteria?: { weight: string }[] };
    expect(Object.isFrozen(definition)).toBe(true);
    expect(definition.criteria).toBeDefined();
    expect(Object.isFrozen(definition.criteria)).toBe(true);
    expect(Object.isFrozen(definition.criteria![0])).toBe(true);
    attempt(() => {
      definition.criteria![0]!.weight = '100';
    });
    expect(JSON.stringify(scorePeriodReport(report))).toBe(before);
  });

  it('issue 19: catalogue records are frozen', () => {
    const record = catalogueRecords('2025')[0]!;
    expect(Object.isFrozen(record)).toBe(true);
  });

  it('issue 19: the error class and a registry, with their prototypes, are frozen', () => {
    expect(Object.isFrozen(CdtoKpiError)).toBe(true);
    expect(Object.isFrozen(CdtoKpiError.prototype)).toBe(true);
    const registry = createEditionRegistry();
    expect(Object.isFrozen(registry)).toBe(true);
    expect(Object.isFrozen(Object.getPrototypeOf(registry))).toBe(true);
  });

  it('issue 19: a registry takes only editions the library made (a copy of the same shape is refused)', () => {
    expectCdtoKpiError(() => createEditionRegistry({ bundled: false, editions: [{ ...getEdition('2023') }] as never }), { code: 'WRONG_TYPE', path: ['edition'] });
  });

  it('issue 19: reproduceReport2024Q1 returns a frozen reproduction', () => {
    expect(Object.isFrozen(reproduceReport2024Q1())).toBe(true);
  });

  it('issue 19: a schema of cdto-kpi/schemas is a copy: changing its internals does not change validation', () => {
    const schema = schemas.periodReportSchema as unknown as { _zod: { run: unknown } };
    attempt(() => {
      schema._zod.run = () => ({ value: 1, issues: [] });
    });
    const report = { ...structuredClone(reportTemplate({ period: Q2_2025, body: 'justice' })), period: 5 };
    expect(validatePeriodReport(report).ok).toBe(false);
  });

  it('issue 19: the issues a CdtoKpiError is given are copied and frozen', () => {
    const issues = [{ code: 'WRONG_TYPE', path: ['a'], location: { field: 'a' }, expected: 'x', received: 'y', message: 'm' }];
    const error = new CdtoKpiError(issues as never);
    issues[0]!.code = 'CHANGED';
    expect(error.code).toBe('WRONG_TYPE');
    expect(Object.isFrozen(error.issues[0])).toBe(true);
  });
});

describe('issue 19: a wrong result or a result that throws later is an error now', () => {
  it("issue 19: weight '0.0000000000000000001' never gives 'Infinit.y': the result is a plain decimal", () => {
    const score = scoreIndicator({ id: 'x.1', kind: 'milestone', weight: '0.0000000000000000001', target: '1' }, { done: true });
    // U = 10^-19, cut at the published method's one decimal: 0.
    expect(score.awarded).toBe('0');
  });

  it('issue 19: { a: null, b: undefined } is refused by the call itself, never by a later JSON.stringify', () => {
    expectCdtoKpiError(() => scoreIndicator(ratio, { a: null, b: undefined } as never), { code: 'MISSING_FIELD', path: ['b'] });
  });

  it('issue 19: an inexact unrounded value of more than 30 integer digits is written in plain notation', () => {
    // 10^23 / (3 × 10^-20) × 100 = 3.33… × 10^44: 45 integer digits, the quotient does not end.
    const score = scoreIndicator(ratio, { a: '100000000000000000000000', b: '0.00000000000000000003' });
    const unrounded = score.trace.steps[0]!.unrounded;
    expect(unrounded).toBe(`${'3'.repeat(45)}…`);
    expect(score.share).toBe(`${'3'.repeat(45)}.3`);
  });
});

describe('issue 19: validatePeriodReport reads its input as scorePeriodReport does', () => {
  const template = (): Record<string, unknown> => structuredClone(reportTemplate({ period: Q2_2025, body: 'justice' })) as unknown as Record<string, unknown>;

  it('issue 19: validatePeriodReport(report, null) is the library\'s WRONG_TYPE on options', () => {
    expectCdtoKpiError(() => validatePeriodReport(template(), null as never), { code: 'WRONG_TYPE', path: ['options'] });
  });

  it('issue 19: a getter on period is never run; validation and scoring both say WRONG_TYPE at period', () => {
    let runs = 0;
    const report = Object.defineProperty(template(), 'period', {
      enumerable: true,
      get: () => {
        runs += 1;
        return Q2_2025;
      },
    });
    const result = validatePeriodReport(report);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['WRONG_TYPE', ['period']]]);
    expectCdtoKpiError(() => scorePeriodReport(report as never), { code: 'WRONG_TYPE', path: ['period'] });
    expect(runs).toBe(0);
  });

  it('issue 19: a proxy whose traps throw is an issue of validation and an error of scoring, the same', () => {
    const result = validatePeriodReport(throwingProxy());
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['WRONG_TYPE', []]]);
    expectCdtoKpiError(() => scorePeriodReport(throwingProxy() as never), { code: 'WRONG_TYPE', path: [] });
  });

  it('issue 19: a "prototype" key is FORBIDDEN_KEY for validation as for scoring', () => {
    const report = { ...template(), prototype: 1 };
    expect(validatePeriodReport(report).issues.map((issue) => [issue.code, issue.path])).toEqual([['FORBIDDEN_KEY', ['prototype']]]);
    expectCdtoKpiError(() => scorePeriodReport(report as never), { code: 'FORBIDDEN_KEY', path: ['prototype'] });
  });

  it('issue 19: the depth limit applies to validation as to scoring', () => {
    const root: Record<string, unknown> = {};
    let deep = root;
    for (let level = 0; level < 200; level += 1) {
      const next: Record<string, unknown> = {};
      deep['x'] = next;
      deep = next;
    }
    const report = { ...template(), extra: root };
    const result = validatePeriodReport(report);
    expect(result.issues.map((issue) => issue.code)).toEqual(['LIMIT_EXCEEDED']);
    const error = expectCdtoKpiError(() => scorePeriodReport(report as never), { code: 'LIMIT_EXCEEDED' });
    expect(result.issues[0]!.path).toEqual(error.issues[0]!.path);
  });
});

describe('issue 19: reportTemplate refuses what it cannot make, with the library\'s error', () => {
  it("issue 19: reportTemplate('justice') and reportTemplate(null) are WRONG_TYPE on options", () => {
    expectCdtoKpiError(() => reportTemplate('justice' as never), { code: 'WRONG_TYPE', path: ['options'] });
    expectCdtoKpiError(() => reportTemplate(null as never), { code: 'WRONG_TYPE', path: ['options'] });
  });

  it("issue 19: { period: {}, body: [], reading: 'KK' } and { period: {}, body: 'justice' } are refused, not a template that does not score", () => {
    expectCdtoKpiError(() => reportTemplate({ period: {}, body: [], reading: 'KK' } as never), { code: 'WRONG_TYPE', path: ['body'] });
    let caught: unknown;
    try {
      reportTemplate({ period: {}, body: 'justice' } as never);
    } catch (error) {
      caught = error;
    }
    expect(isCdtoKpiError(caught)).toBe(true);
  });

  it("issue 19: body ['justice', 'justice'] is DUPLICATE_BODY from reportTemplate itself", () => {
    expectCdtoKpiError(() => reportTemplate({ period: Q2_2025, body: ['justice', 'justice'] }), { code: 'DUPLICATE_BODY', location: { body: 'justice' } });
  });

  it("issue 19: body ['justice', 1] is WRONG_TYPE whose location holds strings only", () => {
    const error = expectCdtoKpiError(() => reportTemplate({ period: Q2_2025, body: ['justice', 1] } as never), { code: 'WRONG_TYPE' });
    expect(Object.values(error.location).every((part) => typeof part === 'string')).toBe(true);
  });

  it('issue 19: a template is frozen; structuredClone gives the copy to fill, and it scores', () => {
    const template = reportTemplate({ period: Q2_2025, body: 'justice' });
    expect(Object.isFrozen(template)).toBe(true);
    expect(Object.isFrozen(template.bodies[0]!.figures)).toBe(true);
    const copy = structuredClone(template);
    expect(Object.isFrozen(copy)).toBe(false);
    expect(scorePeriodReport(copy).bodies).toHaveLength(1);
  });
});

describe('issue 19: the queries and the aggregation read their arguments through the boundary', () => {
  it("issue 19: indicatorsOfBody(catalogue, 'justice', null) is WRONG_TYPE on options", () => {
    expectCdtoKpiError(() => indicatorsOfBody(getEdition('2025').catalogue, 'justice', null as never), { code: 'WRONG_TYPE', path: ['options'] });
  });

  it('issue 19: findIndicator(catalogue, null) is WRONG_TYPE on id', () => {
    expectCdtoKpiError(() => findIndicator(getEdition('2025').catalogue, null as never), { code: 'WRONG_TYPE', path: ['id'] });
  });

  it('issue 19: indicatorsForPeriod refuses a body that is not a string, WRONG_TYPE at body', () => {
    expectCdtoKpiError(() => indicatorsForPeriod(Q2_2025, 5 as never), { code: 'WRONG_TYPE', path: ['body'] });
  });

  it("issue 19: scoreBody('valueOf', …) scores a body named so, its name a plain string", () => {
    const score = scoreBody('valueOf', [{ direction: 'd', indicators: [{ definition: ratio, input: { a: '1', b: '2' } }] }]);
    expect(score.body).toBe('valueOf');
    expect(JSON.parse(JSON.stringify(score)).body).toBe('valueOf');
  });

  it('issue 19: scoreBody with entries of a foreign prototype is WRONG_TYPE at the entry, never read through the prototype', () => {
    const direction = Object.setPrototypeOf({ direction: 'd', indicators: [] }, { indicators: [{}] }) as never;
    expectCdtoKpiError(() => scoreBody('justice', [direction]), { code: 'WRONG_TYPE', path: [0] });
    const indicator = Object.setPrototypeOf({ definition: ratio }, { input: { a: '1', b: '2' } }) as never;
    expectCdtoKpiError(() => scoreBody('justice', [{ direction: 'd', indicators: [indicator] }]), { code: 'WRONG_TYPE', path: [0, 'indicators', 0] });
  });

});

describe('issue 19: a proxy whose traps throw never escapes as its own error', () => {
  it('issue 19: CSV functions, parsePrintedFigure, CdtoKpiError and isCdtoKpiError', () => {
    expectCdtoKpiError(() => csv.parseCsv(throwingProxy() as never), { code: 'WRONG_TYPE', path: ['text'] });
    expectCdtoKpiError(() => csv.parseCsv('a,b', throwingProxy() as never), { code: 'WRONG_TYPE', path: ['options'] });
    expectCdtoKpiError(() => parsePrintedFigure('1,5', throwingProxy() as never), { code: 'WRONG_TYPE', path: ['location'] });
    expectCdtoKpiError(() => new CdtoKpiError(throwingProxy([]) as never), { code: 'WRONG_TYPE', path: ['issues'] });
    expectCdtoKpiError(() => new CdtoKpiError([] as never), { code: 'WRONG_TYPE', path: ['issues'] });
    expect(isCdtoKpiError(throwingProxy())).toBe(false);
  });

  it('issue 19: readWorkbook refuses a proxy with its own error, its traps never run', async () => {
    const error: unknown = await readWorkbook(throwingProxy() as never).then(
      () => null,
      (rejected: unknown) => rejected,
    );
    expect(isCdtoKpiError(error)).toBe(true);
  });
});

describe('a revoked proxy given as options is refused with the library\'s error', () => {
  // Found by a new user: Array.isArray on a revoked proxy threw a TypeError out of readOptions.
  const revoked = (): object => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  const template = reportTemplate({ period: { year: 2026, quarter: 1 }, body: 'justice' });
  it.each([
    ['indicatorsForPeriod', () => indicatorsForPeriod({ year: 2026, quarter: 1 }, 'justice', revoked() as never)],
    ['catalogueRecords', () => catalogueRecords('2023', revoked() as never)],
    ['scorePeriodReport', () => scorePeriodReport(template, revoked() as never)],
    ['validatePeriodReport', () => validatePeriodReport(template, revoked() as never)],
    ['createEditionRegistry', () => createEditionRegistry(revoked() as never)],
    ['reportFromCsv', () => csv.reportFromCsv('period,body,indicator\n', revoked() as never)],
  ])('%s', (_, call) => {
    expectCdtoKpiError(call, { code: 'WRONG_TYPE' });
  });
});
