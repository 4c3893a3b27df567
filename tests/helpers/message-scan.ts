/**
 * Finds every text the library's checks give as what was expected or what went wrong: each
 * expression whose expected type is `Words` (see `src/errors/issue.ts`: an argument of `failure`,
 * `createIssue`, a kind's `problem`…, a wording's property), read with the TypeScript type checker.
 * A literal text (or a union of literals) is a phrase id that the catalogues must hold; a phrase
 * (`say(…)`, whose id the compiler checks against the English catalogue) or `Words` passed on is
 * fine; any other text (built at run time) is a message no catalogue can hold.
 */
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** A text given as `Words`: where, and its literal values (empty when it is not a literal). */
export interface WordsExpression {
  readonly at: string;
  readonly literals: readonly string[];
  /** A phrase, or `Words` passed on: checked where it was made. */
  readonly phrase: boolean;
}

/**
 * Reads `src/` and lists every expression given as `Words`, and every schema's own words (`z.regex(pattern, words)`).
 *
 * @param root - the repository
 * @returns the expressions, in file order
 */
export function scanWords(root: string): WordsExpression[] {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  const inSrc = (file: string): boolean => relative(root, file).startsWith('src/') && !relative(root, file).startsWith('src/generated/');
  const files = parsed.fileNames.filter(inSrc);
  const program = ts.createProgram(files, parsed.options);
  const checker = program.getTypeChecker();
  const found: WordsExpression[] = [];
  const mentionsWords = (type: ts.Type): boolean => type.aliasSymbol?.name === 'Words' || /\bWords\b/u.test(checker.typeToString(type));
  for (const file of program.getSourceFiles()) {
    if (!inSrc(file.fileName)) continue;
    const at = (node: ts.Node): string => `${relative(root, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.getText() === 'z.regex' && node.arguments[1] !== undefined && ts.isStringLiteral(node.arguments[1])) {
        found.push({ at: at(node), literals: [node.arguments[1].text], phrase: false });
      }
      // Leaves only: a conditional's branches are read one by one.
      const expression = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node) || ts.isIdentifier(node) || ts.isCallExpression(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node);
      // A property's name is no text given; `x as Words` is a text declared checked elsewhere (a schema's own words).
      const named = node.parent !== undefined && ts.isPropertyAssignment(node.parent) && node.parent.name === node;
      const declared = node.parent !== undefined && ts.isAsExpression(node.parent) && node.parent.type.getText() === 'Words';
      const contextual = expression && !named && !declared ? checker.getContextualType(node as ts.Expression) : undefined;
      if (contextual !== undefined && mentionsWords(contextual)) {
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
          found.push({ at: at(node), literals: [node.text], phrase: false });
          ts.forEachChild(node, visit);
          return;
        }
        const type = checker.getTypeAtLocation(node);
        const members = type.isUnion() ? type.types : [type];
        const literals = members.filter((member): member is ts.StringLiteralType => member.isStringLiteral()).map((member) => member.value);
        const plainString = members.some((member) => (member.flags & ts.TypeFlags.String) !== 0) && !mentionsWords(type);
        found.push({ at: at(node), literals: plainString ? [] : literals, phrase: !plainString });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}
