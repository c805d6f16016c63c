import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze, listRules, scanSecrets } from '../../../src/analyzers/secrets/index.js';
import { fakeToken, HEX } from '../../../src/analyzers/secrets/fake-token.js';
import { suppressions } from '../../../src/analyzers/secrets/suppressions.js';

// Each suppression is a tested negative: its examples give no finding, and (unless it is a
// backstop) at least one of them is found once that one suppression is taken away, which proves
// the suppression is what keeps it out and not some other gate.
const test = suite('suppressions');
const whole = [{ start: 1, end: 10_000 }];

test('ids are unique', () => {
  const ids = suppressions.map((suppression) => suppression.id);
  assert.is(new Set(ids).size, ids.length);
});

for (const suppression of suppressions) {
  const examples = suppression.examples();
  test(`${suppression.id}: examples give no finding`, () => {
    assert.ok(examples.length > 0, 'no examples');
    for (const { path, text } of examples)
      assert.equal(
        analyze({ path, text, changed: whole }).map((finding) => finding.ruleId),
        [],
        text,
      );
  });
  if (suppression.backstop) continue;
  test(`${suppression.id}: is what keeps an example out`, () => {
    const others = suppressions.filter((other) => other !== suppression);
    const found = examples.filter(
      ({ path, text }) => scanSecrets(text, path, listRules(), { suppressions: others }).length > 0,
    );
    assert.ok(found.length > 0, 'no example is found without this suppression');
  });
}

// The detection bench's Dockerfile put a pwdump line under NTLM_PWDUMP_HASH_TOKEN: "hash" beside a hex
// value read as a commit id and dropped the NT hash.
test('git-sha leaves a password hash read from its own format', () => {
  const line = `ENV NTLM_PWDUMP_HASH=CORP\\svc:1104:${fakeToken(HEX, 32)}:${fakeToken(HEX, 32)}:::`;
  assert.equal(
    analyze({ path: 'Dockerfile', text: line, changed: whole }).map((finding) => finding.ruleId),
    ['secret/ntlm-pwdump-hash'],
  );
});

const placeholders = suite('placeholder and templating values');
const negatives: Array<[path: string, text: string]> = [
  ['.env', 'API_TOKEN=${API_TOKEN}'],
  ['.env', 'API_TOKEN=$API_TOKEN'],
  ['values.yml', 'token: "{{ .Values.token }}"'],
  ['ci.yml', 'token: ${{ secrets.DEPLOY_TOKEN }}'],
  ['app.py', 'dsn = "postgres://app:%(password)s@db/app"'],
  ['app.js', 'const token = process.env.TOKEN;'],
  ['app.py', 'token = os.environ["TOKEN"]'],
  ['app.py', 'token = os.getenv("TOKEN")'],
  ['app.rb', "token = ENV['TOKEN']"],
  ['.env', 'API_TOKEN=<your-token>'],
  ['.env', 'API_TOKEN=xxxxxxxxxxxxxxxxxxxx'],
  ['.env', 'API_TOKEN=XXXXXXXXXXXXXXXXXXXX'],
  ['config.yml', 'password: changeme'],
  ['config.yml', 'password: "****"'],
  ['config.yml', 'api_key: ...'],
  ['.env', 'API_KEY=your_api_key_here'],
  ['config.yml', 'password: dummy'],
  ['config.yml', 'password: example'],
  ['config.yml', 'password: test'],
  ['config.yml', 'password: fake'],
  ['config.yml', 'password: sample'],
  ['config.yml', 'password: redacted'],
  ['config.yml', 'password: none'],
  ['config.json', '{ "password": null }'],
  ['config.yml', 'token: true'],
  ['config.yml', 'token: false'],
];
for (const [path, text] of negatives) {
  placeholders(`${path}: ${text}`, () => assert.equal(analyze({ path, text, changed: whole }), []));
}

test.run();
placeholders.run();
