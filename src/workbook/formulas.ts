/**
 * The formulas of a workbook: each row scored as the library scores it, in Excel or LibreOffice,
 * with no macro, exactly. A spreadsheet computes in doubles and both engines smooth some results at
 * 15 significant digits, so these formulas never cut a fraction: every figure is scaled to an
 * integer and every intermediate value is an integer below 10^14, where doubles and both engines
 * are exact; each division is an estimate corrected by exact integer comparisons, and a cut share
 * is a long division. The constants (N, U, the criteria's weights) are worked out here with the
 * library's decimal.js clone. docs/usage.md ("The limits, and why the formulas are exact") gives
 * the whole argument, step by step; the steps cited below are its.
 *
 * @module
 */
import { Exact, type ExactDecimal, plain } from '../decimal/decimal.js';
import { COLUMNS, columnIndex, columnLetters, type IndicatorRow, type SheetPlan } from './layout.js';
import { listWords, RULE_TEXTS, SHEET_LABELS, STATUS_TEXTS, type WorkbookLanguage } from './labels.js';

/** A row's state, as the hidden status cell holds it. */
const STATUS = Object.freeze({
  scored: 0,
  noData: 1,
  incomplete: 2,
  text: 3,
  negative: 4,
  wrong: 5,
  decimals: 6,
  range: 7,
  inconsistent: 8,
  mixed: 9,
} as const);

/** The rule codes of the hidden rule cell (above 100: 100 + a status that is not scored). */
const RULE = Object.freeze({ atTarget: 1, proportional: 2, inverse: 3, done: 4, notDone: 5, noData: 6, noTarget: 7, proportionalCount: 8 } as const);

/**
 * What a number cell of a workbook may hold, so that its formulas are exact (see docs/usage.md, "The
 * workbook"): at most `decimals` decimals; written with its row's decimals, fewer than `digits`
 * + 1 digits (below 10^13); and a ratio's a / b below `ratio` (10^10, so Z stays below 10^12 %).
 */
export const WORKBOOK_LIMITS = Object.freeze({ decimals: 4, digits: 13, ratio: '10000000000' } as const);

/** A scaled figure is below this; a / b below `RATIO_LIMIT`. */
export const SCALED_LIMIT = /* @__PURE__ */ shifted(1, WORKBOOK_LIMITS.digits);
export const RATIO_LIMIT = /* @__PURE__ */ new Exact(WORKBOOK_LIMITS.ratio);

/** Every intermediate value of a formula stays below this; a constant that would not is a bug of the layout. */
const INTEGER_LIMIT = /* @__PURE__ */ shifted(1, 14);

/** The formula cells of one row or of the totals, by address. */
interface FormulaCells {
  readonly cells: readonly (readonly [address: string, formula: string])[];
  /** The last hidden column used (its index from 1). */
  readonly lastColumn: number;
}

/** A text as a formula's string literal. */
const literal = (text: string): string => `"${text.replaceAll('"', '""')}"`;

/** A decimal times 10^scale, exactly: `shifted('99.74', 2)` is 9974. */
export function shifted(value: string | number | ExactDecimal, scale: number): ExactDecimal {
  return new Exact(value).times(`1e${scale}`);
}

/** An integer constant as a formula literal, checked to be an integer within the workbook's integers. */
function int(value: ExactDecimal): string {
  if (!value.isInteger() || value.isNegative() || value.gte(INTEGER_LIMIT)) throw new RangeError(`a formula constant that is not an integer below 10^14: ${plain(value)}`);
  return value.toFixed();
}

/** ⌊P / Q⌋ for integers 0 ≤ P < 10^14, 0 < Q < 10^13: an estimate and its exact correction (docs/usage.md, step 3). */
function floorDivision(p: string, q: string): string {
  const estimate = `INT(${p}/${q})`;
  return `(${estimate}-(${estimate}*${q}>${p})+((${estimate}+1)*${q}<=${p}))`;
}

/** Adds a working cell to a row and returns its address. */
type Add = (formula: string) => string;

/**
 * The formulas of an indicator's row: the working cells, the state, W × 10 and the rule code
 * (hidden), and the visible Z, W and rule; `hours` stand in for an uptime's empty t_total.
 */
