/**
 * The writing of issues, warnings and traces in Kazakh and Russian (and of traces in English):
 * names of bodies, blocks and indicators, labels of fields and criteria, figures in the language's
 * notation, the act's reference from its text in the language. A module of its own, that
 * `cdto-kpi/core` fetches with a language (`loadLanguage`), so that its first load does not carry it;
 * the main entry and the command line hold it.
 *
 * @module
 * @internal
 */
import { BODIES_DATA } from '../generated/bodies.js';
import type { Edition, EditionIndicator } from '../editions/edition.js';
import type { ActReference, EditionInfo, LegalReference } from '../editions/types.js';
import { describeLocation, issueMessage, type Issue, type NamePart, quotedId } from '../errors/issue.js';
import type { ScoringWarning, TraceStep } from '../kinds/contract.js';
import type { IndicatorScore } from '../scoring/score-indicator.js';
import type { Lang, Messages } from '../messages/catalogue.js';
import { figure, render } from '../messages/render.js';

/**
 * A Kazakh or Russian text of a pair, the other language's where one is missing (English reads the
 * Russian).
 */
export const inLanguage = (text: { readonly kk: string | null; readonly ru: string | null } | undefined, lang: Lang): string | null => (text === undefined ? null : lang === 'kk' ? (text.kk ?? text.ru) : (text.ru ?? text.kk));

/** A criterion of a composite indicator by its name in a language; its id where the indicator has none. */
export function criterionName(entry: EditionIndicator | null | undefined, id: string, lang: Lang): string {
  const criteria = (entry as { readonly criteria?: readonly { readonly id: string; readonly name: { readonly kk: string | null; readonly ru: string | null } }[] | null } | null | undefined)?.criteria ?? [];
  return inLanguage(criteria.find((candidate) => candidate.id === id)?.name, lang) ?? id;
}

/**
 * How the parts of a location are named in Kazakh or Russian: a body, a block and an indicator by
 * their name and id, a field by its label.
 */
function namer(messages: Messages, edition: Edition | null): NamePart {
  const { lang } = messages;
  const named = (name: string | null, id: string): string => (name === null ? quotedId(id) : render(messages.words.named, { name, id }, messages));
  return (part, id) => {
    if (part === 'body') return named(inLanguage((edition?.catalogue.bodies ?? BODIES_DATA).find((body) => body.id === id)?.name, lang), id);
    if (part === 'direction') return named(inLanguage(edition?.catalogue.blocks.find((block) => block.id === id)?.title, lang), id);
    if (part === 'indicator') return named(inLanguage(edition?.catalogue.indicators.find((indicator) => indicator.id === id)?.name, lang), id);
    const label = (messages.fields as Readonly<Record<string, string>>)[id];
    return label === undefined ? quotedId(id) : `«${label}»`;
  };
}

/**
 * An issue's message in Kazakh or Russian (see `formatIssue`), its parts named from its edition
 * where at hand.
 */
export function issueIn(issue: Issue, messages: Messages, edition: Edition | null): string {
  return issueMessage(issue, describeLocation(issue.location, messages, namer(messages, edition), edition?.layout === 'blocks'), messages);
}

/** A warning's message in a language, from its code and `params` (English: its own). */
export function warningMessage(warning: Pick<ScoringWarning, 'code' | 'message' | 'params'>, messages: Messages): string {
  if (messages.lang === 'en') return warning.message;
  // The figures of a warning (W, U, a value read, its thousands reading) in the language's notation; a year is a name, not a figure.
  const values = Object.fromEntries(Object.entries(warning.params).map(([name, value]) => [name, FIGURES.has(name) ? figure(value, messages) : value]));
  return render(messages.warnings[warning.code], values, messages);
}

const FIGURES = new Set(['W', 'U', 'value', 'thousands']);

/** Figures in a formula written the language's way: `156710 / 363249 × 100` → `156 710 / 363 249 × 100`. */
const figures = (text: string, messages: Messages): string => text.replace(/\d+(?:\.\d+)?…?/gu, (found) => figure(found, messages));

