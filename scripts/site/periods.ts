/**
 * The quarters the report builder offers: Q4 2023 (the first quarter of the 2023 edition) to Q4
 * 2026 (the last year an edition sets targets for).
 */
export const BUILDER_PERIODS: readonly { readonly year: number; readonly quarter: 1 | 2 | 3 | 4 }[] = [2023, 2024, 2025, 2026].flatMap((year) =>
  ([1, 2, 3, 4] as const).filter((quarter) => year > 2023 || quarter === 4).map((quarter) => ({ year, quarter })),
);
