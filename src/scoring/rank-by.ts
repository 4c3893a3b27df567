/**
 * What a rating is ordered by.
 *
 * @module
 */

/**
 * What a rating is ordered by: `result`, R = Σ W; `share-of-planned`, Σ W / Σ U × 100, the figure
 * that compares bodies whose planned totals differ (the 2025 edition's run from 80 to 135).
 */
export const RANK_BY = Object.freeze(['result', 'share-of-planned'] as const);
/** One of {@link RANK_BY}. */
export type RankBy = (typeof RANK_BY)[number];
