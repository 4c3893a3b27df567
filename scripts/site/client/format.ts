/**
 * Figures shown the way a Kazakh or Russian reader writes them: a decimal comma.
 */
export function showFigure(value: string | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return value.replace('.', ',');
}
