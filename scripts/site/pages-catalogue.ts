/**
 * The catalogue's pages: home, an edition, a body in an edition, an indicator.
 */
import { type BodyId, BODIES, definitionFor, indicatorsForPeriod, INPUT_FIELDS, resolvePeriod, type IndicatorDefinition, type IndicatorKind } from '../../src/index.js';
import { CATALOGUE_2023, type Indicator2023, type Year2023, YEARS_2023 } from '../../src/generated/catalogue-2023.js';
import { CATALOGUE_2025, EDITION_2025, type Indicator2025, type Year2025, YEARS_2025 } from '../../src/generated/catalogue-2025.js';
import { awardLatex, measureLatex, renderMath } from './formulas.js';
import { esc, fig, hrefFrom, inLang, jsonScript, noteHtml, page, type Crumb, type Note } from './html.js';
import { countOf, FIELD_LABELS, fieldKey, KIND_LABELS, label, LABELS, RULE_LABELS, type Lang } from './i18n.js';
import type { Successors } from './successors.js';

export type Edition = '2023' | '2025';

/** The reading the library takes when none is named: the 2025 edition's default text (the documented one, `docs/scoring.md`). */
export const DEFAULT_READING = EDITION_2025.readings!.default;
export type Indicator = Indicator2023 | Indicator2025;
type BilingualText = { readonly kk: string | null; readonly ru: string | null };

export const EDITIONS: readonly Edition[] = ['2023', '2025'];

export function indicatorsOf(edition: Edition): readonly Indicator[] {
  return edition === '2023' ? CATALOGUE_2023.indicators : CATALOGUE_2025.indicators;
}

export const indicatorPath = (edition: Edition, id: string): string => `${edition}/i/${id}.html`;
export const bodyPath = (edition: Edition, body: string): string => `${edition}/${body}.html`;
export const editionPath = (edition: Edition): string => `${edition}/index.html`;

/** A bilingual text in the page's language, or the other one (marked) where the page's is lost. */
export function textIn(text: BilingualText, lang: Lang): string {
  const own = text[lang];
  if (own !== null) return esc(own);
  const other: Lang = lang === 'kk' ? 'ru' : 'kk';
  return inLang(text[other], other, lang);
}

export function plainIn(text: BilingualText, lang: Lang): string {
  return text[lang] ?? text[lang === 'kk' ? 'ru' : 'kk'] ?? '';
}

export function bodyName(id: string, lang: Lang): string {
  const body = BODIES.find((entry) => entry.id === id);
  return body === undefined ? id : plainIn(body.name, lang);
}

const editionTitle = (edition: Edition, lang: Lang): string => label(edition === '2023' ? 'editionTitle2023' : 'editionTitle2025', lang);

export function blockTitle(edition: Edition, block: string, lang: Lang): string {
  const blocks = edition === '2023' ? CATALOGUE_2023.blocks : CATALOGUE_2025.blocks;
  const found = blocks.find((entry) => entry.id === block);
  return found === undefined ? block : plainIn(found.title, lang);
}

const unitLabel = (unit: string, lang: Lang): string => label(unit === 'percent' ? 'unitPercent' : 'unitUnit', lang);

function homeCrumb(lang: Lang): Crumb {
  return { href: 'index.html', text: label('home', lang) };
}

// ---------------------------------------------------------------- home

