/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The calculator of an indicator page: the figures a reader enters, scored in the browser by the
 * library's own scorer (`src/scorer.ts`), with Z, W, the rule and the trace.
 */
import { CdtoKpiError, METHOD_2025, PUBLISHED_METHOD, scoreIndicator, type IndicatorDefinition, type IndicatorScore, type ScoringMethod } from '../../../src/scorer.js';
import { earnsFullWeight, findBoundary } from '../../../src/what-if/boundary.js';
import { cheapestCriteria } from '../../../src/what-if/cheapest-criteria.js';
import { leversFor } from '../../../src/what-if/levers.js';
import { showFigure } from './format.js';
import { initialReading, keepReading, type Reading } from './reading.js';

interface CalcData {
  readonly id: string;
  readonly edition: '2023' | '2025';
  readonly definitions: Readonly<Record<string, IndicatorDefinition>>;
  /** The library's default reading. */
  readonly defaultReading: Reading;
  /** For an uptime indicator: the hours of each quarter of each year (t_total when left empty). */
  readonly hours: Readonly<Record<string, readonly string[]>> | null;
  readonly labels: {
    readonly hoursDefault: string;
    readonly rules: Readonly<Record<string, string>>;
    readonly enter: string;
    readonly error: string;
    readonly notApplicable: string;
    readonly whatIfFull: string;
    readonly whatIfOutOfReach: string;
    readonly atLeast: string;
    readonly atMost: string;
    readonly done: string;
    readonly alsoMeet: string;
  };
}

const dataElement = document.getElementById('calc-data');
const form = document.getElementById('calc-form') as HTMLFormElement | null;

