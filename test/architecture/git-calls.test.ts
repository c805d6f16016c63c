import { dirname, posix } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  findNodes,
  format,
  parseSource,
  sourceFiles,
  stringValue,
  ts,
  lastName,
  type SourceFile,
} from './source-tree.js';

// Every git call lives in src/git/ as a named function (STYLE.md §1, lint-staged's one git module):
// outside it nothing imports the exec wrapper, spawns git or loads isomorphic-git.
const gitCalls = suite('architecture: git only in src/git/');

const SPAWNERS = new Set(['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync']);

function modulePath(from: string, specifier: string): string {
  return specifier.startsWith('.') ? posix.join(dirname(from), specifier).replace(/\.js$/, '.ts') : specifier;
}

/** `spawnSync(…)`, `cp.execFile(…)`; `exec` on anything but child_process is a regex's. */
function isSpawner(callee: ts.Expression): boolean {
  const name = lastName(callee);
  if (name === undefined || !SPAWNERS.has(name)) return false;
  if (!ts.isPropertyAccessExpression(callee) || name !== 'exec') return true;
  return /child_process|^cp$/.test(callee.expression.getText());
}

function gitCallsOutsideGit(source: SourceFile) {
  if (source.path.startsWith('git/')) return [];
  const importsGit = (specifier: string | undefined) =>
    specifier !== undefined &&
    (modulePath(source.path, specifier) === 'git/exec.ts' ||
      specifier === 'isomorphic-git' ||
      specifier.startsWith('isomorphic-git/'));
  return findNodes(source, (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node))
      return importsGit(node.moduleSpecifier ? stringValue(node.moduleSpecifier) : undefined);
    if (!ts.isCallExpression(node)) return false;
    if (node.expression.kind === ts.SyntaxKind.ImportKeyword) return importsGit(stringValue(node.arguments[0]));
    const program = stringValue(node.arguments[0]);
    return isSpawner(node.expression) && program !== undefined && /^git(?:\s|$)/.test(program);
  });
}

gitCalls('no git spawn, exec wrapper or isomorphic-git outside src/git/', () => {
  assert.equal(format(sourceFiles().flatMap(gitCallsOutsideGit)), []);
});

gitCalls('the check can fail: each kind of planted call is reported, and allowed under git/', () => {
  const planted = [
    "import { runGit } from '../git/exec.js';",
    "export { runGitText } from '../git/exec.js';",
    "const { runGit } = await import('../git/exec.js');",
    "import git from 'isomorphic-git';",
    "spawnSync('git', ['status']);",
    "child_process.execFileSync('git', ['log']);",
    "execSync('git rev-parse HEAD');",
  ];
  for (const line of planted) {
    assert.is(gitCallsOutsideGit(parseSource('cli/planted.ts', undefined, line)).length, 1, line);
    assert.is(gitCallsOutsideGit(parseSource('git/planted.ts', undefined, line)).length, 0, line);
  }
  const harmless = [
    "import { readDiff } from '../git/read-diff.js';",
    "spawnSync('npm', ['outdated']);",
    "regex.exec('git')",
  ];
  for (const line of harmless)
    assert.is(gitCallsOutsideGit(parseSource('cli/planted.ts', undefined, line)).length, 0, line);
});

gitCalls.run();