export function rowFormulas(plan: IndicatorRow, hours: string, lang: WorkbookLanguage): FormulaCells {
  const { row, indicator } = plan;
  // The row's working cells, left to right from the first hidden working column.
  const working: [string, string][] = [];
  let next = columnIndex(COLUMNS.firstWorking);
  const add: Add = (formula) => {
    const address = `${columnLetters(next++)}${row}`;
    working.push([address, formula]);
    return address;
  };
  const status = `${COLUMNS.status}${row}`;
  const tenths = `${COLUMNS.awardedTenths}${row}`;
  const ruleCode = `${COLUMNS.ruleCode}${row}`;
  const d = plan.shareDecimals;
  const weight = indicator.weight;
  const weightScale = new Exact(weight).decimalPlaces();
  const weightUnits = shifted(weight, weightScale);
  const fullWeight = int(shifted(weight, 1).floor());

  let stateFormula = '';
  let award = '';
  let rule = '';
  let measured: string | null = null;

  if (indicator.kind === 'milestone' || indicator.kind === 'composite') {
    const [yes, no] = listWords(indicator.kind === 'milestone', lang);
    // 0 empty, 1 yes (done), 2 no (not done), 4 anything else.
    const values = plan.inputs.map((cell) => {
      const x = `${cell.column}${row}`;
      return add(`IF(ISBLANK(${x}),0,IF(ISTEXT(${x}),IF(${x}=${literal(yes)},1,IF(${x}=${literal(no)},2,4)),4))`);
    });
    const any = (condition: string): string => `OR(${values.map((value) => `${value}${condition}`).join(',')})`;
    const all = (condition: string): string => `AND(${values.map((value) => `${value}${condition}`).join(',')})`;
    stateFormula = `IF(${any('=4')},${STATUS.wrong},IF(${all('=0')},${STATUS.noData},IF(${any('=0')},${STATUS.incomplete},${STATUS.scored})))`;
    if (indicator.kind === 'milestone') {
      award = `IF(${values[0]}=1,${fullWeight},0)`;
      rule = `IF(${values[0]}=1,${RULE.done},${RULE.notDone})`;
    } else {
      const criteria = indicator.criteria ?? [];
      const criteriaScale = Math.max(0, ...criteria.map((criterion) => new Exact(criterion.weight).decimalPlaces()));
      const sum = add(`${criteria.map((criterion, index) => `(${values[index]}=1)*${int(shifted(criterion.weight, criteriaScale))}`).join('+')}`);
      measured = criteriaScale <= d ? add(`${sum}*${int(shifted(1, d - criteriaScale))}`) : add(floorDivision(sum, int(shifted(1, criteriaScale - d))));
      ({ award, rule } = shareAward(measured, plan, false, weightUnits, weightScale, fullWeight, add));
    }
  } else {
    // Each figure's state, decimals and (once the row's scale is known) its scaled value.
    const figures = plan.inputs.map((cell) => {
      const x = `${cell.column}${row}`;
      const state = add(`IF(ISBLANK(${x}),0,IF(ISNUMBER(${x}),IF(${x}<0,3,1),IF(ISTEXT(${x}),2,4)))`);
      const steps = [1, 2, 3, 4].map((j) => `IF(${x}*${10 ** j}=ROUND(${x}*${10 ** j},0),${j},`).join('');
      const decimals = add(`IF(${state}<>1,0,IF(${x}=INT(${x}),0,${steps}5))))))`);
      return { field: cell.field, cell: x, state, decimals, scaled: '' };
    });
    const scale = add(`MIN(MAX(${figures.map((figure) => figure.decimals).join(',')}),4)`);
    const power = add(`CHOOSE(${scale}+1,1,10,100,1000,10000)`);
    for (const figure of figures) {
      const x = figure.cell;
      figure.scaled =
        indicator.kind === 'uptime' && figure.field === 'totalHours'
          ? add(`IF(${figure.state}=1,ROUND(${x}*${power},0),IF(${figure.state}=0,${int(new Exact(hours))}*${power},0))`)
          : add(`IF(${figure.state}=1,ROUND(${x}*${power},0),0)`);
    }
    const f = (field: string): (typeof figures)[number] => figures.find((figure) => figure.field === field)!;
    const states = figures.map((figure) => figure.state);
    const prefix = (kindState: string): string =>
      `IF(OR(${states.map((s) => `${s}=4`).join(',')}),${STATUS.wrong},` +
      `IF(OR(${states.map((s) => `${s}=3`).join(',')}),${STATUS.negative},` +
      `IF(OR(${figures.map((figure) => `${figure.decimals}=5`).join(',')}),${STATUS.decimals},` +
      `IF(OR(${figures.map((figure) => `${figure.scaled}>=${int(SCALED_LIMIT)}`).join(',')}),${STATUS.range},` +
      `IF(OR(${states.map((s) => `${s}=2`).join(',')}),${STATUS.text},${kindState})))))`;
    // A share M = ⌊P·10^digits / Q⌋ (the share × 10^d) by long division (docs/usage.md, step 4), then W against the target.
    const share = (state: string, numerator: string, denominator: string, digits = 2 + d): void => {
      stateFormula = prefix(state);
      measured = longDivision(add(numerator), add(denominator), digits, add);
      ({ award, rule } = shareAward(measured, plan, indicator.kind === 'decreasing-ratio', weightUnits, weightScale, fullWeight, add));
    };
    switch (indicator.kind) {
      case 'ratio':
      case 'decreasing-ratio':
      case 'growth': {
        const [top, bottom] = indicator.kind === 'growth' ? [f('digitised'), f('total')] : [f('a'), f('b')];
        // b = 0: Z = 0 (the method's zero-denominator rule).
        share(
          `IF(AND(${top.state}=0,${bottom.state}=0),${STATUS.noData},IF(OR(${top.state}=0,${bottom.state}=0),${STATUS.incomplete},IF(AND(${bottom.scaled}>0,${top.scaled}>=${int(RATIO_LIMIT)}*${bottom.scaled}),${STATUS.range},${STATUS.scored})))`,
          `IF(${bottom.scaled}=0,0,${top.scaled})`,
          `IF(${bottom.scaled}=0,1,${bottom.scaled})`,
        );
        break;
      }
      case 'uptime': {
        const down = f('downtimeHours');
        const total = f('totalHours');
        share(
          `IF(${down.state}=0,IF(${total.state}=0,${STATUS.noData},${STATUS.incomplete}),IF(OR(${total.scaled}=0,${down.scaled}>${total.scaled}),${STATUS.inconsistent},${STATUS.scored}))`,
          `(${total.scaled}-${down.scaled})*1`,
          `IF(${total.scaled}=0,1,${total.scaled})`,
        );
        break;
      }
      case 'complement-ratio': {
        const failing = f('b');
        const items = f('c');
        const excused = figures.find((figure) => figure.field === 'excused') ?? null;
        const empty = [failing, items, ...(excused === null ? [] : [excused])].map((figure) => `${figure.state}=0`).join(',');
        // c = 0 (and so b = 0): A = 100, the method's zero-denominator rule.
        share(
          `IF(AND(${empty}),${STATUS.noData},IF(OR(${failing.state}=0,${items.state}=0),${STATUS.incomplete},IF(OR(${failing.scaled}>${items.scaled}${excused === null ? '' : `,${excused.scaled}>${failing.scaled}`}),${STATUS.inconsistent},${STATUS.scored})))`,
          `IF(${items.scaled}=0,1,(${items.scaled}-${failing.scaled}${excused === null ? '' : `+${excused.scaled}`})*1)`,
          `IF(${items.scaled}=0,1,${items.scaled})`,
        );
        break;
      }
      case 'security': {
        const [ia, ib, tested, connected, systems] = [f('ia'), f('ib'), f('tested'), f('connected'), f('systems')];
        const percents = add(`(${ia.state}<>0)+(${ib.state}<>0)`);
        const counts = add(`(${tested.state}<>0)+(${connected.state}<>0)+(${systems.state}<>0)`);
        // S·10^d = ⌊(Ia + Ib)·10^(1+d) / (20·10^s)⌋, or ⌊5·(tested + connected)·10^(1+d) / systems⌋ (systems = 0: S = 0).
        share(
          `IF(AND(${percents}>0,${counts}>0),${STATUS.mixed},IF(${percents}+${counts}=0,${STATUS.noData},IF(OR(${percents}=1,AND(${counts}>0,${counts}<3)),${STATUS.incomplete},` +
            `IF(${percents}=2,IF(OR(${ia.scaled}>100*${power},${ib.scaled}>100*${power}),${STATUS.inconsistent},${STATUS.scored}),IF(OR(${tested.scaled}>${systems.scaled},${connected.scaled}>${systems.scaled}),${STATUS.inconsistent},${STATUS.scored})))))`,
          `IF(${percents}>0,${ia.scaled}+${ib.scaled},IF(${systems.scaled}=0,0,5*(${tested.scaled}+${connected.scaled})))`,
          `IF(${percents}>0,20*${power},IF(${systems.scaled}=0,1,${systems.scaled}))`,
          1 + d,
        );
        break;
      }
      case 'count': {
        const a = f('a');
        stateFormula = prefix(`IF(${a.state}=0,${STATUS.noData},${STATUS.scored})`);
        ({ award, rule } = countAward(a.scaled, scale, plan, weightUnits, weightScale, fullWeight));
        break;
      }
      default:
        throw new RangeError(`${indicator.id}: a kind the workbook does not know: ${indicator.kind as string}`);
    }
  }

  const cells: (readonly [string, string])[] = [...working];
  cells.push([status, stateFormula]);
  if (plan.noTarget) {
    cells.push([tenths, `IF(${status}<=${STATUS.noData},0,"")`]);
    cells.push([ruleCode, `IF(${status}<=${STATUS.noData},${RULE.noTarget},100+${status})`]);
  } else {
    cells.push([tenths, `IF(${status}=${STATUS.scored},${award},IF(${status}=${STATUS.noData},0,""))`]);
    cells.push([ruleCode, `IF(${status}=${STATUS.noData},${RULE.noData},IF(${status}>${STATUS.noData},100+${status},${rule}))`]);
  }
  if (measured !== null) cells.push([`${COLUMNS.share}${row}`, `IF(${status}=${STATUS.scored},${measured}/${int(shifted(1, d))},"")`]);
  cells.push([`${COLUMNS.awarded}${row}`, `IF(${tenths}="","",${tenths}/10)`]);
  cells.push([`${COLUMNS.rule}${row}`, ruleText(ruleCode, lang)]);
  return { cells, lastColumn: Math.max(next - 1, columnIndex(COLUMNS.ruleCode)) };
}

