import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { HOOKS, hookCommand } from '../../src/install/hook-specs.js';
import { launcherText } from '../../src/install/launcher.js';
import {
  addLefthook,
  addPrepareScript,
  addPreCommitFramework,
  addSimpleGitHooks,
  addToHookScript,
  removeFromHookScript,
  removeLefthook,
  removePrepareScript,
  removePreCommitFramework,
  removeSimpleGitHooks,
} from '../../src/install/manager-edits.js';
import type { Result } from '../../src/findings/result.js';
import { parse as parseYaml } from 'yaml';

// Each edit adds git-value to a manager's config and its inverse gives the text back byte for byte
// (what uninstall relies on when the install record cannot be used); a second add changes nothing.
const edits = suite('edits of the hook managers’ configs');

const value = (result: Result<string>) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const preCommit = HOOKS[0] as (typeof HOOKS)[number];

type Row = [name: string, original: string, add: (text: string) => string, remove: (text: string) => string];
const rows: Row[] = [
  [
    'husky script',
    'npx lint-staged\n',
    (t) => value(addToHookScript(t, preCommit, false)),
    (t) => removeFromHookScript(t) ?? '',
  ],
  [
    'shell script with a shebang',
    '#!/usr/bin/env bash\nset -e\nmake lint\n',
    (t) => value(addToHookScript(t, preCommit, true)),
    (t) => removeFromHookScript(t) ?? '',
  ],
  ['package.json without scripts', '{\n  "name": "a"\n}\n', addPrepareScript, removePrepareScript],
  [
    'package.json with a prepare',
    '{\n\t"scripts": {\n\t\t"prepare": "husky"\n\t}\n}\n',
    addPrepareScript,
    removePrepareScript,
  ],
  [
    'package.json#simple-git-hooks',
    '{\n  "simple-git-hooks": {\n    "pre-commit": "npx lint-staged",\n    "commit-msg": "npx commitlint --edit $1"\n  }\n}\n',
    (t) => addSimpleGitHooks(t, ['simple-git-hooks']),
    (t) => removeSimpleGitHooks(t, ['simple-git-hooks']),
  ],
  [
    '.simple-git-hooks.json',
    '{ "pre-push": "npm test" }',
    (t) => addSimpleGitHooks(t, []),
    (t) => removeSimpleGitHooks(t, []),
  ],
  [
    'lefthook.yml with commands and comments',
    '# hooks\npre-commit:\n  parallel: true\n  commands:\n    lint:\n      run: npx eslint {staged_files}  # lint\n\ncommit-msg:\n  commands:\n    check:\n      run: npx commitlint --edit {1}\n',
    (t) => value(addLefthook(t, 'lefthook.yml')),
    (t) => removeLefthook(t, 'lefthook.yml'),
  ],
  [
    'lefthook.yml without a final newline',
    'pre-push:\n  commands:\n    test:\n      run: npm test',
    (t) => value(addLefthook(t, 'lefthook.yml')),
    (t) => removeLefthook(t, 'lefthook.yml'),
  ],
  ['empty lefthook.yml', '', (t) => value(addLefthook(t, 'lefthook.yml')), (t) => removeLefthook(t, 'lefthook.yml')],
  [
    '.pre-commit-config.yaml, 4-space style',
    'repos:\n-   repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: v4.5.0\n    hooks:\n    -   id: trailing-whitespace\ndefault_language_version:\n    python: python3\n',
    (t) => value(addPreCommitFramework(t, '.pre-commit-config.yaml', '3.0.4')),
    (t) => removePreCommitFramework(t, '.pre-commit-config.yaml'),
  ],
  [
    '.pre-commit-config.yaml with its own hook types',
    'default_install_hook_types: [pre-commit, commit-msg]\nrepos:\n  - repo: local\n    hooks:\n      - id: own\n        name: own\n        entry: "true"\n        language: system\n',
    (t) => value(addPreCommitFramework(t, '.pre-commit-config.yaml', '4.0.1')),
    (t) => removePreCommitFramework(t, '.pre-commit-config.yaml'),
  ],
];

