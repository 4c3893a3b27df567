/**
 * Regression tests of issue 11 (hostile input): one or more per defect, named after it. Expected
 * values are worked out by hand in the comments.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  BODIES,
  createScoringMethod,
  definitionFor,
  indicatorsForPeriod,
  resolvePeriod,
  scoreBody,
  ERROR_CODES,
  isCdtoKpiError,
  parsePrintedFigure,
  PUBLISHED_METHOD,
  readFigure,
  scoreIndicator,
  scorePeriodReport,
  type IndicatorDefinition,
  type ScoringMethod,
} from '../src/index.js';
import { DIRECTION_IDS_2023, INDICATOR_IDS_2023 } from '../src/generated/catalogue-2023.js';
import { BLOCK_IDS_2025, INDICATOR_IDS_2025 } from '../src/generated/catalogue-2025.js';
import { quoteValue } from '../src/errors/quote.js';
import * as schemas from '../src/schemas.js';
import { periodReportSchema, reportFileSchema } from '../src/schemas.js';
import { escapeTerminalText, safeWriter } from '../src/cli/terminal-text.js';
import { INPUT_LIMITS, parseReportDocument, readReportInput } from '../src/cli/read-input.js';
import { DOCUMENT_LIMITS, readDocument } from '../src/input/boundary.js';
import { MAX_PRINTED_FIGURE_LENGTH } from '../src/input/printed-figure.js';

const ROOT = join(import.meta.dirname, '..');
const SYNTHETIC = readFileSync(join(ROOT, 'data/reports/2025-q2-synthetic/report.json'), 'utf8');
const errorOf = (call: () => unknown): { code: string; path: readonly (string | number)[]; message: string } => {
  try {
    call();
  } catch (error) {
    if (!isCdtoKpiError(error)) throw error;
    return { code: error.code, path: error.issues[0]!.path, message: error.message };
  }
  throw new Error('no error');
};
const deepList = (depth: number): unknown => {
  let value: unknown = [];
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
};

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'cdto-kpi-hostile-'));
  // The CLI and the two builds are tested as shipped: build them when they are not there yet.
  if (!existsSync(join(ROOT, 'dist/cli.js')) || !existsSync(join(ROOT, 'dist/index.cjs'))) {
    const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  }
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cliScore(stdin: string | Buffer) {
  return spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'score', '-'], { input: stdin, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
}

describe('issue 11: hostile input', () => {
  it('issue 11 #2: a value 100,000 levels deep, a BigInt inside an object and a null-prototype object are quoted, never thrown on', () => {
    // Four levels are written, the fifth stands as […] for the rest: [[[[ + […] + ]]]].
    expect(quoteValue(deepList(100_000))).toBe('[[[[[…]]]]]');
    expect(quoteValue({ a: 10n })).toBe('{"a":10n}');
    expect(quoteValue(Object.assign(Object.create(null) as object, { a: '1' }))).toBe('{"a":"1"}');
    // As an error of the API quotes what it received.
    expect(errorOf(() => readFigure(deepList(100_000), { field: 'a' })).message).toContain('got [[[[[…]]]]]');
  });

  it('issue 11 #2: a report 100,000 levels deep is refused by the CLI with its own error, no stack trace', () => {
    const document = `{"period":{"year":2025,"quarter":2},"bodies":[{"body":"justice","figures":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}]}`;
    const result = cliScore(document);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error LIMIT_EXCEEDED: /u);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
    expect(result.stderr.length).toBeLessThan(2_000);
  });

  it('issue 11 #3: a 6.7 MB printed figure is refused by its length before any regular expression runs', () => {
    const text = `${'1 '.repeat(3_355_429)}1`;
    const refused = errorOf(() => parsePrintedFigure(text));
    expect(refused.code).toBe(ERROR_CODES.LIMIT_EXCEEDED);
    expect(refused.message).toContain(`limit of ${MAX_PRINTED_FIGURE_LENGTH}`);
    expect(refused.message.length).toBeLessThan(1_000);
    expect(errorOf(() => readFigure(text, { field: 'a' })).code).toBe(ERROR_CODES.LIMIT_EXCEEDED);
    // The limit itself: 256 characters are read (and refused for their digits), 257 are not.
    expect(errorOf(() => parsePrintedFigure('1'.repeat(256))).code).toBe(ERROR_CODES.FIGURE_OUT_OF_RANGE);
    expect(errorOf(() => parsePrintedFigure('1'.repeat(257))).code).toBe(ERROR_CODES.LIMIT_EXCEEDED);
  });

  it('issue 11 #3: the CLI refuses a 6.7 MB figure with one short error line', () => {
    const report = JSON.parse(SYNTHETIC) as { bodies: { figures: Record<string, { a: string }> }[] };
    report.bodies[0]!.figures['common.3']!.a = `${'1 '.repeat(3_355_429)}1`;
    const result = cliScore(JSON.stringify(report));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error LIMIT_EXCEEDED: /u);
    expect(result.stderr.length).toBeLessThan(2_000);
  });

  it('issue 11 #7: a "__proto__" key in a report\'s figures is refused with FORBIDDEN_KEY and its path, never dropped', () => {
    const text = SYNTHETIC.replace('"figures": {', '"figures": {\n        "__proto__": { "a": "1", "b": "2" },');
    const document = JSON.parse(text) as { bodies: { figures: object }[] };
    expect(Object.hasOwn(document.bodies[0]!.figures, '__proto__')).toBe(true);
    const refused = errorOf(() => scorePeriodReport(document));
    expect(refused.code).toBe(ERROR_CODES.FORBIDDEN_KEY);
    expect(refused.path).toEqual(['bodies', 0, 'figures', '__proto__']);
  });

  it('issue 11 #7: "constructor" and "prototype" keys are refused anywhere in a report', () => {
    const atRoot = { ...(JSON.parse(SYNTHETIC) as object), constructor: {} };
    expect(errorOf(() => scorePeriodReport(atRoot))).toMatchObject({ code: ERROR_CODES.FORBIDDEN_KEY, path: ['constructor'] });
    const inInput = JSON.parse(SYNTHETIC.replace('"a": "22 121"', '"prototype": "1", "a": "22 121"')) as unknown;
    expect(errorOf(() => scorePeriodReport(inInput))).toMatchObject({ code: ERROR_CODES.FORBIDDEN_KEY, path: ['bodies', 0, 'figures', 'common.3', 'prototype'] });
  });

  it('issue 11 #7: the document limits: depth, keys and strings refused with LIMIT_EXCEEDED; getters and class instances with WRONG_TYPE', () => {
    expect(errorOf(() => readDocument({ a: deepList(DOCUMENT_LIMITS.maxDepth) })).code).toBe(ERROR_CODES.LIMIT_EXCEEDED);
    // Depth 32 is allowed: the root at 0, { a } at 1, then 31 lists nested in it.
    expect(() => readDocument({ a: deepList(DOCUMENT_LIMITS.maxDepth - 1) })).not.toThrow();
    expect(errorOf(() => readDocument({ ['k'.repeat(129)]: 1 })).code).toBe(ERROR_CODES.LIMIT_EXCEEDED);
    expect(errorOf(() => readDocument({ a: 'x'.repeat(10_001) })).code).toBe(ERROR_CODES.LIMIT_EXCEEDED);
    expect(errorOf(() => readDocument({ a: new Array(200_001) })).code).toBe(ERROR_CODES.LIMIT_EXCEEDED);
    expect(errorOf(() => readDocument(Object.defineProperty({}, 'a', { get: () => '1', enumerable: true })))).toMatchObject({ code: ERROR_CODES.WRONG_TYPE, path: ['a'] });
    expect(errorOf(() => readDocument({ when: new Date(0) }))).toMatchObject({ code: ERROR_CODES.WRONG_TYPE, path: ['when'] });
    expect(errorOf(() => readDocument(new Proxy({}, { ownKeys: () => { throw new Error('trap'); } }))).code).toBe(ERROR_CODES.WRONG_TYPE);
  });

  it('issue 11 #7: a report is read from its own properties: an object inheriting its figures is not plain data', () => {
    const document = JSON.parse(SYNTHETIC) as { bodies: { figures: Record<string, unknown> }[] };
    const figures = document.bodies[0]!.figures;
    document.bodies[0]!.figures = Object.assign(Object.create({ 'common.3': figures['common.3'] }) as object, figures);
    delete document.bodies[0]!.figures['common.3'];
    expect(errorOf(() => scorePeriodReport(document))).toMatchObject({ code: ERROR_CODES.WRONG_TYPE, path: ['bodies', 0, 'figures'] });
    // A null-prototype object holds only its own keys: read as plain data.
    const plain = JSON.parse(SYNTHETIC) as { bodies: { figures: Record<string, unknown> }[] };
    plain.bodies[0]!.figures = Object.assign(Object.create(null) as object, plain.bodies[0]!.figures);
    expect(scorePeriodReport(plain).bodies[0]!.result).toBe(scorePeriodReport(JSON.parse(SYNTHETIC)).bodies[0]!.result);
  });

  it('issue 11 #9: the exported id lists refuse push', () => {
    for (const list of [BODIES, INDICATOR_IDS_2023, INDICATOR_IDS_2025, BLOCK_IDS_2025, DIRECTION_IDS_2023]) {
      expect(Object.isFrozen(list)).toBe(true);
      expect(() => (list as unknown as string[]).push('x')).toThrow(TypeError);
    }
  });

  it('issue 11 #9: an exported schema cannot be patched, and still validates', () => {
    expect(() => {
      (periodReportSchema as { safeParse: unknown }).safeParse = () => ({ success: true, data: {} });
    }).toThrow(TypeError);
    expect(() => {
      (reportFileSchema as { parse: unknown }).parse = () => ({});
    }).toThrow(TypeError);
    expect(periodReportSchema.safeParse({}).success).toBe(false);
    expect(periodReportSchema.safeParse(JSON.parse(SYNTHETIC)).success).toBe(true);
    expect(errorOf(() => scorePeriodReport({})).code).toBe(ERROR_CODES.MISSING_FIELD);
  });

  it('issue 11 #9: every schema of cdto-kpi/schemas is frozen, and still validates and derives', () => {
    const exported = Object.entries(schemas);
    // The entry's schemas, by name: a schema added to it is checked too.
    expect(exported.map(([name]) => name).sort()).toEqual([
      'blockFileSchema', 'bodiesFileSchema', 'directionFileSchema', 'editionFileSchema', 'errataFileSchema', 'erratumSchema',
      'legendContradictionSchema', 'periodReportSchema', 'printedValueSchema', 'reportFileSchema', 'reportRowSchema',
    ]);
    for (const [name, schema] of exported) {
      expect(Object.isFrozen(schema), name).toBe(true);
      expect(() => {
        (schema as { safeParse: unknown }).safeParse = () => ({ success: true, data: {} });
      }, name).toThrow(TypeError);
      expect((schema as { safeParse(value: unknown): { success: boolean } }).safeParse(Symbol('not a file')).success, name).toBe(false);
    }
    expect(schemas.bodiesFileSchema.safeParse(JSON.parse(readFileSync(join(ROOT, 'data/bodies.json'), 'utf8'))).success).toBe(true);
    expect(z.safeParse(z.extend(schemas.editionFileSchema, { id: z.optional(schemas.editionFileSchema.shape.id) }), {}).success).toBe(false);
  });

  it('issue 11 #10: a getter in the method options is read once: checked and scored as the same rule', () => {
    let reads = 0;
    const options = Object.defineProperty({ ...PUBLISHED_METHOD, name: 'flipping' }, 'decreasingAboveTarget', {
      enumerable: true,
      get: () => (reads++ === 0 ? 'inverse-proportional' : 'printed'),
    }) as ScoringMethod;
    const method = createScoringMethod(options);
    expect(reads).toBe(1);
    expect(method.decreasingAboveTarget).toBe('inverse-proportional');
    // Z = 20 / 100 × 100 = 20 above N = 10, U = 10: inverse-proportional W = 10 / 20 × 10 = 5 (printed would give 20).
    const definition: IndicatorDefinition = { id: 'x.1', kind: 'decreasing-ratio', weight: '10', target: '10' };
    expect(scoreIndicator(definition, { a: '20', b: '100' }, method).awarded).toBe('5');
    expect(reads).toBe(1);
  });

  it('issue 11 #10: a nested rounding stage behind a getter is read once too, and a getter that throws is a bad policy', () => {
    let reads = 0;
    const rounding = Object.defineProperty({ ...PUBLISHED_METHOD.rounding }, 'awarded', {
      enumerable: true,
      get: () => (reads++ === 0 ? { mode: 'toward-zero', decimals: 1 } : { mode: 'half-up', decimals: 7 }),
    });
    const method = createScoringMethod({ ...PUBLISHED_METHOD, name: 'nested', rounding });
    expect(reads).toBe(1);
    expect(method.rounding.awarded).toEqual({ mode: 'toward-zero', decimals: 1 });
    const throwing = Object.defineProperty({ ...PUBLISHED_METHOD }, 'aggregation', { enumerable: true, get: () => { throw new Error('boom'); } }) as ScoringMethod;
    expect(errorOf(() => createScoringMethod(throwing))).toMatchObject({ code: ERROR_CODES.INVALID_POLICY, path: ['aggregation'] });
  });

  it('issue 11 #11: a figure beyond the limits is refused with FIGURE_OUT_OF_RANGE, never cut to 100 digits', () => {
    expect(errorOf(() => parsePrintedFigure(`${'1'.repeat(150)} млрд`)).code).toBe(ERROR_CODES.FIGURE_OUT_OF_RANGE);
    // 30 significant digits are the limit: 31 are refused, 30 kept whole.
    expect(errorOf(() => parsePrintedFigure(`0,${'1'.repeat(31)}`)).code).toBe(ERROR_CODES.FIGURE_OUT_OF_RANGE);
    expect(parsePrintedFigure(`0,${'1'.repeat(20)}`).value).toBe(`0.${'1'.repeat(20)}`);
    // Below 10^24: 24 nines are read, 10^24 is refused; "1 000 000 000 000 000 млрд" is 10^24 too (10^15 × 10^9).
    expect(parsePrintedFigure('9'.repeat(24)).value).toBe('9'.repeat(24));
    expect(errorOf(() => parsePrintedFigure(`1${'0'.repeat(24)}`)).code).toBe(ERROR_CODES.FIGURE_OUT_OF_RANGE);
    expect(errorOf(() => parsePrintedFigure('1 000 000 000 000 000 млрд')).code).toBe(ERROR_CODES.FIGURE_OUT_OF_RANGE);
    expect(parsePrintedFigure('999 999 999 999 999 млрд').value).toBe(`999999999999999${'0'.repeat(9)}`);
    // 21 decimals are refused even when a scale word would bring them back: the digits are judged as printed, after the scale.
    expect(errorOf(() => parsePrintedFigure(`0,${'0'.repeat(20)}1`)).code).toBe(ERROR_CODES.FIGURE_OUT_OF_RANGE);
    expect(parsePrintedFigure(`0,${'0'.repeat(20)}1 тыс.`).value).toBe(`0.${'0'.repeat(17)}1`);
    expect(parsePrintedFigure('4,05 млрд').value).toBe('4050000000');
  });

  it('issue 11 #11: "50 %" is refused where the field is not a percentage, and read with percent: true where it is', () => {
    const count: IndicatorDefinition = { id: 'x.1', kind: 'count', weight: '10', target: '100' };
    expect(errorOf(() => scoreIndicator(count, { a: '50 %' }))).toMatchObject({ code: ERROR_CODES.INVALID_VALUE, path: ['a'] });
    expect(errorOf(() => readFigure('50 %', { field: 'a' })).code).toBe(ERROR_CODES.INVALID_VALUE);
    const read = readFigure('50 %', { field: 'ia' }, { percentSign: 'accepted' });
    expect(read.value).toBe('50');
    expect(read.percent).toBe(true);
    expect(readFigure('50', { field: 'ia' }, { percentSign: 'accepted' }).percent).toBe(false);
    expect(errorOf(() => readFigure('50', { field: 'a' }, { percentSign: 'maybe' as 'accepted' })).code).toBe(ERROR_CODES.INVALID_VALUE);
  });

  it('issue 11 #12: control characters are escaped for the terminal, line feeds kept', () => {
    expect(escapeTerminalText('\u001b]0;x\u0007\u001b[2J')).toBe('\\u001b]0;x\\u0007\\u001b[2J');
    expect(escapeTerminalText('a\tb\nc\rd\u009b\u202e')).toBe('a\tb\nc\\u000dd\\u009b\\u202e');
    expect(escapeTerminalText('ЭМ (energy) 40,9 → 40,5')).toBe('ЭМ (energy) 40,9 → 40,5');
    let written = '';
    safeWriter((text) => (written += text))('body \u001b[2J\n');
    expect(written).toBe('body \\u001b[2J\n');
    // Inside JSON the escape reads back as the same character.
    expect(JSON.parse(escapeTerminalText(JSON.stringify({ body: '\u202ex\u0085' })))).toEqual({ body: '\u202ex\u0085' });
  });

  it('issue 11 #12: /dev/zero, a directory and a missing file are refused before a byte is read', () => {
    expect(errorOf(() => readReportInput('/dev/zero')).code).toBe(ERROR_CODES.INPUT_UNREADABLE);
    expect(errorOf(() => readReportInput(scratch)).message).toContain('a directory');
    expect(errorOf(() => readReportInput(join(scratch, 'missing.json'))).message).toContain('no such file');
  });

  it('issue 11 #12: a file larger than the limit is refused by its size', () => {
    const file = join(scratch, 'large.json');
    writeFileSync(file, `"${'x'.repeat(2_000)}"`);
    expect(errorOf(() => readReportInput(file, { maxBytes: 1_024 })).code).toBe(ERROR_CODES.LIMIT_EXCEEDED);
    expect(readReportInput(file)).toHaveLength(2_002);
    expect(INPUT_LIMITS.maxBytes).toBe(8 * 1024 * 1024);
  });

  it('issue 11 #12: a FIFO with no writer times out with a clear error, never hangs', () => {
    const fifo = join(scratch, 'no-writer.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const refused = errorOf(() => readReportInput(fifo, { timeoutMs: 300 }));
    expect(refused.code).toBe(ERROR_CODES.INPUT_UNREADABLE);
    expect(refused.message).toContain('no data within 0.3 s');
  });

  it('issue 11 #12: a FIFO whose writer comes later is read whole', async () => {
    const fifo = join(scratch, 'late-writer.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = spawn('sh', ['-c', `sleep 0.3; printf '{"a":1}' > '${fifo}'`]);
    const exited = new Promise((resolve) => writer.on('exit', resolve));
    expect(readReportInput(fifo, { timeoutMs: 10_000 })).toBe('{"a":1}');
    await exited;
  });

  it('issue 11 #12: standard input: /dev/zero is refused, a pipe is read within the byte limit', () => {
    const child = (stdin: number | 'pipe', input?: string) => {
      const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/fixtures/read-stdin-child.ts')], {
        stdio: [stdin, 'pipe', 'pipe'],
        ...(input === undefined ? {} : { input }),
        encoding: 'utf8',
        timeout: 60_000,
        cwd: ROOT,
      });
      return JSON.parse(result.stdout) as { text?: string; code?: string; message?: string; foreign?: string };
    };
    const zero = openSync('/dev/zero', 'r');
    try {
      expect(child(zero)).toMatchObject({ code: ERROR_CODES.INPUT_UNREADABLE });
    } finally {
      closeSync(zero);
    }
    expect(child('pipe', '{"period":1}')).toEqual({ text: '{"period":1}' });
  });

  it('issue 11 #12: the text is parsed within the document limits, and a syntax error is the library\'s error', () => {
    expect(errorOf(() => parseReportDocument('{"a":', 'r.json'))).toMatchObject({ code: ERROR_CODES.INPUT_UNREADABLE });
    expect(errorOf(() => parseReportDocument('{"__proto__":1}')).code).toBe(ERROR_CODES.FORBIDDEN_KEY);
    expect(parseReportDocument('{"a":[1,"2"]}')).toEqual({ a: [1, '2'] });
  });

  it('issue 11 #13: an error thrown by the CommonJS build is recognised by the ESM build\'s isCdtoKpiError, and the other way round', async () => {
    expect(existsSync(join(ROOT, 'dist/index.js'))).toBe(true);
    const esm = (await import(pathToFileURL(join(ROOT, 'dist/index.js')).href)) as typeof import('../src/index.js');
    const cjs = createRequire(import.meta.url)(join(ROOT, 'dist/index.cjs')) as typeof import('../src/index.js');
    const fromCjs = (() => {
      try {
        cjs.readFigure('x', { field: 'a' });
      } catch (error) {
        return error;
      }
      return null;
    })();
    const fromEsm = (() => {
      try {
        esm.readFigure('x', { field: 'a' });
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(esm.isCdtoKpiError(fromCjs)).toBe(true);
    expect(cjs.isCdtoKpiError(fromEsm)).toBe(true);
    // What the guard is for: instanceof only knows its own copy's class.
    expect(fromCjs instanceof esm.CdtoKpiError).toBe(false);
    expect(esm.isCdtoKpiError(new Error('x'))).toBe(false);
    expect(esm.isCdtoKpiError({ code: 'FIGURE_UNREADABLE' })).toBe(false);
  });
});

describe('issue 11: ids and argument shapes', () => {
  const RATIO = { id: 'x.1', kind: 'ratio', weight: '10', target: '50' } as const;
  const codeOf = (call: () => unknown): string => {
    try {
      call();
    } catch (error) {
      if (isCdtoKpiError(error)) return error.code;
      return `not the library's error: ${String(error)}`;
    }
    return 'no error';
  };

  it('issue 11 #4: an id that is not a string is refused, and an object id is not frozen', () => {
    for (const id of [Symbol('x'), 10n, 5, undefined, ''] as unknown[]) {
      expect(codeOf(() => scoreIndicator({ ...RATIO, id } as never, { a: '1', b: '2' }))).toBe(ERROR_CODES.WRONG_TYPE);
    }
    const objectId = { name: 'x' };
    expect(codeOf(() => scoreIndicator({ ...RATIO, id: objectId } as never, { a: '1', b: '2' }))).toBe(ERROR_CODES.WRONG_TYPE);
    expect(Object.isFrozen(objectId)).toBe(false);
  });

  it('issue 11 #5: argument shapes are checked (null options, a null period, a null indicator)', () => {
    const report = { period: { year: 2024, quarter: 1 }, bodies: [{ body: 'justice', figures: {} }] };
    expect(codeOf(() => scorePeriodReport(report, null as never))).toBe(ERROR_CODES.WRONG_TYPE);
    expect(codeOf(() => indicatorsForPeriod({ year: 2025, quarter: 1 }, 'justice', null as never))).toBe(ERROR_CODES.WRONG_TYPE);
    expect(codeOf(() => definitionFor('2025', 'common.1', '2025', null as never))).toBe(ERROR_CODES.WRONG_TYPE);
    expect(codeOf(() => resolvePeriod(null as never))).toBe(ERROR_CODES.WRONG_TYPE);
    expect(codeOf(() => scoreBody('b', [{ direction: 'd', indicators: [null as never] }]))).toBe(ERROR_CODES.WRONG_TYPE);
    // A direction is scored as a body of one direction (scoreDirection is gone).
    expect(codeOf(() => scoreBody('b', [{ direction: 'd', indicators: null as never }]))).toBe(ERROR_CODES.WRONG_TYPE);
    expect(codeOf(() => scoreBody('b', null as never))).toBe(ERROR_CODES.WRONG_TYPE);
    // A proxy whose traps throw is refused, and its own error is not passed on.
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    expect(codeOf(() => scorePeriodReport(report, hostile as never))).toBe(ERROR_CODES.WRONG_TYPE);
    // An option the function does not take is an error, not ignored.
    expect(codeOf(() => scorePeriodReport(report, { readings: 'ru' } as never))).toBe(ERROR_CODES.UNEXPECTED_FIELD);
  });
});
