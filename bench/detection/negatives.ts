import { ALNUM, BASE64, HEX, fakeToken } from '../../src/analyzers/secrets/fake-token.js';

// Hard negatives: text that looks like a credential to a naive scanner and is not one. Every line of
// these files is labelled negative; `kind` groups false positives in the report.
export interface NegativeFile {
  path: string;
  text: string;
  kind: string;
}

const uuid = (): string =>
  `${fakeToken(HEX, 8)}-${fakeToken(HEX, 4)}-4${fakeToken(HEX, 3)}-a${fakeToken(HEX, 3)}-${fakeToken(HEX, 12)}`;
const sha512 = (): string => `sha512-${fakeToken(BASE64, 86)}==`;
const file = (path: string, kind: string, lines: string[]): NegativeFile => ({
  path,
  kind,
  text: `${lines.join('\n')}\n`,
});

function lockfiles(): NegativeFile[] {
  const packages = ['lodash', 'express', 'react', 'chalk', 'commander', 'debug', 'ms', 'semver'];
  const npm = packages.flatMap((name, i) => [
    `    "node_modules/${name}": {`,
    `      "version": "4.${i}.1",`,
    `      "resolved": "https://registry.npmjs.org/${name}/-/${name}-4.${i}.1.tgz",`,
    `      "integrity": "${sha512()}",`,
    '      "license": "MIT"',
    '    },',
  ]);
  const yarn = packages.flatMap((name, i) => [
    `${name}@^4.${i}.0:`,
    `  version "4.${i}.1"`,
    `  resolved "https://registry.yarnpkg.com/${name}/-/${name}-4.${i}.1.tgz#${fakeToken(HEX, 40)}"`,
    `  integrity ${sha512()}`,
    '',
  ]);
  const gosum = packages.map((name) => `github.com/acme/${name} v1.2.3 h1:${fakeToken(BASE64, 43)}=`);
  const pip = packages.map((name) => `${name}==1.0.2 --hash=sha256:${fakeToken(HEX, 64)}`);
  return [
    file('web/package-lock.json', 'lockfile integrity hashes', [
      '{',
      '  "lockfileVersion": 3,',
      '  "packages": {',
      ...npm,
      '  }',
      '}',
    ]),
    file('web/yarn.lock', 'lockfile integrity hashes', yarn),
    file('svc/go.sum', 'lockfile integrity hashes', gosum),
    file('py/requirements.txt', 'lockfile integrity hashes', pip),
    file('web/index.html', 'lockfile integrity hashes', [
      `<script src="https://cdn.example.com/lib.js" integrity="sha384-${fakeToken(BASE64, 64)}" crossorigin="anonymous"></script>`,
    ]),
  ];
}

function placeholders(): NegativeFile[] {
  return [
    file('deploy/.env.production', 'placeholders and templating', [
      'API_KEY=${API_KEY}',
      'STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY:?missing}',
      'GITHUB_TOKEN=<your-token>',
      'DB_PASSWORD=changeme',
      'SLACK_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx',
      'AWS_SECRET_ACCESS_KEY=YOUR_SECRET_ACCESS_KEY',
      'JWT_SECRET=********',
      'SENDGRID_API_KEY=REPLACE_ME',
    ]),
    file('charts/app/templates/secret.yaml', 'placeholders and templating', [
      'apiVersion: v1',
      'kind: Secret',
      'stringData:',
      '  password: {{ .Values.db.password }}',
      '  apiToken: "{{ .Values.apiToken | b64enc }}"',
      '  clientSecret: {{ required "clientSecret" .Values.clientSecret }}',
    ]),
    file('app/config.ts', 'placeholders and templating', [
      'export const config = {',
      '  stripeKey: process.env.STRIPE_SECRET_KEY,',
      "  githubToken: process.env['GITHUB_TOKEN'] ?? '',",
      '  password: import.meta.env.VITE_DB_PASSWORD,',
      '};',
    ]),
    file('app/settings.py', 'placeholders and templating', [
      'import os',
      'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]',
      'DB_PASSWORD = os.getenv("DB_PASSWORD", "")',
      'API_TOKEN = os.environ.get("API_TOKEN")',
    ]),
    file('infra/variables.tf', 'placeholders and templating', [
      'variable "db_password" {',
      '  type      = string',
      '  sensitive = true',
      '}',
      'resource "aws_db_instance" "main" {',
      '  password = var.db_password',
      '}',
    ]),
    file('ci/workflow.yml', 'placeholders and templating', [
      'env:',
      '  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}',
      '  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}',
    ]),
  ];
}