/** A step's expression in a language, from its operation and operands (English: the step's own). */
export function stepExpression(step: TraceStep, messages: Messages, criterion: (id: string) => string = (id) => id): string {
  if (messages.lang === 'en') return step.expression;
  const steps = messages.steps;
  const operands = Object.entries(step.operands);
  const values = operands.map(([, value]) => figure(value, messages));
  const operand = (name: string): string => figure(step.operands[name] ?? '', messages);
  const fill = (template: string, given: Readonly<Record<string, string>>): string => render(template, given, messages);
  const [first = '', second = '', third = ''] = values;
  switch (step.operation) {
    case 'share':
    case 'complement':
    case 'mean':
      return fill(steps[step.operation], { x: first, y: second });
    case 'complement-excused':
      return fill(steps['complement-excused'], { x: operand('b'), excused: operand('excused'), y: operand('c') });
    case 'security-counts':
      return fill(steps['security-counts'], { tested: operand('tested'), connected: operand('connected'), systems: operand('systems') });
    case 'criteria-sum':
      return operands.length === 0
        ? steps['no-criterion']
        : operands.map(([id, weight]) => fill(steps.criterion, { weight: figure(weight, messages), criterion: criterion(id) })).join(messages.words.termSeparator);
    case 'zero-denominator':
      return fill(step.name === 'A' ? steps['zero-denominator-complement'] : steps['zero-denominator'], { field: operands[0]?.[0] ?? '' });
    case 'at-target':
      return fill(step.expression.includes('≤') ? steps['at-target-decreasing'] : steps['at-target'], { share: first, N: second, U: third });
    case 'proportional':
    case 'printed-decreasing':
      return fill(steps.proportional, { share: first, N: second, U: third });
    case 'inverse-proportional':
      return fill(steps['inverse-proportional'], { N: first, share: second, U: third });
    case 'done':
      return fill(steps.done, { U: operand('U') });
    case 'not-done':
    case 'no-data':
    case 'no-target':
      return steps[step.operation];
    case 'not-applicable':
      return step.operands.U === '0' ? steps['not-applicable-zero'] : steps['not-applicable'];
    case 'capped-at-weight': {
      // The step that passed U (at-target, proportional…), capped: its formula is figures only.
      const inner = step.expression.slice(0, step.expression.lastIndexOf(' (rounded above U'));
      return fill(steps.capped, { expression: figures(inner, messages), U: operand('U') });
    }
    case 'sum':
      return operands.length === 0 ? steps['sum-none'] : figures(step.expression, messages);
    case 'share-of-planned':
      return fill(steps['share-of-planned'], { W: first, U: second });
    default:
      return figures(step.expression, messages);
  }
}

/** A step in one line: `Z = 156 710 / 363 249 × 100 = 43,14… → 43,1 (с отбрасыванием до 1 знака…)`. */
function stepLine(step: TraceStep, messages: Messages, criterion?: (id: string) => string): string {
  const expression = stepExpression(step, messages, criterion);
  const unrounded = figure(step.unrounded, messages);
  // English keeps the trace's own test; another language shows the value unless the expression ends in it (`U = 15`, `: 0`).
  const ends = messages.lang === 'en' ? step.expression.endsWith(step.unrounded) : expression.endsWith(`= ${unrounded}`) || expression.endsWith(`: ${unrounded}`);
  const shown = ends ? expression : render(messages.words.stepValue, { expression, unrounded }, messages);
  const { rounding } = step;
  const line = render(messages.words.stepLine, { name: step.name, expression: shown }, messages);
  if (rounding === null || step.value === step.unrounded) return line;
  return render(messages.words.stepRounded, { text: line, value: figure(step.value, messages), mode: messages.modes[rounding.mode], decimals: rounding.decimals }, messages);
}

/** A date `2024-12-31` as the acts print it: `31.12.2024`. */
const printedDate = (iso: string): string => iso.split('-').reverse().join('.');

/** An act in a language: `распоряжение Премьер-Министра … от 16.08.2022 № 124-р`. */
function actText(act: ActReference, messages: Messages): string {
  const template = (messages.acts as Readonly<Record<string, string>>)[act.kind];
  const number = messages.lang === 'kk' ? act.number.kk : act.number.ru;
  return template === undefined ? `${act.kind} ${number}` : render(template, { number, date: printedDate(act.date) }, messages);
}

/**
 * An indicator's legal reference (its section and row, in the edition's act, amendment and annex)
 * in a language, from the act's texts in that language: `постановление Правительства Республики
 * Казахстан от 31.12.2024 № 1157, приложение «…», раздел 2, строка 1`.
 */
