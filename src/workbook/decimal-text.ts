/**
 * Plain decimal strings as the workbook needs them: the catalogue's constants as scaled integers
 * (for the formulas' literals), and a number cell's double as the decimal it stands for.
 *
 * Everything here is exact: integers are `bigint`s, and a double is written by its shortest
 * round-trip text (`String(x)`), which is the decimal a person typed whenever that decimal has at
 * most 15 significant digits (a double holds every such decimal, and the shortest text that reads
 * back as the same double is that decimal).
 *
 * @module
 */

/** A non-negative plain decimal: `0`, `12`, `12.5`, `0.0001` (no sign, no exponent, no grouping). */
const PLAIN = /^(\d+)(?:\.(\d+))?$/u;

/** A non-negative plain decimal, as digits and a scale: `12.5` is `{ units: 125n, scale: 1 }`. */
export interface ScaledInteger {
  readonly units: bigint;
  readonly scale: number;
}

/**
 * Reads a non-negative plain decimal, trailing zeros of the fraction dropped.
 *
 * @param text - a plain decimal such as the catalogue writes (`99.74`, `100`)
 * @returns its digits and scale
 * @throws {RangeError} for anything else (the catalogue's values are plain decimals)
 */
export function readPlain(text: string): ScaledInteger {
  const match = PLAIN.exec(text);
  if (match === null) throw new RangeError(`not a plain non-negative decimal: ${JSON.stringify(text)}`);
  const fraction = (match[2] ?? '').replace(/0+$/u, '');
  return { units: BigInt(`${match[1]}${fraction}`), scale: fraction.length };
}

/**
 * @param text - a plain decimal
 * @returns how many decimals it has, trailing zeros not counted
 */
export function decimalsOf(text: string): number {
  return readPlain(text).scale;
}

/**
 * A plain decimal times 10^scale, exactly.
 *
 * @param text - a plain decimal with at most `scale` decimals
 * @param scale - the power of ten
 * @returns the integer
 * @throws {RangeError} when the decimal has more decimals than `scale`
 */
export function scaledTo(text: string, scale: number): bigint {
  const { units, scale: own } = readPlain(text);
  if (own > scale) throw new RangeError(`${text} has more than ${scale} decimals`);
  return units * 10n ** BigInt(scale - own);
}

/**
 * A plain decimal cut toward zero at `decimals`, times 10^decimals: `cutScaled('2.55', 1)` is 25.
 *
 * @param text - a plain decimal
 * @param decimals - the decimals kept
 * @returns the cut value, scaled
 */
export function cutScaled(text: string, decimals: number): bigint {
  const { units, scale } = readPlain(text);
  return scale <= decimals ? units * 10n ** BigInt(decimals - scale) : units / 10n ** BigInt(scale - decimals);
}

/**
 * The smallest integer at or above a plain decimal times 10^scale: `ceilScaled('2.5', 0)` is 3.
 *
 * @param text - a plain decimal
 * @param scale - the power of ten
 * @returns the integer
 */
export function ceilScaled(text: string, scale: number): bigint {
  const { units, scale: own } = readPlain(text);
  if (own <= scale) return units * 10n ** BigInt(scale - own);
  const divisor = 10n ** BigInt(own - scale);
  return (units + divisor - 1n) / divisor;
}

/**
 * Writes a scaled integer as a plain decimal: `plainOf(1234n, 2)` is `12.34`, trailing zeros dropped.
 *
 * @param units - the integer
 * @param scale - its power of ten
 * @returns the plain decimal
 */
export function plainOf(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/u, '');
  return `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

/**
 * The decimal a double stands for: its shortest round-trip text, written plainly (no exponent),
 * trailing zeros dropped. `0.1` gives `0.1`; `0.1 + 0.2` gives `0.30000000000000004`, which is what
 * the double is closest to, not what anybody typed: the reader refuses it by its decimals.
 *
 * @param value - a finite double
 * @returns a plain decimal, with a leading `-` for a negative value
 */
export function plainOfDouble(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (Object.is(value, -0)) return '0';
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/u.exec(text);
  if (match === null) throw new RangeError(`unexpected number text: ${text}`);
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const shift = Number(exponent);
  const digits = `${whole}${fraction}`;
  const point = whole.length + shift;
  let plain: string;
  if (point <= 0) plain = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) plain = `${digits}${'0'.repeat(point - digits.length)}`;
  else plain = `${digits.slice(0, point)}.${digits.slice(point)}`;
  plain = plain.replace(/^0+(?=\d)/u, '');
  if (plain.includes('.')) plain = plain.replace(/0+$/u, '').replace(/\.$/u, '');
  return `${sign}${plain}`;
}

/**
 * The number of decimals of a plain decimal and the digits it has when written with `decimals`
 * decimals (leading zeros not counted): what the workbook's limits are stated in.
 *
 * @param text - a non-negative plain decimal
 * @param decimals - the decimals it is written with (at least its own)
 * @returns the count of digits of its value times 10^decimals
 */
export function digitsAtScale(text: string, decimals: number): number {
  const value = scaledTo(text, decimals);
  return value === 0n ? 1 : value.toString().length;
}
