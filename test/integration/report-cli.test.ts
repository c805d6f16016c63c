import { gunzipSync } from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ReportData } from '../../src/report/html/report-data-types.js';
import { TempRepo } from '../helpers/temp-repo.js';

// The report command's edges, read from the page's data without a browser (report-html.test.ts opens it).
const cli = suite('report command');

function dataOf(html: string): ReportData {
  const packed = /<script type="application\/octet-stream" id="report-data"[^>]*>([^<]*)<\/script>/.exec(html)?.[1];
  assert.ok(packed, 'the page holds its data block');
  return JSON.parse(gunzipSync(Buffer.from(packed ?? '', 'base64')).toString('utf8')) as ReportData;
}

function repoWithScan(): TempRepo {
  const repo = new TempRepo();
  repo.write('src/a.py', '# TODO: one\nvalue = 1\n');
  repo.gitOk('add', '-A');
  repo.gitOk('commit', '-q', '-m', 'first');
  assert.is(repo.cli(['scan']).status, 0);
  return repo;
}

cli('--output - prints the page and writes no file; before any ledger commit the trend is empty', async () => {
  const repo = repoWithScan();
  try {
    const run = await repo.run(['report', '--html', '--output', '-']);
    assert.is(run.status, 0, run.stderr);
    assert.match(run.stdout, /^<!doctype html>/);
    assert.is(repo.git('ls-files', '--others', '--', '.value/report.html').stdout, '');
    const data = dataOf(run.stdout);
    assert.is(data.items.length, 1);
    assert.equal(data.trend.periods, [], 'the ledger is not committed yet');
    assert.is(data.fileLink, '{path}', 'no report file: links from the top folder');
  } finally {
    repo.remove();
  }
});

cli('links: the web host at HEAD when origin is one, never the credentials in its URL', async () => {
  const repo = repoWithScan();
  try {
    repo.gitOk('add', '-A');
    repo.gitOk('commit', '-q', '-m', 'ledger');
    const head = repo.gitOk('rev-parse', 'HEAD').trim();
    const token = ['s3', 'cr3t', 'Tok'].join(''); // not a credential shape; must not be copied anyway
    repo.gitOk('remote', 'add', 'origin', `https://someone:${token}@github.com/acme/shop.git`);
    const run = await repo.run(['report', '--html']);
    assert.is(run.status, 0, run.stderr);
    const html = repo.read('.value/report.html');
    const data = dataOf(html);
    assert.is(data.fileLink, `https://github.com/acme/shop/blob/${head}/{path}#L{line}`);
    assert.not.match(html, token);
    assert.is(data.trend.periods.length, 1);
  } finally {
    repo.remove();
  }
});

cli('an ignored report gets no note; a bad option and --help answer as every command does', async () => {
  const repo = repoWithScan();
  try {
    repo.write('.gitignore', '.value/report.html\n');
    const quiet = await repo.run(['report', '--html']);
    assert.is(quiet.status, 0, quiet.stderr);
    assert.is(quiet.stderr, 'git-value: wrote .value/report.html\n');
    const bad = await repo.run(['report', '--colour']);
    assert.is(bad.status, 2);
    assert.match(bad.stderr, 'fix: git-value report [--html] [--output FILE]');
    const help = await repo.run(['report', '--help']);
    assert.is(help.status, 0);
    assert.match(help.stdout, 'Usage: git-value report');
  } finally {
    repo.remove();
  }
});

cli.run();
