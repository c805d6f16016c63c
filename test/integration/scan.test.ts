import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fakeAwsKeyId, fakeGithubToken } from '../helpers/fake-secrets.js';
import { TempRepo } from '../helpers/temp-repo.js';

const scan = suite('scan, reports and the commands over the ledger');
const repos: TempRepo[] = [];

function seededRepo(): { repo: TempRepo; secrets: string[] } {
  const repo = new TempRepo();
  repos.push(repo);
  const secrets = [fakeGithubToken(), fakeAwsKeyId()];
  repo
    .write('src/settings.py', `GITHUB_TOKEN = "${secrets[0]}"\n# TODO(#12): load settings from the environment\n`)
    .write('deploy/env.yaml', `aws_access_key_id: ${secrets[1]}\n`)
    .write('src/app.ts', '// FIXME: race when two writers start\nexport const run = () => 1;\n')
    .write('docs/guide.md', 'Use a token like `<your-token>` here.\n');
  assert.is(repo.commitAll('seed', '--no-verify').status, 0);
  return { repo, secrets };
}

function assertNoSecret(texts: string[], secrets: string[]): void {
  for (const text of texts)
    for (const secret of secrets) assert.not.ok(text.includes(secret), `raw secret ${secret.slice(0, 4)}… leaked`);
}

function fakeNpm(repo: TempRepo, stdout: string): string {
  const bin = repo.path('.fake-bin');
  repo.write(
    '.fake-bin/npm',
    `#!/bin/sh\necho "$@" >> "${repo.path('.fake-bin/calls')}"\ncat <<'JSON'\n${stdout}\nJSON\nexit 1\n`,
  );
  chmodSync(join(bin, 'npm'), 0o755);
  return `${bin}:${process.env.PATH ?? ''}`;
}

function npmProject(): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo
    .write(
      'package.json',
      `${JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { 'left-pad': '^1.0.0' } }, null, 2)}\n`,
    )
    .write('.gitignore', '.fake-bin/\n');
  assert.is(repo.commitAll('seed', '--no-verify').status, 0);
  return repo;
}

scan('scan asks npm for the latest versions: a dependency a major behind becomes a modern finding', async () => {
  const repo = npmProject();
  const run = await repo.run(['scan'], {
    env: { PATH: fakeNpm(repo, JSON.stringify({ 'left-pad': { wanted: '1.3.0', latest: '2.1.0' } })) },
  });
  assert.is(run.status, 0, run.stderr);
  assert.match(repo.read('.fake-bin/calls'), 'outdated --json');
  const ledger = repo.read('.value/ledger.json');
  assert.match(ledger, '"ruleId":"modern/dependency-major-behind"');
  assert.match(ledger, '"source":"registry"');
  assert.not.match(run.stderr, 'npm registry:');
});

scan(
  'an unreachable registry is said clearly, in the output and the backlog, and the scan still succeeds',
  async () => {
    const repo = npmProject();
    const run = await repo.run(['scan'], {
      env: {
        PATH: fakeNpm(
          repo,
          JSON.stringify({
            error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org/left-pad failed' },
          }),
        ),
      },
    });
    assert.is(run.status, 0, run.stderr);
    assert.match(run.stderr, 'npm registry: could not get latest versions (package.json: ENOTFOUND');
    assert.match(run.stderr, 'compared with the lockfile only');
    assert.match(repo.read('BACKLOG.md'), 'npm registry: could not get latest versions');
    assert.not.match(repo.read('.value/ledger.json'), 'modern/dependency-major-behind');
  },
);

scan('analyzers.modern.registry: false makes no registry call', async () => {
  const repo = npmProject();
  repo.write('.valuerc.json', JSON.stringify({ analyzers: { modern: { registry: false } } }));
  const run = await repo.run(['scan'], { env: { PATH: fakeNpm(repo, '{}') } });
  assert.is(run.status, 0, run.stderr);
  assert.throws(() => repo.read('.fake-bin/calls'));
});

