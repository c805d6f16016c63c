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
  for (const text of texts) for (const secret of secrets) assert.not.ok(text.includes(secret), `raw secret ${secret.slice(0, 4)}… leaked`);
}

scan('scan writes the ledger and BACKLOG.md; md, json and sarif formats carry the scores', () => {
  const { repo, secrets } = seededRepo();
  const run = repo.cli(['scan', '--format', 'sarif', '--output', 'report.sarif'], { env: { GIT_VALUE_DEBUG: '1' } });
  assert.is(run.status, 0, run.stderr);
  const ledger = repo.read('.value/ledger.json');
  const backlog = repo.read('BACKLOG.md');
  const sarif = JSON.parse(repo.read('report.sarif')) as { version: string; runs: { results: { ruleId: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  assert.is(sarif.version, '2.1.0');
  const results = sarif.runs[0]?.results ?? [];
  assert.ok(results.length >= 2, 'markers are reported');
  assert.ok(results.every((result) => !result.ruleId.startsWith('secret/')), 'secrets stay out of SARIF unless opted in');
  assert.ok(results.every((result) => Object.keys(result.partialFingerprints).length > 0));
  assert.ok(results.every((result) => !result.locations[0]?.physicalLocation.artifactLocation.uri.startsWith('/')), 'repo-relative URIs');
  assert.match(ledger, '"ruleId":"secret/github-pat"');
  assert.match(ledger, '"ruleId":"debt/todo"');
  assert.match(backlog, 'Next best');
  const json = repo.cli(['backlog', '--format', 'json']);
  assert.is(json.status, 0, json.stderr);
  assert.match(json.stdout, '"composite"');
  repo.write('.valuerc.json', JSON.stringify({ sarif: { includeSecrets: true } }));
  const withSecrets = repo.cli(['backlog', '--format', 'sarif']);
  assert.match(withSecrets.stdout, 'secret/github-pat');
  assertNoSecret([ledger, backlog, repo.read('report.sarif'), json.stdout, withSecrets.stdout, run.stderr, run.stdout], secrets);
});

scan('next, explain, allow and done work on the scanned ledger', () => {
  const { repo, secrets } = seededRepo();
  assert.is(repo.cli(['scan']).status, 0);
  const next = repo.cli(['next']);
  assert.is(next.status, 0, next.stderr);
  const id = /Next: (\S+)/.exec(next.stdout)?.[1] as string;
  assert.ok(id?.startsWith('secret-'), `a live credential ranks first: ${next.stdout}`);
  const explain = repo.cli(['explain', id]);
  assert.is(explain.status, 0, explain.stderr);
  assert.match(explain.stdout, 'WSJF');
  assert.is(repo.cli(['explain', 'nope-0000']).status, 2);
  const todo = (JSON.parse(repo.read('.value/ledger.json')) as { entries: { id: string; ruleId: string }[] }).entries.find((entry) => entry.ruleId === 'debt/todo');
  const done = repo.cli(['done', todo?.id as string, '--hours', '1.5']);
  assert.is(done.status, 0, done.stderr);
  assert.match(repo.read('.value/ledger.json'), '"hours":1.5');
  assert.is(repo.cli(['done', todo?.id as string, '--hours', 'lots']).status, 2);
  assertNoSecret([next.stdout, explain.stdout, repo.read('BACKLOG.md')], secrets);
});

scan('init is idempotent', () => {
  const { repo } = seededRepo();
  assert.is(repo.cli(['init']).status, 0);
  repo.gitOk('add', '-A');
  const snapshot = repo.gitOk('status', '--porcelain');
  const tree = repo.gitOk('write-tree');
  const again = repo.cli(['init']);
  assert.is(again.status, 0, again.stderr);
  repo.gitOk('add', '-A');
  assert.is(repo.gitOk('write-tree'), tree, 'the second init changed nothing');
  assert.is(repo.gitOk('status', '--porcelain'), snapshot);
  const doctor = repo.cli(['doctor']);
  assert.is(doctor.status, 0, doctor.stdout);
});

scan.after(() => repos.forEach((repo) => repo.remove()));
scan.run();
