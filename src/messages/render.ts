/**
 * Writing a message of a catalogue: its placeholders filled, its plurals chosen by the language's
 * rules (`Intl.PluralRules`), its figures written with the language's decimal separator and digit
 * grouping, from the library's exact strings (never through a float).
 *
 * A template is a string with `{name}` placeholders; for a count,
 * `{name, plural, one {# орган} few {# органа} many {# органов} other {# органа}}` (ICU
 * MessageFormat's plural: `#` is the count); for a choice, `{name, select, kk {…} other {…}}`.
 *
 * @module
 */
import type { Messages } from './catalogue.js';

/** A value put in a message: a text as it is, a number written as a figure, a list joined, or a phrase of the catalogues written in the same language. */
export type MessageValue = string | number | MessagePhrase | readonly (string | MessagePhrase)[];

/** A phrase of the catalogues inside another: written in the same language. */
export interface MessagePhrase {
  readonly id: string;
  readonly values: MessageValues;
}

/** The values of a message's placeholders, by name. */
export type MessageValues = Readonly<Record<string, MessageValue>>;

/**
 * Writes a template with its values, by the plural rules and number format of `messages`
 * (`{n, plural, one {# орган} few {# органа} many {# органов} other {# органа}}` with `n` 15 is
 * `15 органов` in Russian). A placeholder without a value is written as it stands: a text's own
 * braces are kept.
 */
export function render(template: string, values: MessageValues, messages: Messages): string {
  let text = '';
  let at = 0;
  for (let open = template.indexOf('{'); open >= 0; open = template.indexOf('{', at)) {
    const close = closing(template, open);
    text += template.slice(at, open) + placeholder(template.slice(open + 1, close), values, messages);
    at = close + 1;
  }
  return text + template.slice(at);
}

/** Where the brace opened at `open` closes (the catalogues' generator checks that every brace does). */
function closing(template: string, open: number): number {
  let depth = 0;
  for (let index = open; index < template.length; index += 1) {
    if (template[index] === '{') depth += 1;
    else if (template[index] === '}' && (depth -= 1) === 0) return index;
  }
  return template.length - 1;
}

function placeholder(body: string, values: MessageValues, messages: Messages): string {
  const comma = body.indexOf(',');
  const name = (comma < 0 ? body : body.slice(0, comma)).trim();
  const value = values[name];
  // A select without its value takes its `other` branch (a warning given no parameters); any other
  // placeholder without a value is written as it stands.
  if (value === undefined && !/^[^,]*,\s*select\s*,/u.test(body)) return `{${body}}`;
  if (comma < 0) {
    if (typeof value === 'number') return figure(String(value), messages);
    if (typeof value === 'string') return value;
    const text = (item: string | MessagePhrase): string => (typeof item === 'string' ? item : render(messages.phrases[item.id] ?? item.id, item.values, messages));
    return Array.isArray(value) ? (value as readonly (string | MessagePhrase)[]).map(text).join(', ') : text(value as MessagePhrase);
  }
  // `name, plural, one {…} few {…} other {…}`: the branch of the count's category, `#` the count;
  // `name, select, kk {…} other {…}`: the branch named by the value.
  const second = body.indexOf(',', comma + 1);
  const select = body.slice(comma + 1, second).trim() === 'select';
  const forms = new Map<string, string>();
  let rest = body.slice(second + 1);
  for (let open = rest.indexOf('{'); open >= 0; open = rest.indexOf('{')) {
    const close = closing(rest, open);
    forms.set(rest.slice(0, open).trim(), rest.slice(open + 1, close));
    rest = rest.slice(close + 1);
  }
  const count = value === undefined ? 'other' : String(value);
  if (select) return render(forms.get(count) ?? forms.get('other') ?? '', values, messages);
  // An exact count first (`=0 {…}`), then the count's category by the language's rules.
  const form = forms.get(`=${count}`) ?? forms.get(new Intl.PluralRules(messages.lang).select(Number(count))) ?? forms.get('other') ?? '';
  return render(form.replaceAll('#', figure(count, messages)), values, messages);
}

/**
 * A figure in plain notation, as the library writes figures, written the language's way:
 * `272437.5` is `272 437,5` in Kazakh and Russian (a no-break space groups the digits, a comma
 * before the decimals) and `272437.5` in English. An inexact value's `…` is kept; anything that is
 * not a plain decimal is written as it is.
 */
export function figure(text: string, messages: Messages): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?(…?)$/u.exec(text);
  if (match === null) return text;
  const [, sign, whole, fraction, more] = match as unknown as [string, string, string, string | undefined, string];
  const { decimal, group } = messages.number;
  const grouped = group === '' || whole.length < 4 ? whole : whole.replace(/\B(?=(\d{3})+$)/gu, group);
  return `${sign}${grouped}${fraction === undefined ? '' : `${decimal}${fraction}`}${more}`;
}