scan(
  'docstring coverage per file and per repository: written by scan, kept current by refresh, shown in the backlog',
  async () => {
    const repo = new TempRepo();
    repos.push(repo);
    repo
      .write(
        'src/tools.py',
        'def documented():\n    """Says what it does."""\n    return 1\n\n\ndef bare():\n    return 2\n\n\ndef also_bare():\n    return 3\n',
      )
      .write(
        'src/api.ts',
        '/** Adds two numbers. */\nexport function add(a: number, b: number): number {\n  return a + b;\n}\n',
      );
    assert.is(repo.commitAll('seed', '--no-verify').status, 0);
    const run = await repo.run(['scan']);
    assert.is(run.status, 0, run.stderr);
    assert.is(
      repo.read('.value/coverage.json'),
      '{\n  "version": 1,\n  "docstrings": [\n{"path":"src/api.ts","documented":1,"public":1},\n{"path":"src/tools.py","documented":1,"public":3}\n  ]\n}\n',
    );
    const backlog = repo.read('BACKLOG.md');
    assert.match(backlog, '## Documentation coverage');
    assert.match(
      backlog,
      '**Repository**: 50.0 % of public functions, methods and classes have a docstring or doc comment (2 of 4, in 2 files',
    );
    assert.match(backlog, '| `src/tools.py` | 1 | 3 | 33.3 % |');
    // a commit documents one more function; the post-merge refresh measures the files it changed
    repo.write(
      'src/tools.py',
      repo.read('src/tools.py').replace('def bare():\n', 'def bare():\n    """Now documented."""\n'),
    );
    assert.is(repo.commitAll('document bare', '--no-verify').status, 0);
    const refresh = await repo.run(['refresh', '--since', 'HEAD~1']);
    assert.is(refresh.status, 0, refresh.stderr);
    assert.match(repo.read('.value/coverage.json'), '{"path":"src/tools.py","documented":2,"public":3}');
    assert.match(repo.read('BACKLOG.md'), '75.0 % of public functions');
    const json = JSON.parse((await repo.run(['backlog', '--format', 'json'])).stdout) as {
      docCoverage: { documented: number; public: number };
    };
    assert.equal([json.docCoverage.documented, json.docCoverage.public], [3, 4]);
  },
);

scan('docstring items ask for the public API its reference docs reach; explain says what was left out', async () => {
  const repo = new TempRepo();
  repos.push(repo);
  const bare = (name: string) => `def ${name}():\n    return 1\n\n\n`;
  repo
    .write('docs/api.rst', '.. autoclass:: pkg.core.Engine\n   :members:\n\n.. autofunction:: pkg.core.start\n')
    .write(
      'src/pkg/core.py',
      'import click\n\n\nclass Engine:\n    def run(self):\n        return 1\n\n\nclass Group(click.Group):\n    """Commands."""\n\n    def get_command(self, ctx, name):\n        return None\n\n\n' +
        bare('start') +
        bare('stop'),
    )
    .write('src/pkg/helpers.py', bare('flatten') + bare('merge') + bare('split'));
  assert.is(repo.commitAll('seed', '--no-verify').status, 0);
  assert.is((await repo.run(['scan'])).status, 0);
  const items = () =>
    (
      JSON.parse(repo.cli(['backlog', '--format', 'json']).stdout) as {
        items: Array<{ id: string; ruleId: string; path: string; title: string }>;
      }
    ).items.filter((item) => item.ruleId === 'quality/docstring');
  const first = items();
  assert.equal(
    first.map((item) => [item.path, item.title]),
    [['src/pkg/core.py', '3 of 6 public symbols have no docstring: `Engine`, `Engine.run`, `start`']],
  );
  // coverage still counts every public symbol, the helpers' too
  assert.match(repo.read('.value/coverage.json'), '{"path":"src/pkg/helpers.py","documented":0,"public":3}');
  const explain = repo.cli(['explain', (first[0] as { id: string }).id]);
  assert.match(
    explain.stdout,
    "left out of this item: 1 overrides a base class from another package, whose documentation tools inherit the base's (click.Group); 1 not reached by the project's reference docs (Sphinx autodoc, mkdocstrings) (docs/api.rst)",
  );
  // the reference docs grow: the next scan analyses the helpers again (the public API is part of the cache key)
  repo.write('docs/api.rst', `${repo.read('docs/api.rst')}\n.. automodule:: pkg.helpers\n   :members:\n`);
  assert.is(repo.commitAll('document helpers', '--no-verify').status, 0);
  assert.is((await repo.run(['scan'])).status, 0);
  assert.equal(
    items()
      .map((item) => item.path)
      .sort(),
    ['src/pkg/core.py', 'src/pkg/helpers.py'],
  );
});