export function homePage(lang: Lang): string {
  const path = 'index.html';
  const editions = EDITIONS.map((edition) => {
    const catalogue = edition === '2023' ? CATALOGUE_2023 : CATALOGUE_2025;
    const act = catalogue.edition.act;
    return `<li class="card"><h3><a href="${editionPath(edition)}">${esc(editionTitle(edition, lang))}</a></h3>
<p>${esc(plainIn(catalogue.edition.annex.title, lang))}</p>
<p class="muted">№ ${esc(act.number[lang])}, ${esc(act.date)} · ${esc(countOf('indicators', catalogue.indicators.length, lang))} · ${esc(countOf('bodies', catalogue.bodies.length, lang))}</p></li>`;
  }).join('');
  const bodies = BODIES.map((body) => {
    const links = EDITIONS.filter((edition) => (edition === '2023' ? CATALOGUE_2023 : CATALOGUE_2025).bodies.some((entry) => entry.id === body.id))
      .map((edition) => `<a href="${bodyPath(edition, body.id)}">${edition}</a>`)
      .join(' · ');
    return `<li><span>${textIn(body.name, lang)}</span> <span class="links">${links}</span></li>`;
  }).join('');
  const tools = (['diff.html', 'builder.html', 'rating-2024-q1.html', 'example-2025-q2.html'] as const)
    .map((to, index) => `<li><a href="${to}">${esc(label((['diff', 'builder', 'rating2024', 'example2025'] as const)[index]!, lang))}</a></li>`)
    .join('');
  const body = `<h1>${esc(label('siteTitle', lang))}</h1>
<p class="lead">${esc(label('siteLead', lang))}</p>
<section aria-labelledby="search-h" class="search">
<h2 id="search-h">${esc(label('search', lang))}</h2>
<form role="search" id="search-form" action="index.html" method="get">
<label for="q">${esc(label('searchLabel', lang))}</label>
<div class="search-row"><input type="search" id="q" name="q" autocomplete="off" spellcheck="false"><button type="submit">${esc(label('searchButton', lang))}</button></div>
</form>
<p id="search-status" class="muted" role="status" aria-live="polite"></p>
<ol id="search-results" class="results"></ol>
<div id="search-more" class="actions" hidden><button type="button" id="search-next"></button><button type="button" id="search-all"></button></div>
<noscript><p>${esc(label('searchNoScript', lang))}</p></noscript>
${jsonScript('search-labels', { none: label('searchNone', lang), count: label('searchCount', lang), shown: label('searchShown', lang), more: label('searchMore', lang), all: label('searchAll', lang), criterion: label('searchCriterion', lang), lang })}
</section>
<section aria-labelledby="editions-h"><h2 id="editions-h">${esc(label('editions', lang))}</h2><ul class="cards">${editions}</ul></section>
<section aria-labelledby="tools-h"><h2 id="tools-h">${esc(label('tools', lang))}</h2><ul class="tools">${tools}</ul></section>
<section aria-labelledby="bodies-h"><h2 id="bodies-h">${esc(label('bodies', lang))}</h2><ul class="bodies">${bodies}</ul></section>`;
  return page({ lang, path, title: label('siteTitle', lang), crumbs: [homeCrumb(lang)], body, scripts: ['search-index.js', 'search.js'], description: label('siteLead', lang) });
}

// ---------------------------------------------------------------- edition

export function editionPage(edition: Edition, lang: Lang): string {
  const path = editionPath(edition);
  const catalogue = edition === '2023' ? CATALOGUE_2023 : CATALOGUE_2025;
  const info = catalogue.edition;
  const here = (to: string): string => hrefFrom(path, to);
  const facts = `<dl class="facts">
<dt>${esc(label('act', lang))}</dt><dd>№ ${esc(info.act.number[lang])}, ${esc(info.act.date)}: ${textIn(info.act.title, lang)}${info.amendedBy === null ? '' : ` (№ ${esc(info.amendedBy.number[lang])}, ${esc(info.amendedBy.date)})`}</dd>
<dt>${esc(label('annex', lang))}</dt><dd>${textIn(info.annex.title, lang)}</dd>
<dt>${esc(label('inForce', lang))}</dt><dd>${esc(label('inForceFrom', lang))} ${esc(info.inForce.from)} ${info.inForce.until === null ? `(${esc(label('stillInForce', lang))})` : `${esc(label('inForceUntil', lang))} ${esc(info.inForce.until)}`}</dd>
${info.inForce.repealedBy === null ? '' : `<dt>${esc(label('repealedBy', lang))}</dt><dd>№ ${esc(info.inForce.repealedBy.number[lang])}, ${esc(info.inForce.repealedBy.date)}</dd>`}
<dt>${esc(label('years', lang))}</dt><dd>${info.years.map(esc).join(', ')}</dd>
<dt>${esc(label('indicators', lang))}</dt><dd>${catalogue.indicators.length}</dd>
<dt>${esc(label('discrepancies', lang))}</dt><dd>${catalogue.discrepancies.length}</dd>
</dl>`;
  const blocks = catalogue.blocks
    .map((block) => {
      const items = catalogue.indicators
        .filter((indicator) => indicator.block === block.id)
        .map((indicator) => `<li><a href="${here(indicatorPath(edition, indicator.id))}"><span class="id">${esc(indicator.id)}</span> ${textIn(indicator.name, lang)}</a></li>`)
        .join('');
      const owner = block.body === null ? esc(label('commonKpis', lang)) : `<a href="${here(bodyPath(edition, block.body))}">${esc(bodyName(block.body, lang))}</a>`;
      return `<section class="block" aria-labelledby="b-${esc(block.id)}"><h3 id="b-${esc(block.id)}">${block.no}. ${textIn(block.title, lang)}</h3><p class="muted">${owner}</p><ol class="ind-list">${items}</ol></section>`;
    })
    .join('');
  const editionNotes: readonly Note[] = info.notes;
  const notes = editionNotes.length === 0 ? '' : `<details><summary>${esc(label('editionNotes', lang))}</summary><ul class="notes">${editionNotes.map((note) => noteHtml(note, lang, 'li')).join('')}</ul></details>`;
  const body = `<h1>${esc(editionTitle(edition, lang))}</h1>${facts}${notes}
<h2>${esc(label('indicators', lang))}</h2>${blocks}`;
  return page({ lang, path, title: editionTitle(edition, lang), crumbs: [homeCrumb(lang), { href: path, text: editionTitle(edition, lang) }], body });
}

