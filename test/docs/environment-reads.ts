import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A variable the code reads: its name, or a pattern such as `<MODULE>_URL` for a name built from a module's. */
export interface EnvironmentRead {
  name: string;
  where: string;
}

export interface EnvironmentScan {
  reads: EnvironmentRead[];
  /** Reads whose name the scan cannot tell (computed at run time): each must become a literal or a constant. */
  unresolved: string[];
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs)$/.test(entry.name) && !/\.(spec|d)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** `process.env` or a parameter/variable named `env` (the loader's `Env`). */
function isEnvironment(node: ts.Expression): boolean {
  return node.getText() === 'process.env' || (ts.isIdentifier(node) && node.text === 'env');
}

/** A template such as `${module.toUpperCase()}_URL` as the pattern `<MODULE>_URL`. */
function templatePattern(template: ts.TemplateExpression): string {
  return template.templateSpans.reduce((name, span) => `${name}<MODULE>${span.literal.text}`, template.head.text);
}

function parametersAround(node: ts.Node): Set<string> {
  const names = new Set<string>();
  for (let current: ts.Node | undefined = node; current; current = current.parent) {
    if (ts.isFunctionLike(current)) current.parameters.forEach((parameter) => names.add(parameter.name.getText()));
  }
  return names;
}

/**
 * Every environment variable the files under `directories` read, found in their syntax trees:
 * `env.NAME`, `process.env.NAME`, `env['NAME']`, `env[CONSTANT]`, `env[\`${…}_SUFFIX\`]`,
 * `reader(env, 'NAME', …)` (the loader's readers) and `const { NAME } = process.env`. A read by a
 * function's own parameter (the readers themselves) is not a read: its callers are.
 * `unresolved` lists element reads whose name is computed some other way.
 */
export function scanEnvironmentReads(root: string, directories: string[]): EnvironmentScan {
  const reads: EnvironmentRead[] = [];
  const unresolved: string[] = [];
  for (const path of directories.flatMap((directory) => sourceFiles(join(root, directory)))) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const constants = new Map<string, string>();
    const where = (node: ts.Node) =>
      `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const nameOf = (node: ts.Expression): string | undefined => {
      if (ts.isStringLiteralLike(node)) return node.text;
      if (ts.isTemplateExpression(node)) return templatePattern(node);
      if (ts.isIdentifier(node)) return constants.get(node.text);
      return undefined;
    };
    const record = (node: ts.Node, name: string | undefined) => {
      if (name === undefined) unresolved.push(`${where(node)}: ${node.getText()}`);
      else reads.push({ name, where: where(node) });
    };
    const collectConstants = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        const value = ts.isStringLiteralLike(node.initializer)
          ? node.initializer.text
          : ts.isTemplateExpression(node.initializer)
            ? templatePattern(node.initializer)
            : undefined;
        if (value !== undefined && /^[A-Z<][A-Z0-9_<>]*$/.test(value)) constants.set(node.name.text, value);
      }
      ts.forEachChild(node, collectConstants);
    };
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node) && isEnvironment(node.expression) && /^[A-Z]/.test(node.name.text)) {
        record(node, node.name.text);
      } else if (ts.isElementAccessExpression(node) && isEnvironment(node.expression)) {
        const argument = node.argumentExpression;
        if (!(ts.isIdentifier(argument) && parametersAround(node).has(argument.text))) record(node, nameOf(argument));
      } else if (ts.isCallExpression(node) && node.arguments.length >= 2 && isEnvironment(node.arguments[0])) {
        // A reader's call names its variable second; other calls that take `env` first name none.
        const name = nameOf(node.arguments[1]);
        if (name !== undefined) record(node, name);
      } else if (
        ts.isVariableDeclaration(node) &&
        ts.isObjectBindingPattern(node.name) &&
        node.initializer &&
        isEnvironment(node.initializer)
      ) {
        for (const element of node.name.elements) record(element, (element.propertyName ?? element.name).getText());
      }
      ts.forEachChild(node, visit);
    };
    collectConstants(file);
    visit(file);
  }
  return { reads, unresolved };
}