scan('scan writes the ledger and BACKLOG.md; md, json and sarif formats carry the scores', async () => {
  const { repo, secrets } = seededRepo();
  const run = await repo.run(['scan', '--format', 'sarif', '--output', 'report.sarif'], {
    env: { GIT_VALUE_DEBUG: '1' },
  });
  assert.is(run.status, 0, run.stderr);
  const ledger = repo.read('.value/ledger.json');
  const backlog = repo.read('BACKLOG.md');
  const sarif = JSON.parse(repo.read('report.sarif')) as {
    version: string;
    runs: {
      results: {
        ruleId: string;
        partialFingerprints: Record<string, string>;
        locations: { physicalLocation: { artifactLocation: { uri: string }; region?: Record<string, number> } }[];
      }[];
    }[];
  };
  assert.is(sarif.version, '2.1.0');
  const results = sarif.runs[0]?.results ?? [];
  assert.ok(results.length >= 2, 'markers are reported');
  const secretResults = results.filter((result) => result.ruleId.startsWith('secret/'));
  assert.ok(secretResults.length > 0, 'secrets are in SARIF by default');
  assert.ok(
    secretResults.every(
      (result) => Object.keys(result.locations[0]?.physicalLocation.region ?? {}).join() === 'startLine',
    ),
    'a secret points at its line only: no columns, no snippet',
  );
  assert.ok(results.every((result) => Object.keys(result.partialFingerprints).length > 0));
  assert.ok(
    results.every((result) => !result.locations[0]?.physicalLocation.artifactLocation.uri.startsWith('/')),
    'repo-relative URIs',
  );
  assert.match(ledger, '"ruleId":"secret/github-pat"');
  assert.match(ledger, '"ruleId":"debt/todo"');
  assert.match(backlog, 'Next best');
  const json = await repo.run(['backlog', '--format', 'json']);
  assert.is(json.status, 0, json.stderr);
  assert.match(json.stdout, '"composite"');
  const toStdout = await repo.run(['backlog', '--format', 'sarif', '--output', '-']);
  assert.is(toStdout.status, 0, toStdout.stderr);
  assert.match(toStdout.stdout, 'secret/github-pat');
  assert.not.ok(existsSync(repo.path('-')), "'--output -' writes no file named '-'");
  repo.write('.valuerc.json', JSON.stringify({ sarif: { includeSecrets: false } }));
  const withoutSecrets = await repo.run(['backlog', '--format', 'sarif']);
  assert.not.match(withoutSecrets.stdout, 'secret/github-pat', 'includeSecrets: false leaves them out');
  assert.match(withoutSecrets.stdout, 'debt/todo');
  assertNoSecret(
    [
      ledger,
      backlog,
      repo.read('report.sarif'),
      json.stdout,
      toStdout.stdout,
      withoutSecrets.stdout,
      run.stderr,
      run.stdout,
    ],
    secrets,
  );
});

scan('next, explain, allow and done work on the scanned ledger', async () => {
  const { repo, secrets } = seededRepo();
  assert.is((await repo.run(['scan'])).status, 0);
  const next = await repo.run(['next']);
  assert.is(next.status, 0, next.stderr);
  const id = /Next: (\S+)/.exec(next.stdout)?.[1] as string;
  assert.ok(id?.startsWith('secret-'), `a live credential ranks first: ${next.stdout}`);
  const explain = await repo.run(['explain', id]);
  assert.is(explain.status, 0, explain.stderr);
  assert.match(explain.stdout, 'WSJF');
  assert.is((await repo.run(['explain', 'nope-0000'])).status, 2);
  const todo = (
    JSON.parse(repo.read('.value/ledger.json')) as { entries: { id: string; ruleId: string }[] }
  ).entries.find((entry) => entry.ruleId === 'debt/todo');
  const done = await repo.run(['done', todo?.id as string, '--hours', '1.5']);
  assert.is(done.status, 0, done.stderr);
  assert.match(repo.read('.value/ledger.json'), '"hours":1.5');
  assert.is((await repo.run(['done', todo?.id as string, '--hours', 'lots'])).status, 2);
  assertNoSecret([next.stdout, explain.stdout, repo.read('BACKLOG.md')], secrets);
});

scan('init is idempotent', async () => {
  const { repo } = seededRepo();
  assert.is((await repo.run(['init'])).status, 0);
  repo.gitOk('add', '-A');
  const snapshot = repo.gitOk('status', '--porcelain');
  const tree = repo.gitOk('write-tree');
  const again = await repo.run(['init']);
  assert.is(again.status, 0, again.stderr);
  repo.gitOk('add', '-A');
  assert.is(repo.gitOk('write-tree'), tree, 'the second init changed nothing');
  assert.is(repo.gitOk('status', '--porcelain'), snapshot);
  const doctor = await repo.run(['doctor']);
  assert.is(doctor.status, 0, doctor.stdout);
  // committed, then init again weeks later, here and on a fresh clone (issue 14 #7: it rewrote
  // BACKLOG.md's trend row, churn-based scores and timestamp)
  assert.is(repo.git('commit', '-q', '-m', 'setup').status, 0);
  const later = { GIT_VALUE_NOW: new Date(Date.now() + 40 * 86_400_000).toISOString() };
  assert.is((await repo.run(['init'], { env: later })).status, 0);
  assert.is(repo.gitOk('status', '--porcelain'), '', 'init on the committed setup changes nothing');
  const clone = new TempRepo({ init: false });
  const cloned = clone.exec('git', ['clone', '-q', repo.root, 'fresh']);
  assert.is(cloned.status, 0, cloned.stderr);
  const fresh = await clone.run(['init'], { cwd: clone.path('fresh'), env: later });
  assert.is(fresh.status, 0, fresh.stderr);
  assert.is(clone.gitOk('-C', 'fresh', 'status', '--porcelain'), '', 'init on a fresh clone changes nothing tracked');
  assert.is((await clone.run(['doctor'], { cwd: clone.path('fresh') })).status, 0, 'and the clone is set up');
  clone.remove();
});

scan.after(() => repos.forEach((repo) => repo.remove()));
scan.run();
