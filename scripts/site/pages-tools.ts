/**
 * The pages beyond the catalogue: the edition diff, the report builder, the Q1 2024 rating and the
 * synthetic 2025 example.
 */
import { readFileSync } from 'node:fs';
import { CATALOGUE_2023 } from '../../src/generated/catalogue-2023.js';
import { CATALOGUE_2025 } from '../../src/generated/catalogue-2025.js';
import { BODIES, scorePeriodReport } from '../../src/index.js';
import { ERRATA_2024_Q1, REPORT_2024_Q1, reproduceReport2024Q1 } from '../../src/reports/report-2024-q1.js';
import { esc, fig, hrefFrom, jsonScript, page } from './html.js';
import { CAUSE_LABELS, label, type Lang } from './i18n.js';
import { blockTitle, bodyName, bodyPath, indicatorPath, indicatorsOf, textIn, type Edition } from './pages-catalogue.js';
import type { Successors } from './successors.js';

const home = (lang: Lang) => ({ href: 'index.html', text: label('home', lang) });


// ---------------------------------------------------------------- diff

/** The sections of the diff: every body of either edition, then the common KPIs of 2025. */
export const DIFF_SECTIONS: readonly (string | null)[] = [...BODIES.map((body) => body.id), null];
export const diffPath = (bodyId: string | null): string => `diff/${bodyId ?? 'common'}.html`;

const ownerOf = (edition: Edition, id: string): string | null => indicatorsOf(edition).find((entry) => entry.id === id)?.body ?? null;

/** What the mapping says of one section: the pairs, the dropped and the added, and what it leaves out. */
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
  return { pairs, dropped, added, open2023, open2025 };
}

const sectionTitle = (bodyId: string | null, lang: Lang): string => (bodyId === null ? label('commonKpis', lang) : bodyName(bodyId, lang));

