/**
 * The formulas as mathematics: LaTeX for each indicator's measure and for the rule that awards
 * its weight, rendered with KaTeX when the site is built, so that a page needs no script to show
 * them. The Kazakh text of Decree No. 1157 prints its formulas as LaTeX (e.g.
 * `A=100% - t_тұралау / t_жалпы * 100 %`); the Russian text lost its formula images, so its page
 * shows the same mathematics with the Russian text's own names of the variables.
 */
import katex from 'katex';
import type { IndicatorKind } from '../../src/index.js';
import type { Indicator2023 } from '../../src/generated/catalogue-2023.js';
import type { Indicator2025 } from '../../src/generated/catalogue-2025.js';
import type { Lang } from './i18n.js';

type Indicator = Indicator2023 | Indicator2025;

const words = {
  down: { kk: 'тұралау', ru: 'простоя' },
  total: { kk: 'жалпы', ru: 'общее' },
  met: { kk: 'орындалған өлшемшарттар', ru: 'выполненные критерии' },
  done: { kk: 'орындалды', ru: 'выполнено' },
  notDone: { kk: 'орындалмады', ru: 'не выполнено' },
} as const;

/** The LaTeX of what an indicator measures, or `null` when it measures a count or a milestone. */
export function measureLatex(indicator: Indicator, lang: Lang): string | null {
  const kind: IndicatorKind = indicator.kind;
  switch (kind) {
    case 'ratio':
    case 'decreasing-ratio':
    case 'growth':
      return 'Z = \\frac{a}{b} \\times 100';
    case 'uptime':
      return `A = 100 - \\frac{t_{\\text{${words.down[lang]}}}}{t_{\\text{${words.total[lang]}}}} \\times 100`;
    case 'security':
      return 'S = \\frac{I_a + I_b}{2}';
    case 'complement-ratio':
      return 'A = 100 - \\frac{b}{c} \\times 100';
    case 'composite':
      return `Z = \\sum_{i \\,\\in\\, \\text{${words.met[lang]}}} w_i`;
    case 'count':
    case 'milestone':
      return null;
  }
}

/** The LaTeX of the rule that awards W for a kind (the published method, as the scorer applies it). */
export function awardLatex(kind: IndicatorKind, lang: Lang): string {
  const symbol: Record<IndicatorKind, string> = {
    ratio: 'Z', 'decreasing-ratio': 'Z', growth: 'Z', composite: 'Z', uptime: 'A', 'complement-ratio': 'A', security: 'S', count: 'a', milestone: '',
  };
  if (kind === 'milestone') {
    return `W = \\begin{cases} U, & \\text{${words.done[lang]}} \\\\[4pt] 0, & \\text{${words.notDone[lang]}} \\end{cases}`;
  }
  if (kind === 'decreasing-ratio') {
    return 'W = \\begin{cases} U, & Z \\le N \\\\[4pt] \\dfrac{N}{Z} \\cdot U, & Z > N \\end{cases}';
  }
  const x = symbol[kind];
  return `W = \\begin{cases} U, & ${x} \\ge N \\\\[4pt] \\dfrac{${x}}{N} \\cdot U, & ${x} < N \\end{cases}`;
}

/** KaTeX's HTML and MathML for a formula; a formula KaTeX cannot read fails the build. */
export function renderMath(latex: string): string {
  return katex.renderToString(latex, { displayMode: true, throwOnError: true, output: 'htmlAndMathml', strict: 'ignore' });
}
