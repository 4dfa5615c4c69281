import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** What the kernel must never name: every module, every wire type, every module-owned table. */
export interface ModuleNames {
  modules: readonly string[];
  wireTypes: readonly string[];
  tables: readonly string[];
}

export interface NameViolation {
  file: string;
  line: number;
  text: string;
  names: string;
}

function* typeScriptFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* typeScriptFiles(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

/** Calls whose strings only document the API for people (`@ApiProperty({ example })`, the document's title). */
const DOCUMENTATION_CALL = /^(Api[A-Z]\w*|setTitle|setDescription)$/;

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
}

const isString = (node: ts.Node): node is ts.StringLiteralLike | ts.TemplateLiteralLikeNode =>
  ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);

/** Every string the program uses at run time: literals and template parts, not comments nor API documentation. */
function* stringsOf(source: ts.SourceFile): Generator<{ text: string; line: number }> {
  const visit = function* (node: ts.Node): Generator<{ text: string; line: number }> {
    if (ts.isCallExpression(node) && DOCUMENTATION_CALL.test(calleeName(node) ?? '')) return;
    if (isString(node)) {
      yield { text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 };
    }
    for (const child of node.getChildren(source)) yield* visit(child);
  };
  yield* visit(source);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The strings under `roots` that name a module (as a whole word), a wire type or one of its tables.
 * Module imports are the boundary test's job; this catches what imports cannot show: names hidden in
 * strings, SQL and routing keys. Specs and the API documentation's examples and prose are not checked.
 */
export function findModuleNames(repository: string, roots: readonly string[], names: ModuleNames): NameViolation[] {
  const modules = new RegExp(`(^|[^A-Za-z0-9_-])(${names.modules.map(escape).join('|')})($|[^A-Za-z0-9_-])`);
  const exact = [...names.wireTypes, ...names.tables];
  const violations: NameViolation[] = [];
  for (const root of roots) {
    // Specs exercise the kernel with examples; what must not know a module is the code that runs.
    for (const file of [...typeScriptFiles(join(repository, root))].filter((path) => !path.endsWith('.spec.ts'))) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      for (const { text, line } of stringsOf(source)) {
        const found = [
          ...exact.filter((name) => text.includes(name)),
          ...(modules.test(text) ? [modules.exec(text)![2]] : []),
        ];
        if (found.length > 0) {
          violations.push({
            file: relative(repository, file),
            line,
            text: text.slice(0, 120),
            names: found.join(', '),
          });
        }
      }
    }
  }
  return violations;
}