export function diffPage(lang: Lang, successors: Successors | null): string {
  const path = 'diff.html';
  const bodies2023 = new Set<string>(CATALOGUE_2023.bodies.map((body) => body.id));
  const bodies2025 = new Set<string>(CATALOGUE_2025.bodies.map((body) => body.id));
  const parts: string[] = [];
  parts.push(`<h1>${esc(label('diff', lang))}</h1>`);
  parts.push(successors === null ? `<p class="notice">${esc(label('mappingMissing', lang))}</p>` : `<p class="lead">${esc(label('mappingSource', lang, { file: 'data/successors/2023-2025.json' }))}</p>`);
  const added = [...bodies2025].filter((id) => !bodies2023.has(id));
  const dropped = [...bodies2023].filter((id) => !bodies2025.has(id));
  const evidenceOf = (list: readonly { id: string; evidence: string }[], id: string): string => {
    const entry = list.find((item) => item.id === id);
    return entry === undefined ? '' : ` <span lang="en" class="muted">${esc(entry.evidence)}</span>`;
  };
  const bodyItems = [
    ...added.map((id) => `<li><strong>${esc(label('bodyAdded', lang))}:</strong> <a href="${bodyPath('2025', id)}">${esc(bodyName(id, lang))}</a>${successors === null ? '' : evidenceOf(successors.bodies.added, id)}</li>`),
    ...dropped.map((id) => `<li><strong>${esc(label('bodyDropped', lang))}:</strong> ${esc(bodyName(id, lang))}${successors === null ? '' : evidenceOf(successors.bodies.dropped, id)}</li>`),
    ...(successors?.bodies.renamed ?? []).map((entry) => `<li><strong>${esc(label('bodyRenamed', lang))}:</strong> <span lang="ru">${esc(entry.from)}</span> → ${esc(BODIES.some((body) => body.id === entry.to) ? bodyName(entry.to, lang) : blockTitle('2025', entry.to, lang))} <span lang="en" class="muted">${esc(entry.evidence)}</span></li>`),
  ];
  parts.push(`<section aria-labelledby="bodies-h"><h2 id="bodies-h">${esc(label('bodiesChanged', lang))}</h2><ul>${bodyItems.join('')}</ul></section>`);
  const head = successors === null
    ? `<th scope="col">${esc(label('body', lang))}</th><th scope="col">2023</th><th scope="col">2025</th>`
    : `<th scope="col">${esc(label('body', lang))}</th><th scope="col">2023</th><th scope="col">2025</th><th scope="col">${esc(label('continues', lang))}</th><th scope="col">${esc(label('dropped', lang))}</th><th scope="col">${esc(label('added', lang))}</th>`;
  const rows = DIFF_SECTIONS.map((bodyId) => {
    const count2023 = indicatorsOf('2023').filter((entry) => entry.body === bodyId).length;
    const count2025 = indicatorsOf('2025').filter((entry) => entry.body === bodyId).length;
    const mapped = successors === null ? '' : (() => {
      const section = sectionOf(bodyId, successors);
      return `<td>${section.pairs.length}</td><td>${section.dropped.length}</td><td>${section.added.length}</td>`;
    })();
    return `<tr><th scope="row"><a href="${diffPath(bodyId)}">${esc(sectionTitle(bodyId, lang))}</a></th><td>${count2023}</td><td>${count2025}</td>${mapped}</tr>`;
  }).join('');
  parts.push(`<section aria-labelledby="per-body-h"><h2 id="per-body-h">${esc(label('bodies', lang))}</h2><div class="scroll" tabindex="0"><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div></section>`);
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
    const pairRows = section.pairs
      .map((pair) => `<tr><td>${link('2023', pair.from)}</td><td>${link('2025', pair.to)}</td><td>${esc(relation[pair.relation])}</td><td lang="en">${esc(pair.evidence)}</td></tr>`)
      .join('');
    const listOf = (edition: Edition, items: readonly { id: string; evidence?: string }[]): string =>
      items.length === 0 ? none : `<ul>${items.map((item) => `<li>${link(edition, item.id)}${item.evidence === undefined ? '' : ` <span lang="en" class="muted">${esc(item.evidence)}</span>`}</li>`).join('')}</ul>`;
    inner = `<p class="lead">${esc(label('mappingSource', lang, { file: 'data/successors/2023-2025.json' }))}</p>
<section aria-labelledby="cont-h"><h2 id="cont-h">${esc(label('continues', lang))}</h2>${
      section.pairs.length === 0
        ? none
        : `<div class="scroll" tabindex="0"><table class="pairs"><thead><tr><th scope="col">2023</th><th scope="col">2025</th><th scope="col">${esc(label('relation', lang))}</th><th scope="col">${esc(label('evidence', lang))}</th></tr></thead><tbody>${pairRows}</tbody></table></div>`
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
  const periods: string[] = [];
  for (let year = 2023; year <= 2026; year += 1) for (let quarter = 1; quarter <= 4; quarter += 1) if (year > 2023 || quarter === 4) periods.push(`${year}-${quarter}`);
  const bodies = BODIES.map((body) => `<option value="${esc(body.id)}">${textIn(body.name, lang)}</option>`).join('');
  const periodOptions = periods.map((value) => {
    const [year, quarter] = value.split('-');
    return `<option value="${value}"${value === '2025-2' ? ' selected' : ''}>${year}, ${quarter} ${esc(label('quarter', lang))}</option>`;
  }).join('');
  const body = `<h1>${esc(label('builder', lang))}</h1>
<p class="lead">${esc(label('builderLead', lang))}</p>
<div class="b-layout">
<form id="builder-form" class="builder" novalidate>
<div class="calc-controls">
<div class="field"><label for="b-body">${esc(label('body', lang))}</label><select id="b-body">${bodies}</select></div>
<div class="field"><label for="b-period">${esc(label('period', lang))}</label><select id="b-period">${periodOptions}</select></div>
<div class="field"><label for="b-reading">${esc(label('reading', lang))}</label><select id="b-reading"><option value="kk">${esc(label('readingKk', lang))}</option><option value="ru">${esc(label('readingRu', lang))}</option></select></div>
</div>
<p class="muted">${esc(label('builderEmpty', lang))} ${esc(label('notApplicableHere', lang))}</p>
<div id="b-rows" class="b-rows"></div>
</form>
<section class="b-summary" aria-labelledby="b-sum-h"><h2 id="b-sum-h">${esc(label('result', lang))}</h2>
<dl class="result"><dt>${esc(label('resultR', lang))}</dt><dd><output id="b-result">–</output></dd><dt>${esc(label('plannedWeight', lang))}</dt><dd><output id="b-planned">–</output></dd><dt>${esc(label('shareOfPlanned', lang))}</dt><dd><output id="b-share">–</output></dd></dl>
<p id="b-status" role="status" aria-live="polite" class="muted"></p>
<div class="actions"><button type="button" id="b-json">${esc(label('downloadJson', lang))}</button> <button type="button" id="b-csv">${esc(label('downloadCsv', lang))}</button></div>
<div class="field"><label for="b-load">${esc(label('loadFile', lang))}</label><input type="file" id="b-load" accept=".json,.csv,application/json,text/csv"></div>
<p class="muted"><code>${esc(label('cliHint', lang).split(': ')[1] ?? '')}</code> — ${esc(label('cliHint', lang).split(': ')[0] ?? '')}</p>
</section>
</div>
<noscript><p>${esc(label('noScript', lang))}</p></noscript>
${jsonScript('builder-labels', {
  lang,
  done: label('done', lang),
  notDone: label('notDone', lang),
  noData: label('noData', lang),
  notApplicable: label('notApplicable', lang),
  error: label('error', lang),
  loaded: label('loaded', lang),
  loadedFirstBody: label('loadedFirstBody', lang),
  awarded: label('awarded', lang),
  hoursNote: label('hoursHint', lang),
})}`;
  return page({ lang, path, title: label('builder', lang), crumbs: [home(lang), { href: path, text: label('builder', lang) }], body, scripts: [`builder-data.${lang}.js`, 'builder.js'] });
}

// ---------------------------------------------------------------- the Q1 2024 rating

export function rating2024Page(lang: Lang): string {
  const path = 'rating-2024-q1.html';
  const reproduction = reproduceReport2024Q1();
  const figures = new Map(reproduction.figures.map((entry) => [entry.figure, entry]));
  const corrected = new Map(reproduction.correctedRating.map((entry) => [entry.body, entry]));
  const mark = (figure: string): string => (figures.get(figure)?.status === 'erratum' ? ` <a class="erratum" href="#e-${esc(figure.replace(/[^a-z0-9-]/giu, '_'))}">${esc(label('erratum', lang))}</a>` : '');
  const cell = (figure: string): string => {
    const entry = figures.get(figure);
    if (entry === undefined) return '<td>–</td><td>–</td>';
    const cls = entry.status === 'erratum' ? ' class="err"' : '';
    return `<td${cls}>${fig(entry.published)}</td><td${cls}>${fig(entry.computed)}${mark(figure)}</td>`;
  };
  const ratingRows = reproduction.publishedRating
    .map((entry) => {
      const computed = corrected.get(entry.body)!;
      return `<tr><th scope="row">${entry.rank}</th><td><a href="${bodyPath('2023', entry.body)}">${esc(bodyName(entry.body, lang))}</a></td>${cell(`rating.${entry.body}.R`)}<td>${computed.rank}</td></tr>`;
    })
    .join('');
  const counts = label('counts', lang, { ...reproduction.counts });
  const changes =
    reproduction.rankChanges.length === 0
      ? label('rankChangesNone', lang)
      : label('rankChanges', lang, { list: reproduction.rankChanges.map((change) => `${bodyName(change.body, lang)} (${change.published} → ${change.corrected})`).join('; ') });
  const errataRows = ERRATA_2024_Q1.errata
    .map((entry) => `<tr id="e-${esc(entry.figure.replace(/[^a-z0-9-]/giu, '_'))}"><th scope="row"><code>${esc(entry.figure)}</code></th><td>${fig(entry.published)}</td><td>${fig(entry.computed)}</td><td>${esc(CAUSE_LABELS[entry.cause]?.[lang] ?? entry.cause)}</td><td lang="en">${esc(entry.explanation)}</td></tr>`)
    .join('');
  const legend = ERRATA_2024_Q1.legend
    .map((entry) => `<li><p><strong>${esc(label('printedLegend', lang))}:</strong> <span lang="kk">${esc(entry.printed)}</span></p><p lang="en">${esc(entry.contradiction)} ${esc(entry.resolution)}</p></li>`)
    .join('');
  const details = REPORT_2024_Q1.bodies
    .map((body) => {
      const directions = body.directions
        .map((direction) => {
          const rows = direction.rows
            .map((row) => `<tr><th scope="row">${row.no}</th><td>${row.indicator === null ? '' : `<a href="${indicatorPath('2023', row.indicator)}">${esc(row.indicator)}</a>`}</td><td>${esc(row.U.printed)}</td><td>${esc(row.N.printed)}</td><td>${esc(row.a.printed)}</td><td>${esc(row.b.printed)}</td>${cell(`${direction.direction}#${row.no}.Z`)}${cell(`${direction.direction}#${row.no}.W`)}</tr>`)
            .join('');
          const result = direction.result === undefined ? '' : `<p>R: ${fig(figures.get(`${direction.direction}.R`)?.published)} / ${fig(figures.get(`${direction.direction}.R`)?.computed)}${mark(`${direction.direction}.R`)}</p>`;
          return `<h4 lang="kk">${esc(direction.title.kk)}</h4><div class="scroll" tabindex="0"><table class="report"><thead><tr><th scope="col">№</th><th scope="col">id</th><th scope="col">U</th><th scope="col">N</th><th scope="col">a</th><th scope="col">b</th><th scope="col">Z, ${esc(label('published', lang))}</th><th scope="col">Z, ${esc(label('recomputed', lang))}</th><th scope="col">W, ${esc(label('published', lang))}</th><th scope="col">W, ${esc(label('recomputed', lang))}</th></tr></thead><tbody>${rows}</tbody></table></div>${result}`;
        })
        .join('');
      return `<details><summary>${esc(bodyName(body.body, lang))}: R ${fig(figures.get(`${body.body}.R`)?.published)} / ${fig(figures.get(`${body.body}.R`)?.computed)}</summary>${directions}</details>`;
    })
    .join('');
  const body = `<h1>${esc(label('rating2024', lang))}</h1>
<p class="lead" lang="kk">${esc(REPORT_2024_Q1.title.kk)}</p>
<p>${esc(counts)} ${esc(changes)}</p>
<section aria-labelledby="rating-h"><h2 id="rating-h">${esc(label('rating2024', lang))}</h2>
<table><thead><tr><th scope="col">${esc(label('rank', lang))}, ${esc(label('published', lang))}</th><th scope="col">${esc(label('body', lang))}</th><th scope="col">R, ${esc(label('published', lang))}</th><th scope="col">R, ${esc(label('recomputed', lang))}</th><th scope="col">${esc(label('rank', lang))}, ${esc(label('recomputed', lang))}</th></tr></thead><tbody>${ratingRows}</tbody></table></section>
<section aria-labelledby="errata-h"><h2 id="errata-h">${esc(label('errata', lang))} (${ERRATA_2024_Q1.errata.length})</h2><p class="muted">${esc(label('errataLead', lang))}</p>
<div class="scroll" tabindex="0"><table class="disc"><thead><tr><th scope="col">${esc(label('figure', lang))}</th><th scope="col">${esc(label('published', lang))}</th><th scope="col">${esc(label('recomputed', lang))}</th><th scope="col">${esc(label('cause', lang))}</th><th scope="col">${esc(label('why', lang))}</th></tr></thead><tbody>${errataRows}</tbody></table></div></section>
<section aria-labelledby="legend-h"><h2 id="legend-h">${esc(label('legendIssues', lang))}</h2><ul class="notes">${legend}</ul></section>
<section aria-labelledby="details-h"><h2 id="details-h">${esc(label('details', lang))}</h2>${details}</section>`;
  return page({ lang, path, title: label('rating2024', lang), crumbs: [home(lang), { href: path, text: label('rating2024', lang) }], body });
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
      return `<tr><th scope="row">${entry.rank}</th><td><a href="${bodyPath('2025', entry.body)}">${esc(bodyName(entry.body, lang))}</a></td><td>${fig(entry.result)}</td><td>${fig(body.plannedWeight)}</td><td>${fig(body.shareOfPlanned)}</td></tr>`;
    })
    .join('');
  const body = `<h1>${esc(label('example2025', lang))}</h1>
<p class="notice synthetic" role="note"><strong>${esc(label('syntheticBanner', lang))}</strong></p>
<p class="muted">${esc(label('syntheticFile', lang, { file: SYNTHETIC_2025 }))} · ${esc(label('method', lang))}: <code>${esc(scored.method)}</code> · ${esc(label('reading', lang))}: ${esc(label(scored.reading === 'ru' ? 'readingRu' : 'readingKk', lang))}</p>
<table><caption class="sr-only">${esc(label('example2025', lang))}</caption><thead><tr><th scope="col">${esc(label('rank', lang))}</th><th scope="col">${esc(label('body', lang))}</th><th scope="col">R = Σ W</th><th scope="col">Σ U</th><th scope="col">${esc(label('shareOfPlanned', lang))}</th></tr></thead><tbody>${rows}</tbody></table>
${jsonScript('example-meta', { synthetic: scored.synthetic, bodies: scored.bodies.length })}`;
  return page({ lang, path, title: label('example2025', lang), crumbs: [home(lang), { href: path, text: label('example2025', lang) }], body });
}
