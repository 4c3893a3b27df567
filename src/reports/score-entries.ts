/**
 * The one path every report takes once its rows are definitions and inputs: each body scored, then
 * the bodies ranked. A period report and a published report differ only in how they get there.
 *
 * @module
 */
import { rankResults, type RatingEntry } from '../scoring/rank.js';
import type { ScoringMethod } from '../scoring/method.js';
import { type BodyScore, type DirectionEntry, scoreBody } from '../scoring/score-body.js';

/** A body's directions (blocks), each with its indicators' definitions and inputs. */
export interface BodyEntries {
  readonly body: string;
  readonly directions: readonly DirectionEntry[];
}

/**
 * Scores every body and ranks them.
 *
 * @param entries - per body, its directions with each indicator's definition and input
 * @param method - the scoring method, already checked
 * @returns the bodies' scores and the rating
 * @internal
 */
export function scoreEntries(entries: readonly BodyEntries[], method: ScoringMethod): { readonly bodies: readonly BodyScore[]; readonly rating: readonly RatingEntry[] } {
  const bodies = entries.map((entry) => scoreBody(entry.body, entry.directions, method));
  return { bodies, rating: rankResults(bodies.map((body) => ({ body: body.body, result: body.result }))) };
}
