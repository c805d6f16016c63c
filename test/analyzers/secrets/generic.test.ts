import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { shannonEntropy } from '../../../src/analyzers/secrets/entropy.js';
import { ALNUM, fakeToken, HEX } from '../../../src/analyzers/secrets/fake-token.js';
import { fakeCredentialValue, genericRules } from '../../../src/analyzers/secrets/generic.js';
import { scanSecrets } from '../../../src/analyzers/secrets/index.js';
import { looksLikePassword, looksLikeToken, looksLikeWords } from '../../../src/analyzers/secrets/value-shape.js';

// Generated at run time: a token-like value and a password-like one (never committed).
const token = fakeCredentialValue(32);
const password = `Q${fakeToken('abcdefghjkmnpqrstuvwxyz', 5)}#${fakeToken('23456789', 3)}`;
const C = 'secret/generic-credential';
const P = 'secret/generic-password';

const cases: Array<[name: string, path: string, text: string, ids: string[]]> = [
  ['.env', '.env', `STRIPE_SECRET_KEY=${token}`, [C]],
  ['.env password', '.env', `DB_PASSWORD=${password}`, [P]],
  ['YAML', 'config.yml', `auth:\n  client_secret: "${token}"`, [C]],
  ['YAML bare password', 'config.yaml', `  password: ${password}`, [P]],
  ['JSON', 'config.json', `{ "apiKey": "${token}" }`, [C]],
  ['TOML', 'Cargo.toml', `api_token = "${token}"`, [C]],
  ['INI', 'app.ini', `[db]\npassword = ${password}`, [P]],
  ['.properties', 'app.properties', `spring.datasource.password=${password}`, [P]],
  ['XML attribute', 'web.config', `<add key="x" apiKey="${token}" />`, [C]],
  ['XML element', 'settings.xml', `<password>${password}</password>`, [P]],
  ['Terraform', 'main.tf', `  master_password = "${password}"`, [P]],
  ['Dockerfile ENV', 'Dockerfile', `ENV API_TOKEN ${token}`, [C]],
  ['Dockerfile ARG', 'Dockerfile', `ARG NPM_TOKEN=${token}`, [C]],
  ['shell export', 'deploy.sh', `export AUTH_TOKEN="${token}"`, [C]],
  ['SQL IDENTIFIED BY', 'schema.sql', `CREATE USER app IDENTIFIED BY '${password}';`, [P]],
  ['SQL PASSWORD', 'schema.sql', `ALTER ROLE app WITH LOGIN PASSWORD '${password}';`, [P]],
  ['JS object key', 'app.js', `const client = new Client({ accessKey: '${token}' });`, [C]],
  ['TS typed', 'app.ts', `const apiKey: string = "${token}";`, [C]],
  ['Python kwarg', 'app.py', `connect(host="db", password="${password}")`, [P]],
  ['Python dict', 'app.py', `settings["secret_key"] = '${token}'`, [C]],
  ['Go short assign', 'main.go', `password := "${password}"`, [P]],
  ['Go struct field', 'main.go', `  Token: "${token}",`, [C]],
  ['Java constant', 'App.java', `private static final String API_KEY = "${token}";`, [C]],
  ['C# property', 'App.cs', `Password = "${password}";`, [P]],
  ['Ruby hash rocket', 'app.rb', `:api_key => '${token}'`, [C]],
  ['Ruby frozen', 'app.rb', `TOKEN = '${token}'.freeze`, [C]],
  ['PHP variable', 'config.php', `$db_password = '${password}';`, [P]],
  ['PHP array', 'config.php', `'secret' => '${token}',`, [C]],
  ['CLI flag =', 'run.sh', `mytool --password=${password} --verbose`, [P]],
  ['CLI flag space', 'run.sh', `mytool --api-key ${token}`, [C]],
  ['URL query', 'notes.md', `https://api.host.test/v1?access_token=${token}&page=2`, [C]],
  ['SCREAMING_CASE', '.env', `PROD_DB_PASSWORD_V2="${password}"`, [P]],
  ['camelCase', 'app.ts', `const stripeSecretKey = '${token}';`, [C]],
  ['two names, one value', 'app.py', `secret_token = "${token}"`, [C]],
  ['password value high entropy: password wins', '.env', `DB_PASSWORD="${token}"`, [P]],
  ['env read: none', 'app.py', 'password = os.environ["DB_PASSWORD"]', []],
  ['getenv: none', 'app.py', 'token = os.getenv("API_TOKEN")', []],
  ['process.env: none', 'app.js', 'const apiKey = process.env.API_KEY;', []],
  ['ENV[]: none', 'app.rb', "api_key = ENV['API_KEY']", []],
  ['getpass: none', 'app.py', 'password = getpass()', []],
  ['input: none', 'app.py', 'password = input("Password: ")', []],
  ['prompt: none', 'app.js', "const password = prompt('Password?');", []],
  ['readFileSync: none', 'app.js', "const token = readFileSync('/run/secrets/token', 'utf8');", []],
  ['config.get: none', 'app.js', "const secret = config.get('auth.secret');", []],
  ['vault.read: none', 'app.py', 'token = vault.read("secret/data/app")', []],
  ['variable reference: none', 'app.py', 'password = user_password', []],
  ['member reference: none', 'app.ts', 'const options = { token: this.token };', []],
  ['empty value: none', 'config.yml', "password: ''", []],
  ['no value: none', '.env', 'PASSWORD=', []],
  ['input type: none', 'login.html', '<input type="password" name="password" id="pwd">', []],
  ['template: none', 'values.yml', 'password: {{ .Values.db.password }}', []],
  ['actions secret: none', 'ci.yml', 'token: ${{ secrets.GITHUB_TOKEN }}', []],
  ['python format: none', 'app.py', 'url = "db://u:%(password)s@host"', []],
  ['shell variable: none', 'run.sh', 'curl -H "Authorization: Bearer $API_TOKEN"', []],
  ['placeholder: none', '.env', 'API_KEY=<your-api-key>', []],
  ['word value: none', 'config.yml', 'token_type: bearer_access_token', []],
  ['identifier value: none', 'app.ts', "const header = { tokenHeader: 'X-Access-Token-Header' };", []],
  ['prose: none', 'README.md', 'The token expires after an hour and the password must be rotated.', []],
  ['number: none', 'app.py', 'max_tokens = 4096', []],
  [
    'uuid: none',
    'config.yml',
    `client_secret_id: ${[8, 4, 4, 4, 12].map((length) => fakeToken(HEX, length)).join('-')}`,
    [],
  ],
  ['label: none', 'i18n.json', '{ "passwordLabel": "Password:" }', []],
  ['sentence in quotes: none', 'app.ts', "const message = 'password must have 8 characters';", []],
];