if (dataElement !== null && form !== null) {
  const data = JSON.parse(dataElement.textContent ?? '{}') as CalcData;
  const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
  const year = $<HTMLSelectElement>('calc-year');
  const reading = document.getElementById('calc-reading') as HTMLSelectElement | null;
  const share = $<HTMLOutputElement>('calc-share');
  const awarded = $<HTMLOutputElement>('calc-awarded');
  const rule = $<HTMLOutputElement>('calc-rule');
  const status = $<HTMLElement>('calc-status');
  const trace = $<HTMLOListElement>('calc-trace');
  const warnings = $<HTMLElement>('calc-warnings');
  const summary = $<HTMLElement>('calc-def');
  const whatIf = $<HTMLElement>('calc-whatif');
  const quarter = document.getElementById('calc-quarter') as HTMLSelectElement | null;
  const hoursHint = document.getElementById('calc-uptime-totalHours-hint');
  if (reading !== null) {
    reading.value = initialReading(data.defaultReading);
    keepReading(reading.value as Reading, data.defaultReading);
    reading.addEventListener('change', () => keepReading(reading.value as Reading, data.defaultReading));
  }
  /** The hours of the quarter chosen: t_total when the reader leaves it empty. */
  const quarterHours = (): string | null => data.hours?.[year.value]?.[Number(quarter?.value ?? '1') - 1] ?? null;

  /**
   * The least figure that earns the full weight, the others unchanged, found by the library's own
   * what-if (the scorer decides every step): per lever of the kind, or the criteria still to meet.
   */
  const needed = (current: IndicatorDefinition, input: Readonly<Record<string, unknown>>, score: IndicatorScore, method: ScoringMethod): string => {
    if (score.weight === null || score.awarded === score.weight) return data.labels.whatIfFull;
    if (score.rule === 'no-target' || score.rule === 'not-applicable') return data.labels.whatIfOutOfReach;
    const answers: string[] = [];
    for (const lever of leversFor(current.kind, input)) {
      if (lever.type === 'done') {
        if (earnsFullWeight(current, { done: true }, method)) answers.push(`done = ${data.labels.done}`);
      } else if (lever.type === 'criteria' && current.kind === 'composite') {
        // The library's own answer: the missing criteria of least weight that earn the full weight.
        const best = cheapestCriteria(current, (input['met'] as readonly string[] | null) ?? null, method);
        if (best !== null && best.length > 0) answers.push(`${data.labels.alsoMeet}: ${best.join(', ')}`);
      } else if (lever.type === 'figure' && input[lever.field] !== null && input[lever.field] !== undefined) {
        const boundary = findBoundary(current, input, lever, method);
        if (boundary !== null) answers.push(`${lever.field} ${lever.better === 'lower' ? data.labels.atMost : data.labels.atLeast} ${showFigure(boundary.needed)}`);
      }
    }
    return answers.length === 0 ? data.labels.whatIfOutOfReach : answers.join('; ');
  };
  let touched = false;

  const definition = (): IndicatorDefinition => {
    const key = data.edition === '2023' ? year.value : `${year.value}|${reading?.value ?? 'kk'}`;
    return data.definitions[key]!;
  };
  const value = (kind: string, field: string): string | null => {
    const element = document.getElementById(`calc-${kind}-${field}`) as HTMLInputElement | null;
    const text = element?.value.trim() ?? '';
    return text === '' ? null : text;
  };
  const inputFor = (current: IndicatorDefinition): unknown => {
    const kind = current.kind;
    const v = (field: string): string | null => value(kind, field);
    switch (kind) {
      case 'ratio':
      case 'decreasing-ratio':
        return { a: v('a'), b: v('b') };
      case 'count':
        return { a: v('a') };
      case 'growth':
        return { digitised: v('digitised'), total: v('total') };
      case 'complement-ratio':
        return { b: v('b'), c: v('c') };
      case 'uptime':
        return { downtimeHours: v('downtimeHours'), totalHours: v('totalHours') ?? quarterHours() };
      case 'milestone': {
        const done = (document.getElementById('calc-milestone-done') as HTMLSelectElement).value;
        return { done: done === '' ? null : done === 'true' };
      }
      case 'composite':
        return { met: [...form.querySelectorAll<HTMLInputElement>('input[data-met]')].filter((box) => box.checked).map((box) => box.value) };
      case 'security': {
        const percent = (document.getElementById('calc-security-percent') as HTMLInputElement).checked;
        return percent ? { ia: v('ia'), ib: v('ib') } : { tested: v('tested'), connected: v('connected'), systems: v('systems') };
      }
    }
  };
  const clear = (message: string): void => {
    share.value = '–';
    awarded.value = '–';
    rule.value = '–';
    trace.innerHTML = '';
    warnings.textContent = '';
    whatIf.textContent = '–';
    status.textContent = message;
  };
  const update = (): void => {
    const current = definition();
    for (const group of form.querySelectorAll<HTMLElement>('.kind-fields')) group.hidden = group.dataset.kind !== current.kind;
    const securityPercent = document.getElementById('calc-security-percent') as HTMLInputElement | null;
    if (securityPercent !== null) {
      for (const part of form.querySelectorAll<HTMLElement>('[data-form]')) part.hidden = part.dataset.form !== (securityPercent.checked ? 'percent' : 'counts');
    }
    const hours = quarterHours();
    if (hoursHint !== null && hours !== null) {
      hoursHint.textContent = data.labels.hoursDefault.replace('{hours}', hours);
      (document.getElementById('calc-uptime-totalHours') as HTMLInputElement).placeholder = hours;
    }
    const applies = current.weight !== null && Number(current.weight) !== 0;
    summary.textContent = `N = ${showFigure(current.target)}; U = ${showFigure(current.weight)}${applies ? '' : ` (${data.labels.notApplicable})`}`;
    if (!touched) {
      clear(data.labels.enter);
      return;
    }
    try {
      const method = data.edition === '2023' ? PUBLISHED_METHOD : METHOD_2025;
      const given: unknown = inputFor(current);
      const input = given as Readonly<Record<string, unknown>>;
      const score = scoreIndicator(current, given, method);
      whatIf.textContent = needed(current, input, score, method);
      share.value = showFigure(score.share);
      awarded.value = `${showFigure(score.awarded)} / ${showFigure(score.weight)}`;
      rule.value = data.labels.rules[score.rule] ?? score.rule;
      status.textContent = '';
      trace.innerHTML = '';
      const formula = document.createElement('li');
      formula.textContent = score.trace.formula;
      formula.lang = 'en';
      trace.append(formula);
      for (const step of score.trace.steps) {
        const item = document.createElement('li');
        const rounding = step.rounding === null ? '' : ` → ${step.value} (${step.rounding.mode}, ${step.rounding.decimals})`;
        item.textContent = `${step.name} = ${step.expression} = ${step.unrounded}${rounding}`;
        trace.append(item);
      }
      warnings.textContent = score.warnings.map((warning) => `${warning.code}: ${warning.message}`).join(' · ');
      warnings.lang = 'en';
    } catch (error) {
      if (!(error instanceof CdtoKpiError)) throw error;
      clear('');
      status.innerHTML = '';
      const strong = document.createElement('strong');
      strong.textContent = `${data.labels.error}: `;
      const message = document.createElement('span');
      message.lang = 'en';
      message.textContent = error.message;
      status.append(strong, message);
    }
  };
  form.addEventListener('input', (event) => {
    if (event.target !== year && event.target !== reading && event.target !== quarter) touched = true;
    update();
  });
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  update();
}
