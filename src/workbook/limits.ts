/**
 * The workbook's limits, as one value for callers.
 *
 * @module
 */
import { MAX_DECIMALS } from './formulas.js';

/**
 * What a number cell of a workbook may hold, so that its formulas are exact (see docs/usage.md, "The
 * workbook"): at most `decimals` decimals; written with its row's decimals, fewer than `digits`
 * + 1 digits (below 10^13); and a ratio's a / b below `ratio` (10^10, so Z stays below 10^12 %).
 */
export const WORKBOOK_LIMITS = Object.freeze({ decimals: MAX_DECIMALS, digits: 13, ratio: '10000000000' } as const);