// Two shapes the inverse cannot give back exactly (uninstall restores them from its record instead):
// a one-line JSON object (the edit breaks it into lines) and a file without a final newline.
const lossy: Record<string, (original: string, removed: string) => void> = {
  '.simple-git-hooks.json': (original, removed) => assert.equal(JSON.parse(removed), JSON.parse(original)),
  'lefthook.yml without a final newline': (original, removed) => assert.is(removed, `${original}\n`),
};

for (const [name, original, add, remove] of rows) {
  edits(`${name}: added, added again (no change), removed (${lossy[name] ? 'same content' : 'byte for byte'})`, () => {
    const added = add(original);
    assert.is.not(added, original, 'git-value was added');
    assert.ok(added.includes('.value/bin/git-value'), 'the lines call the launcher');
    assert.is(add(added), added, 'a second add changes nothing');
    const check = lossy[name];
    if (check) check(original, remove(added));
    else assert.is(remove(added), original);
  });
}

edits('what the YAML edits write is what the managers read', () => {
  const lefthook = parseYaml(value(addLefthook(rows[6]?.[1] as string, 'lefthook.yml'))) as Record<
    string,
    { commands: Record<string, { run: string; use_stdin?: boolean }> }
  >;
  assert.is(lefthook['pre-commit']?.commands['git-value']?.run, `sh .value/bin/git-value check --staged`);
  assert.is(lefthook['pre-commit']?.commands.lint?.run, 'npx eslint {staged_files}');
  assert.is(
    lefthook['post-rewrite']?.commands['git-value']?.run,
    'sh .value/bin/git-value refresh --defer --rewrite {1}',
  );
  assert.is(lefthook['pre-push']?.commands['git-value']?.use_stdin, true);
  const config = parseYaml(value(addPreCommitFramework(rows[9]?.[1] as string, 'f', '3.0.4'))) as {
    repos: { repo: string; hooks: { id: string; stages: string[]; entry: string }[] }[];
    default_install_hook_types: string[];
  };
  const local = config.repos.find((repo) => repo.repo === 'local');
  assert.equal(
    local?.hooks.map((hook) => [hook.id, hook.stages[0]]),
    [
      ['git-value', 'commit'],
      ['git-value-pre-merge-commit', 'merge-commit'],
      ['git-value-post-merge', 'post-merge'],
      ['git-value-post-rewrite', 'post-rewrite'],
      ['git-value-pre-push', 'push'],
    ],
    'pre-commit before 3.2 names the stages commit, merge-commit and push',
  );
  assert.equal(
    config.default_install_hook_types,
    HOOKS.map((spec) => spec.name),
  );
  const modern = parseYaml(
    value(addPreCommitFramework('repos: []\n'.replace('[]', '\n  - repo: meta\n    hooks: []'), 'f', '4.0.1')),
  ) as typeof config;
  assert.is(modern.repos[1]?.hooks[0]?.stages[0], 'pre-commit');
});

edits('refusals name the file and what to add by hand', () => {
  const python = addToHookScript('#!/usr/bin/env python3\nprint(1)\n', preCommit, true);
  assert.not.ok(python.ok);
  if (!python.ok) assert.match(python.error.fix, hookCommand(preCommit));
  const flow = addLefthook('pre-commit: { commands: { lint: { run: x } } }\n', 'lefthook.yml');
  assert.not.ok(flow.ok);
  if (!flow.ok) assert.match(flow.error.fix, 'by hand');
  const broken = addPreCommitFramework('repos: [\n', '.pre-commit-config.yaml', '3.0.4');
  assert.not.ok(broken.ok);
  if (!broken.ok) assert.is(broken.error.file, '.pre-commit-config.yaml');
});

edits('the shipped hooks/ files are the lines init writes', () => {
  for (const spec of HOOKS) {
    const shipped = readFileSync(new URL(`../../../hooks/${spec.name}`, import.meta.url), 'utf8');
    assert.is(shipped, `# git-value: ${spec.why}\n${hookCommand(spec)}\n`, spec.name);
  }
});

edits('the launcher looks in each install folder, then the main worktree, then PATH', () => {
  const text = launcherText(['.', 'web']);
  assert.match(text, '"./node_modules/.bin/git-value" "$main/node_modules/.bin/git-value"');
  assert.match(text, '"./web/node_modules/.bin/git-value" "$main/web/node_modules/.bin/git-value"');
  assert.match(text, 'command -v git-value');
  assert.match(text, 'git merge-file');
});

edits.run();
