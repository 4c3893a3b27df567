/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The report builder page: a body, a period and a reading; a field for every figure of every
 * indicator that applies, labelled from the edition in force for the period; the body's result,
 * its share of the planned weight and each W as the reader types, in a summary that stays in view;
 * a refused figure marked on its own field, with the library's message beside it; the report
 * downloaded as JSON (what `cdto-kpi score` reads) or CSV, and loaded back.
 */
import { formatIssue, isCdtoKpiError, type IndicatorKind } from 'cdto-kpi/core';
import { BUILDER_FIELDS, type BuilderIndicator, type BuiltReport, BuiltReportError, type BuiltReportProblem, periodKey, readBuiltReport, reportCsv, reportDocument, scoreBuiltRows, securityFields } from './builder-core.js';
import { showFigure } from './format.js';
import { PAGE_LANG } from './page-language.js';
import { initialReading, keepReading, type Reading, setParams } from './reading.js';

type Edition = '2023' | '2025';

interface BuilderData {
  /** Per body, per period key: the edition, the planned weight, the method and the indicators. */
  readonly bodies: Readonly<Record<string, Readonly<Record<string, { readonly edition: Edition; readonly planned: string; readonly method: string; readonly indicators: readonly BuilderIndicator[] }>>>>;
  /** The edition in force for each quarter offered (`2024-2`). */
  readonly periods: Readonly<Record<string, Edition>>;
  /** The hours of each quarter (`2024-1`…): an uptime's total when left out. */
  readonly hours: Readonly<Record<string, string>>;
  /** Each edition's names, by id: an id of 2023 may name another indicator in 2025. */
  readonly names: Readonly<Record<Edition, Readonly<Record<string, string>>>>;
  /** The language of a name shown in the other language (the page's text lost it). */
  readonly nameLangs: Readonly<Record<Edition, Readonly<Record<string, Reading>>>>;
  readonly criteria: Readonly<Record<Edition, Readonly<Record<string, readonly { readonly id: string; readonly weight: string; readonly name: string }[]>>>>;
  readonly fields: Readonly<Record<string, string>>;
  readonly rules: Readonly<Record<string, string>>;
  readonly kinds: Readonly<Record<string, string>>;
}

interface Labels {
  readonly defaultReading: Reading;
  readonly done: string;
  readonly notDone: string;
  readonly noData: string;
  readonly error: string;
  readonly loaded: string;
  readonly loadedFirstBody: string;
  /** What is wrong with a file loaded, by problem. */
  readonly file: Readonly<Record<BuiltReportProblem, string>>;
  readonly awarded: string;
  readonly bodyNotInEdition: string;
  readonly fieldInvalid: string;
  readonly rowRefused: string;
  readonly errorsInFields: string;
  readonly goToError: string;
}

declare global {
  interface Window {
    CDTO_BUILDER?: BuilderData;
  }
}

const data = window.CDTO_BUILDER;
const labels = JSON.parse(document.getElementById('builder-labels')?.textContent ?? '{}') as Labels;
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const FIELDS = BUILDER_FIELDS;
/** The fields of an indicator: its kind's, the security KPI's in the form its figures give. */
const fieldsOf = (kind: IndicatorKind, saved: unknown): readonly string[] => (kind === 'security' ? securityFields(saved) : FIELDS[kind]);