function referenceText(reference: LegalReference, info: EditionInfo, messages: Messages): string {
  const lang = messages.lang === 'kk' ? 'kk' : 'ru';
  const annexTitle = info.annex.title[lang] ?? info.annex.title.ru ?? '';
  const annex = info.amendedBy === null ? render(messages.words.annex, { annex: annexTitle }, messages) : render(messages.words.annexAmended, { annex: annexTitle, amendment: actText(info.amendedBy, messages) }, messages);
  const act = render(messages.words.actWithAnnex, { act: actText(info.act, messages), annex }, messages);
  return reference.section === 0 ? render(messages.words.referenceCommon, { act, row: String(reference.row) }, messages) : render(messages.words.referenceRow, { act, section: String(reference.section), row: String(reference.row) }, messages);
}

/**
 * A field's label in a language: a count's `a` is the count achieved, a complement's `b` the items
 * that fail (`a.count`, `b.complement` in the catalogues).
 */
export function fieldLabel(name: string, kind: string, messages: Messages): string {
  const fields = messages.fields as Readonly<Record<string, string>>;
  const own = kind === 'count' && name === 'a' ? fields['a.count'] : kind === 'complement-ratio' && name === 'b' ? fields['b.complement'] : undefined;
  return own ?? fields[name] ?? name;
}

/** What a trace needs of the edition it was scored in, where known. */
interface TraceContext {
  readonly messages: Messages;
  readonly entry: EditionIndicator | null;
  readonly edition: Edition | null;
}

/** The lines of a trace (without the title), indented by two spaces. */
export function traceLines(score: IndicatorScore, { messages, entry, edition }: TraceContext): string[] {
  const { words, lang } = messages;
  const english = lang === 'en';
  const criterion = (id: string): string => criterionName(entry, id, lang);
  const field = (name: string): string => (english ? name : fieldLabel(name, score.kind, messages));
  const value = (given: unknown): string => {
    if (given === null) return words.noData;
    if (Array.isArray(given)) return given.length === 0 ? words.none : given.map((id: string) => (english ? id : `«${criterion(id)}»`)).join(', ');
    if (typeof given === 'boolean') return english ? String(given) : given ? words.yes : words.no;
    return figure(String(given), messages);
  };
  const none = (text: string | null): string => (text === null ? words.none : figure(text, messages));
  const source = score.trace.source;
  const lines = [`  ${render(words.traceKind, { kind: messages.kinds[score.kind], formula: messages.formulas[score.kind] }, messages)}`];
  // Another language than English writes the act's reference from the edition's texts: without
  // the edition at hand (cdto-kpi/core before loadEdition), the line is left out, never English.
  if (source !== undefined && (english || edition !== null)) {
    const text = source.reading === null ? words.textOne : source.reading === 'kk' ? words.textKk : words.textRu;
    const reference = english || entry === null || edition === null ? (source.reference ?? '') : referenceText(entry.reference, edition.catalogue.edition, messages);
    lines.push(`  ${render(words.traceSource, { N: none(score.target), U: none(score.weight), edition: source.edition, year: source.year, text, reference }, messages)}`);
  }
  const inputs = Object.entries(score.trace.inputs).map(([name, given]) => render(words.traceInput, { field: field(name), value: value(given) }, messages));
  lines.push(`  ${render(words.traceInputs, { inputs: inputs.length === 0 ? words.nothing : inputs.join(words.inputSeparator) }, messages)}`);
  lines.push(...score.trace.steps.map((step) => `  ${stepLine(step, messages, english ? (id) => id : criterion)}`));
  lines.push(`  ${render(words.traceRule, { rule: messages.rules[score.rule], W: figure(score.awarded, messages), U: figure(score.weight ?? '0', messages), method: score.trace.method }, messages)}`);
  lines.push(...score.warnings.map((warning) => `  ${render(words.traceWarning, { code: warning.code, message: warningMessage(warning, messages) }, messages)}`));
  return lines;
}

/**
 * A score's trace in a language (see `formatTrace`), named from the edition it was scored in where
 * at hand.
 */
export function traceIn(score: IndicatorScore, messages: Messages, edition: Edition | null): string {
  const entry = edition?.catalogue.indicators.find((indicator) => indicator.id === score.indicator) ?? null;
  const context = { messages, entry, edition };
  const name = inLanguage(entry?.name, messages.lang === 'kk' ? 'kk' : 'ru');
  const title = name === null ? score.indicator : render(messages.words.traceTitle, { id: score.indicator, name }, messages);
  return `${[title, ...traceLines(score, context)].join('\n')}\n`;
}

/** What the thin module of the formatters (`messages.ts`) asks of this one. */
export const WRITER = /* @__PURE__ */ Object.freeze({ issueIn, traceIn, warningMessage });

/** The writer's shape. */
export type MessageWriter = typeof WRITER;