/** ⌊P·10^digits / Q⌋ by long division, each step an exact corrected division (docs/usage.md, step 4). */
function longDivision(numerator: string, denominator: string, digits: number, add: Add): string {
  const quotient = add(floorDivision(numerator, denominator));
  let remainder = add(`(${numerator}-${quotient}*${denominator})*1`);
  const found: string[] = [];
  for (let step = 1; step <= digits; step += 1) {
    const digit = add(floorDivision(`(10*${remainder})`, denominator));
    found.push(digit);
    if (step < digits) remainder = add(`(10*${remainder}-${digit}*${denominator})*1`);
  }
  return add(found.reduce((value, digit) => `(${value}*10+${digit})`, quotient));
}

/** W × 10 and the rule of a share (Z, A, S) against its target, from M = the share × 10^d. */
function shareAward(measured: string, plan: IndicatorRow, decreasing: boolean, weightUnits: ExactDecimal, weightScale: number, fullWeight: string, add: Add): { award: string; rule: string } {
  if (plan.noTarget) return { award: '0', rule: String(RULE.noTarget) };
  const target = shifted(plan.indicator.target!, plan.shareDecimals);
  const weightPower = shifted(1, weightScale);
  if (!decreasing) {
    // W·10 = ⌊10·M·U / N⌋ = ⌊10·M·Uₙ / (Nₘ·10^u)⌋, with M < Nₘ here.
    if (target.times(weightUnits).times(10).gte(INTEGER_LIMIT)) throw new RangeError(`${plan.indicator.id}: constants beyond the workbook's integers`);
    const below = floorDivision(`(10*${measured}*${int(weightUnits)})`, int(target.times(weightPower)));
    return { award: `IF(${measured}>=${int(target)},${fullWeight},${below})`, rule: `IF(${measured}>=${int(target)},${RULE.atTarget},${RULE.proportional})` };
  }
  // Above the target: W·10 = ⌊10·N·U / Z⌋ = ⌊K / (M·10^u)⌋, K = 10·Nₘ·Uₙ; 0 once M·10^u > K.
  const constant = target.times(weightUnits).times(10);
  const bound = constant.divToInt(weightPower);
  const above = add(`IF(${measured}>${int(bound)},0,${floorDivision(int(constant), `(${measured}*${int(weightPower)})`)})`);
  return { award: `IF(${measured}<=${int(target)},${fullWeight},${above})`, rule: `IF(${measured}<=${int(target)},${RULE.atTarget},${RULE.inverse})` };
}

