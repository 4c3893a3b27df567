/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The calculator of an indicator page: the figures a reader enters, scored in the browser by the
 * library's own scorer and what-if (its public entry `cdto-kpi/core`), with Z, W, the rule and the trace.
 */
import { formatIssue, formatTrace, isCdtoKpiError, METHOD_2025, PUBLISHED_METHOD, whatIfIndicator, type IndicatorDefinition, type IndicatorWhatIf } from 'cdto-kpi/core';
import { showFigure } from './format.js';
import { PAGE_LANG } from './page-language.js';
import { provideWriting } from './page-writer.js';
import { initialReading, keepReading, type Reading } from './reading.js';

interface CalcData {
  readonly id: string;
  readonly edition: '2023' | '2025';
  readonly definitions: Readonly<Record<string, IndicatorDefinition>>;
  /** The library's default reading. */
  readonly defaultReading: Reading;
  /** For an uptime indicator: the hours of each quarter of each year (t_total when left empty). */
  readonly hours: Readonly<Record<string, readonly string[]>> | null;
  /** Each input field's label, by field. */
  readonly fields: Readonly<Record<string, string>>;
  /** Each criterion's name, by id. */
  readonly criteria: Readonly<Record<string, string>>;
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
  // The page's language: the library's messages, steps and rules in it.
  const lang = PAGE_LANG;
  provideWriting();
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
   * What earns the full weight, the others unchanged, by the library's own what-if (the scorer
   * decides every step): per lever of the kind, the least (or greatest) figure, or the criteria
   * still to meet, or done.
   */
  const needed = (answer: IndicatorWhatIf): string => {
    if (answer.status === 'full') return data.labels.whatIfFull;
    if (answer.status === 'out-of-reach') return data.labels.whatIfOutOfReach;
    return answer.answers
      .map((lever) =>
        lever.field === 'done'
          ? `«${data.fields.done ?? lever.field}»: ${data.labels.done}`
          : Array.isArray(lever.needed)
            ? `${data.labels.alsoMeet}: ${lever.needed.map((id: string) => `«${data.criteria[id] ?? id}»`).join(', ')}`
            : `«${data.fields[lever.field] ?? lever.field}» ${lever.better === 'lower' ? data.labels.atMost : data.labels.atLeast} ${showFigure(lever.needed as string)}`,
      )
      .join('; ');
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
      const answer = whatIfIndicator(current, inputFor(current), { method });
      const { score } = answer;
      whatIf.textContent = needed(answer);
      share.value = showFigure(score.share);
      awarded.value = `${showFigure(score.awarded)} / ${showFigure(score.weight)}`;
      rule.value = data.labels.rules[score.rule] ?? score.rule;
      status.textContent = '';
      trace.innerHTML = '';
      // The library's trace in the page's language: the formula, what was entered, each step with
      // its rounding in words, the rule; then its warnings (the last lines), shown apart.
      // The edition's data is not loaded here: its criteria are named from the page's own names.
      const named = (line: string): string => Object.entries(data.criteria).reduce((text, [id, name]) => text.replaceAll(`«${id}»`, `«${name}»`), line);
      const lines = formatTrace(score, { lang }).trimEnd().split('\n').slice(1).map((line) => named(line.trim()));
      const warned = score.warnings.length;
      for (const line of lines.slice(0, lines.length - warned)) {
        const item = document.createElement('li');
        item.textContent = line;
        trace.append(item);
      }
      warnings.textContent = lines.slice(lines.length - warned).join(' · ');
    } catch (error) {
      if (!isCdtoKpiError(error)) throw error;
      clear('');
      status.innerHTML = '';
      const strong = document.createElement('strong');
      strong.textContent = `${data.labels.error}: `;
      const message = document.createElement('span');
      message.textContent = error.issues.map((issue) => formatIssue(issue, { lang })).join(' · ');
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
