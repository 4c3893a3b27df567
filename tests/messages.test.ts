/**
 * Every message the library and the command line can say exists in Kazakh, Russian and English:
 * every error code, warning code, award rule, kind, rounding mode and every phrase the code uses
 * (what a check expected, what went wrong), with the same placeholders in the three catalogues.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { checkedCatalogues } from '../scripts/generate-messages.js';
import { ERROR_CODES } from '../src/errors/codes.js';
import { AWARD_RULES, INDICATOR_KINDS, WARNING_CODES } from '../src/kinds/contract.js';
import { ROUNDING_MODES } from '../src/decimal/rounding.js';
import { kindModule } from '../src/kinds/registry.js';
import { scanWords } from './helpers/message-scan.js';

const root = join(import.meta.dirname, '..');
const LANGS = ['kk', 'ru', 'en'] as const;
type Catalogue = Record<string, Record<string, string>>;
const catalogues = Object.fromEntries(LANGS.map((lang) => [lang, JSON.parse(readFileSync(join(root, 'data/messages', `${lang}.json`), 'utf8')) as Catalogue]));

/** The source files of the library and the command line (generated ones left out: they hold the catalogues). */
function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Where a function takes words of the catalogues, the positions of those arguments: `say(id)`,
 * `failure(code, location, expected, received, detail)`, `input.fail(code, field, expected, received, detail)`…
 */
const WORDS_AT: Readonly<Record<string, readonly number[]>> = {
  say: [0],
  failure: [2, 4],
  fail: [2, 4],
  problem: [2, 4],
  refusal: [2, 4],
  // zod-issues' own maker of issues
  make: [2],
  createIssue: [2],
  readValidated: [2],
};

/** The string literals a call gives at a position of words (both branches of a condition). */
function literals(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isConditionalExpression(node)) return [...literals(node.whenTrue), ...literals(node.whenFalse)];
  if (ts.isParenthesizedExpression(node)) return literals(node.expression);
  return [];
}

