// Seeded row generators shared by the bench and the differential test: the same seed gives the same
// rows on every machine, so a difference found once can be found again.

/**
 * A small seeded generator (mulberry32): uniform floats in [0, 1).
 *
 * @param {number} seed - any 32-bit integer
 * @returns {() => number}
 */
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const integer = (random, max) => Math.floor(random() * (max + 1));

/**
 * The catalogue-like definitions the bench scores: frozen, reused across rows as a catalogue's are.
 * Weights and targets as the decrees print them (whole numbers and one decimal).
 */
export function benchDefinitions() {
  const definitions = [];
  const weights = ['20', '15', '10', '12.5', '5', '25'];
  const targets = ['75', '80', '100', '50', '60.5', '30'];
  for (let i = 0; i < 6; i += 1) {
    definitions.push(Object.freeze({ id: `bench.ratio.${i}`, kind: 'ratio', weight: weights[i], target: targets[i] }));
    definitions.push(Object.freeze({ id: `bench.decreasing.${i}`, kind: 'decreasing-ratio', weight: weights[(i + 2) % 6], target: ['10', '5', '20', '2.5', '15', '1'][i] }));
    definitions.push(Object.freeze({ id: `bench.count.${i}`, kind: 'count', weight: weights[(i + 4) % 6], target: String(1 + i * 2) }));
  }
  return definitions;
}

/**
 * The bench's rows: ratio, decreasing ratio and count in equal parts, figures as a body reports
 * them (whole numbers mostly, some with decimals), as plain strings.
 *
 * @param {number} count - how many rows
 * @param {number} seed - the seed
 * @returns {{ definition: object, input: object }[]}
 */
export function benchRows(count, seed = 2024) {
  const random = seeded(seed);
  const definitions = benchDefinitions();
  const rows = [];
  for (let i = 0; i < count; i += 1) {
    const definition = definitions[integer(random, definitions.length - 1)];
    if (definition.kind === 'count') {
      rows.push({ definition, input: { a: String(integer(random, 15)) } });
      continue;
    }
    const b = 1 + integer(random, 2_000_000);
    const decimals = random() < 0.2;
    const a = definition.kind === 'ratio' ? integer(random, b) : integer(random, Math.floor(b / 4));
    rows.push({ definition, input: decimals ? { a: `${a}.${integer(random, 99)}`, b: `${b}.${integer(random, 9)}` } : { a: String(a), b: String(b) } });
  }
  return rows;
}

const pick = (random, list) => list[integer(random, list.length - 1)];

function digits(random, length) {
  let text = String(1 + integer(random, 8));
  for (let i = 1; i < length; i += 1) text += String(integer(random, 9));
  return text;
}

/** A figure with the edge cases of the differential test: zero, huge, many decimals, printed forms. */
function edgeFigure(random) {
  const r = random();
  if (r < 0.04) return '0';
  if (r < 0.06) return 0;
  if (r < 0.12) return integer(random, 1_000_000);
  if (r < 0.2) return `${digits(random, 1 + integer(random, 14))}.${digits(random, 1 + integer(random, 14))}`;
  if (r < 0.26) return digits(random, 16 + integer(random, 8)); // beyond 2^53
  if (r < 0.3) return `${digits(random, 1 + integer(random, 9))}.${digits(random, 10 + integer(random, 10))}`; // many decimals
  if (r < 0.34) return `${integer(random, 999)} ${String(integer(random, 999)).padStart(3, '0')}`; // grouped
  if (r < 0.36) return `${integer(random, 9999)},${integer(random, 99)}`; // decimal comma
  if (r < 0.37) return null;
  if (r < 0.38) return '-';
  if (r < 0.39) return '';
  if (r < 0.4) return '0.000';
  if (r < 0.405) return `${' '.repeat(300)}5`; // beyond the printed-figure limit, in spaces
  if (r < 0.7) return String(integer(random, 10_000));
  return String(integer(random, 100));
}

/** A target with 0 to 3 decimals (or zero, rarely). */
function edgeTarget(random) {
  const r = random();
  if (r < 0.03) return '0';
  const whole = String(integer(random, random() < 0.5 ? 100 : 20));
  const decimals = integer(random, 3);
  return decimals === 0 ? whole : `${whole}.${String(integer(random, 10 ** decimals - 1)).padStart(decimals, '0')}`;
}

