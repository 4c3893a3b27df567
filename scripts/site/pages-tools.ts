/**
 * The pages beyond the catalogue: the edition diff, the report builder, the Q1 2024 rating and the
 * synthetic 2025 example.
 */
import { readFileSync } from 'node:fs';
import { CATALOGUE_2023 } from '../../src/generated/catalogue-2023.js';
import { CATALOGUE_2025 } from '../../src/generated/catalogue-2025.js';
import { BODIES, scorePeriodReport } from '../../src/index.js';
import { ERRATA_2024_Q1, REPORT_2024_Q1, reproduceReport2024Q1 } from '../../src/reports/report-2024-q1.js';
import { esc, fig, hrefFrom, jsonScript, noteHtml, page, type Note } from './html.js';
import { BUILDER_PERIODS } from './periods.js';
import { CAUSE_LABELS, label, type LabelKey, LANGS, type Lang } from './i18n.js';
import { blockTitle, bodyName, bodyPath, DEFAULT_READING, indicatorPath, indicatorsOf, plainIn, textIn, type Edition } from './pages-catalogue.js';
import type { Successors } from './successors.js';

const home = (lang: Lang) => ({ href: 'index.html', text: label('home', lang) });


// ---------------------------------------------------------------- diff

/** The sections of the diff: every body of either edition, then the common KPIs of 2025. */
export const DIFF_SECTIONS: readonly (string | null)[] = [...BODIES.map((body) => body.id), null];
export const diffPath = (bodyId: string | null): string => `diff/${bodyId ?? 'common'}.html`;

const ownerOf = (edition: Edition, id: string): string | null => indicatorsOf(edition).find((entry) => entry.id === id)?.body ?? null;

/**
 * What the mapping says of one section: the pairs (by the 2023 indicator's owner), the dropped and
 * the added, what it leaves out, and the counts that add up: the section's 2023 indicators are those
 * that continue, the dropped and the unmapped; its 2025 indicators are the successors, the added and
 * the unmapped (an indicator with two successors counts once on the 2023 side, twice on the 2025 side).
 */
function sectionOf(bodyId: string | null, successors: Successors) {
  const pairs = successors.pairs.filter((pair) => {
    const from = ownerOf('2023', pair.from);
    return bodyId === null ? from === null && ownerOf('2025', pair.to) === null : from === bodyId;
  });
  const dropped = successors.dropped.filter((entry) => ownerOf('2023', entry.id) === bodyId);
  const added = successors.added.filter((entry) => ownerOf('2025', entry.id) === bodyId);
  const mapped2023 = new Set([...successors.pairs.map((pair) => pair.from), ...successors.dropped.map((entry) => entry.id)]);
  const mapped2025 = new Set([...successors.pairs.map((pair) => pair.to), ...successors.added.map((entry) => entry.id)]);
  const open2023 = indicatorsOf('2023').filter((entry) => entry.body === bodyId && !mapped2023.has(entry.id));
  const open2025 = indicatorsOf('2025').filter((entry) => entry.body === bodyId && !mapped2025.has(entry.id));
  const continued = new Set(pairs.map((pair) => pair.from)).size;
  const successorsIn2025 = new Set(successors.pairs.filter((pair) => ownerOf('2025', pair.to) === bodyId).map((pair) => pair.to)).size;
  const count2023 = indicatorsOf('2023').filter((entry) => entry.body === bodyId).length;
  const count2025 = indicatorsOf('2025').filter((entry) => entry.body === bodyId).length;
  return { pairs, dropped, added, open2023, open2025, continued, successorsIn2025, count2023, count2025 };
}

/** The 2023 indicators the mapping gives more than one successor, with their successors. */
function splitsOf(pairs: Successors['pairs']): { readonly from: string; readonly to: readonly string[] }[] {
  const byFrom = new Map<string, string[]>();
  for (const pair of pairs) byFrom.set(pair.from, [...(byFrom.get(pair.from) ?? []), pair.to]);
  return [...byFrom].filter(([, to]) => to.length > 1).map(([from, to]) => ({ from, to }));
}

const nameOf = (edition: Edition, id: string, lang: Lang): string => {
  const indicator = indicatorsOf(edition).find((entry) => entry.id === id);
  return indicator === undefined ? id : plainIn(indicator.name, lang);
};

/** An indicator with two successors or more, said in words, so that the counts add up. */
function splitNote(split: { readonly from: string; readonly to: readonly string[] }, lang: Lang, up: (to: string) => string, id: string): string {
  const to = split.to.map((target) => `<a href="${up(indicatorPath('2025', target))}"><span class="id">${esc(target)}</span> «${esc(nameOf('2025', target, lang))}»</a>`).join(lang === 'kk' ? ' және ' : ' и ');
  const text = esc(label('diffSplit', lang, { id: '\u0000id', name: nameOf('2023', split.from, lang), n: split.to.length, to: '\u0000to' }))
    .replace('\u0000id', `<a href="${up(indicatorPath('2023', split.from))}"><span class="id">${esc(split.from)}</span></a>`)
    .replace('\u0000to', to);
  return `<p class="notice" id="${esc(id)}">${text}</p>`;
}

const sectionTitle = (bodyId: string | null, lang: Lang): string => (bodyId === null ? label('commonKpis', lang) : bodyName(bodyId, lang));

