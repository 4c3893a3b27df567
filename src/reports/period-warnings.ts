/**
 * Warnings about a period report as a whole, beside those of each scored indicator.
 *
 * @module
 */
import type { WarningCode } from '../scoring/warnings.js';

/** A warning about a body's figures that is not part of an indicator's score. */
export interface PeriodWarning {
  readonly code: WarningCode;
  readonly body: string;
  readonly indicator: string | null;
  readonly message: string;
}
