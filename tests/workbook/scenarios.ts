/**
 * Figures to fill a workbook's rows with, for every kind: at, just below and just above the target,
 * no data, shares that sit exactly on a cut boundary and a hair below it, figures with decimals and
 * with 13 digits, a zero denominator, a share above 100 %. Worked out exactly, in `bigint`s, from
 * each row's N and U; the scores they must get come from the library (`scorePeriodReport` of the
 * same workbook read back), held against what LibreOffice computes.
 */
import type { IndicatorRow } from '../../src/workbook/layout.js';

/** One row's cells: column letter → a number, a text (list word), or nothing. */
export type Filling = Readonly<Record<string, number | string | null>>;

/** A plain decimal of a `bigint` over 10^scale. */
const decimal = (units: bigint, scale: number): string => {
  const digits = units.toString().padStart(scale + 1, '0');
  const fraction = digits.slice(digits.length - scale).replace(/0+$/u, '');
  return `${digits.slice(0, digits.length - scale)}${fraction === '' ? '' : `.${fraction}`}`;
};

/** A target as units over 10^scale. */
const scaled = (text: string): { units: bigint; scale: number } => {
  const [whole = '', fraction = ''] = text.split('.');
  return { units: BigInt(`${whole}${fraction}`), scale: fraction.length };
};

/** A figure as the number a person types (every figure here has at most 13 significant digits). */
const typed = (text: string): number => Number(text);

/** a / b × 100 = z exactly (z with `scale` decimals), with b = 10^(scale+2) × k. */
function exactShare(zUnits: bigint, scale: number, k: bigint): [string, string] {
  const b = 10n ** BigInt(scale + 2) * k;
  return [(zUnits * k).toString(), b.toString()];
}

