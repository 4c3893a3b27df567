/**
 * The state bodies of both editions.
 *
 * @module
 */
import { deepFreeze } from '../freeze.js';
import { BODIES_DATA, type BodyId } from '../generated/bodies.js';
import type { Body } from './types.js';

/** Every body of either edition, in the annexes' order, deeply frozen. */
export const BODIES: readonly Body<BodyId>[] = deepFreeze(structuredClone(BODIES_DATA));