/** W × 10 and the rule of a count: a ≥ N earns U, else ⌊10·a·U / N⌋ (a scaled by 10^s, s known only when the sheet computes). */
function countAward(scaled: string, scale: string, plan: IndicatorRow, weightUnits: ExactDecimal, weightScale: number, fullWeight: string): { award: string; rule: string } {
  if (plan.noTarget) return { award: '0', rule: String(RULE.noTarget) };
  const target = plan.indicator.target!;
  const targetScale = new Exact(target).decimalPlaces();
  const targetUnits = shifted(target, targetScale);
  // a ≥ N ⟺ a·10^s ≥ ⌈N·10^s⌉, for each s = 0…4.
  const atLeast = `CHOOSE(${scale}+1,${[0, 1, 2, 3, 4].map((s) => int(shifted(target, s).ceil())).join(',')})`;
  // W·10 = ⌊10·(a·10^s)·Uₙ·10^n / (Nₙ·10^(s+u))⌋, with a·10^s < ⌈N·10^4⌉ here.
  const top = shifted(target, 4).ceil().times(weightUnits).times(shifted(10, targetScale));
  if (top.gte(INTEGER_LIMIT)) throw new RangeError(`${plan.indicator.id}: constants beyond the workbook's integers`);
  const divisor = `CHOOSE(${scale}+1,${[0, 1, 2, 3, 4].map((s) => int(shifted(targetUnits, s + weightScale))).join(',')})`;
  const below = floorDivision(`(10*${scaled}*${int(shifted(weightUnits, targetScale))})`, `(${divisor})`);
  return { award: `IF(${scaled}>=${atLeast},${fullWeight},${below})`, rule: `IF(${scaled}>=${atLeast},${RULE.atTarget},${RULE.proportionalCount})` };
}

