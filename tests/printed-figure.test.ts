import { describe, expect, it } from 'vitest';
import { parsePrintedFigure } from '../src/input/printed-figure.js';
import { CdtoKpiError, ERROR_CODES } from '../src/errors/cdto-kpi-error.js';
import cases from './cases/printed-figures.json' with { type: 'json' };

describe('parsePrintedFigure', () => {
  it.each(cases.readable)('reads $printed', (entry) => {
    const read = parsePrintedFigure(entry.printed);
    expect(read.value).toBe(entry.value);
    expect(read.printed).toBe(entry.printed);
    expect(read.irregularGrouping).toBe(entry.irregularGrouping);
    expect(read.scale).toBe('scale' in entry ? entry.scale : null);
    expect(read.currency).toBe('currency' in entry ? entry.currency : false);
    expect(read.percent).toBe('percent' in entry ? entry.percent : false);
    expect(read.absence).toBeNull();
  });

  it.each(cases.absent)('reads $printed as no figure', (entry) => {
    const read = parsePrintedFigure(entry.printed);
    expect(read.value).toBeNull();
    expect(read.absence).toBe(entry.absence);
    expect(read.printed).toBe(entry.printed);
  });

  it.each(cases.unreadable)('refuses %j, quoting it', (text) => {
    let caught: unknown;
    try {
      parsePrintedFigure(text, { body: 'energy', indicator: 'fuel-energy-complex.1', field: 'a' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CdtoKpiError);
    const error = caught as CdtoKpiError;
    expect(error.code).toBe(ERROR_CODES.FIGURE_UNREADABLE);
    expect(error.message).toContain(JSON.stringify(text));
    expect(error.message).toContain('body "energy", indicator "fuel-energy-complex.1", field "a"');
  });
});