export function diffPage(lang: Lang, successors: Successors | null): string {
  const path = 'diff.html';
  const up = (to: string): string => hrefFrom(path, to);
  const bodies2023 = new Set<string>(CATALOGUE_2023.bodies.map((body) => body.id));
  const bodies2025 = new Set<string>(CATALOGUE_2025.bodies.map((body) => body.id));
  const parts: string[] = [];
  parts.push(`<h1>${esc(label('diff', lang))}</h1>`);
  if (successors === null) {
    parts.push(`<p class="notice">${esc(label('mappingMissing', lang))}</p>`);
    const head = `<th scope="col">${esc(label('body', lang))}</th><th scope="col">2023</th><th scope="col">2025</th>`;
    const rows = DIFF_SECTIONS.map((bodyId) => {
      const count = (edition: Edition): number => indicatorsOf(edition).filter((entry) => entry.body === bodyId).length;
      return `<tr><th scope="row"><a href="${diffPath(bodyId)}">${esc(sectionTitle(bodyId, lang))}</a></th><td class="num" data-label="2023">${count('2023')}</td><td class="num" data-label="2025">${count('2025')}</td></tr>`;
    }).join('');
    parts.push(`<section aria-labelledby="per-body-h"><h2 id="per-body-h">${esc(label('bodies', lang))}</h2><table class="reflow"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></section>`);
    return page({ lang, path, title: label('diff', lang), crumbs: [home(lang), { href: path, text: label('diffShort', lang) }], body: parts.join('\n') });
  }
  const sections = DIFF_SECTIONS.map((bodyId) => ({ bodyId, ...sectionOf(bodyId, successors) }));
  const sum = (pick: (section: (typeof sections)[number]) => number): number => sections.reduce((total, section) => total + pick(section), 0);
  const totals = {
    n2023: indicatorsOf('2023').length,
    continued: new Set(successors.pairs.map((pair) => pair.from)).size,
    dropped: successors.dropped.length,
    n2025: indicatorsOf('2025').length,
    successors: new Set(successors.pairs.map((pair) => pair.to)).size,
    added: successors.added.length,
  };
  const splits = splitsOf(successors.pairs);
  parts.push(`<p class="lead">${esc(label('diffLead', lang, totals))}</p>`);
  // On a phone each cell says what it is: "2023: 18", "продолжаются: 3", …
  const labels2023 = ['2023', label('colContinue', lang), label('colDropped', lang)];
  const labels2025 = ['2025', label('colSuccessors', lang), label('colAdded', lang)];
  const splitOwners = new Map(splits.map((split) => [ownerOf('2023', split.from), split]));
  const rows = sections
    .map((section) => {
      const split = splitOwners.get(section.bodyId);
      const marker = split === undefined ? '' : ` <a href="#split-${esc(split.from)}" class="footnote" aria-label="${esc(split.from)}">*</a>`;
      const values2023 = [section.count2023, section.continued, section.dropped.length];
      const values2025 = [section.count2025, section.successorsIn2025, section.added.length];
      const cells = [...values2023.map((value, i) => `<td class="num${i === 0 ? ' group' : ''}" data-label="${esc(labels2023[i]!)}">${value}${i === 1 ? marker : ''}</td>`), ...values2025.map((value, i) => `<td class="num${i === 0 ? ' group' : ''}" data-label="${esc(labels2025[i]!)}">${value}${i === 1 ? marker : ''}</td>`)].join('');
      return `<tr><th scope="row"><a href="${diffPath(section.bodyId)}">${esc(sectionTitle(section.bodyId, lang))}</a></th>${cells}</tr>`;
    })
    .join('');
  const foot = `<tr><th scope="row">${esc(label('total', lang))}</th>${[totals.n2023, totals.continued, totals.dropped].map((value, i) => `<td class="num${i === 0 ? ' group' : ''}" data-label="${esc(labels2023[i]!)}">${value}</td>`).join('')}${[totals.n2025, totals.successors, totals.added].map((value, i) => `<td class="num${i === 0 ? ' group' : ''}" data-label="${esc(labels2025[i]!)}">${value}</td>`).join('')}</tr>`;
  // Whatever the mapping leaves out is said, never silently dropped from the sums.
  const unmapped = sum((section) => section.open2023.length + section.open2025.length);
  parts.push(`<section aria-labelledby="summary-h"><h2 id="summary-h">${esc(label('summary', lang))}</h2>
<table class="reflow diff-summary"><thead><tr><th scope="col" rowspan="2">${esc(label('body', lang))}</th><th scope="colgroup" colspan="3">${esc(label('editionTitle2023', lang))}</th><th scope="colgroup" colspan="3">${esc(label('editionTitle2025', lang))}</th></tr>
<tr><th scope="col">${esc(label('total', lang))}</th><th scope="col">${esc(label('colContinue', lang))}</th><th scope="col">${esc(label('colDropped', lang))}</th><th scope="col">${esc(label('total', lang))}</th><th scope="col">${esc(label('colSuccessors', lang))}</th><th scope="col">${esc(label('colAdded', lang))}</th></tr></thead>
<tbody>${rows}</tbody><tfoot>${foot}</tfoot></table>
<p class="muted">${esc(unmapped === 0 ? label('diffSumRow', lang, totals) : label('unmappedCount', lang, { n: unmapped }))}</p>
${splits.map((split) => splitNote(split, lang, up, `split-${split.from}`)).join('')}
<p class="muted">${esc(label('mappingSource', lang))}</p></section>`);
  const added = [...bodies2025].filter((id) => !bodies2023.has(id));
  const dropped = [...bodies2023].filter((id) => !bodies2025.has(id));
  const evidenceOf = (list: readonly { id: string; evidence: Note }[], id: string): string => {
    const entry = list.find((item) => item.id === id);
    return entry === undefined ? '' : `<br><span class="muted small">${noteHtml(entry.evidence, lang)}</span>`;
  };
  const renamedFrom = (from: string): string => {
    const direction = CATALOGUE_2023.blocks.find((block) => block.id === from);
    return direction === undefined ? esc(from) : esc(label('directionBecame', lang, { no: direction.no, title: plainIn(direction.title, lang), body: '\u0000' })).replace(' → \u0000', '');
  };
  const bodyItems = [
    ...added.map((id) => `<li><strong>${esc(label('bodyAdded', lang))}:</strong> <a href="${bodyPath('2025', id)}">${esc(bodyName(id, lang))}</a>${evidenceOf(successors.bodies.added, id)}</li>`),
    ...dropped.map((id) => `<li><strong>${esc(label('bodyDropped', lang))}:</strong> ${esc(bodyName(id, lang))}${evidenceOf(successors.bodies.dropped, id)}</li>`),
    ...successors.bodies.renamed.map((entry) => `<li>${renamedFrom(entry.from)} → <a href="${BODIES.some((body) => body.id === entry.to) ? bodyPath('2025', entry.to) : '2025/index.html'}">${esc(BODIES.some((body) => body.id === entry.to) ? bodyName(entry.to, lang) : blockTitle('2025', entry.to, lang))}</a><br><span class="muted small">${noteHtml(entry.evidence, lang)}</span></li>`),
  ];
  parts.push(`<section aria-labelledby="bodies-h"><h2 id="bodies-h">${esc(label('bodiesChanged', lang))}</h2><p class="muted">${esc(label('evidenceUnder', lang))}.</p><ul class="notes">${bodyItems.join('')}</ul></section>`);
  return page({ lang, path, title: label('diff', lang), crumbs: [home(lang), { href: path, text: label('diffShort', lang) }], body: parts.join('\n') });
}