/** x⁻¹ mod m (x and m coprime). */
function inverse(x: bigint, m: bigint): bigint {
  let [r0, r1, s0, s1] = [((x % m) + m) % m, m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new Error(`${x} has no inverse mod ${m}`);
  return ((s0 % m) + m) % m;
}

/**
 * The hardest figures there are within the workbook's limits: p / q with q of 13 digits and
 * p·m = G·q − 1, so that p·m / q = G − 1/q sits 10^-13 below the integer G, a cut
 * boundary: a double's quotient is within rounding of G, and a cut of it, smoothed or not, may give
 * G where the method gives G − 1. G must be prime to 10 (it is moved down to the nearest that is).
 *
 * @returns [p, q] with q < 10^13, or null when G reaches 0
 */
export function justBelow(grid: bigint, m: bigint): [bigint, bigint] | null {
  let g = grid;
  while (g > 0n && (g % 2n === 0n || g % 5n === 0n)) g -= 1n;
  if (g <= 0n) return null;
  const residue = inverse(g, m);
  const top = 9999999999999n;
  const q = top - ((top - residue) % m + m) % m;
  return [(g * q - 1n) / m, q];
}

/** Scenarios for a share a / b × 100 against N (`null` N: a few plain ones). */
function shareScenarios(target: string | null): [string | null, string | null][] {
  const n = scaled(target ?? '50');
  const big = 9999999999999n; // 13 digits
  // a / b × 100 = N exactly, small and large.
  const atTarget = exactShare(n.units, n.scale, 1n);
  const atTargetLarge = exactShare(n.units, n.scale, 10n ** BigInt(10 - n.scale));
  // A hair below and above N: b of 13 digits, a = ⌊N·b / 100⌋ (or ⌈…⌉).
  const exactTop = n.units * big;
  const divisor = 100n * 10n ** BigInt(n.scale);
  const hairBelow = exactTop % divisor === 0n ? exactTop / divisor - 1n : exactTop / divisor;
  const hairAbove = hairBelow + 1n;
  // Below the target, exactly on a cut boundary (half of N on the 0.1 grid), and a hair below it.
  const half = (n.units * 10n ** BigInt(Math.max(0, 1 - n.scale))) / 2n;
  const halfScale = Math.max(1, n.scale);
  const [onCutA, onCutB] = exactShare(half, halfScale, 7n * 10n ** 7n);
  // 10^-13 below the target and below half of it, on the share's grid (10^d, d = max(1, N's decimals)).
  const grid = BigInt(n.units) * 10n ** BigInt(Math.max(0, 1 - n.scale));
  const edges = [justBelow(grid, 10n ** BigInt(halfScale + 2)), justBelow(grid / 2n, 10n ** BigInt(halfScale + 2))].filter((pair): pair is [bigint, bigint] => pair !== null).map(([p, q]): [string, string] => [p.toString(), q.toString()]);
  return [
    ...edges,
    [null, null],
    atTarget,
    atTargetLarge,
    [hairBelow.toString(), big.toString()],
    [hairAbove.toString(), big.toString()],
    [onCutA, onCutB],
    [(BigInt(onCutA) - 1n).toString(), onCutB],
    ['145090.3', '205469.2'],
    ['1234.5678', '9876.5432'],
    ['5', '0'],
    ['150', '100'],
    ['0', '17'],
    ['628540000000', '4044000000000'],
    ['156710', '363249'],
    ['3714388.81', '3714388.81'],
  ];
}

/**
 * The fillings of each period: row n of a kind gets scenario (variant + n) of its kind's list, so
 * that every scenario of every kind is met by many rows (a kind has some hundred rows a period).
 */
export const VARIANTS = 4;

/**
 * The cells of a row in a variant: scenario (variant + row's number) of its kind.
 *
 * @param row - the row, as the layout gives it
 * @param variant - 0 … VARIANTS − 1
 * @param hours - the quarter's hours
 * @param words - the list words of the workbook's language
 * @returns the row's white cells
 */
export function fillRow(row: IndicatorRow, variant: number, hours: string, words: { yes: string; no: string; done: string; notDone: string }): Filling {
  const { indicator } = row;
  const pick = <T>(list: readonly T[]): T => list[(variant + row.number) % list.length]!;
  const columns = row.inputs.map((input) => input.column);
  const cells = (values: readonly (string | number | null)[]): Filling =>
    Object.fromEntries(columns.map((column, index) => [column, typeof values[index] === 'string' && /^\d/u.test(values[index] as string) ? typed(values[index] as string) : (values[index] ?? null)]));
  const target = indicator.target;
  switch (indicator.kind) {
    case 'ratio':
    case 'growth':
      return cells(pick(shareScenarios(target)));
    case 'decreasing-ratio': {
      const n = scaled(target ?? '45');
      const list = shareScenarios(target);
      // Above the target: Z = 2N exactly (W = U / 2), and Z = 100 %.
      const twice = exactShare(2n * n.units, n.scale, 3n);
      return cells(pick([...list, twice, ['17', '17'], ['44', '100']]));
    }
    case 'count': {
      const n = target ?? '10';
      const units = scaled(n);
      const below = units.units > 0n ? decimal(units.units - 1n, units.scale) : '0';
      const hair = decimal(units.units * 10000n / 10n ** BigInt(units.scale) - 1n, 4);
      const third = decimal((units.units * 100n) / (3n * 10n ** BigInt(units.scale)), 2);
      return cells([pick([null, n, below, decimal(units.units + 10n ** BigInt(units.scale), units.scale), '0', units.units > 0n ? hair : '0.0001', '9999999999999', third, '2.5'])]);
    }
    case 'milestone':
      return cells([pick([null, words.done, words.notDone])]);
    case 'composite': {
      const count = columns.length;
      const all = (word: string): string[] => Array.from({ length: count }, () => word);
      return cells(pick([all(''), all(words.yes), all(words.no), all('').map((_, index) => (index % 2 === 0 ? words.yes : words.no)), all('').map((_, index) => (index === 0 ? words.yes : words.no)), all('').map((_, index) => (index === count - 1 ? words.no : words.yes))]).map((word) => (word === '' ? null : word)));
    }
    case 'uptime': {
      const n = scaled(target ?? '99.7');
      const h = BigInt(hours);
      // A = N exactly: t_down = (100 − N) / 100 × hours (4 decimals at most for a target of 2 decimals).
      const downUnits = (100n * 10n ** BigInt(n.scale) - n.units) * h; // over 10^(scale+2)
      const atTarget = decimal(downUnits, n.scale + 2);
      const hairAbove = decimal(downUnits * 10n ** BigInt(2 - n.scale) + 1n, 4);
      // A = (t_total − t_down) / t_total × 100 a hair below N and below N − 1, at 4 decimals (t_total near 10^9 h: silly, within the limits).
      const grid = n.units * 10n ** BigInt(Math.max(0, 1 - n.scale));
      const d = Math.max(1, n.scale);
      const edges = [justBelow(grid, 10n ** BigInt(d + 2)), justBelow(grid - 10n ** BigInt(d), 10n ** BigInt(d + 2))]
        .filter((pair): pair is [bigint, bigint] => pair !== null)
        .map(([p, q]): [string, string] => [decimal(q - p, 4), decimal(q, 4)]);
      return cells(
        pick([
          ...edges,
          [null, null],
          ['0', null],
          [atTarget, null],
          [hairAbove, null],
          ['17.52', '8760'],
          ['17.5201', '8760'],
          [hours, null],
          ['1.5', null],
          ['100', '2200.25'],
        ]),
      );
    }
    case 'security': {
      // S = 5·(tested + connected)·10^(1+d) / systems / 10^d a hair below N and below N / 2 (counts of 13 digits).
      const n = scaled(target ?? '100');
      const d = Math.max(1, n.scale);
      const grid = n.units * 10n ** BigInt(d - n.scale);
      const edges = [justBelow(grid, 5n * 10n ** BigInt(1 + d)), justBelow(grid / 2n, 5n * 10n ** BigInt(1 + d))]
        .filter((pair): pair is [bigint, bigint] => pair !== null)
        .map(([p, q]): (string | null)[] => [null, null, ((p + 1n) / 2n).toString(), (p / 2n).toString(), q.toString()]);
      return cells(
        pick([
          ...edges,
          [null, null, null, null, null],
          ['100', '100', null, null, null],
          ['87.5', '66.6667', null, null, null],
          ['99.99', '100', null, null, null],
          ['99.9999', '99.9999', null, null, null],
          [null, null, '10', '9', '12'],
          [null, null, '0', '0', '0'],
          [null, null, '3', '3', '3'],
          [null, null, '2', '1', '7'],
          ['0', '0', null, null, null],
        ]),
      );
    }
    case 'complement-ratio': {
      const n = scaled(target ?? '70');
      // A = N exactly: b / c = (100 − N) / 100, c = 10^(scale+2) × k.
      const k = 10n ** BigInt(10 - n.scale);
      const c = 10n ** BigInt(n.scale + 2) * k;
      const b = (100n * 10n ** BigInt(n.scale) - n.units) * k;
      const excusable = columns.length > 2;
      const tail = (values: (string | null)[]): (string | null)[] => (excusable ? values : values.slice(0, 2));
      const grid = n.units * 10n ** BigInt(Math.max(0, 1 - n.scale));
      const d = Math.max(1, n.scale);
      const edges = [justBelow(grid, 10n ** BigInt(d + 2)), justBelow(grid / 3n, 10n ** BigInt(d + 2))]
        .filter((pair): pair is [bigint, bigint] => pair !== null)
        .map(([p, q]) => tail([(q - p).toString(), q.toString(), null]));
      return cells(
        pick([
          ...edges,
          tail([null, null, null]),
          tail(['0', '50', null]),
          tail(['0', '0', null]),
          tail(['3', '7', null]),
          tail(['7', '7', null]),
          tail([b.toString(), c.toString(), null]),
          tail([(b + 1n).toString(), c.toString(), null]),
          tail(['5', '40', excusable ? '2' : null]),
          tail(['12.5', '40.25', excusable ? '12.5' : null]),
        ]),
      );
    }
    default:
      throw new Error(`no scenarios for ${indicator.kind as string}`);
  }
}
