import { ALNUM, BASE64, fakeToken } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { encodeBasic, isChosenBasicCredential } from './basic-credential.js';
import { fakeUuid } from './fake-parts.js';
import { isChosenPassword } from './url-password.js';

// Files whose whole purpose is to hold credentials: a value in them is a secret by position, so
// these rules need no provider prefix, only the file's own syntax (`paths` restricts them).
const fakePassword = () => `${fakeToken(ALNUM, 14)}7k`;
// anonymous FTP logins give an e-mail address as the password, by convention
const isNetrcPassword = (secret: string) =>
  isChosenPassword(secret) && !/^[^@\s]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/.test(secret);

export default [
  {
    id: 'secret/netrc-password',
    description: '.netrc / .authinfo machine password',
    keywords: ['password'],
    paths: /(?:^|\/)(?:[._]?netrc|\.authinfo)$/,
    // A quoted password may hold spaces; group 1 (quoted) or `secret` (bare) is the value.
    pattern: /\bpassword[ \t]{1,10}(?:"(?<quoted>[^"\n]{4,256})"|(?<secret>[^\s'"]{4,256}))/,
    // anonymous FTP logins give an e-mail address as the password, by convention
    validate: (secret) =>
      isChosenPassword(secret) && !/^[^@\s]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/.test(secret),
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `machine api.internal.test\n  login deploy\n  password ${fakePassword()}\n`,
        `machine git.internal.test login ci password ${fakeUuid()}`,
        `machine smtp.corp.internal login ops port 587 password "${fakePassword()} x"`,
      ],
      negative: () => [
        'machine api.internal.test login deploy password password',
        'machine api.internal.test login deploy',
        'default login anonymous password guest',
        'default login anonymous password alice@corp.internal',
      ],
    },
  },
  {
    id: 'secret/netrc-entry-password',
    description: 'netrc entry (machine … login … password …) pasted outside a .netrc file',
    keywords: ['machine '],
    pattern:
      /\bmachine[ \t]{1,10}[^\s]{1,253}(?:\s{1,20}(?:login|account|port)[ \t]{1,10}[^\s]{1,128}){0,3}\s{1,20}password[ \t]{1,10}(?<secret>[^\s'"`]{4,256})/,
    validate: isNetrcPassword,
    severity: 'critical',
    confidence: 0.85,
    examples: {
      positive: () => [
        `echo "machine git.corp.internal login ci password ${fakePassword()}" >> ~/.netrc`,
        `\`\`\`\nmachine api.corp.internal\n  login deploy\n  password ${fakePassword()}\n\`\`\``,
      ],
      negative: () => [
        'machine api.corp.internal login deploy password $NETRC_PASSWORD',
        'machine learning models need a password manager',
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
    // the store's default path, and git's XDG one (~/.config/git/credentials)
    paths: /(?:^|\/)(?:\.git-credentials|\.config\/git\/credentials)$/,
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
    // Any config.json (Docker, Podman, Buildah, a copied home folder) and Kubernetes' .dockerconfigjson:
    // the value must decode to user:password, so other "auth" fields stay out.
    paths: /(?:^|\/)(?:config\.json|\.dockercfg|\.dockerconfigjson|auth\.json)$/,
    pattern: /"auth"[ \t]{0,3}:[ \t]{0,3}"(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})"/,
    validate: isChosenBasicCredential,
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
        `{ "auths": { "r": { "auth": "${encodeBasic('user', 'password')}" } } }`,
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
  {
    id: 'secret/docker-config-identity-token',
    description: 'Docker registry identity or registry token in config.json',
    keywords: ['"identitytoken"', '"registrytoken"'],
    paths: /(?:^|\/)(?:config\.json|\.dockerconfigjson|auth\.json)$/,
    pattern: /"(?:identitytoken|registrytoken)"[ \t]{0,3}:[ \t]{0,3}"(?<secret>[A-Za-z0-9._~+/=-]{20,4096})"/,
    minEntropy: 3.5,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `{\n  "auths": {\n    "acr.corp.internal": {\n      "auth": "",\n      "identitytoken": "${fakeToken(BASE64, 120)}"\n    }\n  }\n}`,
      ],
      negative: () => ['{ "auths": { "r": { "identitytoken": "" } } }', '{ "identitytoken": "${TOKEN}" }'],
    },
  },
  {
    id: 'secret/kubeconfig-credential',
    description: 'kubeconfig user credential (client-key-data or token)',
    keywords: ['client-key-data', 'token:'],
    paths: /(?:^|\/)(?:\.kube\/config|kubeconfig(?:[._-][^/]{0,40})?|[^/]{1,40}\.kubeconfig)$/,
    pattern: /^[ \t]{0,20}(?:client-key-data|token):[ \t]{0,3}["']?(?<secret>[A-Za-z0-9._~+/=-]{20,16384})/m,
    minEntropy: 3.5,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `users:\n- name: admin\n  user:\n    client-certificate-data: ${fakeToken(BASE64, 80)}\n    client-key-data: LS0tLS1CRUdJTi${fakeToken(BASE64, 200)}\n`,
        `users:\n- name: ci\n  user:\n    token: ${fakeToken(BASE64, 40)}\n`,
      ],
      negative: () => [
        'users:\n- name: ci\n  user:\n    exec:\n      command: aws\n',
        'users:\n- name: ci\n  user:\n    token: ${K8S_TOKEN}\n',
      ],
    },
  },
  {
    id: 'secret/edgerc-client-secret',
    description: 'Akamai EdgeGrid client secret (.edgerc)',
    keywords: ['client_secret'],
    paths: /(?:^|\/)\.edgerc$/,
    pattern: /^[ \t]{0,8}client_secret[ \t]{0,3}=[ \t]{0,3}(?<secret>[A-Za-z0-9+/]{43}=)/m,
    minEntropy: 4,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [
        `[default]\nclient_secret = ${fakeToken(BASE64, 43)}=\nhost = akab-${fakeToken(ALNUM, 16).toLowerCase()}.luna.akamaiapis.net\n`,
      ],
      negative: () => ['[default]\nclient_secret = \n', `client_secret = ${'x'.repeat(43)}=`],
    },
  },
  {
    id: 'secret/composer-auth-password',
    description: 'Composer auth.json http-basic password or OAuth consumer secret',
    keywords: ['"password"', '"consumer-secret"'],
    paths: /(?:^|\/)auth\.json$/,
    pattern: /"(?:password|consumer-secret)"[ \t]{0,3}:[ \t]{0,3}"(?<secret>[^"\\\n]{6,256})"/,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `{\n  "http-basic": {\n    "repo.corp.internal": {\n      "username": "deploy",\n      "password": "${fakePassword()}"\n    }\n  }\n}`,
      ],
      negative: () => ['{ "http-basic": { "repo.corp.internal": { "username": "deploy", "password": "" } } }'],
    },
  },
  {
    id: 'secret/yarnrc-auth-token',
    description: 'Yarn Berry .yarnrc.yml npm auth token or ident',
    keywords: ['npmauthtoken', 'npmauthident'],
    paths: /(?:^|\/)\.yarnrc\.ya?ml$/,
    pattern: /^[ \t]{0,20}npmAuth(?:Token|Ident):[ \t]{0,3}["']?(?<secret>[^\s"'#]{8,512})/m,
    minEntropy: 3,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [`npmRegistries:\n  "//npm.corp.internal":\n    npmAuthToken: ${fakeUuid()}\n`],
      negative: () => ['npmScopes:\n  acme:\n    npmAuthToken: "${NPM_TOKEN}"\n', 'npmAlwaysAuth: true'],
    },
  },
  {
    id: 'secret/nuget-config-password',
    description: 'NuGet.Config package source clear-text password',
    keywords: ['cleartextpassword', 'password'],
    paths: /(?:^|\/)nuget\.config$/i,
    pattern: /<add[ \t]{1,4}key="(?:ClearText)?Password"[ \t]{1,4}value="(?<secret>[^"\n]{6,256})"/i,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `<packageSourceCredentials>\n  <internal>\n    <add key="Username" value="deploy" />\n    <add key="ClearTextPassword" value="${fakePassword()}" />\n  </internal>\n</packageSourceCredentials>`,
      ],
      negative: () => [
        '<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />',
        '<add key="Username" value="deploy" />',
      ],
    },
  },
  {
    id: 'secret/sbt-credentials-password',
    description: 'sbt / Ivy credentials file password',
    keywords: ['password'],
    paths: /(?:^|\/)\.(?:sbt|ivy2)\/(?:[^/]{1,40}\/)?\.?credentials(?:[._-][^/]{0,30})?$/,
    pattern: /^[ \t]{0,8}password[ \t]{0,3}=[ \t]{0,3}(?<secret>\S{4,256})/m,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `realm=Sonatype Nexus Repository Manager\nhost=nexus.corp.internal\nuser=deploy\npassword=${fakePassword()}\n`,
      ],
      negative: () => ['realm=Nexus\nhost=nexus.corp.internal\nuser=deploy\npassword=\n'],
    },
  },
  {
    id: 'secret/gradle-properties-password',
    description: 'gradle.properties password, passphrase or token',
    keywords: ['password', 'passphrase', 'token', 'secret'],
    paths: /(?:^|\/)gradle\.properties$/,
    pattern:
      /^[ \t]{0,8}[A-Za-z0-9_.-]{0,60}(?:password|Password|PASSWORD|passphrase|Passphrase|secret|Secret|token|Token)[ \t]{0,3}[=:][ \t]{0,3}(?<secret>\S{6,256})/m,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.85,
    examples: {
      positive: () => [
        `org.gradle.jvmargs=-Xmx2g\nossrhUsername=deploy\nossrhPassword=${fakePassword()}\n`,
        `signing.password=${fakePassword()}`,
      ],
      negative: () => ['ossrhPassword=', 'org.gradle.jvmargs=-Xmx2g', 'signing.password=${SIGNING_PASSWORD}'],
    },
  },
] satisfies SecretRule[];