export function diffBodyPage(bodyId: string | null, lang: Lang, successors: Successors | null): string {
  const path = diffPath(bodyId);
  const up = (to: string): string => hrefFrom(path, to);
  const link = (edition: Edition, id: string): string => {
    const indicator = indicatorsOf(edition).find((entry) => entry.id === id);
    return `<a href="${up(indicatorPath(edition, id))}"><span class="id">${esc(id)}</span> ${indicator === undefined ? '' : textIn(indicator.name, lang)}</a>`;
  };
  const none = `<p class="muted">${esc(label('noneListed', lang))}</p>`;
  const heading = sectionTitle(bodyId, lang);
  let inner: string;
  if (successors === null) {
    const list = (edition: Edition): string => {
      const items = indicatorsOf(edition).filter((entry) => entry.body === bodyId);
      return items.length === 0 ? none : `<ul>${items.map((item) => `<li>${link(edition, item.id)}</li>`).join('')}</ul>`;
    };
    inner = `<p class="notice">${esc(label('mappingMissing', lang))}</p><div class="two"><div><h2>${esc(label('editionTitle2023', lang))}</h2>${list('2023')}</div><div><h2>${esc(label('editionTitle2025', lang))}</h2>${list('2025')}</div></div>`;
  } else {
    const relation = { same: label('relationSame', lang), reworded: label('relationReworded', lang), changed: label('relationChanged', lang) };
    const section = sectionOf(bodyId, successors);
    const evidenceHead = label('evidence', lang);
    const pairRows = section.pairs
      .map((pair) => `<tr><td data-label="2023">${link('2023', pair.from)}</td><td data-label="2025">${link('2025', pair.to)}</td><td data-label="${esc(label('relation', lang))}">${esc(relation[pair.relation])}</td><td data-label="${esc(evidenceHead)}" class="evidence">${noteHtml(pair.evidence, lang)}</td></tr>`)
      .join('');
    const listOf = (edition: Edition, items: readonly { id: string; evidence?: Note }[]): string =>
      items.length === 0 ? none : `<ul class="notes">${items.map((item) => `<li>${link(edition, item.id)}${item.evidence === undefined ? '' : `<br><span class="muted small">${noteHtml(item.evidence, lang)}</span>`}</li>`).join('')}</ul>`;
    const counts = `<p class="lead">${esc(label('diffBodyLead', lang, { n2023: section.count2023, continued: section.continued, dropped: section.dropped.length, n2025: section.count2025, successors: section.successorsIn2025, added: section.added.length }))}</p>`;
    const splits = splitsOf(section.pairs).map((split) => splitNote(split, lang, up, `split-${split.from}`)).join('');
    inner = `${counts}${splits}<p class="muted">${esc(label('mappingSource', lang))}</p>
<section aria-labelledby="cont-h"><h2 id="cont-h">${esc(label('continues', lang))}</h2>${
      section.pairs.length === 0
        ? none
        : `<table class="pairs reflow"><thead><tr><th scope="col">2023</th><th scope="col">2025</th><th scope="col">${esc(label('relation', lang))}</th><th scope="col">${esc(evidenceHead)}</th></tr></thead><tbody>${pairRows}</tbody></table>`
    }</section>
<section aria-labelledby="drop-h"><h2 id="drop-h">${esc(label('dropped', lang))}</h2>${listOf('2023', section.dropped)}</section>
<section aria-labelledby="add-h"><h2 id="add-h">${esc(label('added', lang))}</h2>${listOf('2025', section.added)}</section>`;
    // Indicators the mapping does not account for are listed, never silently left out.
    if (section.open2023.length + section.open2025.length > 0) {
      inner += `<section aria-labelledby="open-h"><h2 id="open-h">${esc(label('unmapped', lang))}</h2><div class="two"><div><h3>${esc(label('onlyIn2023', lang))}</h3>${listOf('2023', section.open2023)}</div><div><h3>${esc(label('onlyIn2025', lang))}</h3>${listOf('2025', section.open2025)}</div></div></section>`;
    }
  }
  const body = `<h1>${esc(label('diffShort', lang))}: ${esc(heading)}</h1>
<p>${bodyId === null ? '' : [
    CATALOGUE_2023.bodies.some((entry) => entry.id === bodyId) ? `<a href="${up(bodyPath('2023', bodyId))}">${esc(label('editionTitle2023', lang))}</a>` : '',
    CATALOGUE_2025.bodies.some((entry) => entry.id === bodyId) ? `<a href="${up(bodyPath('2025', bodyId))}">${esc(label('editionTitle2025', lang))}</a>` : '',
  ].filter((text) => text !== '').join(' · ')}</p>${inner}`;
  return page({ lang, path, title: `${label('diffShort', lang)}: ${heading}`, crumbs: [home(lang), { href: 'diff.html', text: label('diffShort', lang) }, { href: path, text: heading }], body });
}

