import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { classifyHost, placeholderPasswordReason } from '../../../src/analyzers/secrets/demo-values.js';
import { ALNUM, fakeToken } from '../../../src/analyzers/secrets/fake-token.js';
import { genericRules } from '../../../src/analyzers/secrets/generic.js';
import { analyze } from '../../../src/analyzers/secrets/index.js';
import { allRules } from '../../../src/analyzers/secrets/rules/index.js';
import { SLOW_SALTED_HASH_RULES } from '../../../src/analyzers/secrets/rules/password-hashes.js';
import type { Finding } from '../../../src/findings/types.js';
import { fakeGithubToken } from '../../helpers/fake-secrets.js';

// Demo values pass, with a reason; every real-looking credential still blocks, in shipped code,
// tests and docs alike (issue 12). Real-looking values are generated at run time; the demo values
// are the published ones (scott/tiger, user:pass…), which is what makes them demo values.

/** A password a person or a generator chose: mixed classes, no placeholder word. */
const chosen = () =>
  `${fakeToken('BCDFGHJKLMNPQRSTVWXZ', 1)}${fakeToken('bcdfghjkmnpqrstvwxz', 5)}#${fakeToken('23456789', 3)}`;
/** A URL-safe chosen password. */
const urlChosen = () => `${fakeToken(ALNUM, 12)}7Qz`;
const basic = (pair: string) => Buffer.from(pair).toString('base64');

type Verdict = 'demo' | 'block' | 'none';
const all = [{ start: 1, end: 100_000 }];

function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.length === 0) return 'none';
  return findings.every((finding) => typeof finding.facts?.demo === 'string') ? 'demo' : 'block';
}

