/**
 * The fast path against the exact decimal path kept as its reference, over generated rows with
 * their edge cases, for every kind of the fast path (a zero whole, a part above its whole, figures
 * beyond 2^53, many decimals, printed figures, no data, targets with 0 to 3 decimals, weights with
 * decimals). `npm run differential` runs a million.
 */
import { describe, expect, it } from 'vitest';
import { differential } from '../bench/differential.js';

describe('differential: fast path = decimal path', () => {
  it('gives the same score, to the last digit, on 20,000 generated rows', () => {
    const result = differential(20_000, 2026);
    expect(result.differences).toEqual([]);
    expect(result.differing).toBe(0);
    expect(result.rows).toBe(20_000);
    // Most rows are in the fast path's kinds with plain figures: the test exercises it.
    expect(result.fast).toBeGreaterThan(10_000);
  }, 60_000);
});
