// The bench's seeded rows: the same seed gives the same rows on every machine.

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
