import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formTokens, parseCommandArgs, renderCommandHelp, synopsis } from '../../src/cli/arguments.js';
import { commandSpecs, checkCommand, allowCommand, doneCommand } from '../../src/cli/command-table.js';
import { commandModules, dispatch, usage } from '../../src/cli/dispatch.js';
import { findNodes, format, sourceFiles, stringValue, ts } from '../architecture/source-tree.js';

// The command table is the only description of the arguments: the parser, the usage and every --help
// page come from it, so this checks the table against itself and the modules it names.
const table = suite('command table');

const env = {
  cwd: process.cwd(),
  env: {},
  color: false,
  now: new Date(0),
  readStdin: async () => '',
  live: { write: () => true },
};

table('every command has a module and every module a table entry', () => {
  assert.equal(
    commandSpecs.map((spec) => spec.name),
    Object.keys(commandModules),
  );
});

table('each form names declared options and positionals; every option is in a form and in the help', () => {
  for (const spec of commandSpecs) {
    const mentioned = new Set<string>();
    for (const form of spec.forms) {
      const { options, positionals } = formTokens(form);
      for (const option of options) {
        assert.ok(spec.options[option], `${spec.name}: form names --${option}, which the table does not declare`);
        mentioned.add(option);
      }
      for (const positional of positionals)
        assert.ok(spec.positionals?.names.includes(positional), `${spec.name}: form names ${positional}`);
    }
    const help = renderCommandHelp(spec);
    assert.ok(help.startsWith(`Usage: git-value ${spec.name}`), help);
    for (const [name, option] of Object.entries(spec.options)) {
      assert.ok(mentioned.has(name), `${spec.name}: --${name} is in no usage form`);
      assert.match(help, `--${name}`);
      assert.match(usage, `--${name}`);
      if (option.type === 'boolean') assert.is(option.value, undefined, `${spec.name} --${name} takes no value`);
    }
    for (const line of synopsis(spec)) assert.match(help, line);
  }
});

table('parsing: unknown flags, values outside the choices and wrong positional counts are usage errors', () => {
  const rows: Array<[name: string, spec: (typeof commandSpecs)[number], args: string[], error?: RegExp]> = [
    ['check --staged', checkCommand, ['--staged']],
    ['lint-staged file names', checkCommand, ['--staged', 'a.ts', 'b.ts']],
    ['unknown flag', checkCommand, ['--stage'], /Unknown option '--stage'/],
    ['string flag without its value', checkCommand, ['--range'], /argument missing/],
    ['allow a family', allowCommand, ['--all', '--reason', 'adopted', '--family', 'debt']],
    ['allow an unknown family', allowCommand, ['--all', '--reason', 'x', '--family', 'nope'], /unknown value 'nope'/],
    ['two ids', allowCommand, ['a', 'b', '--reason', 'x'], /at most 1 argument/],
    ['done without an id', doneCommand, ['--hours', '1'], /done needs ID/],
  ];
  for (const [name, spec, args, error] of rows) {
    const parsed = parseCommandArgs(spec, args);
    if (!error) {
      assert.ok(parsed.ok, name);
      continue;
    }
    assert.not.ok(parsed.ok, name);
    if (!parsed.ok) {
      assert.match(parsed.error.message, error, name);
      assert.is(parsed.error.code, 'USAGE');
      assert.match(parsed.error.fix, error.source.includes('unknown value') ? '--' : `git-value ${spec.name}`, name);
    }
  }
});

table('dispatch answers help, unknown commands and bad flags without loading a command', async () => {
  const help = await dispatch(['check', '--help'], env);
  assert.is(help.exitCode, 0);
  assert.is(help.stdout, renderCommandHelp(checkCommand));
  assert.is((await dispatch(['help', 'allow'], env)).stdout, renderCommandHelp(allowCommand));
  assert.is((await dispatch([], env)).exitCode, 2);
  const unknown = await dispatch(['chek'], env);
  assert.is(unknown.exitCode, 2);
  assert.match(unknown.stderr, "unknown command 'chek'");
  const bad = await dispatch(['scan', '--format', 'xml'], env);
  assert.is(bad.exitCode, 2);
  assert.match(bad.stderr, 'use --format md or --format json or --format sarif');
});

table('no command parses its own arguments: parseArgs is called in cli/arguments.ts only', () => {
  const offenders = sourceFiles()
    .filter((source) => source.path !== 'cli/arguments.ts')
    .flatMap((source) =>
      findNodes(
        source,
        (node) =>
          ts.isImportDeclaration(node) &&
          stringValue(node.moduleSpecifier)?.replace(/^node:/, '') === 'util' &&
          node.importClause?.namedBindings !== undefined &&
          ts.isNamedImports(node.importClause.namedBindings) &&
          node.importClause.namedBindings.elements.some((element) => element.name.text === 'parseArgs'),
      ),
    );
  assert.equal(format(offenders), []);
});

table.run();