const rows: Array<[name: string, path: string, text: () => string, verdict: Verdict, reason?: RegExp]> = [
  // known demo and placeholder values: passed wherever they are
  [
    'scott/tiger in a test configuration',
    'setup.cfg',
    () => 'mssql = mssql+pyodbc://scott:tiger^5HHH@mssql2022:1433/test?driver=ODBC+Driver+18',
    'demo',
    /demo or placeholder password/,
  ],
  [
    'scott/tiger in a shipped docstring',
    'lib/dialects/mssql/base.py',
    () => '    "mssql+pyodbc://scott:tiger^5HHH@mssql2017:1433/test?driver=ODBC+Driver+17",',
    'demo',
  ],
  [
    'user:pass in a Basic header',
    'tests/test_requests.py',
    () => `h = {"Authorization": "Basic ${basic('user:pass')}"}`,
    'demo',
    /decodes/,
  ],
  [
    'leetspeak password in docs',
    'doc/fixtures.rst',
    () => '    _user = User(name="Susan", password="P4$$word")',
    'demo',
  ],
  ['leetspeak password in shipped code', 'src/seed.py', () => 'ADMIN_PASSWORD = "p@ssw0rd123!"', 'demo'],
  [
    'Oracle demo account in a SQL login',
    'README.unittests.rst',
    () => 'sqlcmd -S localhost -U sa -Q "CREATE LOGIN scott WITH PASSWORD = \'tiger^5HHH\';"',
    'demo',
  ],
  [
    'Microsoft docs sa password',
    'docs/mssql.md',
    () => 'engine = create_engine("mssql+pyodbc://sa:yourStrong(!)Password@sql.corp.internal:1433/app")',
    'demo',
  ],
  [
    'percent-escaped placeholder in a DSN',
    'docs/changelog.rst',
    () => 'query={"odbc_connect": "DSN=mydsn;PWD=pass%2Bword"}',
    'demo',
  ],
  [
    'lower-case words in a test URL',
    'test/test_url.py',
    () => '"dbtype://username:apples%2Foranges@hostspec/database",',
    'demo',
    /lower-case/,
  ],
  [
    'placeholder with decoration',
    'tests/test_utils.py',
    () => '"http://user:pass%20pass@complex.url.com/path?query=yes",',
    'demo',
  ],
  // hosts that cannot hold production data: passed for passwords, wherever they are
  [
    'loopback URL in shipped code',
    'src/settings.py',
    () => `DB = "postgres://app:${urlChosen()}@localhost:5432/app"`,
    'demo',
    /localhost/,
  ],
  [
    '127.0.0.1 URL',
    'src/settings.py',
    () => `DB = "mysql://app:${urlChosen()}@127.0.0.1:3306/app"`,
    'demo',
    /127\.0\.0\.1/,
  ],
  ['IPv6 loopback URL', 'src/settings.py', () => `DB = "redis://default:${urlChosen()}@[::1]:6379/0"`, 'demo'],
  [
    'example.com URL',
    'src/settings.py',
    () => `DB = "amqp://worker:${urlChosen()}@mq.example.com:5672/"`,
    'demo',
    /reserved/,
  ],
  ['.invalid URL', 'src/settings.py', () => `DB = "mysql://app:${urlChosen()}@db.invalid/app"`, 'demo'],
  [
    'ADO.NET string to localhost',
    'src/App.cs',
    () => `"Server=localhost;Database=app;User Id=app;Password=${urlChosen()};"`,
    'demo',
  ],
  [
    'JDBC URL to localhost',
    'src/main/resources/app.properties',
    () => `url=jdbc:postgresql://localhost:5432/app?user=app&password=${urlChosen()}`,
    'demo',
  ],
  [
    'compose service in a test',
    'tests/conftest.py',
    () => `URL = "postgresql://app:${urlChosen()}@db:5432/app"`,
    'demo',
    /compose service/,
  ],
  [
    'compose service in docs',
    'docs/deploy.md',
    () => `    DATABASE_URL=postgres://app:${urlChosen()}@postgres:5432/app`,
    'demo',
  ],
  [
    'compose service in a test compose file',
    'docker-compose.test.yml',
    () => `      DATABASE_URL: postgres://app:${urlChosen()}@db:5432/app`,
    'demo',
  ],
  [
    'password beside host="db" in a test',
    'tests/test_db.py',
    () => `connect(host="db", password="${chosen()}")`,
    'demo',
  ],
  // real-looking credentials: blocked in shipped code, tests and docs
  [
    'Oracle TNS alias in a test (not a compose service)',
    'tests/test_etl.sh',
    () => `sqlplus -s etl/${urlChosen()}@PRODDB @load.sql`,
    'block',
  ],
  [
    'Snowflake account in docs (not a compose service)',
    'docs/warehouse.md',
    () => `snowflake://loader:${urlChosen()}@acme-xy12345/analytics`,
    'block',
  ],
  ['chosen password in a test', 'tests/test_login.py', () => `password = "${chosen()}"`, 'block'],
  ['chosen password in docs', 'docs/setup.md', () => `DB_PASSWORD="${chosen()}"`, 'block'],
  ['chosen password in shipped code', 'src/config.py', () => `DB_PASSWORD = "${chosen()}"`, 'block'],
  [
    'URL to an internal host in a test',
    'tests/conftest.py',
    () => `URL = "postgres://app:${urlChosen()}@db.corp.internal:5432/app"`,
    'block',
  ],
  [
    'URL to a private address',
    'tests/conftest.py',
    () => `URL = "postgres://app:${urlChosen()}@10.0.3.7:5432/app"`,
    'block',
  ],
  [
    'compose service in shipped code',
    'src/config.py',
    () => `URL = "postgres://app:${urlChosen()}@db:5432/app"`,
    'block',
  ],
  [
    'compose service in the production compose file',
    'docker-compose.yml',
    () => `      DATABASE_URL: postgres://app:${urlChosen()}@db:5432/app`,
    'block',
  ],
  [
    'provider token beside host: localhost',
    'src/client.py',
    () => `Client(host="localhost", token="${fakeGithubToken()}")`,
    'block',
  ],
  [
    'provider token in a URL to localhost',
    'src/client.py',
    () => `URL = "https://x-access-token:${fakeGithubToken()}@localhost/repo.git"`,
    'block',
  ],
  ['random key in docs', 'docs/config.rst', () => `    SECRET_KEY = '${fakeToken('0123456789abcdef', 64)}'`, 'block'],
  [
    'Basic header with a chosen password',
    'tests/test_auth.py',
    () => `h = {"Authorization": "Basic ${basic(`deploy:${chosen()}`)}"}`,
    'block',
  ],
  // nothing credential-shaped at all
  [
    'template placeholder',
    'src/settings.py',
    () => 'DB = "postgres://app:${DB_PASSWORD}@db.corp.internal/app"',
    'none',
  ],
  ['printf placeholder', 'src/settings.py', () => 'DB = "postgres://app:%(password)s@db.corp.internal/app"', 'none'],
];

const table = suite('demo values: passed with a reason, real-looking ones blocked');
for (const [name, path, text, verdict, reason] of rows) {
  table(name, () => {
    const findings = analyze({ path, text: text(), changed: all });
    assert.is(verdictOf(findings), verdict, JSON.stringify(findings.map((f) => [f.ruleId, f.facts?.demo])));
    for (const finding of findings.filter((f) => f.facts?.demo !== undefined)) {
      assert.ok(finding.confidence < 0.5, 'a demo value falls under the plausibility line');
      if (reason) assert.match(String(finding.facts?.demo), reason);
    }
  });
}

table('a value the docs show as a demo elsewhere is a demo on every line', () => {
  const value = 'kx@jj5/g';
  const escaped = encodeURIComponent(value);
  const text = `    postgresql+pg8000://dbuser:${escaped}@pghost10/appdb\n\nconnect(\n    password="${value}",\n)\n`;
  const findings = analyze({ path: 'doc/build/core/engines.rst', text, changed: all });
  assert.equal(
    findings.map((finding) => [finding.line, finding.facts?.demo]),
    [
      [1, "it opens 'pghost10' only, a compose service or placeholder name, in a docs file"],
      [4, 'the same value is a demo value on line 1'],
    ],
  );
});