/** A weight, sometimes with decimals, rarely zero or none. */
function edgeWeight(random) {
  const r = random();
  if (r < 0.02) return null;
  if (r < 0.04) return '0';
  if (r < 0.3) return `${integer(random, 30)}.${String(integer(random, 999)).replace(/0+$/u, '') || '5'}`;
  return String(1 + integer(random, 30));
}

/** The fields of each kind the fast path scores: the part, then the whole (none for a count). */
const FIELDS = {
  ratio: ['a', 'b'],
  'decreasing-ratio': ['a', 'b'],
  growth: ['digitised', 'total'],
  uptime: ['downtimeHours', 'totalHours'],
  'complement-ratio': ['b', 'c'],
  security: ['ia', 'ib'],
  composite: ['met'],
  milestone: ['done'],
  count: ['a'],
};

/** A percentage for security's Ia or Ib: mostly 0 to 100 with up to two decimals, sometimes beyond or printed. */
function percentage(random) {
  const r = random();
  if (r < 0.1) return edgeFigure(random);
  if (r < 0.15) return `${integer(random, 100)} %`;
  if (r < 0.2) return String(100 + integer(random, 50));
  if (r < 0.6) return `${integer(random, 99)}.${integer(random, 99)}`;
  return String(integer(random, 100));
}

/** A composite definition's criteria and a list of the criteria met, with its edges (unknown, twice, none, not a list). */
function composite(random, i) {
  const count = 2 + integer(random, 3);
  const criteria = Array.from({ length: count }, (_, k) => Object.freeze({ id: `c${k}`, weight: pick(random, ['5', '2.5', '10', '1.25', '20', '0.5']) }));
  const ids = criteria.map((criterion) => criterion.id).filter(() => random() < 0.5);
  const r = random();
  const met = r < 0.04 ? null : r < 0.07 ? [...ids, 'unknown'] : r < 0.1 && ids.length > 0 ? [...ids, ids[0]] : r < 0.12 ? 'c0' : ids;
  const target = pick(random, ['10', '20', '15', '12.5', '25', '7.75']);
  return { definition: Object.freeze({ id: `diff.${i}`, kind: 'composite', weight: edgeWeight(random), target, criteria: Object.freeze(criteria) }), input: { met } };
}

/**
 * Rows for the differential test: every kind of the fast path (ratio, decreasing ratio, growth,
 * uptime, complement ratio, security as percentages, composite, milestone, count) with every edge it must get
 * right or hand over (a zero whole, a percentage above 100, an unknown or repeated criterion,
 * a part above its whole, huge figures, many decimals, printed figures, no data, an extra field,
 * targets with 0 to 3 decimals, weights with decimals).
 *
 * @param {number} count - how many rows
 * @param {number} seed - the seed
 * @returns {{ definition: object, input: object }[]}
 */
export function differentialRows(count, seed = 11) {
  const random = seeded(seed);
  const rows = [];
  for (let i = 0; i < count; i += 1) {
    const kind = pick(random, Object.keys(FIELDS));
    const [part, whole] = FIELDS[kind];
    if (kind === 'composite') {
      rows.push(composite(random, i));
      continue;
    }
    if (kind === 'milestone') {
      const done = pick(random, [true, false, true, false, null, 'yes', 1, undefined]);
      rows.push({ definition: Object.freeze({ id: `diff.${i}`, kind, weight: edgeWeight(random), target: pick(random, ['1', '0', '1', '1']) }), input: done === undefined ? {} : { done } });
      continue;
    }
    if (kind === 'security') {
      rows.push({ definition: Object.freeze({ id: `diff.${i}`, kind, weight: edgeWeight(random), target: edgeTarget(random) }), input: { ia: percentage(random), ib: percentage(random) } });
      continue;
    }
    const definition = Object.freeze({ id: `diff.${i}`, kind, weight: edgeWeight(random), target: edgeTarget(random) });
    if (whole === undefined) {
      rows.push({ definition, input: { [part]: edgeFigure(random) } });
      continue;
    }
    const b = edgeFigure(random);
    let a = edgeFigure(random);
    if (random() < 0.5 && typeof b === 'string' && /^\d+$/u.test(b) && b !== '0') a = String(BigInt(b) * BigInt(integer(random, 1000)) / 1000n); // a ≤ b, mostly
    const input = { [part]: a, [whole]: b };
    // An excused count on a complement ratio, now and then: the decimal path's.
    if (kind === 'complement-ratio' && random() < 0.05) input.excused = random() < 0.5 ? null : '0';
    // Now and then the fields on a list, which no path may take for an object.
    rows.push({ definition, input: random() < 0.01 ? Object.assign([], input) : input });
  }
  return rows;
}