if (data !== undefined) {
  // The page's language: the library's messages in it.
  const lang = PAGE_LANG;
  const body = $<HTMLSelectElement>('b-body');
  const period = $<HTMLSelectElement>('b-period');
  const reading = $<HTMLSelectElement>('b-reading');
  const rows = $<HTMLElement>('b-rows');
  const status = $<HTMLElement>('b-status');
  const notice = $<HTMLElement>('b-notice');
  const outputs = { result: $<HTMLOutputElement>('b-result'), planned: $<HTMLOutputElement>('b-planned'), share: $<HTMLOutputElement>('b-share') };
  /**
   * What the reader typed, by edition, indicator and field; kept across a change of period or
   * reading within an edition (an id of 2023 may name another indicator in 2025, so never across).
   */
  let typed: Record<string, Record<string, Record<string, unknown>>> = {};
  const valuesOf = (edition: Edition): Record<string, Record<string, unknown>> => (typed[edition] ??= {});

  // The address may name the body and the period; the reading is the site's (address, last choice, default).
  const params = new URLSearchParams(location.search);
  const option = (select: HTMLSelectElement, value: string | null): void => {
    if (value !== null && [...select.options].some((entry) => entry.value === value)) select.value = value;
  };
  option(body, params.get('body'));
  option(period, params.get('period'));
  reading.value = initialReading(labels.defaultReading);
  keepReading(reading.value as Reading, labels.defaultReading);

  const current = () => {
    const [year, quarter] = period.value.split('-').map(Number) as [number, 1 | 2 | 3 | 4];
    const edition = data.periods[period.value] ?? '2023';
    const withReadings = edition !== '2023';
    reading.disabled = !withReadings;
    const key = periodKey(year, reading.value === 'ru' ? 'ru' : 'kk');
    const entry = data.bodies[body.value]?.[key];
    return { period: { year, quarter }, edition, reading: withReadings ? (reading.value as Reading) : null, entry };
  };

  const fieldLabel = (kind: IndicatorKind, field: string): string => data.fields[kind === 'count' && field === 'a' ? 'a.count' : kind === 'complement-ratio' && field === 'b' ? 'b.complement' : field] ?? field;
  const fieldId = (id: string, field: string): string => `f-${id}-${field}`;
  const esc = (text: string): string => text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);
  const clearOutputs = (): void => {
    outputs.result.value = '–';
    outputs.planned.value = '–';
    outputs.share.value = '–';
  };

  const render = (): void => {
    const { edition, entry } = current();
    setParams({ body: body.value, period: period.value });
    if (entry === undefined) {
      // A body the edition in force does not list: say so, and leave no figure of another choice on screen.
      rows.innerHTML = '';
      clearOutputs();
      status.textContent = '';
      const name = body.selectedOptions[0]?.textContent ?? body.value;
      notice.textContent = labels.bodyNotInEdition.replace('{body}', name).replace('{edition}', edition);
      notice.hidden = false;
      return;
    }
    notice.hidden = true;
    notice.textContent = '';
    const names = data.names[entry.edition];
    const values = valuesOf(entry.edition);
    rows.innerHTML = entry.indicators
      .filter((indicator) => indicator.applies)
      .map((indicator) => {
        const { id, definition } = indicator;
        const saved = values[id] ?? {};
        const fields =
          definition.kind === 'milestone'
            ? `<div class="field"><label for="${fieldId(id, 'done')}">${esc(fieldLabel('milestone', 'done'))}</label><select id="${fieldId(id, 'done')}" data-id="${esc(id)}" data-field="done"><option value="">${esc(labels.noData)}</option><option value="true"${saved.done === true ? ' selected' : ''}>${esc(labels.done)}</option><option value="false"${saved.done === false ? ' selected' : ''}>${esc(labels.notDone)}</option></select></div>`
            : definition.kind === 'composite'
              ? `<div class="field" data-field-box="met">${(data.criteria[entry.edition]?.[id] ?? [])
                  .map((criterion) => `<div class="check"><input type="checkbox" id="${fieldId(id, criterion.id)}" data-id="${esc(id)}" data-field="met" value="${esc(criterion.id)}"${Array.isArray(saved.met) && saved.met.includes(criterion.id) ? ' checked' : ''}><label for="${fieldId(id, criterion.id)}">${esc(criterion.name)} (${showFigure(criterion.weight)} %)</label></div>`)
                  .join('')}</div>`
              : fieldsOf(definition.kind, values[id])
                  .map((field) => `<div class="field"><label for="${fieldId(id, field)}">${esc(fieldLabel(definition.kind, field))}</label><input type="text" inputmode="decimal" autocomplete="off" id="${fieldId(id, field)}" data-id="${esc(id)}" data-field="${field}" value="${esc(typeof saved[field] === 'string' ? (saved[field] as string) : '')}"></div>`)
                  .join('');
        return `<fieldset class="b-ind" id="row-${esc(id)}" data-id="${esc(id)}"><legend><span class="id">${esc(id)}</span> <span class="b-name"${data.nameLangs[entry.edition]?.[id] === undefined ? '' : ` lang="${data.nameLangs[entry.edition]![id]}"`}>${esc(names[id] ?? '')}</span></legend><p class="muted b-def"><span class="b-kind">${esc(data.kinds[definition.kind] ?? definition.kind)}</span> · <span class="b-nu">N = ${showFigure(definition.target)}; U = ${showFigure(definition.weight)}</span></p><div class="b-fields">${fields}</div><p class="b-w">${esc(labels.awarded)}: <output id="w-${esc(id)}">–</output></p></fieldset>`;
      })
      .join('');
    update();
  };

  /** The figures of every indicator that applies, as the report carries them. */
  const figures = (): Record<string, unknown> => {
    const { entry } = current();
    const values = valuesOf(entry?.edition ?? '2023');
    const result: Record<string, unknown> = {};
    for (const indicator of entry?.indicators ?? []) {
      if (!indicator.applies) continue;
      const saved = values[indicator.id] ?? {};
      const kind = indicator.definition.kind;
      if (kind === 'milestone') result[indicator.id] = { done: saved.done === true || saved.done === false ? saved.done : null };
      else if (kind === 'composite') result[indicator.id] = { met: Array.isArray(saved.met) ? saved.met : [] };
      else result[indicator.id] = Object.fromEntries(fieldsOf(kind, values[indicator.id]).map((field) => [field, typeof saved[field] === 'string' && saved[field] !== '' ? saved[field] : null]));
    }
    return result;
  };

  /** Removes every mark of a refused figure. */
  const unmark = (): void => {
    for (const element of rows.querySelectorAll('[aria-invalid]')) {
      element.removeAttribute('aria-invalid');
      element.removeAttribute('aria-describedby');
    }
    for (const element of rows.querySelectorAll('.field-error')) element.remove();
    for (const element of rows.querySelectorAll('.invalid')) element.classList.remove('invalid');
  };

  /** Marks a refused figure on its row: the field (or the row) invalid, the message beside it. */
  const mark = (indicator: string, field: string | null, message: string, index: number): string => {
    const row = document.getElementById(`row-${indicator}`);
    const name = field?.split(/[.[]/u)[0] ?? null;
    const input = row?.querySelector<HTMLElement>(`[data-field="${name ?? ''}"]`) ?? null;
    const box = input?.closest('.field') ?? row;
    const errorId = `err-${index}`;
    const note = document.createElement('p');
    note.className = 'field-error';
    note.id = errorId;
    const strong = document.createElement('strong');
    strong.textContent = `${labels.fieldInvalid}: `;
    const text = document.createElement('span');
    text.textContent = message;
    note.append(strong, text);
    box?.classList.add('invalid');
    box?.append(note);
    const target = input ?? row;
    if (target !== null) {
      target.setAttribute('aria-invalid', 'true');
      target.setAttribute('aria-describedby', errorId);
    }
    return input?.id ?? row?.id ?? '';
  };

  const showW = (score: { readonly directions: readonly { readonly indicators: readonly { readonly indicator: string; readonly awarded: string | null; readonly weight: string | null; readonly rule: string }[] }[] }): void => {
    for (const direction of score.directions) {
      for (const indicator of direction.indicators) {
        const output = document.getElementById(`w-${indicator.indicator}`) as HTMLOutputElement | null;
        if (output !== null) output.value = `${showFigure(indicator.awarded)} / ${showFigure(indicator.weight)} (${data.rules[indicator.rule] ?? indicator.rule})`;
      }
    }
  };

  const update = (): void => {
    const { entry } = current();
    unmark();
    if (entry === undefined) return;
    outputs.planned.value = showFigure(entry.planned);
    const built = scoreBuiltRows(body.value, data.hours[period.value] ?? '2184', entry.indicators, figures(), entry.method, lang);
    if (built.ok) {
      outputs.result.value = showFigure(built.score.result);
      outputs.share.value = showFigure(built.score.shareOfPlanned);
      showW(built.score);
      status.textContent = '';
      return;
    }
    outputs.result.value = '–';
    outputs.share.value = '–';
    if (built.others !== null) showW(built.others);
    const targets = built.refused.map((refused, index) => {
      const output = document.getElementById(`w-${refused.indicator}`) as HTMLOutputElement | null;
      if (output !== null) output.value = `– (${labels.rowRefused})`;
      return mark(refused.indicator, refused.field, refused.message, index);
    });
    status.textContent = '';
    const strong = document.createElement('strong');
    strong.textContent = `${labels.error}: `;
    const link = document.createElement('a');
    link.href = `#${targets[0] ?? ''}`;
    link.textContent = labels.goToError;
    status.append(strong, `${labels.errorsInFields.replace('{n}', String(built.refused.length))} `, link);
  };

  rows.addEventListener('input', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    const id = target.dataset.id;
    const field = target.dataset.field;
    if (id === undefined || field === undefined) return;
    const saved = (valuesOf(current().edition)[id] ??= {});
    if (field === 'met' && target instanceof HTMLInputElement) {
      const met = new Set(Array.isArray(saved.met) ? (saved.met as string[]) : []);
      if (target.checked) met.add(target.value);
      else met.delete(target.value);
      saved.met = [...met];
    } else if (field === 'done') saved.done = target.value === '' ? null : target.value === 'true';
    else saved[field] = target.value.trim();
    update();
  });
  status.addEventListener('click', (event) => {
    // The link to the first refused field moves the focus there, not only the view.
    const link = (event.target as Element | null)?.closest('a');
    const field = link === null || link === undefined ? null : document.getElementById(link.hash.slice(1));
    if (field === null) return;
    event.preventDefault();
    field.scrollIntoView({ block: 'center' });
    field.focus();
  });
  for (const select of [body, period, reading]) {
    select.addEventListener('change', () => {
      if (select === body) typed = {};
      if (select === reading) keepReading(reading.value as Reading, labels.defaultReading);
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
      const report = readBuiltReport(await file.text(), Object.keys(data.periods));
      const first = report.bodies[0]!;
      body.value = first.body;
      period.value = `${report.period.year}-${report.period.quarter}`;
      if (report.reading !== undefined) {
        reading.value = report.reading;
        keepReading(report.reading, labels.defaultReading);
      }
      typed = {};
      const values = valuesOf(current().edition);
      for (const [id, input] of Object.entries(first.figures)) {
        if (input === null || typeof input !== 'object') continue;
        values[id] = { ...(input as Record<string, unknown>) };
      }
      render();
      if (status.textContent === '') status.textContent = `${labels.loaded.replace('{file}', file.name)}${report.bodies.length > 1 ? ` ${labels.loadedFirstBody}` : ''}`;
    } catch (error) {
      // In the page's language: the builder's own problems by their key, the library's by formatIssue.
      const said =
        error instanceof BuiltReportError
          ? Object.entries(error.values).reduce((text, [name, value]) => text.replace(`{${name}}`, value), labels.file[error.problem])
          : isCdtoKpiError(error)
            ? error.issues.map((issue) => formatIssue(issue, { lang, place: false })).join(' · ')
            : (error as Error).message;
      status.textContent = `${labels.error}: ${said}`;
    }
  });

  render();
}