// ---------------------------------------------------------------- body in an edition

/** The years an edition governs reporting in: the periods `indicatorsForPeriod` resolves to it. */
const GOVERNED: Readonly<Record<Edition, readonly { readonly year: number; readonly quarter: 1 | 2 | 3 | 4 }[]>> = {
  '2023': [{ year: 2023, quarter: 4 }, { year: 2024, quarter: 1 }],
  '2025': [{ year: 2025, quarter: 1 }, { year: 2026, quarter: 1 }],
};

function definitionOf(indicator: Indicator, year: string, reading: Lang): IndicatorDefinition {
  return indicator.edition === '2023' ? definitionFor('2023', indicator.id, year as Year2023) : definitionFor('2025', indicator.id, year as Year2025, { reading });
}

const applies = (definition: IndicatorDefinition): boolean => definition.weight !== null && Number(definition.weight) !== 0;

export function bodyPage(edition: Edition, bodyId: string, lang: Lang): string {
  const path = bodyPath(edition, bodyId);
  const here = (to: string): string => hrefFrom(path, to);
  const catalogue = edition === '2023' ? CATALOGUE_2023 : CATALOGUE_2025;
  const years = catalogue.edition.years;
  const planned = GOVERNED[edition]
    .map((period) => {
      const readings: (Lang | undefined)[] = edition === '2023' ? [undefined] : ['kk', 'ru'];
      const cells = readings
        .map((reading) => `<td>${fig(indicatorsForPeriod(period, bodyId as BodyId, reading === undefined ? {} : { reading }).plannedWeight)}</td>`)
        .join('');
      return `<tr><th scope="row">${period.year}</th>${cells}</tr>`;
    })
    .join('');
  const plannedHead = edition === '2023' ? `<th scope="col">${esc(label('plannedWeight', lang))}</th>` : `<th scope="col">${esc(label('plannedWeight', lang))}, ${esc(label('byKk', lang))}</th><th scope="col">${esc(label('plannedWeight', lang))}, ${esc(label('byRu', lang))}</th>`;
  const blocks = catalogue.blocks.filter((block) => block.body === bodyId || (edition === '2025' && block.body === null));
  const sections = blocks
    .map((block) => {
      const rows = catalogue.indicators
        .filter((indicator) => indicator.block === block.id)
        .map((indicator) => {
          const cells = years
            .map((year) => {
              const kk = definitionOf(indicator, year, 'kk');
              const ru = definitionOf(indicator, year, 'ru');
              const one = (definition: IndicatorDefinition): string => (applies(definition) ? `${fig(definition.target)} / ${fig(definition.weight)}` : `<span class="muted">${esc(label('notApplicable', lang))}</span>`);
              if (kk.target === ru.target && kk.weight === ru.weight) return `<td class="num" data-label="${year}: N / U">${one(kk)}</td>`;
              return `<td class="differs num" data-label="${year}: N / U">${one(kk)} <span lang="kk" class="tag">kk</span><br>${one(ru)} <span lang="ru" class="tag">ru</span></td>`;
            })
            .join('');
          return `<tr><th scope="row"><a href="${here(indicatorPath(edition, indicator.id))}">${esc(indicator.id)}</a></th><td class="name-cell">${textIn(indicator.name, lang)}</td><td class="kind-cell">${esc(KIND_LABELS[indicator.kind][lang])}, ${esc(unitLabel(indicator.unit, lang))}</td>${cells}</tr>`;
        })
        .join('');
      return `<section aria-labelledby="blk-${esc(block.id)}"><h3 id="blk-${esc(block.id)}">${block.body === null ? esc(label('commonKpis', lang)) : textIn(block.title, lang)}</h3>
<div class="scroll" tabindex="0"><table class="reflow indicators"><thead><tr><th scope="col">id</th><th scope="col">${esc(label('name', lang))}</th><th scope="col">${esc(label('kind', lang))}</th>${years.map((year) => `<th scope="col">${year}: N / U</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></div></section>`;
    })
    .join('');
  const title = `${bodyName(bodyId, lang)} · ${editionTitle(edition, lang)}`;
  const body = `<h1>${esc(bodyName(bodyId, lang))}</h1>
<p class="lead"><a href="${here(editionPath(edition))}">${esc(editionTitle(edition, lang))}</a></p>
<section aria-labelledby="planned-h"><h2 id="planned-h">${esc(label('plannedWeight', lang))}</h2><p class="muted">${esc(label('plannedLead', lang))}</p>
<table class="narrow"><thead><tr><th scope="col">${esc(label('year', lang))}</th>${plannedHead}</tr></thead><tbody>${planned}</tbody></table></section>
<h2>${esc(label('indicators', lang))}</h2>${sections}`;
  return page({ lang, path, title, crumbs: [homeCrumb(lang), { href: editionPath(edition), text: editionTitle(edition, lang) }, { href: path, text: bodyName(bodyId, lang) }], body });
}

// ---------------------------------------------------------------- indicator

/** Every definition of an indicator, by year (2023) or by year and reading (2025). */
export function definitionsOf(indicator: Indicator): Record<string, IndicatorDefinition> {
  const result: Record<string, IndicatorDefinition> = {};
  if (indicator.edition === '2023') {
    for (const year of YEARS_2023) result[year] = definitionFor('2023', indicator.id, year);
  } else {
    for (const year of YEARS_2025) for (const reading of ['kk', 'ru'] as const) result[`${year}|${reading}`] = definitionFor('2025', indicator.id, year, { reading });
  }
  return result;
}

function targetsTable(indicator: Indicator, lang: Lang): string {
  const differs = `<span class="diff-mark" title="${esc(label('differs', lang))}">≠<span class="sr-only"> ${esc(label('differs', lang))}</span></span>`;
  if (indicator.edition === '2023') {
    const rows = CATALOGUE_2023.edition.years
      .map((year) => `<tr><th scope="row">${year}</th><td>${fig(indicator.targets[year as keyof typeof indicator.targets])}</td><td>${fig(indicator.weight)}</td></tr>`)
      .join('');
    return `<table class="narrow"><thead><tr><th scope="col">${esc(label('year', lang))}</th><th scope="col">${esc(label('target', lang))}</th><th scope="col">${esc(label('weight', lang))}</th></tr></thead><tbody>${rows}</tbody></table>`;
  }
  const rows = CATALOGUE_2025.edition.years
    .map((year) => {
      const kk = definitionFor('2025', indicator.id, year as Year2025, { reading: 'kk' });
      const ru = definitionFor('2025', indicator.id, year as Year2025, { reading: 'ru' });
      const cell = (value: string | null, other: string | null, weight: boolean): string =>
        `<td${value !== other ? ' class="differs"' : ''}>${weight && (value === null || Number(value) === 0) ? `${fig(value)} <span class="muted">(${esc(label('notApplicable', lang))})</span>` : fig(value)}${value !== other ? ` ${differs}` : ''}</td>`;
      return `<tr><th scope="row">${year}</th>${cell(kk.target, ru.target, false)}${cell(ru.target, kk.target, false)}${cell(kk.weight, ru.weight, true)}${cell(ru.weight, kk.weight, true)}</tr>`;
    })
    .join('');
  return `<div class="scroll" tabindex="0"><table><thead><tr><th scope="col">${esc(label('year', lang))}</th><th scope="col">N, ${esc(label('byKk', lang))}</th><th scope="col">N, ${esc(label('byRu', lang))}</th><th scope="col">U, ${esc(label('byKk', lang))}</th><th scope="col">U, ${esc(label('byRu', lang))}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function formulaSection(indicator: Indicator, lang: Lang): string {
  const parts: string[] = [];
  const measure = measureLatex(indicator, lang);
  if (measure !== null) parts.push(`<div class="math">${renderMath(measure)}</div>`);
  const formula = indicator.formula;
  if (formula.type === 'ratio') {
    parts.push(`<dl class="where"><dt><var>a</var> — ${esc(label('numerator', lang))}</dt><dd>${textIn(formula.numerator, lang)}</dd><dt><var>b</var> — ${esc(label('denominator', lang))}</dt><dd>${textIn(formula.denominator, lang)}</dd></dl>`);
  } else {
    const printed = formula.text[lang];
    const shown = printed ?? formula.text[lang === 'kk' ? 'ru' : 'kk'];
    if (shown !== null) parts.push(`<p><strong>${esc(label('printedText', lang))}:</strong> ${printed !== null ? esc(printed) : inLang(shown, lang === 'kk' ? 'ru' : 'kk', lang)}</p>`);
    if (formula.type === 'expression') parts.push(`<p class="muted"><span lang="en">${esc(formula.expression)}</span></p>`);
  }
  const kinds = [...new Set(Object.values(definitionsOf(indicator)).map((definition) => definition.kind))];
  const rules = kinds
    .map((kind) => `<div class="math"${kinds.length > 1 ? ` data-kind="${kind}"` : ''}>${kinds.length > 1 ? `<p class="muted">${esc(KIND_LABELS[kind][lang])}</p>` : ''}${renderMath(awardLatex(kind, lang))}</div>`)
    .join('');
  parts.push(`<h3>${esc(label('awardRule', lang))}</h3>${rules}`);
  return parts.join('');
}

function discrepancyTable(indicator: Indicator, lang: Lang): string {
  const entries = (indicator.edition === '2023' ? CATALOGUE_2023.discrepancies : CATALOGUE_2025.discrepancies).filter((entry) => entry.indicator === indicator.id);
  if (entries.length === 0) return `<p>${esc(label('noDiscrepancies', lang))}</p>`;
  const show = (value: string | null | undefined): string => (value === undefined ? '' : value === null ? esc(label('printedNone', lang)) : value === 'present' ? '✓' : esc(value.replace(/^(\d+)\.(\d+)$/u, '$1,$2')));
  const has2023 = indicator.edition === '2023';
  const rows = entries
    .map((entry) => {
      const readings = entry.readings as { ru?: string | null; kk?: string | null; report?: string | null };
      const ru = entry.field === 'row' && readings.ru === null ? esc(label('absentRow', lang)) : show(readings.ru);
      const kk = entry.field === 'row' && readings.kk === null ? esc(label('absentRow', lang)) : show(readings.kk);
      const extra = has2023 ? `<td>${show(readings.report)}</td><td>${show((entry as { chosen?: string | null }).chosen)}</td>` : '';
      return `<tr><th scope="row"><code>${esc(entry.field)}</code></th><td lang="kk">${kk}</td><td lang="ru">${ru}</td>${extra}${noteHtml(entry.why, lang, 'td')}</tr>`;
    })
    .join('');
  const head = `<th scope="col">${esc(label('field', lang))}</th><th scope="col">${esc(label('nameKk', lang))}</th><th scope="col">${esc(label('nameRu', lang))}</th>${has2023 ? `<th scope="col">${esc(label('report2024', lang))}</th><th scope="col">${esc(label('chosen', lang))}</th>` : ''}<th scope="col">${esc(label('why', lang))}</th>`;
  return `<div class="scroll" tabindex="0"><table class="disc"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

function inputFieldsTable(kinds: readonly IndicatorKind[], lang: Lang): string {
  const rows = kinds
    .flatMap((kind) => INPUT_FIELDS[kind].map((field) => `<tr><th scope="row"><code>${esc(field)}</code></th><td>${esc(FIELD_LABELS[fieldKey(kind, field)]![lang])}</td>${kinds.length > 1 ? `<td>${esc(KIND_LABELS[kind][lang])}</td>` : ''}</tr>`))
    .join('');
  return `<table class="narrow"><thead><tr><th scope="col">${esc(label('field', lang))}</th><th scope="col">${esc(label('meaning', lang))}</th>${kinds.length > 1 ? `<th scope="col">${esc(label('kind', lang))}</th>` : ''}</tr></thead><tbody>${rows}</tbody></table>`;
}

function numberInput(id: string, text: string, hint?: string): string {
  return `<div class="field"><label for="${id}">${esc(text)}</label><input id="${id}" name="${id}" type="text" inputmode="decimal" autocomplete="off"${hint === undefined ? '' : ` aria-describedby="${id}-hint"`}>${hint === undefined ? '' : `<small id="${id}-hint" class="muted">${esc(hint)}</small>`}</div>`;
}

function kindFields(kind: IndicatorKind, indicator: Indicator, lang: Lang): string {
  const field = (name: string): string => numberInput(`calc-${kind}-${name}`, FIELD_LABELS[fieldKey(kind, name)]![lang]);
  switch (kind) {
    case 'ratio':
    case 'decreasing-ratio':
      return field('a') + field('b');
    case 'count':
      return field('a');
    case 'growth':
      return field('digitised') + field('total');
    case 'complement-ratio':
      return field('b') + field('c');
    case 'uptime': {
      const quarters = [1, 2, 3, 4].map((quarter) => `<option value="${quarter}">${quarter}</option>`).join('');
      const hours = quarterHours(indicator)[startYearOf(indicator)]?.[0] ?? '';
      return `<div class="field"><label for="calc-quarter">${esc(label('quarterOf', lang))}</label><select id="calc-quarter">${quarters}</select></div>${field('downtimeHours')}${numberInput(`calc-${kind}-totalHours`, FIELD_LABELS.totalHours![lang], label('hoursDefault', lang, { hours }))}`;
    }
    case 'milestone':
      return `<div class="field"><label for="calc-milestone-done">${esc(FIELD_LABELS.done![lang])}</label><select id="calc-milestone-done"><option value="">${esc(label('noData', lang))}</option><option value="true">${esc(label('done', lang))}</option><option value="false">${esc(label('notDone', lang))}</option></select></div>`;
    case 'composite': {
      const criteria = indicator.edition === '2025' ? (indicator.criteria ?? []) : [];
      return `<fieldset><legend>${esc(FIELD_LABELS.met![lang])}</legend>${criteria
        .map((criterion) => `<div class="check"><input type="checkbox" id="calc-met-${esc(criterion.id)}" value="${esc(criterion.id)}" data-met><label for="calc-met-${esc(criterion.id)}">${textIn(criterion.name, lang)} (${fig(criterion.weight)} %)</label></div>`)
        .join('')}</fieldset>`;
    }
    case 'security':
      return `<fieldset><legend>${esc(label('securityForm', lang))}</legend><div class="check"><input type="radio" name="calc-security-form" id="calc-security-counts" value="counts" checked><label for="calc-security-counts">${esc(label('securityCounts', lang))}</label></div><div class="check"><input type="radio" name="calc-security-form" id="calc-security-percent" value="percent"><label for="calc-security-percent">${esc(label('securityPercent', lang))}</label></div></fieldset>
<div data-form="counts">${field('tested')}${field('connected')}${field('systems')}</div><div data-form="percent" hidden>${field('ia')}${field('ib')}</div>`;
  }
}

/** Where the calculator starts: the first year the indicator applies in, by the default reading. */
function startOf(indicator: Indicator): string {
  const definitions = definitionsOf(indicator);
  const preferred = indicator.edition === '2023' ? '2024' : `2025|${DEFAULT_READING}`;
  return applies(definitions[preferred]!) ? preferred : (Object.keys(definitions).find((key) => applies(definitions[key]!)) ?? preferred);
}

const startYearOf = (indicator: Indicator): string => startOf(indicator).split('|')[0]!;

/**
 * The hours of each quarter of each year an uptime indicator has targets for (`resolvePeriod`):
 * t_total when the reader leaves it empty, as a period report does.
 */
function quarterHours(indicator: Indicator): Record<string, string[]> {
  const years = indicator.edition === '2023' ? CATALOGUE_2023.edition.years : CATALOGUE_2025.edition.years;
  return Object.fromEntries(years.map((year) => [year, ([1, 2, 3, 4] as const).map((quarter) => resolvePeriod({ year: Number(year), quarter }).hours)]));
}

function calculator(indicator: Indicator, lang: Lang): string {
  const definitions = definitionsOf(indicator);
  const years = indicator.edition === '2023' ? CATALOGUE_2023.edition.years : CATALOGUE_2025.edition.years;
  const start = startOf(indicator);
  const [startYear, startReading] = start.split('|');
  const readingName = (reading: Lang): string => `${label(reading === 'kk' ? 'readingKk' : 'readingRu', lang)}${reading === DEFAULT_READING ? ` (${label('readingDefault', lang)})` : ''}`;
  const kinds = [...new Set(Object.values(definitions).map((definition) => definition.kind))];
  const yearSelect = `<div class="field"><label for="calc-year">${esc(label('year', lang))}</label><select id="calc-year">${years.map((year) => `<option${year === startYear ? ' selected' : ''}>${year}</option>`).join('')}</select></div>`;
  const readingSelect =
    indicator.edition === '2025'
      ? `<div class="field"><label for="calc-reading">${esc(label('reading', lang))}</label><select id="calc-reading" aria-describedby="calc-reading-hint"><option value="kk"${startReading === 'kk' ? ' selected' : ''}>${esc(readingName('kk'))}</option><option value="ru"${startReading === 'ru' ? ' selected' : ''}>${esc(readingName('ru'))}</option></select><small id="calc-reading-hint" class="muted">${esc(label('readingLead', lang))}</small></div>`
      : '';
  const groups = kinds.map((kind) => `<div class="kind-fields" data-kind="${kind}">${kindFields(kind, indicator, lang)}</div>`).join('');
  const payload = {
    id: indicator.id,
    edition: indicator.edition,
    definitions,
    defaultReading: DEFAULT_READING,
    hours: kinds.includes('uptime') ? quarterHours(indicator) : null,
    // What-if hints name a field by its label and a criterion by its name, never by id.
    fields: Object.fromEntries(kinds.flatMap((kind) => INPUT_FIELDS[kind].map((field) => [field, FIELD_LABELS[fieldKey(kind, field)]?.[lang] ?? field]))),
    criteria: Object.fromEntries((indicator.edition === '2025' ? (indicator.criteria ?? []) : []).map((criterion) => [criterion.id, (lang === 'kk' ? (criterion.name.kk ?? criterion.name.ru) : (criterion.name.ru ?? criterion.name.kk)) ?? criterion.id])),
    labels: {
      hoursDefault: label('hoursDefault', lang),
      rules: Object.fromEntries(Object.entries(RULE_LABELS).map(([rule, text]) => [rule, text[lang]])),
      enter: label('enterFigures', lang),
      error: label('error', lang),
      notApplicable: label('notApplicable', lang),
      whatIfFull: label('whatIfFull', lang),
      whatIfOutOfReach: label('whatIfOutOfReach', lang),
      atLeast: label('atLeast', lang),
      atMost: label('atMost', lang),
      done: label('doneLabel', lang),
      alsoMeet: label('alsoMeet', lang),
    },
  };
  return `<section id="calculator" aria-labelledby="calc-h" class="calc"><h2 id="calc-h">${esc(label('calculator', lang))}</h2>
<p class="muted">${esc(label('calculatorLead', lang))}</p>
<form id="calc-form" class="calc-form" novalidate><div class="calc-controls">${yearSelect}${readingSelect}</div><p class="muted" id="calc-def"></p>${groups}</form>
<div class="calc-out"><dl class="result">
<dt>${esc(label('share', lang))}</dt><dd><output id="calc-share" form="calc-form">–</output></dd>
<dt>${esc(label('awarded', lang))}</dt><dd><output id="calc-awarded" form="calc-form">–</output></dd>
<dt>${esc(label('rule', lang))}</dt><dd><output id="calc-rule" form="calc-form">–</output></dd>
</dl>
<p id="calc-status" role="status" aria-live="polite" class="muted"></p>
<h3 class="small">${esc(label('whatIf', lang))}</h3><p id="calc-whatif" class="whatif">–</p>
<h3 class="small">${esc(label('trace', lang))}</h3><ol id="calc-trace" class="trace"></ol>
<p id="calc-warnings" class="muted"></p></div>
<noscript><p>${esc(label('noScript', lang))}</p></noscript>
${jsonScript('calc-data', payload)}</section>`;
}

function referenceList(indicator: Indicator, lang: Lang): string {
  const ref = indicator.reference;
  // The act in the reader's language, from the edition's own data (the reference's citation is English).
  const info = (indicator.edition === '2023' ? CATALOGUE_2023 : CATALOGUE_2025).edition;
  const act = `№ ${esc(info.act.number[lang])}, ${esc(info.act.date)}: ${textIn(info.act.title, lang)}${info.amendedBy === null ? '' : ` (№ ${esc(info.amendedBy.number[lang])}, ${esc(info.amendedBy.date)})`}`;
  const section = ref.section === 0 ? `<dt>${esc(label('section', lang))}</dt><dd>${esc(label('commonKpis', lang))}</dd>` : `<dt>${esc(label('section', lang))}</dt><dd>${ref.section}</dd>`;
  return `<dl class="facts"><dt>${esc(label('act', lang))}</dt><dd>${act}</dd><dt>${esc(label('annex', lang))}</dt><dd>${textIn(info.annex.title, lang)}</dd>${section}<dt>${esc(label('row', lang))}</dt><dd>${ref.row}</dd></dl>`;
}

function lineageSection(indicator: Indicator, lang: Lang, successors: Successors | null, path: string): string {
  if (successors === null) return '';
  const here = (to: string): string => hrefFrom(path, to);
  const relationLabel = { same: label('relationSame', lang), reworded: label('relationReworded', lang), changed: label('relationChanged', lang) };
  const pairs = indicator.edition === '2023' ? successors.pairs.filter((pair) => pair.from === indicator.id) : successors.pairs.filter((pair) => pair.to === indicator.id);
  if (pairs.length === 0) return '';
  const other: Edition = indicator.edition === '2023' ? '2025' : '2023';
  const items = pairs
    .map((pair) => {
      const id = indicator.edition === '2023' ? pair.to : pair.from;
      const target = indicatorsOf(other).find((entry) => entry.id === id)!;
      return `<li><a href="${here(indicatorPath(other, id))}"><span class="id">${esc(id)}</span> ${textIn(target.name, lang)}</a> (${esc(relationLabel[pair.relation])}) <span class="muted">${noteHtml(pair.evidence, lang)}</span></li>`;
    })
    .join('');
  return `<section aria-labelledby="lineage-h"><h2 id="lineage-h">${esc(label(indicator.edition === '2023' ? 'successor' : 'predecessor', lang))}</h2><ul>${items}</ul></section>`;
}

/**
 * Why a text has no name for an indicator, from the register: its entry for the name, or for the
 * whole row, that this text lost; otherwise a pointer to the indicator's notes.
 */
function lostName(indicator: Indicator, text: Lang, lang: Lang): string {
  const entries = (indicator.edition === '2023' ? CATALOGUE_2023.discrepancies : CATALOGUE_2025.discrepancies).filter((entry) => entry.indicator === indicator.id);
  const lost = (field: string) => entries.find((entry) => entry.field === field && (entry.readings as Partial<Record<Lang, string | null>>)[text] === null);
  const entry = lost('name') ?? lost('row');
  const said = `<span class="lost">${esc(label(text === 'kk' ? 'nameLostKk' : 'nameLostRu', lang))}</span>`;
  if (entry !== undefined) return `${said}<br><span class="muted">${esc(label('nameLostWhy', lang))}:</span> ${noteHtml(entry.why, lang)}`;
  return indicator.notes.length > 0 ? `${said} <a href="#notes-h">${esc(label('nameLostNotes', lang))}</a>` : said;
}

export function indicatorPage(indicator: Indicator, lang: Lang, successors: Successors | null): string {
  const edition = indicator.edition;
  const path = indicatorPath(edition, indicator.id);
  const here = (to: string): string => hrefFrom(path, to);
  const kinds = [...new Set(Object.values(definitionsOf(indicator)).map((definition) => definition.kind))];
  const kindText = kinds.length === 1 ? esc(KIND_LABELS[indicator.kind][lang]) : kinds.map((kind) => esc(KIND_LABELS[kind][lang])).join(' / ') + ` (${esc(label('differs', lang))})`;
  const owner = indicator.body === null ? esc(label('commonKpis', lang)) : `<a href="${here(bodyPath(edition, indicator.body))}">${esc(bodyName(indicator.body, lang))}</a>`;
  const criteria =
    indicator.edition === '2025' && indicator.criteria !== null
      ? `<section aria-labelledby="crit-h"><h2 id="crit-h">${esc(label('criteria', lang))}</h2><table class="narrow"><thead><tr><th scope="col">id</th><th scope="col">${esc(label('name', lang))}</th><th scope="col">${esc(label('criterionWeight', lang))}</th></tr></thead><tbody>${indicator.criteria
          .map((criterion) => `<tr id="crit-${esc(criterion.id)}"><th scope="row"><code>${esc(criterion.id)}</code></th><td>${textIn(criterion.name, lang)}</td><td>${fig(criterion.weight)}</td></tr>`)
          .join('')}</tbody></table></section>`
      : '';
  const indicatorNotes: readonly Note[] = indicator.notes;
  const notes = indicatorNotes.length === 0 ? '' : `<section aria-labelledby="notes-h"><h2 id="notes-h">${esc(label('notes', lang))}</h2><ul class="notes">${indicatorNotes.map((note) => noteHtml(note, lang, 'li')).join('')}</ul></section>`;
  const other: Lang = lang === 'kk' ? 'ru' : 'kk';
  const body = `<p class="kicker"><span class="id">${esc(indicator.id)}</span> · <a href="${here(editionPath(edition))}">${esc(editionTitle(edition, lang))}</a> · ${owner} · ${esc(blockTitle(edition, indicator.block, lang))}</p>
<h1${plainIn(indicator.name, lang).length > 160 ? ' class="long"' : ''}>${textIn(indicator.name, lang)}</h1>
<section aria-labelledby="names-h"><h2 id="names-h">${esc(label('name', lang))}</h2><dl class="names">
<dt>${esc(label(lang === 'kk' ? 'nameKk' : 'nameRu', lang))}</dt><dd>${indicator.name[lang] === null ? lostName(indicator, lang, lang) : esc(indicator.name[lang])}</dd>
<dt>${esc(label(other === 'kk' ? 'nameKk' : 'nameRu', lang))}</dt>${indicator.name[other] === null ? `<dd>${lostName(indicator, other, lang)}</dd>` : `<dd lang="${other}">${esc(indicator.name[other])}</dd>`}</dl>
<dl class="facts"><dt>${esc(label('unit', lang))}</dt><dd>${esc(unitLabel(indicator.unit, lang))}</dd><dt>${esc(label('kind', lang))}</dt><dd>${kindText} <code>${esc(kinds.join(' / '))}</code></dd></dl></section>
<section aria-labelledby="targets-h"><h2 id="targets-h">${esc(label('targetsWeights', lang))}</h2>${targetsTable(indicator, lang)}</section>
<section aria-labelledby="formula-h"><h2 id="formula-h">${esc(label('formula', lang))}</h2>${formulaSection(indicator, lang)}</section>
${criteria}
<section aria-labelledby="fields-h"><h2 id="fields-h">${esc(label('inputFields', lang))}</h2>${inputFieldsTable(kinds, lang)}</section>
${calculator(indicator, lang)}
<section aria-labelledby="disc-h"><h2 id="disc-h">${esc(label('discrepancies', lang))}</h2>${discrepancyTable(indicator, lang)}</section>
<section aria-labelledby="ref-h"><h2 id="ref-h">${esc(label('reference', lang))}</h2>${referenceList(indicator, lang)}</section>
${lineageSection(indicator, lang, successors, path)}
${notes}`;
  const name = plainIn(indicator.name, lang);
  return page({
    lang,
    path,
    title: `${indicator.id} ${name.length > 80 ? `${name.slice(0, 80)}…` : name}`,
    crumbs: [homeCrumb(lang), { href: editionPath(edition), text: editionTitle(edition, lang) }, { href: path, text: indicator.id }],
    body,
    katex: true,
    scripts: [`calculator.${lang}.js`],
    description: name,
  });
}

export { LABELS };