// ---------------------------------------------------------------- builder

export function builderPage(lang: Lang): string {
  const path = 'builder.html';
  const bodies = BODIES.map((body) => `<option value="${esc(body.id)}">${textIn(body.name, lang)}</option>`).join('');
  const periodOptions = BUILDER_PERIODS.map(({ year, quarter }) => `<option value="${year}-${quarter}"${year === 2025 && quarter === 2 ? ' selected' : ''}>${year}, ${quarter} ${esc(label('quarter', lang))}</option>`).join('');
  const readingName = (reading: Lang): string => `${label(reading === 'kk' ? 'readingKk' : 'readingRu', lang)}${reading === DEFAULT_READING ? ` (${label('readingDefault', lang)})` : ''}`;
  const stat = (id: string, long: LabelKey, short: LabelKey): string =>
    `<div class="stat"><dt><span class="long">${esc(label(long, lang))}</span><span class="short">${esc(label(short, lang))}</span></dt><dd><output id="${id}">–</output></dd></div>`;
  const body = `<h1>${esc(label('builder', lang))}</h1>
<p class="lead">${esc(label('builderLead', lang))}</p>
<div class="b-layout">
<form id="builder-form" class="builder" novalidate>
<div class="calc-controls">
<div class="field wide"><label for="b-body">${esc(label('body', lang))}</label><select id="b-body">${bodies}</select></div>
<div class="field"><label for="b-period">${esc(label('period', lang))}</label><select id="b-period">${periodOptions}</select></div>
<div class="field"><label for="b-reading">${esc(label('reading', lang))}</label><select id="b-reading" aria-describedby="b-reading-hint">${LANGS.map((reading) => `<option value="${reading}"${reading === DEFAULT_READING ? ' selected' : ''}>${esc(readingName(reading))}</option>`).join('')}</select><small id="b-reading-hint" class="muted">${esc(label('readingLead', lang))}</small></div>
</div>
<p class="muted">${esc(label('builderEmpty', lang))} ${esc(label('notApplicableHere', lang))}</p>
<p id="b-notice" class="notice" hidden></p>
<div id="b-rows" class="b-rows"></div>
</form>
<div class="b-side">
<section id="b-summary" class="b-summary" aria-labelledby="b-sum-h"><h2 id="b-sum-h">${esc(label('result', lang))}</h2>
<dl class="stats">${stat('b-result', 'resultR', 'resultShort')}${stat('b-planned', 'plannedWeight', 'plannedShort')}${stat('b-share', 'shareOfPlanned', 'shareShort')}</dl>
<p id="b-status" role="status" aria-live="polite" class="b-status"></p>
</section>
<section class="b-files" aria-labelledby="b-files-h"><h2 id="b-files-h">${esc(label('files', lang))}</h2>
<div class="actions"><button type="button" id="b-json">${esc(label('downloadJson', lang))}</button> <button type="button" id="b-csv">${esc(label('downloadCsv', lang))}</button></div>
<div class="field"><label for="b-load">${esc(label('loadFile', lang))}</label><input type="file" id="b-load" accept=".json,.csv,application/json,text/csv"></div>
<p class="muted"><code>${esc(label('cliHint', lang).split(': ')[1] ?? '')}</code> — ${esc(label('cliHint', lang).split(': ')[0] ?? '')}</p>
</section>
</div>
</div>
<noscript><p>${esc(label('noScript', lang))}</p></noscript>
${jsonScript('builder-labels', {
  lang,
  defaultReading: DEFAULT_READING,
  done: label('done', lang),
  notDone: label('notDone', lang),
  noData: label('noData', lang),
  notApplicable: label('notApplicable', lang),
  error: label('error', lang),
  loaded: label('loaded', lang),
  loadedFirstBody: label('loadedFirstBody', lang),
  // What is wrong with a file loaded, by the key of the builder's error (BuiltReportError).
  file: {
    notReport: label('fileNotReport', lang),
    noBody: label('fileNoBody', lang),
    noQuarter: label('fileNoQuarter', lang),
    notCsv: label('fileNotCsv', lang),
    csvCells: label('fileCsvCells', lang),
    csvQuarter: label('fileCsvQuarter', lang),
  },
  awarded: label('awarded', lang),
  bodyNotInEdition: label('bodyNotInEdition', lang),
  fieldInvalid: label('fieldInvalid', lang),
  rowRefused: label('rowRefused', lang),
  errorsInFields: label('errorsInFields', lang),
  goToError: label('goToError', lang),
})}`;
  return page({ lang, path, title: label('builder', lang), crumbs: [home(lang), { href: path, text: label('builder', lang) }], body, scripts: [`builder-data.${lang}.js`, `builder.${lang}.js`] });
}

