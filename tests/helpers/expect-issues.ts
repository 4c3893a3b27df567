/**
 * The one way the tests assert an error: the call throws the library's error, with exactly these
 * issues (code and path, and the location where given), in this order.
 */
import { expect } from 'vitest';
import { isCdtoKpiError, type ErrorLocation, type Issue } from '../../src/index.js';

/** What a test expects of one issue. */
export interface ExpectedIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly location?: ErrorLocation;
}

/**
 * Asserts that `call` throws a `CdtoKpiError` with exactly the expected issues.
 *
 * @param call - the call that should fail
 * @param expected - the issues, in order
 * @returns the issues thrown, for further checks
 */
export function expectIssues(call: () => unknown, expected: readonly ExpectedIssue[]): readonly Issue[] {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  if (!isCdtoKpiError(thrown)) throw new Error(`expected a CdtoKpiError, got ${thrown === undefined ? 'no error' : String(thrown)}`);
  const actual = thrown.issues.map((issue) => ({ code: issue.code, path: [...issue.path], ...(expected.some((entry) => entry.location !== undefined) ? { location: issue.location } : {}) }));
  expect(actual).toEqual(expected.map((entry) => ({ code: entry.code, path: [...entry.path], ...(entry.location === undefined ? {} : { location: entry.location }) })));
  return thrown.issues;
}
