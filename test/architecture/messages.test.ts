import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findNodes, format, lastName, parseSource, sourceFiles, ts, type SourceFile } from './source-tree.js';

// Every sentence a command prints lives in cli/messages.ts (STYLE.md §9, lint-staged's messages module),
// so tone and advice stay consistent and a change of wording is one edit. The check, precisely:
//
// - where: src/cli/, the only code that prints. Below it, texts travel as values (a UserError's message
//   and fix, a Note) made where the problem is found, since those layers may not import cli/; cli/
//   prints them through messages.ts (formatError, formatNotes).
// - what: a string or template literal with prose in it: two words of letters in a row ("no such
//   commit"), which a flag, a path, a format, an id or a key never has.
// - exempt files: cli/messages.ts itself; cli/command-table.ts, whose help texts are the table's data
//   (its own test checks them against the parser); cli/ci-workflows.ts, the YAML files init writes.
// - exempt literals: log keys (the label of a GIT_VALUE_DEBUG timing, `mark('secret history')`, or of
//   a progress phase, `progress.phase('scan')`); internal errors (`new Error(…)`: a bug, not a user's
//   message); a bare command line (`'git-value scan --history'`, `'npx git-value'`), a name rather than a
//   sentence.
const messages = suite('architecture: user messages in cli/messages.ts');

const EXEMPT_FILES = /^cli\/(?:messages|command-table|ci-workflows)\.ts$/;
const PROSE = /[A-Za-z]{2,} [A-Za-z]{2,}/;
const COMMAND_LINE = /^(?:npx )?git-value(?: [a-z][a-z-]*)*(?: --[a-z][a-z-]*)*$/;
const LOG_KEYS = new Set(['mark', 'phase']);

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…');
  return undefined;
}

/** A log key or an internal error: the literal is an argument of mark(…), x.phase(…) or new Error(…). */
function isExemptUse(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isCallExpression(parent) && parent.arguments.includes(node as ts.Expression))
    return LOG_KEYS.has(lastName(parent.expression) ?? '');
  if (ts.isNewExpression(parent)) return lastName(parent.expression) === 'Error';
  return false;
}

function inlineMessages(source: SourceFile) {
  if (!source.path.startsWith('cli/') || EXEMPT_FILES.test(source.path)) return [];
  return findNodes(source, (node) => {
    const text = literalText(node);
    if (text === undefined || !PROSE.test(text) || COMMAND_LINE.test(text)) return false;
    if (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent)) return false;
    return !isExemptUse(node);
  });
}

messages('no user-facing message is written inline in cli/', () => {
  assert.equal(format(sourceFiles().flatMap(inlineMessages)), []);
});

messages('the check can fail: each kind of planted message is reported; log keys, bugs and names are not', () => {
  const planted = [
    "return { exitCode: 0, stdout: '', stderr: 'git-value: nothing to do here\\n' };",
    'const line = `git-value: scanned ${files} files in ${seconds}s`;',
    "return usageError(scanCommand, '--since goes with --history');",
    "return fail({ code: 'USAGE', message: 'no such commit', fix: 'give a commit this clone has' });",
    "lines.push('nothing to change: the setup was already in place');",
    "const detail = ok ? LAUNCHER_PATH : 'launcher is missing';",
    "const said = `${name} takes ${max === 0 ? 'no arguments' : `at most ${max}`}`;",
  ];
  for (const line of planted) {
    assert.ok(inlineMessages(parseSource('cli/scan.ts', undefined, line)).length > 0, line);
    assert.is(inlineMessages(parseSource('cli/messages.ts', undefined, line)).length, 0, line);
    assert.is(inlineMessages(parseSource('workflow/scan-tree.ts', undefined, line)).length, 0, line);
  }
  const exempt = [
    "mark('secret history');",
    'mark(`history: ${commits} commits, ${megabytes} MB of patches`);',
    "progress.phase('scan');",
    "throw new Error('unreachable: every kind is handled');",
    "const target = resolveReportTarget(workspace, output, cwd, 'git-value scan --history', format);",
    "if (!program) return 'npx git-value';",
    "const flags = ['--since', '--incremental'];",
    "const path = '.value/ledger.json';",
    "import { x } from './messages.js';",
  ];
  for (const line of exempt) assert.is(inlineMessages(parseSource('cli/scan.ts', undefined, line)).length, 0, line);
});

messages.run();