const table = suite('generic detector');
for (const [name, path, text, ids] of cases) {
  table(name, () =>
    assert.equal(
      scanSecrets(text, path, genericRules).map((match) => match.ruleId),
      ids,
    ),
  );
}

table('table has positive and negative rows, no duplicates', () => {
  assert.ok(cases.some((row) => row[3].length > 0) && cases.some((row) => row[3].length === 0));
  assert.is(new Set(cases.map((row) => row[0])).size, cases.length);
});

const shapes = suite('value shapes');
const shapeRows: Array<[name: string, check: (value: string) => boolean, value: string, expected: boolean]> = [
  ['random token', (value) => looksLikeToken(value, 3), token, true],
  ['camelCase identifier', (value) => looksLikeToken(value, 3), 'accessTokenHeaderName', false],
  ['kebab words with a digit', (value) => looksLikeToken(value, 3), 'my-app-secret-v2', false],
  ['lower-case, no digits', (value) => looksLikeToken(value, 3), fakeToken('abcdefghijklmnopqrstuvwxyz', 24), false],
  ['constant name', (value) => looksLikeToken(value, 3), 'ECC_NIST_P521', false],
  ['word and number', (value) => looksLikeToken(value, 3), 'cachedvol112233', false],
  ['words', looksLikeWords, 'wordpiece_tokenizer_base', true],
  ['random is not words', looksLikeWords, token, false],
  ['mixed password', looksLikePassword, password, true],
  ['label', looksLikePassword, 'Password:', false],
  ['no digit', looksLikePassword, 'Required.', false],
  ['short', looksLikePassword, 'Ab1#', false],
  ['two classes', looksLikePassword, 'hunter22', false],
];
for (const [name, check, value, expected] of shapeRows) shapes(name, () => assert.is(check(value), expected));
shapes('entropy: uniform vs repeated', () => {
  assert.is(shannonEntropy(''), 0);
  assert.is(shannonEntropy('aaaa'), 0);
  assert.is(shannonEntropy('abcd'), 2);
  assert.ok(shannonEntropy(token) > 4);
});

table.run();
shapes.run();