// ---------------------------------------------------------------- the Q1 2024 rating

const anchorOf = (figure: string): string => figure.replace(/[^a-z0-9-]/giu, '_');

/** A published figure's id (`agriculture.1.W`, the former `agriculture#1.W`, `energy.R`, `rating.energy.R`) in words. */
function figureInWords(figure: string, lang: Lang): string {
  const row = /^([a-z-]+)[#.](\d+)\.([A-Z])$/u.exec(figure);
  if (row !== null) return `${blockTitle('2023', row[1]!, lang)}, ${label('rowNo', lang, { no: row[2]! })}, ${row[3]!}`;
  const table = /^(rating|chart)\.([a-z-]+)\.R$/u.exec(figure);
  if (table !== null) return `${label(table[1] === 'rating' ? 'inRating' : 'inChart', lang)}: ${bodyName(table[2]!, lang)}, R`;
  const result = /^([a-z-]+)\.R$/u.exec(figure);
  if (result !== null) {
    const isBody = BODIES.some((body) => body.id === result[1]);
    return `${isBody ? bodyName(result[1]!, lang) : blockTitle('2023', result[1]!, lang)}, R`;
  }
  return figure;
}

export const RATING_2024_PATH = 'rating-2024-q1.html';
export const ratingBodyPath = (body: string): string => `rating-2024-q1/${body}.html`;
/** The reproduction of the Q1 2024 report, worked out once for all its pages. */
const REPRODUCTION_2024 = reproduceReport2024Q1();
/** The bodies of the Q1 2024 report, in the published order of the rating. */
export const RATING_2024_BODIES: readonly string[] = REPRODUCTION_2024.publishedRating.map((entry) => entry.body);

/** What every page of the Q1 2024 rating shows of a figure: both values, an erratum's mark, and its explanation. */
function ratingFigures(lang: Lang, path: string) {
  const reproduction = REPRODUCTION_2024;
  const figures = new Map(reproduction.figures.map((entry) => [entry.figure, entry]));
  const errata = new Map(ERRATA_2024_Q1.errata.map((entry) => [entry.figure, entry]));
  const isErratum = (figure: string): boolean => figures.get(figure)?.status === 'erratum';
  const flag = `<span aria-hidden="true">⚠</span><span class="erratum-text"> ${esc(label('erratum', lang))}</span>`;
  const mark = (figure: string): string => (isErratum(figure) ? ` <a class="erratum" href="#n-${esc(anchorOf(figure))}">${flag}</a>` : '');
  /** A figure published and recomputed: two cells, labelled for a phone's cards when `what` names the figure. */
  const cell = (figure: string, what?: string): string => {
    const entry = figures.get(figure);
    const labels = what === undefined ? ['', ''] : [` data-label="${esc(`${what}, ${label('publishedShort', lang).toLowerCase()}`)}"`, ` data-label="${esc(`${what}, ${label('recomputedShort', lang).toLowerCase()}`)}"`];
    if (entry === undefined) return `<td${labels[0]}>–</td><td${labels[1]}>–</td>`;
    const cls = entry.status === 'erratum' ? ' class="err"' : '';
    return `<td${cls}${labels[0]}>${fig(entry.published)}</td><td${cls}${labels[1]}>${fig(entry.computed)}${mark(figure)}</td>`;
  };
  const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
  /** An erratum explained where it is: its figure, both values, its cause and the register's explanation. */
  const explained = (figure: string, tag: 'li' | 'div'): string => {
    const entry = errata.get(figure);
    if (entry === undefined) return '';
    return `<${tag} class="erratum-note" id="n-${esc(anchorOf(figure))}"><strong>${esc(capital(label('erratum', lang)))}: ${esc(figureInWords(figure, lang))}.</strong> ${esc(capital(label('published', lang).toLowerCase()))} ${fig(entry.published)}, ${esc(label('recomputed', lang).toLowerCase())} ${fig(entry.computed)}. ${esc(label('cause', lang))}: ${esc(CAUSE_LABELS[entry.cause]?.[lang] ?? entry.cause)}. ${esc(label('why', lang))}: ${noteHtml(entry.explanation, lang)}</${tag}>`;
  };
  const both = (published: string | null | undefined, computed: string | null | undefined): string => label('rBoth', lang, { published: fig(published), computed: fig(computed) });
  const up = (to: string): string => hrefFrom(path, to);
  return { reproduction, figures, isErratum, flag, mark, cell, explained, both, up };
}

/** Where a figure of the report is explained: a row of a body's table on its page, the rating table otherwise. */
function placeOf(figure: string): string {
  const direction = /^([a-z-]+)(?:[#.]\d+\.[A-Z]|\.R)$/u.exec(figure)?.[1];
  const owner = REPORT_2024_Q1.bodies.find((body) => body.body === direction || body.directions.some((entry) => entry.direction === direction));
  return owner === undefined ? RATING_2024_PATH : ratingBodyPath(owner.body);
}

export function rating2024Page(lang: Lang): string {
  const path = RATING_2024_PATH;
  const { reproduction, figures, isErratum, cell, explained, both: rBoth } = ratingFigures(lang, path);
  const corrected = new Map(reproduction.correctedRating.map((entry) => [entry.body, entry]));
  /** A header's text, and a short one for a phone (the long one stays for assistive technology). */
  const both = (long: LabelKey, short: LabelKey): string => `<span class="head-long">${esc(label(long, lang))}</span><span class="head-short" aria-hidden="true">${esc(label(short, lang))}</span>`;
  const sortButton = (key: string, column: 'rank' | 'R', group: 'published' | 'recomputed', type: 'rank' | 'r'): string => {
    const text = `${column === 'R' ? 'R' : label('rank', lang)}, ${label(group, lang).toLowerCase()}`;
    const shown = column === 'R' ? 'R' : both('rank', 'rankShort');
    return `<button type="button" class="sort" data-sort-key="${key}" data-sort-label="${esc(text)}" data-sort-first="${type === 'rank' ? 'ascending' : 'descending'}" aria-label="${esc(text)}">${shown}<span class="sort-mark" aria-hidden="true"></span></button>`;
  };
  const ratingRows = reproduction.publishedRating
    .map((entry) => {
      const computed = corrected.get(entry.body)!;
      const figure = `rating.${entry.body}.R`;
      // The rating table's erratum, and the chart's (which repeats the rating's R), explained under the row.
      const notes = [figure, `chart.${entry.body}.R`].filter(isErratum).map((one) => explained(one, 'div')).join('');
      const note = notes === '' ? '' : `<tr class="note-row" data-note-for="r-${esc(entry.body)}"><td colspan="5">${notes}</td></tr>`;
      return `<tr id="r-${esc(entry.body)}" data-published-rank="${entry.rank}" data-published-r="${esc(entry.result)}" data-computed-r="${esc(computed.result)}" data-computed-rank="${computed.rank}"><th scope="row"><a href="${ratingBodyPath(entry.body)}">${esc(bodyName(entry.body, lang))}</a> <span class="id">${esc(entry.body)}</span></th><td>${entry.rank}</td>${cell(figure)}<td>${computed.rank}</td></tr>${note}`;
    })
    .join('');
  const counts = label('counts', lang, { ...reproduction.counts });
  const changes =
    reproduction.rankChanges.length === 0
      ? label('rankChangesNone', lang)
      : label('rankChanges', lang, { list: reproduction.rankChanges.map((change) => `${bodyName(change.body, lang)} (${change.published} → ${change.corrected})`).join('; ') });
  const errataRows = ERRATA_2024_Q1.errata
    .map((entry) => {
      const place = placeOf(entry.figure);
      const href = `${place === path ? '' : place}#n-${esc(anchorOf(entry.figure))}`;
      return `<tr id="e-${esc(anchorOf(entry.figure))}"><th scope="row"><a href="${href}">${esc(figureInWords(entry.figure, lang))}</a> <code class="id">${esc(entry.figure)}</code></th><td class="num" data-label="${esc(label('published', lang))}">${fig(entry.published)}</td><td class="num" data-label="${esc(label('recomputed', lang))}">${fig(entry.computed)}</td><td data-label="${esc(label('cause', lang))}">${esc(CAUSE_LABELS[entry.cause]?.[lang] ?? entry.cause)}</td></tr>`;
    })
    .join('');
  const legend = ERRATA_2024_Q1.legend
    .map((entry) => `<li><p><strong>${esc(label('printedLegend', lang))}:</strong> <q lang="kk">${esc(entry.printed)}</q></p><p>${noteHtml(entry.contradiction, lang)} ${noteHtml(entry.resolution, lang)}</p></li>`)
    .join('');
  const bodies = RATING_2024_BODIES.map((body) => {
    const figure = `${body}.R`;
    return `<li><a href="${ratingBodyPath(body)}">${esc(bodyName(body, lang))}</a> · ${esc(rBoth(figures.get(figure)?.published, figures.get(figure)?.computed))}${isErratum(figure) ? ` <span class="erratum" aria-hidden="true">⚠</span><span class="sr-only"> ${esc(label('erratum', lang))}</span>` : ''}</li>`;
  }).join('');
  const source = lang === 'kk' ? label('reportSource', lang, { title: REPORT_2024_Q1.title.kk }) : label('reportSource', lang);
  const body = `<h1>${esc(label('rating2024', lang))}</h1>
<p class="lead">${esc(source)}</p>
<p>${esc(counts)} ${esc(changes)}</p>
<section aria-labelledby="rating-h"><h2 id="rating-h">${esc(label('ratingTable', lang))}</h2>
<p class="muted" id="sort-hint">${esc(label('sortHint', lang))}</p>
<table class="rating" data-sortable aria-describedby="sort-hint"><thead><tr><th scope="col" rowspan="2">${esc(label('body', lang))}</th><th scope="colgroup" colspan="2">${both('published', 'publishedShort')}</th><th scope="colgroup" colspan="2">${both('recomputed', 'recomputedShort')}</th></tr>
<tr><th scope="col" aria-sort="ascending">${sortButton('published-rank', 'rank', 'published', 'rank')}</th><th scope="col">${sortButton('published-r', 'R', 'published', 'r')}</th><th scope="col">${sortButton('computed-r', 'R', 'recomputed', 'r')}</th><th scope="col">${sortButton('computed-rank', 'rank', 'recomputed', 'rank')}</th></tr></thead><tbody>${ratingRows}</tbody></table>
<p id="sort-status" class="sr-only" role="status" aria-live="polite"></p></section>
<section aria-labelledby="details-h"><h2 id="details-h">${esc(label('details', lang))}</h2><p class="muted">${esc(label('detailsLead', lang))}</p><ol class="notes">${bodies}</ol></section>
<section aria-labelledby="errata-h"><h2 id="errata-h">${esc(label('errata', lang))} (${ERRATA_2024_Q1.errata.length})</h2><p class="muted">${esc(label('errataLead', lang))}</p>
<div class="scroll" tabindex="0"><table class="disc reflow"><thead><tr><th scope="col">${esc(label('figure', lang))}</th><th scope="col">${esc(label('published', lang))}</th><th scope="col">${esc(label('recomputed', lang))}</th><th scope="col">${esc(label('cause', lang))}</th></tr></thead><tbody>${errataRows}</tbody></table></div></section>
<section aria-labelledby="legend-h"><h2 id="legend-h">${esc(label('legendIssues', lang))}</h2><ul class="notes">${legend}</ul></section>
${jsonScript('sort-labels', { sorted: label('sortedBy', lang), ascending: label('ascending', lang), descending: label('descending', lang) })}`;
  return page({ lang, path, title: label('rating2024', lang), crumbs: [home(lang), { href: path, text: label('rating2024', lang) }], body, scripts: ['sort.js'] });
}

/** A row's id in the audit's figures: the catalogue's id of its indicator (`<direction>#<row>` for a row not linked to it). */
const rowId = (direction: string, row: { readonly no: number; readonly indicator: string | null }): string => row.indicator ?? `${direction}#${row.no}`;

/** A body of the Q1 2024 report: each direction's rows, published beside recomputed, each erratum explained where it stands. */
export function rating2024BodyPage(bodyId: string, lang: Lang): string {
  const path = ratingBodyPath(bodyId);
  const { reproduction, figures, isErratum, flag, cell, explained, mark, up } = ratingFigures(lang, path);
  const report = REPORT_2024_Q1.bodies.find((entry) => entry.body === bodyId);
  if (report === undefined) throw new Error(`${bodyId} is not a body of the Q1 2024 report`);
  const published = reproduction.publishedRating.find((entry) => entry.body === bodyId)!;
  const computed = reproduction.correctedRating.find((entry) => entry.body === bodyId)!;
  const directions = report.directions
    .map((direction) => {
      const rows = direction.rows
        .map((row) => `<tr><th scope="row">${row.no}</th><td class="name">${row.indicator === null ? '' : `<a href="${up(indicatorPath('2023', row.indicator))}" class="id">${esc(row.indicator)}</a><br>${nameIn2023(row.indicator, lang)}`}</td><td data-label="U">${esc(row.U.printed)}</td><td data-label="N">${esc(row.N.printed)}</td><td data-label="a">${esc(row.a.printed)}</td><td data-label="b">${esc(row.b.printed)}</td>${cell(`${rowId(direction.direction, row)}.Z`, 'Z')}${cell(`${rowId(direction.direction, row)}.W`, 'W')}</tr>`)
        .join('');
      const figureR = `${direction.direction}.R`;
      const result = direction.result === undefined ? '' : `<p>${esc(label('directionR', lang, { published: fig(figures.get(figureR)?.published), computed: fig(figures.get(figureR)?.computed) }))}${mark(figureR)}</p>`;
      const notes = [...direction.rows.flatMap((row) => [`${rowId(direction.direction, row)}.Z`, `${rowId(direction.direction, row)}.W`]), figureR].filter(isErratum).map((figure) => explained(figure, 'li')).join('');
      const title = blockTitle('2023', direction.direction, lang);
      return `<section aria-labelledby="d-${esc(direction.direction)}"><h2 id="d-${esc(direction.direction)}">${esc(title)}</h2><div class="scroll" tabindex="0"><table class="report reflow"><thead><tr><th scope="col" rowspan="2">№</th><th scope="col" rowspan="2">${esc(label('indicator', lang))}</th><th scope="col" rowspan="2">U</th><th scope="col" rowspan="2">N</th><th scope="col" rowspan="2">a</th><th scope="col" rowspan="2">b</th><th scope="colgroup" colspan="2">Z</th><th scope="colgroup" colspan="2">W</th></tr><tr>${['Z', 'W'].map((what) => `<th scope="col"><span class="sr-only">${what}, </span>${esc(label('publishedShort', lang))}</th><th scope="col"><span class="sr-only">${what}, </span>${esc(label('recomputedShort', lang))}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></div>${result}${notes === '' ? '' : `<ul class="notes errata-here">${notes}</ul>`}</section>`;
    })
    .join('');
  const figureR = `${bodyId}.R`;
  const bodyNote = isErratum(figureR) ? `<ul class="notes errata-here">${explained(figureR, 'li')}</ul>` : '';
  const name = bodyName(bodyId, lang);
  const at = RATING_2024_BODIES.indexOf(bodyId);
  const neighbour = (index: number, key: LabelKey): string => (RATING_2024_BODIES[index] === undefined ? '' : `<a href="${up(ratingBodyPath(RATING_2024_BODIES[index]!))}" rel="${key === 'previous' ? 'prev' : 'next'}">${esc(label(key, lang))}: ${esc(bodyName(RATING_2024_BODIES[index]!, lang))}</a>`);
  const body = `<h1>${esc(name)}</h1>
<p class="lead">${esc(label('rating2024', lang))} · <a href="${up(bodyPath('2023', bodyId))}">${esc(label('editionTitle2023', lang))}</a></p>
<dl class="facts"><dt>R</dt><dd>${esc(label('rankBoth', lang, { published: fig(figures.get(figureR)?.published), computed: fig(figures.get(figureR)?.computed) }))}${isErratum(figureR) ? ` <a class="erratum" href="#n-${esc(anchorOf(figureR))}">${flag}</a>` : ''}</dd><dt>${esc(label('rank', lang))}</dt><dd>${esc(label('rankBoth', lang, { published: published.rank, computed: computed.rank }))}</dd></dl>
${bodyNote}${directions}
<nav class="pager" aria-label="${esc(label('bodies', lang))}">${[neighbour(at - 1, 'previous'), `<a href="${up(RATING_2024_PATH)}">${esc(label('rating2024', lang))}</a>`, neighbour(at + 1, 'next')].filter((link) => link !== '').join(' · ')}</nav>`;
  return page({ lang, path, title: `${label('rating2024', lang)}: ${name}`, crumbs: [home(lang), { href: RATING_2024_PATH, text: label('rating2024', lang) }, { href: path, text: name }], body });
}

/** A 2023 indicator's name in the page's language, or in the other (marked) where the page's text lost it. */
function nameIn2023(id: string, lang: Lang): string {
  const indicator = indicatorsOf('2023').find((entry) => entry.id === id);
  return indicator === undefined ? '' : textIn(indicator.name, lang);
}

// ---------------------------------------------------------------- the synthetic 2025 example

export const SYNTHETIC_2025 = 'data/reports/2025-q2-synthetic/report.json';

export function example2025Page(lang: Lang): string {
  const path = 'example-2025-q2.html';
  const document = JSON.parse(readFileSync(SYNTHETIC_2025, 'utf8')) as unknown;
  const scored = scorePeriodReport(document);
  if (!scored.synthetic) throw new Error(`${SYNTHETIC_2025} is not marked synthetic`);
  const byBody = new Map(scored.bodies.map((body) => [body.body, body]));
  const rows = scored.rating
    .map((entry) => {
      const body = byBody.get(entry.body)!;
      return `<tr><td class="num">${entry.rank}</td><th scope="row"><a href="${bodyPath('2025', entry.body)}">${esc(bodyName(entry.body, lang))}</a></th><td class="num">${fig(entry.result)}</td><td class="num">${fig(body.plannedWeight)}</td><td class="num">${fig(body.shareOfPlanned)}</td></tr>`;
    })
    .join('');
  const share = `<span class="head-long">${esc(label('shareOfPlanned', lang))}</span><span class="head-short" aria-hidden="true">%</span>`;
  const body = `<h1>${esc(label('example2025', lang))}</h1>
<p class="notice synthetic" role="note"><strong>${esc(label('syntheticBanner', lang))}</strong></p>
<p class="muted">${esc(label('syntheticFile', lang, { file: SYNTHETIC_2025 }))} · ${esc(label('method', lang))}: <code>${esc(scored.method)}</code> · ${esc(label('reading', lang))}: ${esc(label(scored.reading === 'ru' ? 'readingRu' : 'readingKk', lang))}</p>
<table class="example"><caption class="sr-only">${esc(label('example2025', lang))}</caption><thead><tr><th scope="col">${esc(label('rank', lang))}</th><th scope="col">${esc(label('body', lang))}</th><th scope="col">R = Σ W</th><th scope="col">Σ U</th><th scope="col" aria-label="${esc(label('shareOfPlanned', lang))}">${share}</th></tr></thead><tbody>${rows}</tbody></table>
${jsonScript('example-meta', { synthetic: scored.synthetic, bodies: scored.bodies.length })}`;
  return page({ lang, path, title: label('example2025', lang), crumbs: [home(lang), { href: path, text: label('example2025', lang) }], body });
}
