/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The report builder page: a body, a period and a reading; a field for every figure of every
 * indicator that applies; the body's result, its share of the planned weight and each W as the
 * reader types; the report downloaded as JSON (what `cdto-kpi score` reads) or CSV, and loaded back.
 */
import { CdtoKpiError, resolvePeriod, type IndicatorKind } from '../../../src/scorer.js';
import { type BuilderIndicator, parseReportCsv, periodKey, reportCsv, reportDocument, scoreBuilt, type BuiltReport } from './builder-core.js';
import { showFigure } from './format.js';

interface BuilderData {
  /** Per body, per period key: the planned weight and the indicators. */
  readonly bodies: Readonly<Record<string, Readonly<Record<string, { readonly planned: string; readonly method: string; readonly indicators: readonly BuilderIndicator[] }>>>>;
  readonly names: Readonly<Record<string, string>>;
  readonly criteria: Readonly<Record<string, readonly { readonly id: string; readonly weight: string; readonly name: string }[]>>;
  readonly fields: Readonly<Record<string, string>>;
  readonly rules: Readonly<Record<string, string>>;
}

interface Labels {
  readonly done: string;
  readonly notDone: string;
  readonly noData: string;
  readonly error: string;
  readonly loaded: string;
  readonly loadedFirstBody: string;
  readonly awarded: string;
}

declare global {
  interface Window {
    CDTO_BUILDER?: BuilderData;
  }
}

