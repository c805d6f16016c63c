import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Log } from 'sarif';
import { buildBacklogModel } from '../../src/report/backlog-model.js';
import { FINGERPRINT_KEY, MAX_SARIF_RESULTS, renderSarif, SARIF_SCHEMA } from '../../src/report/sarif.js';
import { buildInput, buildModel, RAW_SECRET } from './fixtures.js';

const sarif = suite('SARIF 2.1.0');
const model = buildModel();
const parse = (includeSecrets: boolean): Log =>
  JSON.parse(renderSarif(model, { includeSecrets, toolVersion: '0.1.0' })) as Log;

sarif('structure: version, schema, one run, driver and rules', () => {
  const log = parse(false);
  assert.is(log.version, '2.1.0');
  assert.is(log.$schema, SARIF_SCHEMA);
  assert.is(log.runs.length, 1);
  const run = log.runs[0];
  assert.is(run?.tool.driver.name, 'git-value');
  assert.is(run?.tool.driver.version, '0.1.0');
  const rules = run?.tool.driver.rules ?? [];
  assert.ok(rules.length > 0);
  for (const rule of rules) {
    assert.ok(rule.id && rule.shortDescription?.text, rule.id);
    assert.type(rule.properties?.category, 'string');
  }
});

sarif('every result: rule, level, message with score, relative location, fingerprint, scores', () => {
  const log = parse(true);
  const run = log.runs[0];
  const ruleIds = (run?.tool.driver.rules ?? []).map((rule) => rule.id);
  for (const result of run?.results ?? []) {
    assert.ok(result.ruleId && ruleIds[result.ruleIndex ?? -1] === result.ruleId, result.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(result.level ?? ''), result.level);
    assert.match(result.message.text ?? '', /\(score \d+\.\d\d\)$/);
    const location = result.locations?.[0]?.physicalLocation;
    assert.is(location?.artifactLocation?.uriBaseId, '%SRCROOT%');
    assert.not.ok(location?.artifactLocation?.uri?.startsWith('/'));
    assert.type(location?.region?.startLine, 'number');
    assert.type(result.partialFingerprints?.[FINGERPRINT_KEY], 'string');
    assert.type(result.properties?.composite, 'number');
  }
});

sarif('only open items', () => {
  const uris = (parse(true).runs[0]?.results ?? []).map((result) => result.properties?.id);
  assert.equal(
    uris,
    model.open.map((item) => item.id),
  );
});

const SECRET_CASES: Array<[name: string, include: boolean, expected: number]> = [
  ['left out with includeSecrets: false', false, 0],
  ['included (the default)', true, 1],
];
for (const [name, include, expected] of SECRET_CASES)
  sarif(`secrets ${name}`, () => {
    const secrets = (parse(include).runs[0]?.results ?? []).filter((result) => result.ruleId?.startsWith('secret/'));
    assert.is(secrets.length, expected);
    for (const result of secrets) {
      const region = result.locations?.[0]?.physicalLocation?.region;
      assert.equal(Object.keys(region ?? {}), ['startLine'], 'line only: no columns, no snippet');
      assert.not.ok(JSON.stringify(result).includes(RAW_SECRET), 'message and properties redacted');
      assert.type(result.partialFingerprints?.[FINGERPRINT_KEY], 'string');
    }
  });

sarif('security rules carry security-severity; others do not', () => {
  for (const rule of parse(true).runs[0]?.tool.driver.rules ?? []) {
    const security = rule.id.startsWith('secret/') || rule.id.startsWith('vuln/');
    assert.is(typeof rule.properties?.['security-severity'] === 'string', security, rule.id);
  }
});

sarif('capped at 5,000 results with a note', () => {
  const input = buildInput();
  const template = input.items.find((item) => item.category === 'debt' && item.status === 'open');
  assert.ok(template);
  const items = Array.from({ length: MAX_SARIF_RESULTS + 2 }, (_, index) => ({
    ...template,
    id: `debt-${String(index).padStart(10, '0')}`,
  }));
  const log = JSON.parse(
    renderSarif(buildBacklogModel({ ...input, items }), { includeSecrets: false, toolVersion: '0.1.0' }),
  ) as Log;
  assert.is(log.runs[0]?.results?.length, MAX_SARIF_RESULTS);
  assert.is(log.runs[0]?.properties?.truncated, true);
  assert.match(String(log.runs[0]?.properties?.note), /5002 results/);
});

sarif('never contains the raw secret, even with secrets included', () => {
  assert.not.ok(renderSarif(model, { includeSecrets: true, toolVersion: '0.1.0' }).includes(RAW_SECRET));
});

sarif.run();
