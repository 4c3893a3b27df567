/**
 * Figures shown the way a Kazakh or Russian reader writes them: a decimal comma, and digits grouped
 * by three with a no-break space (`272 437,5`), from the library's exact strings, never a float.
 */
export function showFigure(value: string | null | undefined): string {
  if (value === null || value === undefined) return '–';
  const match = /^(-?)(\d+)(?:\.(\d+))?(…?)$/u.exec(value);
  if (match === null) return value.replace('.', ',');
  const [, sign, whole, fraction, more] = match as unknown as [string, string, string, string | undefined, string];
  const grouped = whole.length < 4 ? whole : whole.replace(/\B(?=(\d{3})+$)/gu, '\u00a0');
  return `${sign}${grouped}${fraction === undefined ? '' : `,${fraction}`}${more}`;
}
