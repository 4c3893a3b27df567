import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_2023 } from '../src/generated/catalogue-2023.js';
import { CATALOGUE_2025 } from '../src/generated/catalogue-2025.js';

const page = readFileSync(new URL('../docs/catalogue.md', import.meta.url), 'utf8');
const [, part2023 = '', part2025 = ''] = page.split(/^## The 20(?:23|25) edition/mu);

/** The rows `| no | \`block\` | body | count |` of a part of the page. */
function countTable(part: string): { block: string; body: string; count: number }[] {
  return [...part.matchAll(/^\| \d+ \| `([a-z-]+)` \| (?:`([a-z-]+)`|every body) \| (\d+) \|$/gmu)].map((match) => ({
    block: match[1]!,
    body: match[2] ?? 'every body',
    count: Number(match[3]),
  }));
}

function countsOf(catalogue: typeof CATALOGUE_2023 | typeof CATALOGUE_2025) {
  return catalogue.blocks.map((block) => ({
    block: block.id,
    body: block.body ?? 'every body',
    count: catalogue.indicators.filter((indicator) => indicator.block === block.id).length,
  }));
}

describe('docs/catalogue.md tells the truth about the data', () => {
  it('counts the indicators of every 2023 direction', () => {
    expect(countTable(part2023)).toEqual(countsOf(CATALOGUE_2023));
    expect(part2023).toContain(`### Disagreements (${CATALOGUE_2023.discrepancies.length} entries)`);
  });

  it('counts the indicators of every 2025 block, and the cells in which the texts differ', () => {
    expect(countTable(part2025)).toEqual(countsOf(CATALOGUE_2025));
    const byField = (prefix: string) => CATALOGUE_2025.discrepancies.filter((entry) => entry.field.startsWith(prefix)).length;
    expect(part2025).toContain(
      `differ in ${CATALOGUE_2025.discrepancies.length} cells (${byField('weights')} weights, ${byField('targets')} targets, ${byField('kind')} kind, ${byField('name')} name, ${byField('row')} row numbers)`,
    );
    expect(part2025).toContain(`${CATALOGUE_2025.indicators.filter((indicator) => indicator.block === 'common').length} common KPIs and ${CATALOGUE_2025.indicators.filter((indicator) => indicator.block !== 'common').length} sector KPIs`);
  });
});
