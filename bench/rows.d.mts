// Types of the seeded row generators (rows.mjs), for the TypeScript differential test.
import type { IndicatorDefinition } from '../src/kinds/kinds.js';

export interface Row {
  readonly definition: IndicatorDefinition;
  readonly input: Record<string, string | number | null>;
}
export function seeded(seed: number): () => number;
export function benchDefinitions(): IndicatorDefinition[];
export function benchRows(count: number, seed?: number): Row[];
export function differentialRows(count: number, seed?: number): Row[];
