import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { pullRequestWorkflow, weeklyScanWorkflow } from '../../src/cli/ci-workflows.js';

// The workflows init writes, parsed by a real YAML parser and put through the checks actionlint
// makes that matter here: triggers, cron syntax, runs-on, steps with exactly one of uses/run,
// pinned action versions, no ${{ }} interpolation inside run scripts, explicit permissions.
const workflows = suite('GitHub workflows written by init --ci github');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}

const cronField = /^(?:\*|\d{1,2}(?:-\d{1,2})?(?:,\d{1,2}(?:-\d{1,2})?)*)(?:\/\d{1,2})?$/;

const managers = ['npm', 'pnpm', 'yarn', 'none'] as const;
for (const [name, text] of managers.flatMap((manager): [string, string][] => [
  [`weekly scan (${manager})`, weeklyScanWorkflow(manager)],
  [`pull request gate (${manager})`, pullRequestWorkflow(manager)],
])) {
  workflows(`${name}: valid YAML with the shape GitHub accepts`, () => {
    const workflow = parse(text) as Workflow;
    assert.type(workflow.name, 'string');
    assert.ok(Object.keys(workflow.on).length > 0, 'has triggers');
    assert.ok(workflow.permissions && Object.keys(workflow.permissions).length > 0, 'explicit permissions');
    for (const [jobName, job] of Object.entries(workflow.jobs)) {
      assert.type(job['runs-on'], 'string', `${jobName}.runs-on`);
      assert.ok(job.steps.length > 0);
      for (const step of job.steps) {
        assert.ok((step.uses === undefined) !== (step.run === undefined), 'a step has exactly one of uses and run');
        if (step.uses) assert.match(step.uses, /^[\w.-]+\/[\w./-]+@v\d+$/, 'actions are pinned to a major version');
        if (step.run) assert.not.match(step.run, '${{', 'untrusted data reaches scripts only through env');
      }
    }
    const schedule = (workflow.on.schedule ?? []) as { cron: string }[];
    for (const { cron } of schedule) {
      const fields = cron.split(' ');
      assert.is(fields.length, 5);
      for (const field of fields) assert.match(field, cronField);
    }
  });
}

workflows('the weekly scan uploads SARIF and runs git-value scan; the gate checks the PR range', () => {
  const weekly = parse(weeklyScanWorkflow('npm')) as Workflow;
  const steps = weekly.jobs.scan?.steps ?? [];
  assert.ok(steps.some((step) => step.run?.includes('git-value scan --format sarif')));
  assert.ok(steps.some((step) => step.uses?.startsWith('github/codeql-action/upload-sarif')));
  assert.is(weekly.permissions['security-events'], 'write');
  const history = steps.findIndex((step) => step.run?.includes('git-value scan --history --incremental'));
  assert.ok(
    history > steps.findIndex((step) => step.run?.includes('git-value scan --format sarif')),
    'history after the tree',
  );
  assert.equal(steps[history + 1]?.with, { sarif_file: 'git-value-history.sarif', category: 'git-value-history' });
  const pullRequest = steps.find((step) => step.run?.includes('git checkout -B'))?.run ?? '';
  assert.match(pullRequest, 'git status --porcelain -- .value', 'a new .value/history-scan.json counts as a change');
  const report = steps.findIndex((step) =>
    step.run?.includes('git-value report --html --output git-value-report.html'),
  );
  assert.ok(report > 0, 'writes the HTML report');
  assert.equal(steps[report + 1]?.with, { name: 'git-value-report', path: 'git-value-report.html' }, 'and uploads it');
  assert.match(steps[report + 1]?.uses ?? '', 'actions/upload-artifact@v');
  const gate = parse(pullRequestWorkflow('npm')) as Workflow;
  assert.ok(gate.jobs.gate?.steps.some((step) => step.run?.includes('git-value check --range')));
  assert.is(gate.permissions.contents, 'read');
});

const installs: [manager: (typeof managers)[number], install: string, exec: string, absent: string[]][] = [
  ['pnpm', 'pnpm install --frozen-lockfile', 'pnpm exec git-value', ['npm ci', 'npx ']],
  ['yarn', 'yarn install --frozen-lockfile', 'yarn git-value', ['npm ci', 'pnpm', 'npx ']],
  ['npm', 'npm ci', 'npx git-value', ['pnpm', 'yarn']],
  ['none', 'npm install --global git-value', 'git-value', ['npm ci', 'pnpm', 'yarn', 'npx ']],
];
for (const [manager, install, exec, absent] of installs)
  workflows(`${manager}: installs with ${install} and runs ${exec}`, () => {
    for (const text of [weeklyScanWorkflow(manager), pullRequestWorkflow(manager)]) {
      const steps = Object.values((parse(text) as Workflow).jobs)[0]?.steps ?? [];
      assert.ok(steps.some((step) => step.run === install));
      assert.ok(steps.some((step) => step.run?.startsWith(`${exec} `)));
      for (const other of absent) assert.not.ok(text.includes(other), `${manager} workflow mentions ${other}`);
      if (manager === 'pnpm') assert.ok(steps.some((step) => step.uses?.startsWith('pnpm/action-setup@')));
    }
  });

workflows.run();