const data = window.CDTO_BUILDER;
const labels = JSON.parse(document.getElementById('builder-labels')?.textContent ?? '{}') as Labels;
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** The fields the builder asks for, per kind (uptime: the quarter's hours are filled in). */
const FIELDS: Readonly<Record<IndicatorKind, readonly string[]>> = {
  ratio: ['a', 'b'],
  'decreasing-ratio': ['a', 'b'],
  count: ['a'],
  growth: ['digitised', 'total'],
  'complement-ratio': ['b', 'c'],
  uptime: ['downtimeHours'],
  security: ['tested', 'connected', 'systems'],
  milestone: ['done'],
  composite: ['met'],
};

if (data !== undefined) {
  const body = $<HTMLSelectElement>('b-body');
  const period = $<HTMLSelectElement>('b-period');
  const reading = $<HTMLSelectElement>('b-reading');
  const rows = $<HTMLElement>('b-rows');
  const status = $<HTMLElement>('b-status');
  /** What the reader typed, by indicator and field; kept across a change of period. */
  let values: Record<string, Record<string, unknown>> = {};

  const current = () => {
    const [year, quarter] = period.value.split('-').map(Number) as [number, 1 | 2 | 3 | 4];
    const edition2023 = year <= 2024;
    reading.disabled = edition2023;
    const key = periodKey(year, reading.value === 'ru' ? 'ru' : 'kk');
    const entry = data.bodies[body.value]?.[key];
    return { period: { year, quarter }, reading: edition2023 ? null : (reading.value as 'kk' | 'ru'), entry };
  };

  const fieldLabel = (kind: IndicatorKind, field: string): string => data.fields[kind === 'count' && field === 'a' ? 'a.count' : kind === 'complement-ratio' && field === 'b' ? 'b.complement' : field] ?? field;
  const fieldId = (id: string, field: string): string => `f-${id}-${field}`;
  const esc = (text: string): string => text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);

  const render = (): void => {
    const { entry } = current();
    if (entry === undefined) {
      rows.innerHTML = '';
      return;
    }
    rows.innerHTML = entry.indicators
      .filter((indicator) => indicator.applies)
      .map((indicator) => {
        const { id, definition } = indicator;
        const saved = values[id] ?? {};
        const fields =
          definition.kind === 'milestone'
            ? `<div class="field"><label for="${fieldId(id, 'done')}">${esc(fieldLabel('milestone', 'done'))}</label><select id="${fieldId(id, 'done')}" data-id="${esc(id)}" data-field="done"><option value="">${esc(labels.noData)}</option><option value="true"${saved.done === true ? ' selected' : ''}>${esc(labels.done)}</option><option value="false"${saved.done === false ? ' selected' : ''}>${esc(labels.notDone)}</option></select></div>`
            : definition.kind === 'composite'
              ? (data.criteria[id] ?? [])
                  .map((criterion) => `<div class="check"><input type="checkbox" id="${fieldId(id, criterion.id)}" data-id="${esc(id)}" data-field="met" value="${esc(criterion.id)}"${Array.isArray(saved.met) && saved.met.includes(criterion.id) ? ' checked' : ''}><label for="${fieldId(id, criterion.id)}">${esc(criterion.name)} (${showFigure(criterion.weight)} %)</label></div>`)
                  .join('')
              : FIELDS[definition.kind]
                  .map((field) => `<div class="field"><label for="${fieldId(id, field)}">${esc(fieldLabel(definition.kind, field))}</label><input type="text" inputmode="decimal" autocomplete="off" id="${fieldId(id, field)}" data-id="${esc(id)}" data-field="${field}" value="${esc(typeof saved[field] === 'string' ? (saved[field] as string) : '')}"></div>`)
                  .join('');
        return `<fieldset class="b-ind"><legend><span class="id">${esc(id)}</span> ${esc(data.names[id] ?? '')}</legend><p class="muted">N = ${showFigure(definition.target)}; U = ${showFigure(definition.weight)}</p><div class="b-fields">${fields}</div><p class="b-w">${esc(labels.awarded)}: <output id="w-${esc(id)}">–</output></p></fieldset>`;
      })
      .join('');
    update();
  };

  /** The figures of every indicator that applies, as the report carries them. */
  const figures = (): Record<string, unknown> => {
    const { entry } = current();
    const result: Record<string, unknown> = {};
    for (const indicator of entry?.indicators ?? []) {
      if (!indicator.applies) continue;
      const saved = values[indicator.id] ?? {};
      const kind = indicator.definition.kind;
      if (kind === 'milestone') result[indicator.id] = { done: saved.done === true || saved.done === false ? saved.done : null };
      else if (kind === 'composite') result[indicator.id] = { met: Array.isArray(saved.met) ? saved.met : [] };
      else result[indicator.id] = Object.fromEntries(FIELDS[kind].map((field) => [field, typeof saved[field] === 'string' && saved[field] !== '' ? saved[field] : null]));
    }
    return result;
  };

  const update = (): void => {
    const { period: chosen, entry } = current();
    if (entry === undefined) return;
    $<HTMLOutputElement>('b-planned').value = showFigure(entry.planned);
    try {
      const score = scoreBuilt(body.value, chosen, entry.indicators, figures(), entry.method);
      $<HTMLOutputElement>('b-result').value = showFigure(score.result);
      $<HTMLOutputElement>('b-share').value = showFigure(score.shareOfPlanned);
      for (const direction of score.directions) {
        for (const indicator of direction.indicators) {
          const output = document.getElementById(`w-${indicator.indicator}`) as HTMLOutputElement | null;
          if (output !== null) output.value = `${showFigure(indicator.awarded)} / ${showFigure(indicator.weight)} (${data.rules[indicator.rule] ?? indicator.rule})`;
        }
      }
      status.textContent = '';
    } catch (error) {
      if (!(error instanceof CdtoKpiError)) throw error;
      $<HTMLOutputElement>('b-result').value = '–';
      $<HTMLOutputElement>('b-share').value = '–';
      status.textContent = `${labels.error}: ${error.message}`;
    }
  };

  rows.addEventListener('input', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    const id = target.dataset.id;
    const field = target.dataset.field;
    if (id === undefined || field === undefined) return;
    const saved = (values[id] ??= {});
    if (field === 'met' && target instanceof HTMLInputElement) {
      const met = new Set(Array.isArray(saved.met) ? (saved.met as string[]) : []);
      if (target.checked) met.add(target.value);
      else met.delete(target.value);
      saved.met = [...met];
    } else if (field === 'done') saved.done = target.value === '' ? null : target.value === 'true';
    else saved[field] = target.value.trim();
    update();
  });
  for (const select of [body, period, reading]) {
    select.addEventListener('change', () => {
      if (select === body) values = {};
      render();
    });
  }

  const download = (name: string, type: string, text: string): void => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const documentNow = (): BuiltReport => {
    const { period: chosen, reading: text } = current();
    return reportDocument(body.value, chosen, text, figures());
  };
  const fileName = (ext: string): string => {
    const { period: chosen } = current();
    return `report-${body.value}-${chosen.year}-q${chosen.quarter}.${ext}`;
  };
  $<HTMLButtonElement>('b-json').addEventListener('click', () => download(fileName('json'), 'application/json', `${JSON.stringify(documentNow(), null, 2)}\n`));
  $<HTMLButtonElement>('b-csv').addEventListener('click', () => download(fileName('csv'), 'text/csv', reportCsv(documentNow())));

  $<HTMLInputElement>('b-load').addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file === undefined) return;
    try {
      const text = await file.text();
      const report = (text.trimStart().startsWith('{') ? JSON.parse(text) : parseReportCsv(text)) as BuiltReport;
      const first = report.bodies[0];
      if (first === undefined) throw new Error('the report names no body');
      resolvePeriod(report.period);
      body.value = first.body;
      period.value = `${report.period.year}-${report.period.quarter}`;
      if (report.reading !== undefined) reading.value = report.reading;
      values = {};
      for (const [id, input] of Object.entries(first.figures)) {
        if (input === null || typeof input !== 'object') continue;
        values[id] = { ...(input as Record<string, unknown>) };
      }
      render();
      status.textContent = `${labels.loaded.replace('{file}', file.name)}${report.bodies.length > 1 ? ` ${labels.loadedFirstBody}` : ''}`;
    } catch (error) {
      status.textContent = `${labels.error}: ${(error as Error).message}`;
    }
  });

  render();
}