function documentedExamples(): NegativeFile[] {
  // AWS's documentation example pair, assembled here so the literal never sits in this repository.
  const awsId = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
  const awsSecret = ['wJalrXUtnFEMI', '/K7MDENG/bPxRfiCY', 'EXAMPLEKEY'].join('');
  return [
    file('docs/aws-setup.md', 'documented example keys', [
      '# Configure the CLI',
      '',
      '```ini',
      '[default]',
      `aws_access_key_id = ${awsId}`,
      `aws_secret_access_key = ${awsSecret}`,
      '```',
    ]),
    file('docs/tokens.md', 'documented example keys', [
      'Tokens look like `ghp_` followed by 36 characters, for example',
      '`ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.',
      'Stripe keys start with `sk_live_`; use `sk_test_...` in development.',
    ]),
    file('app/fixtures/fake-users.ts', 'test data marked as fake', [
      "export const fakeUser = { name: 'Ada', password: 'fake-password-for-tests' };",
      "export const dummyToken = 'dummy-token';",
      "const FAKE_API_KEY = 'not-a-real-key';",
    ]),
  ];
}

function identifiers(): NegativeFile[] {
  const commits = Array.from(
    { length: 8 },
    (_, i) => `  { "sha": "${fakeToken(HEX, 40)}", "message": "release 1.${i}.0", "author": "ci" },`,
  );
  const ids = Array.from(
    { length: 8 },
    () => `INSERT INTO sessions (id, tenant_id) VALUES ('${uuid()}', '${uuid()}');`,
  );
  return [
    file('data/commits.json', 'git SHAs', ['[', ...commits, '  { "sha": "HEAD" }', ']']),
    file('scripts/release.sh', 'git SHAs', [
      `BASE_COMMIT=${fakeToken(HEX, 40)}`,
      `git cherry-pick ${fakeToken(HEX, 40)}`,
      `git diff ${fakeToken(HEX, 12)}..HEAD`,
    ]),
    file('db/seed.sql', 'UUIDs', ids),
    file('app/ids.yaml', 'UUIDs', [`request_id: ${uuid()}`, `client_id: ${uuid()}`, `trace_token: ${uuid()}`]),
  ];
}

function encodedData(): NegativeFile[] {
  const image = `iVBORw0KGgoAAAANSUhEUgAA${fakeToken(BASE64, 600)}`;
  const colours = Array.from(
    { length: 12 },
    () => `  '#${fakeToken(HEX, 6)}', '#${fakeToken(HEX, 6)}', '#${fakeToken(HEX, 6)}', '#${fakeToken(HEX, 6)}',`,
  );
  return [
    file('web/styles.css', 'data URIs and base64 images', [
      '.logo {',
      `  background: url(data:image/png;base64,${image});`,
      '}',
    ]),
    file('web/avatar.html', 'data URIs and base64 images', [
      `<img alt="avatar" src="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ${fakeToken(BASE64, 400)}">`,
    ]),
    file('web/palette.ts', 'hex colour tables', [
      'export const palette = [',
      ...colours,
      '];',
      `export const tokenColors = { keyword: 0x${fakeToken(HEX, 6)}, string: 0x${fakeToken(HEX, 6)} };`,
    ]),
    file(
      'assets/checksums.txt',
      'checksums',
      Array.from({ length: 6 }, (_, i) => `${fakeToken(HEX, 64)}  release-1.${i}.tar.gz`),
    ),
  ];
}

