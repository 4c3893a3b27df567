import { describe, expect, it } from 'vitest';
import { rankResults } from '../src/scoring/rank.js';

describe('rankResults', () => {
  it('orders by result, ties sharing a rank and skipping the next (1-2-2-4)', () => {
    const rating = rankResults([
      { body: 'c', result: '65' },
      { body: 'a', result: '96.4' },
      { body: 'b', result: '65.0' },
      { body: 'd', result: '19.2' },
    ]);
    expect(rating).toEqual([
      { body: 'a', result: '96.4', rank: 1 },
      { body: 'b', result: '65.0', rank: 2 },
      { body: 'c', result: '65', rank: 2 },
      { body: 'd', result: '19.2', rank: 4 },
    ]);
  });

  it('does not depend on the input order', () => {
    const results = [
      { body: 'x', result: '10' },
      { body: 'y', result: '10' },
      { body: 'z', result: '20' },
    ];
    expect(rankResults([...results].reverse())).toEqual(rankResults(results));
  });

  it('compares exact decimals, not floats or strings', () => {
    expect(rankResults([{ body: 'a', result: '9.9' }, { body: 'b', result: '10' }]).map((entry) => entry.body)).toEqual(['b', 'a']);
    expect(rankResults([{ body: 'a', result: '0.30000000000000004' }, { body: 'b', result: '0.3' }]).map((entry) => entry.rank)).toEqual([1, 2]);
  });
});
