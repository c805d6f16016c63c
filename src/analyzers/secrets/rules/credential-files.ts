import { ALNUM, BASE64, fakeToken } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { encodeBasic, isBasicCredential } from './basic-credential.js';
import { fakeUuid } from './fake-parts.js';
import { isChosenPassword } from './url-password.js';

// Files whose whole purpose is to hold credentials: a value in them is a secret by position, so
// these rules need no provider prefix, only the file's own syntax (`paths` restricts them).
const fakePassword = () => `${fakeToken(ALNUM, 14)}7k`;

export default [
  {
    id: 'secret/netrc-password',
    description: '.netrc machine password',
    keywords: ['password'],
    paths: /(?:^|\/)[._]netrc$/,
    pattern: /\bpassword[ \t]{1,10}(?<secret>[^\s'"]{4,256})/,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `machine api.internal.test\n  login deploy\n  password ${fakePassword()}\n`,
        `machine git.internal.test login ci password ${fakeUuid()}`,
      ],
      negative: () => [
        'machine api.internal.test login deploy password password',
        'machine api.internal.test login deploy',
        'default login anonymous password guest',
      ],
    },
  },
  {
    id: 'secret/pgpass-password',
    description: 'PostgreSQL .pgpass entry',
    // The port field: ':' then a digit or '*' (a bare ':' would match nearly every line of code).
    keywords: [':*', ':0', ':1', ':2', ':3', ':4', ':5', ':6', ':7', ':8', ':9'],
    paths: /(?:^|\/)\.pgpass$/,
    // hostname:port:database:username:password, one entry a line.
    pattern: /^[^:\n#]{1,255}:(?:[0-9]{1,5}|\*):[^:\n]{1,255}:[^:\n]{1,255}:(?<secret>[^\n]{1,255})$/m,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `db.internal:5432:app:app_user:${fakePassword()}`,
        `# local\n*:*:*:replicator:${fakePassword()}\n`,
      ],
      negative: () => [
        'localhost:5432:app:postgres:postgres',
        '# hostname:port:database:username:password',
        'db.internal:5432:app:app_user:',
      ],
    },
  },
  {
    id: 'secret/git-credentials-password',
    description: 'git credential store entry (.git-credentials)',
    keywords: ['://'],
    paths: /(?:^|\/)\.git-credentials$/,
    pattern: /\bhttps?:\/\/[^\s:@/]{1,128}:(?<secret>[^\s:@/]{6,256})@[A-Za-z0-9[]/,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [`https://ci-bot:${fakePassword()}@git.internal.test`],
      negative: () => [
        'https://git.internal.test',
        'https://user:password@git.internal.test',
        'https://ci-bot@git.internal.test',
      ],
    },
  },
  {
    id: 'secret/npmrc-auth-token',
    description: '.npmrc registry auth token',
    keywords: ['_authtoken'],
    paths: /(?:^|\/)\.npmrc$/,
    pattern: /:_authToken[ \t]{0,3}=[ \t]{0,3}(?<secret>[A-Za-z0-9._~+/=-]{16,512})/,
    minEntropy: 3,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [
        `//registry.npmjs.org/:_authToken=${fakeUuid()}`,
        `@acme:registry=https://npm.internal.test/\n//npm.internal.test/:_authToken=${fakeToken(BASE64, 40)}`,
      ],
      negative: () => [
        '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
        '//registry.npmjs.org/:_authToken=',
        `//registry.npmjs.org/:_authToken=${'0'.repeat(36)}`,
      ],
    },
  },
  {
    id: 'secret/npmrc-basic-auth',
    description: '.npmrc _auth or _password (base64 credentials)',
    keywords: ['_auth', '_password'],
    paths: /(?:^|\/)\.npmrc$/,
    pattern:
      /(?<![A-Za-z0-9])_(?:auth|password)[ \t]{0,3}=[ \t]{0,3}(?<secret>[A-Za-z0-9+/]{8,512}={0,2})(?![A-Za-z0-9+/=])/,
    minEntropy: 3,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `_auth=${encodeBasic('deploy', fakePassword())}`,
        `//npm.internal.test/:_password=${Buffer.from(fakePassword()).toString('base64')}`,
      ],
      negative: () => ['_auth=${NPM_AUTH}', 'always-auth=true', `_auth=${'A'.repeat(24)}`],
    },
  },
  {
    id: 'secret/pypirc-password',
    description: '.pypirc repository password',
    keywords: ['password'],
    paths: /(?:^|\/)\.pypirc$/,
    pattern: /^[ \t]{0,8}password[ \t]{0,3}[:=][ \t]{0,3}(?<secret>[^\s]{6,256})/m,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `[internal]\nrepository = https://pypi.internal.test/\nusername = deploy\npassword = ${fakePassword()}\n`,
      ],
      negative: () => [
        '[pypi]\nusername = __token__\npassword = ${PYPI_TOKEN}',
        'password = password',
        '[pypi]\nusername = deploy',
      ],
    },
  },
  {
    id: 'secret/docker-config-auth',
    description: 'Docker registry credentials in config.json / .dockercfg ("auth": base64 user:password)',
    keywords: ['"auth"'],
    paths: /(?:^|\/)(?:\.docker\/config\.json|\.dockercfg)$/,
    pattern: /"auth"[ \t]{0,3}:[ \t]{0,3}"(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})"/,
    validate: isBasicCredential,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [
        `{\n  "auths": {\n    "registry.internal.test": {\n      "auth": "${encodeBasic('deploy', fakePassword())}"\n    }\n  }\n}`,
      ],
      negative: () => [
        '{ "auths": { "registry.internal.test": {} }, "credsStore": "desktop" }',
        '{ "auths": { "r": { "auth": "" } } }',
        `{ "auth": "${Buffer.from('no-colon-here').toString('base64')}" }`,
      ],
    },
  },
  {
    id: 'secret/s3cfg-secret-key',
    description: 's3cmd configuration secret key',
    keywords: ['secret_key'],
    paths: /(?:^|\/)\.s3cfg$/,
    pattern: /^secret_key[ \t]{0,3}=[ \t]{0,3}(?<secret>[A-Za-z0-9/+]{40})[ \t]{0,8}$/m,
    minEntropy: 4,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `[default]\naccess_key = ${fakeToken(ALNUM, 20).toUpperCase()}\nsecret_key = ${fakeToken(BASE64, 40)}\n`,
      ],
      negative: () => ['[default]\nsecret_key =', `secret_key = ${'x'.repeat(40)}`],
    },
  },
  {
    id: 'secret/maven-settings-password',
    description: 'Maven settings.xml server password in clear text',
    keywords: ['<password>'],
    paths: /(?:^|\/)settings\.xml$/,
    // Encrypted passwords are wrapped in braces ({...}) and property references use ${...}.
    pattern: /<password>(?<secret>[^<\s{}$]{6,256})<\/password>/,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `<server>\n  <id>internal</id>\n  <username>deploy</username>\n  <password>${fakePassword()}</password>\n</server>`,
      ],
      negative: () => [
        '<password>${env.MAVEN_PASSWORD}</password>',
        `<password>{${fakeToken(BASE64, 40)}}</password>`,
        '<password>password</password>',
      ],
    },
  },
] satisfies SecretRule[];
