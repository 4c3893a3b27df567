/**
 * Generators of the fuzz suite: valid figures with their exact value, figures printed every way
 * the reports print them, and hostile values of every sort (strings, numbers, BigInts, Symbols,
 * huge and deep values, null-prototype objects, getters, proxies).
 *
 * @module
 */
import * as fc from 'fast-check';

/** A figure within the library's limits, with the plain decimal it stands for. */
export interface ValidFigure {
  /** What is given to the library: a plain or printed string, or a safe integer. */
  readonly input: string | number;
  /** The exact value, as a plain decimal (no exponent, no trailing zeros). */
  readonly value: string;
}

const plainOf = (integer: bigint, decimals: number): string => {
  const digits = integer.toString().padStart(decimals + 1, '0');
  if (decimals === 0) return digits;
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/u, '');
  return fraction === '' ? whole : `${whole}.${fraction}`;
};

const group = (digits: string, separator: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/gu, separator);

/** A valid figure: at most 30 significant digits, 20 decimals, below 10^24, printed one of several ways. */
export const validFigure: fc.Arbitrary<ValidFigure> = fc
  .tuple(
    fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 6n }), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 10n ** 22n })),
    fc.integer({ min: 0, max: 6 }),
    fc.constantFrom('plain', 'grouped', 'nbsp', 'comma', 'number', 'thousand', 'zeros'),
  )
  .map(([integer, decimals, style]): ValidFigure => {
    const value = plainOf(integer, decimals);
    const [whole, fraction] = value.split('.') as [string, string | undefined];
    switch (style) {
      case 'grouped':
        return { input: `${group(whole, ' ')}${fraction === undefined ? '' : `,${fraction}`}`, value };
      case 'nbsp':
        return { input: `${group(whole, '\u00a0')}${fraction === undefined ? '' : `,${fraction}`}`, value };
      case 'comma':
        return { input: value.replace('.', ','), value };
      case 'number':
        return Number.isSafeInteger(Number(value)) && fraction === undefined ? { input: Number(value), value } : { input: value, value };
      case 'thousand': {
        // "1,5 тыс." is 1500: the value divided by 1000 and printed with the scale word.
        if (fraction !== undefined || whole.length > 20) return { input: value, value };
        const padded = whole.padStart(4, '0');
        const head = padded.slice(0, -3).replace(/^0+(?=\d)/u, '');
        const tail = padded.slice(-3).replace(/0+$/u, '');
        return { input: `${head}${tail === '' ? '' : `,${tail}`} тыс.`, value };
      }
      case 'zeros':
        return { input: `00${value}${fraction === undefined ? '' : '00'}`, value };
      default:
        return { input: value, value };
    }
  });

/** A figure or "no data": the input and its value, `null` for no data. */
export const figureOrNone: fc.Arbitrary<{ readonly input: string | number | null; readonly value: string | null }> = fc.oneof(
  { weight: 8, arbitrary: validFigure },
  { weight: 1, arbitrary: fc.constantFrom({ input: null, value: null }, { input: '-', value: null }, { input: '--', value: null }, { input: '—', value: null }) },
);

// Built once: a 6.7 MB figure that once overflowed the stack, and values nested beyond any limit.
const HUGE_FIGURE = `${'1 '.repeat(3_355_429)}1`;
const HUGE_DIGITS = '9'.repeat(1_000_000);
const deepList = (depth: number): unknown => {
  let value: unknown = [];
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
};
const DEEP_LIST = deepList(5_000);

const withGetter = (value: unknown, throws: boolean): object => {
  let reads = 0;
  return Object.defineProperty({}, 'a', {
    enumerable: true,
    get() {
      reads += 1;
      if (throws) throw new Error('getter');
      return reads % 2 === 0 ? value : '1';
    },
  });
};

/** Strings chosen to hit the parser's edges: exponents, signs, scale words, % signs, dashes, controls. */
const trickyString = fc.constantFrom(
  'NaN', 'Infinity', '-Infinity', '1e5', '1E-7', '0x10', '0b1', '+5', '-5', '−5', ' ', '\u0000', '\t1', '1\n', '1 000', '1 00', '1,5', '1.5.5',
  ',5', '5,', '--', '-', '–', '—', '%', '50 %', '50%', '1 млрд', '4,05 млрд', '628,54 млрд тенге', 'млрд', '1 тенге', '1 теңге %', '1 мың', '1 тыс.',
  '815 5647', '1'.repeat(31), `0.${'1'.repeat(21)}`, `${'1'.repeat(25)}`, `${'1'.repeat(150)} млрд`, '\u001b]0;x\u0007\u001b[2J', '\u202e1', '1\u2028', '٣', '１２',
  '__proto__', 'constructor', HUGE_DIGITS.slice(0, 300), `${'1 '.repeat(200)}1`,
);

/** Anything a caller could pass where a figure belongs. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: trickyString },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, -1, 1e21, Number.NaN, Infinity, -Infinity, 0.1) },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 1, arbitrary: fc.constantFrom(Symbol('figure'), Symbol.for('cdto-kpi.error'), undefined, null, true, false) },
  { weight: 1, arbitrary: fc.constantFrom(HUGE_FIGURE, HUGE_DIGITS) },
  { weight: 1, arbitrary: fc.constant(null).map(() => DEEP_LIST) },
  { weight: 1, arbitrary: fc.oneof(fc.object({ maxDepth: 2 }), fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 })) },
  { weight: 1, arbitrary: fc.constant(null).map(() => Object.assign(Object.create(null) as object, { a: '1' })) },
  { weight: 1, arbitrary: fc.boolean().map((throws) => withGetter('2', throws)) },
  {
    weight: 1,
    arbitrary: fc.constant(null).map(() => new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } })),
  },
  { weight: 1, arbitrary: fc.constantFrom(new Date(0), new Map([['a', '1']]), [1, 2], () => '1', Object.freeze({ a: '1' })) },
);

/** Where a figure is expected: mostly valid figures, often hostile values. */
export const anyFigure: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: figureOrNone.map((figure) => figure.input) }, { weight: 2, arbitrary: hostileValue });

/** An indicator id: the shape the catalogues use, sometimes odd but always a string. */
export const indicatorId: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('security.1', 'common.3', 'justice.12', 'x.1'),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,12}\.\d{1,2}$/u),
);