/** The visible rule: the words of the rule code, or of the state that kept the row from being scored. */
function ruleText(code: string, lang: WorkbookLanguage): string {
  const rules = [RULE_TEXTS.atTarget, RULE_TEXTS.proportional, RULE_TEXTS.inverse, RULE_TEXTS.done, RULE_TEXTS.notDone, RULE_TEXTS.noData, RULE_TEXTS.noTarget, RULE_TEXTS.proportionalCount];
  const states = [STATUS_TEXTS.incomplete, STATUS_TEXTS.text, STATUS_TEXTS.negative, STATUS_TEXTS.wrong, STATUS_TEXTS.decimals, STATUS_TEXTS.range, STATUS_TEXTS.inconsistent, STATUS_TEXTS.mixed];
  return `IF(${code}>100,CHOOSE(${code}-101,${states.map((text) => literal(text[lang])).join(',')}),CHOOSE(${code},${rules.map((text) => literal(text[lang])).join(',')}))`;
}

/**
 * The formulas of a sheet's totals: each block's Σ W, R and share of its planned weight (when the
 * body has several), the body's, and R (the sum of W, or the mean of the directions' R).
 */
export function totalsFormulas(sheet: SheetPlan, lang: WorkbookLanguage): FormulaCells {
  const cells: [string, string][] = [];
  const notScored = literal(SHEET_LABELS.incomplete[lang]);
  const share = (tenthsSum: string, planned: string): string => {
    const total = new Exact(planned);
    if (total.isZero()) return '""';
    return `${floorDivision(`(${tenthsSum}*${int(shifted(100, total.decimalPlaces()))})`, int(shifted(total, total.decimalPlaces())))}/10`;
  };
  // Σ W × 10 of a range of rows, its share of their planned weight, and the count of rows not scored (`bad`).
  const totals = (row: number, rows: readonly IndicatorRow[], planned: string): string => {
    const range = (column: string): string => `${column}${rows[0]!.row}:${column}${rows[rows.length - 1]!.row}`;
    const bad = `${COLUMNS.status}${row}`;
    const sum = `${COLUMNS.awardedTenths}${row}`;
    cells.push([bad, `COUNTIF(${range(COLUMNS.status)},">1")`]);
    cells.push([sum, `SUM(${range(COLUMNS.awardedTenths)})`]);
    cells.push([`${COLUMNS.share}${row}`, `IF(${bad}>0,"",${share(sum, planned)})`]);
    cells.push([`${COLUMNS.awarded}${row}`, `IF(${bad}>0,"",${sum}/10)`]);
    cells.push([`${COLUMNS.rule}${row}`, `IF(${bad}>0,${notScored},"")`]);
    return sum;
  };
  const blockSums = sheet.blocks.flatMap((block) => (block.totalsRow === null ? [] : [totals(block.totalsRow, block.rows, block.plannedWeight)]));
  const sum = totals(sheet.totalsRow, sheet.rows, sheet.plannedWeight);
  const bad = `${COLUMNS.status}${sheet.totalsRow}`;
  // R: the mean of the directions' R (each R = Σ W, already at one decimal), cut at one decimal; or Σ W.
  const result =
    sheet.aggregation === 'mean-of-directions' && sheet.blocks.length > 1
      ? `${floorDivision(`(${blockSums.join('+')})`, int(new Exact(sheet.blocks.length)))}/10`
      : `${sum}/10`;
  cells.push([`${COLUMNS.awarded}${sheet.resultRow}`, `IF(${bad}>0,"",${result})`]);
  cells.push([`${COLUMNS.rule}${sheet.resultRow}`, `IF(${bad}>0,${notScored},"")`]);
  return { cells, lastColumn: columnIndex(COLUMNS.awardedTenths) };
}
