import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CdtoKpiError, ERROR_CODES, readFigure } from '../src/index.js';
import type { ErrorCode } from '../src/errors/cdto-kpi-error.js';

const where = { body: 'justice', indicator: 'justice.1', field: 'a' };

function codeOf(input: unknown): ErrorCode | null {
  try {
    readFigure(input, where);
    return null;
  } catch (error) {
    if (error instanceof CdtoKpiError) return error.code;
    throw error;
  }
}

describe('readFigure: how a JS number is treated', () => {
  it('takes a safe integer as the exact integer it is', () => {
    expect(readFigure(156710, where).value).toBe('156710');
    expect(readFigure(Number.MAX_SAFE_INTEGER, where).value).toBe('9007199254740991');
    expect(readFigure(-0, where).value).toBe('0');
  });

  it('refuses a number that is not a safe integer, since it is not the decimal it looks like', () => {
    expect(codeOf(0.1)).toBe(ERROR_CODES.INEXACT_NUMBER);
    expect(codeOf(43.1)).toBe(ERROR_CODES.INEXACT_NUMBER);
    expect(codeOf(2 ** 53)).toBe(ERROR_CODES.INEXACT_NUMBER);
    expect(codeOf(Number.NaN)).toBe(ERROR_CODES.INEXACT_NUMBER);
    expect(codeOf(Number.POSITIVE_INFINITY)).toBe(ERROR_CODES.INEXACT_NUMBER);
  });

  it('takes the same decimal as a string, exactly', () => {
    expect(readFigure('0.1', where).value).toBe('0.1');
    expect(readFigure('43,1', where).value).toBe('43.1');
  });
});

describe('readFigure: absence and bad input', () => {
  it('reads null, a dash and an empty string as no data, and says which', () => {
    expect(readFigure(null, where)).toEqual({ value: null, absence: 'null', irregularGrouping: false, percent: false });
    expect(readFigure('-', where)).toEqual({ value: null, absence: 'dash', irregularGrouping: false, percent: false });
    expect(readFigure('', where)).toEqual({ value: null, absence: 'blank', irregularGrouping: false, percent: false });
  });

  it('refuses undefined as a missing field, never as no data', () => {
    expect(codeOf(undefined)).toBe(ERROR_CODES.MISSING_FIELD);
  });

  it('refuses negative figures, other types and figures out of range', () => {
    expect(codeOf('-5')).toBe(ERROR_CODES.NEGATIVE_FIGURE);
    expect(codeOf(-5)).toBe(ERROR_CODES.NEGATIVE_FIGURE);
    expect(codeOf(true)).toBe(ERROR_CODES.WRONG_TYPE);
    expect(codeOf({ value: 1 })).toBe(ERROR_CODES.WRONG_TYPE);
    expect(codeOf(5n)).toBe(ERROR_CODES.WRONG_TYPE);
    expect(codeOf('1'.repeat(25))).toBe(ERROR_CODES.FIGURE_OUT_OF_RANGE);
    expect(codeOf(`0.${'1'.repeat(31)}`)).toBe(ERROR_CODES.FIGURE_OUT_OF_RANGE);
  });

  it('names the body, the indicator and the field, and what was expected', () => {
    try {
      readFigure(0.1, where);
      expect.unreachable();
    } catch (error) {
      const e = error as CdtoKpiError;
      expect(e.location).toEqual(where);
      expect(e.message).toMatch(/^body "justice", indicator "justice\.1", field "a": /u);
      expect(e.message).toContain('expected the figure as a string, in quotes: "0.1"');
      expect(e.received).toBe('0.1');
    }
  });
});

describe('readFigure: a plainly written figure is read without the printed-figure parser, alike', () => {
  // A space before the figure sends it through the parser (which trims it): the reference.
  const outcome = (input: string): unknown => {
    try {
      return readFigure(input, where);
    } catch (error) {
      if (error instanceof CdtoKpiError) return error.code;
      throw error;
    }
  };
  it('gives the value, the flags and the errors of the parser', () => {
    const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
    const plainText = fc.oneof(digits(1, 32), fc.tuple(digits(1, 26), digits(1, 23)).map(([whole, fraction]) => `${whole}.${fraction}`));
    fc.assert(
      fc.property(plainText, (text) => {
        expect(outcome(text)).toEqual(outcome(` ${text}`));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves to the parser, and its limits, what is beyond them', () => {
    expect(readFigure('9'.repeat(24), where).value).toBe('9'.repeat(24));
    expect(codeOf('1'.repeat(25))).toBe(ERROR_CODES.FIGURE_OUT_OF_RANGE);
    expect(codeOf(`0.${'1'.repeat(21)}`)).toBe(ERROR_CODES.FIGURE_OUT_OF_RANGE);
    expect(readFigure('000.50', where).value).toBe('0.5');
    expect(readFigure('0', where).value).toBe('0');
  });
});
