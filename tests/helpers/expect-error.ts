/**
 * One helper for asserting an error of the library: its code, the path of its first issue, its
 * location, and optionally every issue (code and path).
 */
import { expect } from 'vitest';
import { type CdtoKpiError, type ErrorLocation, isCdtoKpiError, type PathKey } from '../../src/errors/cdto-kpi-error.js';

/** What the error must say. */
export interface ExpectedError {
  readonly code: string;
  readonly path?: readonly PathKey[];
  readonly location?: ErrorLocation;
  /** Every issue, in order, as `[code, path]`. */
  readonly issues?: readonly (readonly [string, readonly PathKey[]])[];
}

/**
 * Runs `run`, which must throw the library's error as described.
 *
 * @param run - the call
 * @param expected - code, path, location, issues
 * @returns the error, for further checks
 */
export function expectCdtoKpiError(run: () => unknown, expected: ExpectedError): CdtoKpiError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(isCdtoKpiError(caught), `expected a CdtoKpiError ${expected.code}, got ${String(caught)}`).toBe(true);
  const error = caught as CdtoKpiError;
  expect(error.code).toBe(expected.code);
  if (expected.path !== undefined) expect(error.issues[0]!.path).toEqual(expected.path);
  if (expected.location !== undefined) expect(error.location).toEqual(expected.location);
  if (expected.issues !== undefined) expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual(expected.issues);
  return error;
}
