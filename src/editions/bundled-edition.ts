/**
 * How the registry gets a bundled edition: the main entry has every bundled edition's module at
 * hand and builds one on first use; `cdto-kpi/core` fetches an edition's module (its own chunk, for
 * a browser) when `loadEdition` asks for it. `src/generated/editions.ts` and
 * `src/generated/editions-on-demand.ts` give one list each; core's build uses the second.
 *
 * @module
 */
import type { Edition } from './edition.js';

/** A bundled edition whose module is part of the build: built on its first use. */
export interface EditionAtHand<Id extends string = string> {
  readonly id: Id;
  readonly onDemand: false;
  /** Builds the edition the first time, then gives the same object. */
  readonly load: () => Edition;
}

/** A bundled edition whose module is fetched when it is loaded (a dynamic `import()`). */
export interface EditionOnDemand<Id extends string = string> {
  readonly id: Id;
  readonly onDemand: true;
  /** Fetches the edition's module and builds the edition; the same object on every call. */
  readonly load: () => Promise<Edition>;
}

/** One bundled edition, as the registry gets it. */
export type BundledEdition<Id extends string = string> = EditionAtHand<Id> | EditionOnDemand<Id>;