function phrasesUsed(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sources(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    // `say` is the catalogues' where it is imported from the errors (a file may have a `say` of its own).
    const ownSay = !/import \{[^}]*\bsay\b[^}]*\} from '[^']*errors\//u.test(text) && !file.endsWith('issue.ts');
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : ts.isIdentifier(node.expression) ? node.expression.text : '';
        const at = Object.hasOwn(WORDS_AT, callee) && (callee !== 'make' || file.endsWith('zod-issues.ts')) && (callee !== 'say' || (!ownSay && ts.isIdentifier(node.expression))) ? WORDS_AT[callee]! : [];
        for (const position of at) {
          const argument = node.arguments[position];
          if (argument !== undefined) for (const text of literals(argument)) used.set(text, `${file.slice(root.length + 1)}:${source.getLineAndCharacterOfPosition(argument.getStart()).line + 1}`);
        }
        // `createIssue(…, { detail: '…' })`
        if (callee === 'createIssue') {
          const options = node.arguments[4];
          if (options !== undefined && ts.isObjectLiteralExpression(options)) {
            for (const property of options.properties) {
              if (ts.isPropertyAssignment(property) && property.name.getText() === 'detail') for (const text of literals(property.initializer)) used.set(text, file);
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return used;
}

describe('the catalogues of messages', () => {
  it('have the same keys and placeholders in kk, ru and en (the library\'s and the command line\'s)', () => {
    expect(() => checkedCatalogues(root, 'data/messages', true)).not.toThrow();
    expect(() => checkedCatalogues(root, 'data/messages/cli', false)).not.toThrow();
  });

  it.each(LANGS)('%s: a message for every error code, warning code, award rule, kind, formula, rounding mode and input field', (lang) => {
    const catalogue = catalogues[lang]!;
    const missing = [
      ...Object.keys(ERROR_CODES).filter((code) => !catalogue.codes?.[code]).map((code) => `codes.${code}`),
      ...Object.keys(WARNING_CODES).filter((code) => !catalogue.warnings?.[code]).map((code) => `warnings.${code}`),
      ...AWARD_RULES.filter((rule) => !catalogue.rules?.[rule]).map((rule) => `rules.${rule}`),
      ...INDICATOR_KINDS.filter((kind) => !catalogue.kinds?.[kind]).map((kind) => `kinds.${kind}`),
      ...INDICATOR_KINDS.filter((kind) => !catalogue.formulas?.[kind]).map((kind) => `formulas.${kind}`),
      ...ROUNDING_MODES.filter((mode) => !catalogue.modes?.[mode]).map((mode) => `modes.${mode}`),
      ...INDICATOR_KINDS.flatMap((kind) => kindModule(kind)!.fields).filter((field) => !catalogue.fields?.[field]).map((field) => `fields.${field}`),
    ];
    expect(missing).toEqual([]);
  });

  it('hold every phrase the code says, in kk, ru and en', () => {
    const used = phrasesUsed();
    // The scan finds the checks' words: if it found few, it stopped seeing them.
    expect(used.size).toBeGreaterThan(150);
    const missing = [...used].flatMap(([id, where]) => LANGS.filter((lang) => !catalogues[lang]!.phrases?.[id]).map((lang) => `${lang}: ${JSON.stringify(id)} (${where})`));
    expect(missing).toEqual([]);
  });

  it('hold every text the type checker sees given as words (a literal, or a union of literals), and no text built at run time', () => {
    const found = scanWords(root);
    expect(found.length).toBeGreaterThan(150);
    const built = found.filter((entry) => !entry.phrase && entry.literals.length === 0).map((entry) => entry.at);
    expect(built).toEqual([]);
    const missing = found.flatMap((entry) => entry.literals.flatMap((id) => LANGS.filter((lang) => !catalogues[lang]!.phrases?.[id]).map((lang) => `${lang}: ${JSON.stringify(id)} (${entry.at})`)));
    expect(missing).toEqual([]);
  }, 60_000);

  it('give Kazakh and Russian texts that are not the English ones for the codes and warnings', () => {
    for (const lang of ['kk', 'ru'] as const) {
      for (const section of ['codes', 'warnings', 'rules', 'modes'] as const) {
        const same = Object.keys(catalogues.en![section]!).filter((key) => catalogues[lang]![section]![key] === catalogues.en![section]![key]);
        expect(same, `${lang}.${section}`).toEqual([]);
      }
    }
  });
});

describe('formatIssue in English', () => {
  it('writes an issue of a validation asked for in Russian in English, from its data, not from its message', async () => {
    // Found in review: formatIssue(issue, { lang: 'en' }) gave back the Russian message.
    const { formatIssue, validatePeriodReport } = await import('../src/index.js');
    const report = { period: { year: 2025, quarter: 2 }, bodies: [{ body: 'justice', figures: { 'common.3': { a: '-5', b: '10' } } }] };
    const english = validatePeriodReport(report).issues;
    const russian = validatePeriodReport(report, { lang: 'ru' }).issues;
    expect(russian[0]!.message).not.toBe(english[0]!.message);
    expect(russian.map((issue) => formatIssue(issue, { lang: 'en' }))).toEqual(english.map((issue) => issue.message));
    // A 2025 section is a block in English too.
    expect(english.find((issue) => issue.location.direction === 'common')!.message).toContain('block "common"');
  });
});

describe('a warning in Kazakh and Russian', () => {
  it("writes AMBIGUOUS_COMMA's thousands reading as a figure of the language (1 000, digits grouped by a no-break space)", async () => {
    const { formatTrace, scoreIndicator } = await import('../src/index.js');
    const score = scoreIndicator({ id: 'x.1', kind: 'ratio', weight: '15', target: '50' }, { a: '1,000', b: '4' });
    expect(score.warnings[0]!.message).toContain('write 1000');
    expect(formatTrace(score, { lang: 'ru' })).toContain('запишите 1\u00a0000');
    expect(formatTrace(score, { lang: 'kk' })).toContain('1\u00a0000 деп жазыңыз');
  });
});

describe('formatIssue refuses an issue whose message values are not message values', () => {
  it('with the library\'s error, never a TypeError', async () => {
    // Found in review: a value `true` in params reached the renderer and threw a TypeError.
    const { formatIssue, isCdtoKpiError, validatePeriodReport } = await import('../src/index.js');
    const [issue] = validatePeriodReport({ period: { year: 2025, quarter: 2 }, bodies: [] }).issues;
    const forged = { ...issue!, params: { expected: { id: 'one of {values}', values: { values: true } }, detail: null, edition: null } };
    for (const options of [{ lang: 'ru' as const }, { lang: 'ru' as const, place: false }, {}]) {
      let caught: unknown = null;
      try {
        formatIssue(forged as never, options);
      } catch (error) {
        caught = error;
      }
      expect(isCdtoKpiError(caught) && (caught as { code: string }).code).toBe('WRONG_TYPE');
    }
  });
});