function codeWithoutValues(): NegativeFile[] {
  return [
    file('scanner/patterns.ts', "a scanner's own patterns", [
      'export const patterns = [',
      "  { id: 'github', regex: /ghp_[A-Za-z0-9]{36}/ },",
      "  { id: 'aws', regex: /AKIA[0-9A-Z]{16}/ },",
      "  { id: 'slack', regex: /xox[baprs]-[0-9A-Za-z-]{10,48}/ },",
      `  { id: 'password', regex: /password\\s*[:=]\\s*['"][^'"]{8,64}['"]/i },`,
      '];',
    ]),
    file('scanner/rules.yaml', "a scanner's own patterns", [
      'rules:',
      '  - id: stripe',
      "    regex: 'sk_live_[0-9a-zA-Z]{24,99}'",
      '  - id: private-key',
      "    regex: '-----BEGIN [A-Z ]*PRIVATE KEY-----'",
    ]),
    file('web/login.html', 'password fields without values', [
      '<form method="post">',
      '  <label for="password">Password</label>',
      '  <input type="password" name="password" id="password" autocomplete="current-password">',
      '</form>',
    ]),
    file('app/user.ts', 'password fields without values', [
      'export interface Credentials {',
      '  username: string;',
      '  password: string;',
      '  apiToken?: string;',
      '}',
      'export const PASSWORD_MIN_LENGTH = 12;',
      "const passwordField = 'password';",
      'const hashed = await bcrypt.hash(credentials.password, 12);',
    ]),
    file('app/forms.py', 'password fields without values', [
      'class LoginForm(forms.Form):',
      '    password = forms.CharField(widget=forms.PasswordInput)',
      '    api_token = forms.CharField(required=False)',
      'def check_password(user, password):',
      '    return user.password_hash == hash_password(password)',
    ]),
    file('tools/login.py', 'values read from functions', [
      'import getpass',
      'password = getpass.getpass("Password: ")',
      'token = read_token_from_vault("ci")',
      'api_key = config.get("api_key")',
      'secret = get_secret(name="db-password")',
    ]),
    file('app/vault.ts', 'values read from functions', [
      "const token = await vault.read('secret/data/ci');",
      'const apiKey = loadApiKey();',
      "const password = await prompt({ type: 'password', message: 'Password' });",
    ]),
    file('i18n/en.json', 'password fields without values', [
      '{',
      '  "login.password": "Enter your password",',
      '  "login.token": "Paste your access token",',
      '  "errors.password_too_short": "Password must be at least 12 characters"',
      '}',
    ]),
    file('app/minified.js', 'minified code', [
      `!function(e){var t="${fakeToken(ALNUM, 40)}";e.exports={id:t,name:"widget"}}(module);`,
    ]),
  ];
}

// Credential-like names whose values are settings, references or public material: the generic
// detectors' usual noise.
function namedButNotSecret(): NegativeFile[] {
  const publicKey = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fakeToken(BASE64, 43)} deploy@ci`;
  const certificate = [
    '-----BEGIN CERTIFICATE-----',
    ...Array.from({ length: 6 }, () => fakeToken(BASE64, 64)),
    '-----END CERTIFICATE-----',
  ];
  return [
    file('app/auth-settings.py', 'credential names without secret values', [
      'AUTH_URL = "https://auth.acme-corp.net/oauth/token"',
      'TOKEN_TTL_SECONDS = 3600',
      'API_VERSION = "2023-10-16"',
      'API_KEY_HEADER = "X-Api-Key"',
      'SECRET_NAME = "prod/db/password"',
      'PASSWORD_POLICY = r"^(?=.*[A-Z])(?=.*\\d).{12,64}$"',
      'PRIMARY_KEY = "id"',
      'TOKENIZER = "cl100k_base"',
      `PUBLIC_KEY_PATH = "~/.ssh/id_ed25519.pub"`,
    ]),
    file('k8s/deployment.yaml', 'credential names without secret values', [
      'env:',
      '  - name: DB_PASSWORD',
      '    valueFrom:',
      '      secretKeyRef:',
      '        name: db-credentials',
      '        key: password',
      '  - name: API_TOKEN_FILE',
      '    value: /var/run/secrets/api/token',
    ]),
    file('app/cache.ts', 'git SHAs', [
      `const cacheKey = 'deps-${fakeToken(HEX, 40)}';`,
      `export const buildRevision = '${fakeToken(HEX, 40)}';`,
      `const tokenizerVersion = '${fakeToken(HEX, 7)}';`,
    ]),
    file('deploy/authorized_keys', 'public keys and certificates', [publicKey]),
    file('deploy/ca.crt', 'public keys and certificates', certificate),
  ];
}

export function buildNegatives(): NegativeFile[] {
  return [
    ...lockfiles(),
    ...placeholders(),
    ...documentedExamples(),
    ...identifiers(),
    ...encodedData(),
    ...codeWithoutValues(),
    ...namedButNotSecret(),
  ];
}