table('in shipped code a recurring value is judged on its own line', () => {
  const value = urlChosen();
  const text = `LOCAL = "postgres://app:${value}@localhost/app"\nDB_PASSWORD = "${value}#1"\nPASSWORD = "${value}"\n`;
  const findings = analyze({ path: 'src/settings.py', text, changed: all });
  assert.equal(
    findings.map((finding) => [finding.line, finding.facts?.demo === undefined ? 'block' : 'demo']),
    [
      [1, 'demo'],
      [2, 'block'],
      [3, 'block'],
    ],
  );
});

table('the context given by the caller wins over the path', () => {
  const text = `URL = "postgresql://app:${urlChosen()}@db:5432/app"`;
  assert.is(verdictOf(analyze({ path: 'src/settings.py', text, changed: all, context: 'test' })), 'demo');
  assert.is(verdictOf(analyze({ path: 'tests/settings.py', text, changed: all, context: 'source' })), 'block');
});

table('passDemoValues: false makes demo values findings like any other', () => {
  const text = 'mssql = mssql+pyodbc://scott:tiger^5HHH@mssql2022:1433/test';
  const strict = analyze({ path: 'setup.cfg', text, changed: all, options: { passDemoValues: false } });
  assert.is(verdictOf(strict), 'block');
  assert.is(verdictOf(analyze({ path: 'setup.cfg', text, changed: all, options: { passDemoValues: true } })), 'demo');
});

table('every rule positive stays a plausible finding in shipped code, tests and docs', () => {
  const demo: string[] = [];
  const places = [
    ['src/app.txt', 'source'],
    ['tests/fixture.txt', 'test'],
    ['docs/notes.md', 'docs'],
  ] as const;
  for (const [path, context] of places)
    for (const rule of [...allRules, ...genericRules]) {
      // a slow salted hash is a fixture in tests and docs (demo-values.ts), by design
      if (rule.paths || (context !== 'source' && SLOW_SALTED_HASH_RULES.has(rule.id))) continue;
      for (const positive of rule.examples.positive())
        for (const finding of analyze({ path, text: positive, changed: all, context }))
          if (finding.ruleId === rule.id && finding.facts?.demo !== undefined)
            demo.push(`${rule.id} in ${path}: ${finding.facts.demo}`);
    }
  assert.equal(demo, []);
});

const hosts = suite('demo values: hosts');
const hostRows: Array<[host: string, kind: ReturnType<typeof classifyHost>]> = [
  ['localhost', 'loopback'],
  ['LOCALHOST.', 'loopback'],
  ['api.localhost', 'loopback'],
  ['127.0.0.1', 'loopback'],
  ['127.10.0.3', 'loopback'],
  ['[::1]', 'loopback'],
  ['0.0.0.0', 'loopback'],
  ['(localdb)', 'loopback'],
  ['host.docker.internal', 'loopback'],
  ['example.com', 'reserved'],
  ['db.example.org', 'reserved'],
  ['svc.example', 'reserved'],
  ['git.internal.test', 'reserved'],
  ['db.invalid', 'reserved'],
  ['192.0.2.10', 'reserved'],
  ['2001:db8::5', 'reserved'],
  ['db', 'single-label'],
  ['mssql2022', 'single-label'],
  ['db.corp.internal', undefined],
  ['10.0.3.7', undefined],
  ['192.168.1.20', undefined],
  ['prod.database.windows.net', undefined],
  ['examples.com', undefined],
  ['notexample.com', undefined],
];
for (const [host, kind] of hostRows)
  hosts(`${host}: ${kind ?? 'production-capable'}`, () => assert.is(classifyHost(host), kind));

const values = suite('demo values: placeholder passwords');
const valueRows: Array<[value: () => string, demo: boolean]> = [
  [() => 'tiger^5HHH', true],
  [() => 'P4$$word', true],
  [() => 'Password1!', true],
  [() => 'changeme123', true],
  [() => 'SuperSecret2024', true],
  [() => 'yourStrong(!)Password', true],
  [() => 'apples@oranges@@', true],
  [() => 'pass🐍測試', true],
  [() => 'kx@jj5/g', false],
  [() => '测试密码测试密码', false],
  [chosen, false],
  [urlChosen, false],
  [() => fakeToken(ALNUM, 40), false],
];
valueRows.forEach(([value, demo], index) => {
  values(`row ${index + 1}: ${demo ? 'placeholder' : 'chosen'}`, () => {
    const text = value();
    assert.is(placeholderPasswordReason(text) !== undefined, demo, demo ? text : `${text.slice(0, 2)}…`);
  });
});

table.run();
hosts.run();
values.run();
