/**
 * `npm run structure:functions [-- N]`: the N longest functions (declarations, arrows, methods, components) of the
 * product's code, by lines, with where they start. Tests are left out. Run it before and after a refactor.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../localConfig.ts';

const folders = ['contract/src', 'calendar/src', 'functions/src', 'widget/src', 'console/src'];
const limit = Number(process.argv[2] ?? 15);

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

interface Measured {
  name: string;
  where: string;
  lines: number;
}

function nameOf(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  if (parent && ts.isCallExpression(parent)) return `${parent.expression.getText().slice(0, 40)}(…)`;
  return '(anonymous)';
}

const measured: Measured[] = [];
for (const folder of folders.filter((folder) => existsSync(join(repoRoot, folder)))) {
  for (const file of sourceFiles(join(repoRoot, folder))) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        measured.push({
          name: nameOf(node),
          where: `${relative(repoRoot, file)}:${start + 1}`,
          lines: end - start + 1,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
}

for (const { name, where, lines } of measured.sort((a, b) => b.lines - a.lines).slice(0, limit)) {
  console.log(`${String(lines).padStart(5)}  ${name}  ${where}`);
}
