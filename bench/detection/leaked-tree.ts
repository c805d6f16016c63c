import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ALNUM, BASE64, HEX, fakeToken, seedFakeTokens } from '../../src/analyzers/secrets/fake-token.js';

// A leaked home and project tree (issue 12, "an honest bench"): what lands in a repository when
// someone commits their home folder, a server's /etc or a site backup. Every file follows the format
// its program documents (netrc(5), git-credential-store, docker config.json, PostgreSQL's .pgpass,
// shadow(5), Apache htpasswd, wp-config.php, FileZilla, DBeaver, WinSCP, Robo 3T, the VS Code SFTP
// extension, mongoid.yml, mysqldump, Postfix, msmtp, mutt, fetchmail, Dovecot, Asterisk, Mumble,
// TeamSpeak…) and every value is generated at run time. Each line that holds a credential is a label;
// every other line, and the files of the same formats with placeholders, empty values or no
// credential, is a hard negative.

export interface LeakedLabel {
  path: string;
  /** 1-based inclusive span (a private key spans its block); a finding anywhere in it counts. */
  start: number;
  end: number;
  format: string;
}

export interface LeakedTree {
  dir: string;
  labels: LeakedLabel[];
  /** The format of every file, for the false-positive table. */
  formats: Map<string, string>;
  /** Files that hold no credential at all. */
  cleanFiles: number;
  files: number;
  bytes: number;
}

const CRYPT64 = `./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz`;
const LOWER = 'abcdefghijkmnopqrstuvwxyz';

/** A password a person or a password manager chose. */
const password = (): string =>
  `${fakeToken('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${fakeToken(LOWER, 4)}${fakeToken('23456789', 2)}${fakeToken('!#%&*+=?', 1)}${fakeToken(ALNUM, 5)}`;
/** The same, without characters URLs and shells would need escaped. */
const urlPassword = (): string => `${fakeToken(ALNUM, 14)}${fakeToken('23456789', 2)}`;
const base64 = (text: string): string => Buffer.from(text).toString('base64');
const sha512crypt = (): string => `$6$${fakeToken(CRYPT64, 16)}$${fakeToken(CRYPT64, 86)}`;
const yescrypt = (): string => `$y$j9T$${fakeToken(CRYPT64, 22)}$${fakeToken(CRYPT64, 43)}`;
const bcrypt = (prefix = '2y', cost = '10'): string => `$${prefix}$${cost}$${fakeToken(CRYPT64, 53)}`;
const apr1 = (): string => `$apr1$${fakeToken(CRYPT64, 8)}$${fakeToken(CRYPT64, 22)}`;
const phpass = (): string => `$P$B${fakeToken(CRYPT64, 30)}`;
const uuid = (): string =>
  `${fakeToken(HEX, 8)}-${fakeToken(HEX, 4)}-4${fakeToken(HEX, 3)}-a${fakeToken(HEX, 3)}-${fakeToken(HEX, 12)}`;
/** WordPress's secret-key service: 64 printable characters. */
const wpSalt = (): string => fakeToken(`${ALNUM}!#%()*+,-.:;<=>?@[]^_{|}~`, 64);
const pemBody = (lines: number): string[] =>
  Array.from({ length: lines }, (_, index) => fakeToken(BASE64, index === lines - 1 ? 24 : 70));
// assembled at run time: the repository holds no private-key header
const pem = (kind: string): string[] => [
  ['-----BEGIN', kind, 'PRIVATE', 'KEY-----'].join(' '),
  ...pemBody(6),
  ['-----END', kind, 'PRIVATE', 'KEY-----'].join(' '),
];

/** One file: lines, with the lines holding a credential marked by `secret(line)` (or `block(lines)`). */
interface FileSpec {
  path: string;
  format: string;
  build(marks: { secret(line: string): string; block(lines: string[]): string }): string[];
}

const spec = (path: string, format: string, build: FileSpec['build']): FileSpec => ({ path, format, build });

function homeFiles(): FileSpec[] {
  return [
    spec('home/alice/.netrc', 'netrc', ({ secret }) => [
      `machine api.heroku.com`,
      `  login alice@acmecorp.io`,
      secret(`  password ${uuid()}`),
      `machine git.acmecorp.io login deploy ${secret(`password ${password()}`)}`,
      `machine ftp.acmecorp.io`,
      `  login backup`,
      secret(`  password ${password()}`),
      `default login anonymous password alice@acmecorp.io`,
    ]),
    spec('home/alice/.git-credentials', 'git-credentials', ({ secret }) => [
      secret(`https://alice:ghp_${fakeToken(ALNUM, 36)}@github.com`),
      secret(`https://deploy:${urlPassword()}@git.acmecorp.io`),
      secret(`https://oauth2:glpat-${fakeToken(ALNUM, 20)}@gitlab.com`),
    ]),
    spec('home/alice/.docker/config.json', 'docker config.json', ({ secret }) => [
      '{',
      '  "auths": {',
      '    "registry.acmecorp.io": {',
      secret(`      "auth": "${base64(`deploy:${password()}`)}"`),
      '    },',
      '    "https://index.docker.io/v1/": {',
      secret(`      "auth": "${base64(`alicebuilds:dckr_pat_${fakeToken(ALNUM, 27)}`)}"`),
      '    }',
      '  },',
      '  "credsStore": ""',
      '}',
    ]),
    spec('home/alice/.pgpass', 'pgpass', ({ secret }) => [
      '# hostname:port:database:username:password',
      secret(`db.acmecorp.io:5432:orders:app_rw:${password()}`),
      secret(`*:*:*:replicator:${password()}`),
    ]),
    spec('home/alice/.my.cnf', 'mysql option file', ({ secret }) => [
      '[client]',
      'user=alice',
      secret(`password=${password()}`),
      'host=mysql.acmecorp.io',
    ]),
    spec('home/alice/.aws/credentials', 'aws credentials', ({ secret }) => [
      '[default]',
      secret(`aws_access_key_id = AKIA${fakeToken('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`),
      secret(`aws_secret_access_key = ${fakeToken(`${ALNUM}/+`, 40)}`),
    ]),
    spec('home/alice/.ssh/id_ed25519', 'ssh private key', ({ block }) => [block(pem('OPENSSH'))]),
    spec('home/alice/.npmrc', 'npmrc', ({ secret }) => [
      secret(`//registry.npmjs.org/:_authToken=npm_${fakeToken(ALNUM, 36)}`),
      '@acme:registry=https://npm.acmecorp.io/',
      secret(`//npm.acmecorp.io/:_auth=${base64(`ci:${password()}`)}`),
    ]),
    spec('home/alice/.pypirc', 'pypirc', ({ secret }) => [
      '[distutils]',
      'index-servers = pypi internal',
      '[pypi]',
      'username = __token__',
      secret(`password = pypi-AgEIcHlwaS5vcmc${fakeToken(`${ALNUM}-_`, 70)}`),
      '[internal]',
      'repository = https://pypi.acmecorp.io/',
      'username = deploy',
      secret(`password = ${password()}`),
    ]),
    spec('home/alice/.m2/settings.xml', 'maven settings.xml', ({ secret }) => [
      '<settings>',
      '  <servers>',
      '    <server>',
      '      <id>acme-releases</id>',
      '      <username>deploy</username>',
      secret(`      <password>${password()}</password>`),
      '    </server>',
      '  </servers>',
      '</settings>',
    ]),
    spec('home/alice/.config/gh/hosts.yml', 'gh hosts.yml', ({ secret }) => [
      'github.com:',
      '    user: alice',
      secret(`    oauth_token: gho_${fakeToken(ALNUM, 36)}`),
      '    git_protocol: ssh',
    ]),
    spec('home/alice/.s3cfg', 's3cmd config', ({ secret }) => [
      '[default]',
      secret(`access_key = AKIA${fakeToken('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`),
      secret(`secret_key = ${fakeToken(`${ALNUM}/+`, 40)}`),
      'host_base = s3.amazonaws.com',
    ]),
    spec('home/alice/.kube/config', 'kubeconfig', ({ secret }) => [
      'apiVersion: v1',
      'kind: Config',
      'users:',
      '- name: ci',
      '  user:',
      secret(
        `    token: eyJhbGciOiJSUzI1NiIsImtpZCI6I${fakeToken(BASE64.replace('+/', '-_'), 40)}.eyJpc3MiOiJrdWJlcm5ldGVz${fakeToken(`${ALNUM}-_`, 120)}.${fakeToken(`${ALNUM}-_`, 86)}`,
      ),
    ]),
    spec('home/alice/.config/rclone/rclone.conf', 'rclone.conf', ({ secret }) => [
      '[backup]',
      'type = sftp',
      'host = backup.acmecorp.io',
      'user = alice',
      secret(`pass = ${fakeToken(`${ALNUM}-_`, 38)}`),
    ]),
    spec('home/alice/.msmtprc', 'msmtprc', ({ secret }) => [
      'account default',
      'host smtp.acmecorp.io',
      'port 587',
      'auth on',
      'user alerts@acmecorp.io',
      secret(`password ${password()}`),
    ]),
    spec('home/alice/.muttrc', 'muttrc', ({ secret }) => [
      'set imap_user = "alice@acmecorp.io"',
      secret(`set imap_pass = "${password()}"`),
      'set smtp_url = "smtps://alice@acmecorp.io@smtp.acmecorp.io:465/"',
      secret(`set smtp_pass = "${password()}"`),
    ]),
    spec('home/alice/.fetchmailrc', 'fetchmailrc', ({ secret }) => [
      secret(`poll imap.acmecorp.io protocol IMAP user "alice" password "${password()}" ssl`),
    ]),
    spec('home/alice/.config/filezilla/sitemanager.xml', 'FileZilla sitemanager.xml', ({ secret }) => [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<FileZilla3 version="3.66.4" platform="unix">',
      '  <Servers>',
      '    <Server>',
      '      <Host>ftp.acmecorp.io</Host>',
      '      <Port>21</Port>',
      '      <User>webmaster</User>',
      secret(`      <Pass encoding="base64">${base64(password())}</Pass>`),
      '      <Name>production site</Name>',
      '    </Server>',
      '  </Servers>',
      '</FileZilla3>',
    ]),
    spec('home/alice/.config/filezilla/recentservers.xml', 'FileZilla recentservers.xml', ({ secret }) => [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<FileZilla3>',
      '  <RecentServers>',
      '    <Server>',
      '      <Host>sftp.acmecorp.io</Host>',
      '      <Port>22</Port>',
      '      <Protocol>1</Protocol>',
      '      <User>deploy</User>',
      secret(`      <Pass encoding="base64">${base64(password())}</Pass>`),
      '    </Server>',
      '  </RecentServers>',
      '</FileZilla3>',
    ]),
    spec(
      'home/alice/.local/share/DBeaverData/workspace6/General/.dbeaver/data-sources.json',
      'DBeaver data-sources.json',
      ({ secret }) => [
        '{',
        '  "connections": {',
        '    "postgres-jdbc-18b2": {',
        '      "provider": "postgresql",',
        '      "name": "orders (prod)",',
        '      "save-password": true,',
        '      "configuration": {',
        '        "host": "db.acmecorp.io",',
        '        "port": "5432",',
        '        "database": "orders",',
        '        "user": "analyst",',
        secret(`        "password": "${password()}",`),
        '        "auth-model": "native"',
        '      }',
        '    }',
        '  }',
        '}',
      ],
    ),
    spec('home/alice/.3T/robo-3t/1.4.4/robo3t.json', 'Robo 3T robo3t.json', ({ secret }) => [
      '{',
      '    "connections": [',
      '        {',
      '            "connectionName": "prod replica",',
      '            "credentials": [',
      '                {',
      '                    "databaseName": "admin",',
      '                    "enabled": true,',
      '                    "mechanism": "SCRAM-SHA-1",',
      secret(`                    "userName": "ops", "userPassword": "${password()}"`),
      '                }',
      '            ],',
      '            "serverHost": "mongo.acmecorp.io",',
      '            "serverPort": 27017',
      '        }',
      '    ]',
      '}',
    ]),
    spec('home/alice/WinSCP.ini', 'WinSCP.ini', ({ secret }) => [
      '[Sessions\\deploy@www.acmecorp.io]',
      'HostName=www.acmecorp.io',
      'UserName=deploy',
      secret(`Password=A35C${fakeToken('0123456789ABCDEF', 60)}`),
    ]),
    spec('home/alice/projects/site/.vscode/sftp.json', 'VS Code sftp.json', ({ secret }) => [
      '{',
      '    "name": "production",',
      '    "host": "www.acmecorp.io",',
      '    "protocol": "sftp",',
      '    "port": 22,',
      '    "username": "deploy",',
      secret(`    "password": "${password()}",`),
      '    "remotePath": "/var/www/site",',
      '    "uploadOnSave": true',
      '}',
    ]),
  ];
}

function serverFiles(): FileSpec[] {
  return [
    spec('server/etc/shadow', 'shadow(5)', ({ secret }) => [
      secret(`root:${sha512crypt()}:19745:0:99999:7:::`),
      'daemon:*:19745:0:99999:7:::',
      'www-data:*:19745:0:99999:7:::',
      'sshd:!:19745::::::',
      secret(`alice:${yescrypt()}:19801:0:99999:7:::`),
      secret(`deploy:${bcrypt('2b', '12')}:19802:0:99999:7:::`),
    ]),
    spec('server/etc/apache2/.htpasswd', 'htpasswd', ({ secret }) => [
      secret(`admin:${apr1()}`),
      secret(`deploy:${bcrypt()}`),
      secret(`ci:{SHA}${fakeToken(BASE64, 27)}=`),
    ]),
    spec('server/etc/postfix/sasl_passwd', 'Postfix sasl_passwd', ({ secret }) => [
      secret(`[smtp.office365.com]:587 alerts@acmecorp.io:${password()}`),
    ]),
    spec('server/etc/dovecot/users', 'Dovecot passwd-file', ({ secret }) => [
      secret(`alice:{SHA512-CRYPT}${sha512crypt()}:1001:1001::/home/alice::`),
      secret(`bob:{BLF-CRYPT}${bcrypt()}:1002:1002::/home/bob::`),
    ]),
    spec('server/etc/asterisk/sip.conf', 'Asterisk sip.conf', ({ secret }) => [
      '[general]',
      'context=default',
      '[1001]',
      'type=friend',
      'host=dynamic',
      secret(`secret=${password()}`),
      '[trunk-provider]',
      'type=peer',
      'username=acme1001',
      secret(`secret=${password()}`),
    ]),
    spec('server/etc/asterisk/pjsip.conf', 'Asterisk pjsip.conf', ({ secret }) => [
      '[1002-auth]',
      'type=auth',
      'auth_type=userpass',
      'username=1002',
      secret(`password=${password()}`),
    ]),
    spec('server/etc/murmur.ini', 'Mumble murmur.ini', ({ secret }) => [
      'database=/var/lib/mumble-server/mumble-server.sqlite',
      'port=64738',
      secret(`serverpassword=${password()}`),
      'users=100',
    ]),
    spec('server/opt/teamspeak/ts3db_mariadb.ini', 'TeamSpeak ts3db_mariadb.ini', ({ secret }) => [
      '[config]',
      'host=127.0.0.1',
      'port=3306',
      'username=teamspeak',
      secret(`password=${password()}`),
      'database=teamspeak',
    ]),
    spec('server/etc/redis/redis.conf', 'redis.conf', ({ secret }) => [
      'bind 0.0.0.0',
      'port 6379',
      secret(`requirepass ${password()}`),
      'maxmemory 2gb',
    ]),
    spec('server/etc/odbc.ini', 'odbc.ini', ({ secret }) => [
      '[orders]',
      'Driver = PostgreSQL Unicode',
      'Servername = db.acmecorp.io',
      'Database = orders',
      'UserName = reporting',
      secret(`Password = ${password()}`),
    ]),
  ];
}

function siteFiles(): FileSpec[] {
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT'];
  return [
    spec('sites/blog/wp-config.php', 'wp-config.php', ({ secret }) => [
      '<?php',
      "define( 'DB_NAME', 'blog_prod' );",
      "define( 'DB_USER', 'blog' );",
      secret(`define( 'DB_PASSWORD', '${password()}' );`),
      "define( 'DB_HOST', 'mysql.acmecorp.io' );",
      ...salts.map((name) => secret(`define( '${name}', '${wpSalt().replace(/'/g, '"')}' );`)),
      "$table_prefix = 'wp_';",
    ]),
    spec('sites/shop/config/mongoid.yml', 'mongoid.yml', ({ secret }) => [
      'production:',
      '  clients:',
      '    default:',
      '      database: shop',
      '      hosts:',
      '        - mongo1.acmecorp.io:27017',
      '      options:',
      '        user: shop',
      secret(`        password: ${password()}`),
      '        auth_source: admin',
    ]),
    spec('sites/shop/config/database.yml', 'Rails database.yml', ({ secret }) => [
      'production:',
      '  adapter: postgresql',
      '  host: db.acmecorp.io',
      '  username: shop',
      secret(`  password: ${password()}`),
    ]),
    spec('sites/shop/.env', 'project .env', ({ secret }) => [
      'RAILS_ENV=production',
      secret(`DATABASE_URL=postgres://shop:${urlPassword()}@db.acmecorp.io:5432/shop`),
      secret(`SECRET_KEY_BASE=${fakeToken(HEX, 128)}`),
      secret(`STRIPE_SECRET_KEY=sk_live_${fakeToken(ALNUM, 24)}`),
      'LOG_LEVEL=info',
    ]),
    spec('backups/blog-2024-05-01.sql', 'SQL dump with password hashes', ({ secret }) => [
      '-- MySQL dump 10.13  Distrib 8.0.36',
      'LOCK TABLES `wp_users` WRITE;',
      secret(
        `INSERT INTO \`wp_users\` VALUES (1,'admin','${phpass()}','admin','admin@acmecorp.io','','2021-03-04 10:00:00','',0,'admin');`,
      ),
      secret(
        `INSERT INTO \`wp_users\` VALUES (2,'editor','${phpass()}','editor','editor@acmecorp.io','','2022-01-12 09:30:00','',0,'Editor');`,
      ),
      'UNLOCK TABLES;',
      secret(`CREATE USER 'blog'@'%' IDENTIFIED BY '${password()}';`),
      secret(
        `INSERT INTO \`mysql\`.\`user\` (Host,User,authentication_string) VALUES ('%','repl','*${fakeToken('0123456789ABCDEF', 40)}');`,
      ),
    ]),
    spec('backups/app.sql', 'SQL dump with password hashes', ({ secret }) => [
      'COPY public.users (id, email, password_digest) FROM stdin;',
      secret(`1\tops@acmecorp.io\t${bcrypt('2a', '12')}`),
      secret(`2\tbilling@acmecorp.io\t${bcrypt('2a', '12')}`),
      '\\.',
      secret(`ALTER ROLE app WITH LOGIN PASSWORD '${password()}';`),
    ]),
    spec('sites/blog/.htaccess', 'Apache config', () => [
      'AuthType Basic',
      'AuthName "Staff"',
      'AuthUserFile /etc/apache2/.htpasswd',
      'Require valid-user',
    ]),
  ];
}

/** The same formats with nothing to find: placeholders, empty values, public halves, no credential. */
function negativeFiles(): FileSpec[] {
  const none = (path: string, format: string, lines: string[]) => spec(path, format, () => lines);
  return [
    none('home/bob/.netrc', 'netrc', [
      'machine api.heroku.com',
      '  login bob@acmecorp.io',
      '  password ${HEROKU_API_KEY}',
    ]),
    none('home/bob/.docker/config.json', 'docker config.json', [
      '{',
      '  "auths": { "registry.acmecorp.io": {} },',
      '  "credsStore": "desktop"',
      '}',
    ]),
    none('home/bob/.npmrc', 'npmrc', ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', 'save-exact=true']),
    none('home/bob/.ssh/id_ed25519.pub', 'ssh public key', [
      `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fakeToken(BASE64, 43)} bob@laptop`,
    ]),
    none('home/bob/.ssh/known_hosts', 'known_hosts', [
      `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fakeToken(BASE64, 43)}`,
      `|1|${fakeToken(BASE64, 27)}=|${fakeToken(BASE64, 27)}= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${fakeToken(BASE64, 87)}=`,
    ]),
    none('home/bob/.ssh/config', 'ssh config', [
      'Host bastion',
      '  HostName bastion.acmecorp.io',
      '  User bob',
      '  IdentityFile ~/.ssh/id_ed25519',
    ]),
    none('home/bob/.gitconfig', 'gitconfig', [
      '[user]',
      '  name = Bob',
      '  email = bob@acmecorp.io',
      '[credential]',
      '  helper = osxkeychain',
    ]),
    none('server/etc/passwd', 'passwd(5)', [
      'root:x:0:0:root:/root:/bin/bash',
      'alice:x:1001:1001:Alice,,,:/home/alice:/bin/bash',
    ]),
    none('server/etc/shadow-', 'shadow(5)', [
      'root:*:19745:0:99999:7:::',
      'nobody:!:19745::::::',
      'backup:!*:19745:0:99999:7:::',
    ]),
    none('sites/blog/wp-config-sample.php', 'wp-config.php', [
      '<?php',
      "define( 'DB_NAME', 'database_name_here' );",
      "define( 'DB_USER', 'username_here' );",
      "define( 'DB_PASSWORD', 'password_here' );",
      "define( 'AUTH_KEY',         'put your unique phrase here' );",
      "define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );",
    ]),
    none('home/bob/.config/filezilla/sitemanager.xml', 'FileZilla sitemanager.xml', [
      '<FileZilla3>',
      '  <Servers>',
      '    <Server><Host>ftp.acmecorp.io</Host><Port>21</Port><User>bob</User><Logontype>2</Logontype></Server>',
      '  </Servers>',
      '</FileZilla3>',
    ]),
    none('server/etc/asterisk/sip-template.conf', 'Asterisk sip.conf', [
      '[template](!)',
      'type=friend',
      'secret=changeme',
    ]),
    none('sites/shop/config/mongoid-test.yml', 'mongoid.yml', [
      'test:',
      '  clients:',
      '    default:',
      '      database: shop_test',
      '      hosts:',
      '        - localhost:27017',
    ]),
    none('sites/shop/.env.example', 'project .env', [
      'DATABASE_URL=postgres://shop:password@localhost:5432/shop',
      'STRIPE_SECRET_KEY=sk_live_your_key_here',
    ]),
    none('backups/schema.sql', 'SQL dump with password hashes', [
      'CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL, password_digest text NOT NULL);',
      "COMMENT ON COLUMN users.password_digest IS 'bcrypt, cost 12';",
    ]),
    none('home/bob/.pgpass', 'pgpass', ['localhost:5432:*:postgres:postgres']),
  ];
}

/** Writes the tree under `dir` and returns its labels; the same seed gives the same tree. */
export function buildLeakedTree(dir: string): LeakedTree {
  seedFakeTokens(12);
  const labels: LeakedLabel[] = [];
  const formats = new Map<string, string>();
  let cleanFiles = 0;
  let bytes = 0;
  const specs = [...homeFiles(), ...serverFiles(), ...siteFiles()];
  const negatives = negativeFiles();
  if (new Set([...specs, ...negatives].map((file) => file.path)).size !== specs.length + negatives.length)
    throw new Error('bench: a leaked-tree path is built twice');
  for (const file of [...specs, ...negatives]) {
    const marked: Array<{ start: number; end: number }> = [];
    const lines: string[] = [];
    const marks = {
      secret: (line: string) => {
        marked.push({ start: -1, end: -1 });
        return `\u0000${marked.length - 1}\u0000${line}`;
      },
      block: (block: string[]) => {
        marked.push({ start: -1, end: -1 });
        return `\u0000${marked.length - 1}\u0000${block.join('\n')}`;
      },
    };
    for (const entry of file.build(marks)) {
      // a marked line may sit inside a longer one (`machine … password X` on one line)
      const mark = /\u0000(\d+)\u0000/.exec(entry);
      const text = entry.replace(/\u0000\d+\u0000/g, '');
      const span = text.split('\n');
      if (mark) marked[Number(mark[1])] = { start: lines.length + 1, end: lines.length + span.length };
      lines.push(...span);
    }
    const text = `${lines.join('\n')}\n`;
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), text);
    bytes += Buffer.byteLength(text);
    for (const span of marked) labels.push({ path: file.path, ...span, format: file.format });
    formats.set(file.path, file.format);
    if (marked.length === 0) cleanFiles++;
  }
  return { dir, labels, formats, cleanFiles, files: specs.length + negatives.length, bytes };
}

export interface LeakedScore {
  tool: string;
  labels: number;
  detected: number;
  falseLines: string[];
  recall: number;
  precision: number;
  /** Per format: labels and how many were found. */
  byFormat: Map<string, { labels: number; detected: number }>;
  ms: number;
}

/**
 * A label is found when a finding lands in its span; a flagged line in no span is a false line (one
 * per distinct file and line, as a reviewer sees it).
 */
export function scoreLeaked(
  tree: LeakedTree,
  run: { tool: string; ms: number; findings: { path: string; line: number }[] },
): LeakedScore {
  const found = new Set<LeakedLabel>();
  const falseLines = new Set<string>();
  const byPath = new Map<string, LeakedLabel[]>();
  for (const label of tree.labels) byPath.set(label.path, [...(byPath.get(label.path) ?? []), label]);
  for (const finding of run.findings) {
    const path = finding.path.replace(/^\.\//, '').replace(/\\/g, '/');
    const hit = (byPath.get(path) ?? []).filter((label) => finding.line >= label.start && finding.line <= label.end);
    if (hit.length === 0) falseLines.add(`${path}:${finding.line}`);
    for (const label of hit) found.add(label);
  }
  const byFormat = new Map<string, { labels: number; detected: number }>();
  for (const label of tree.labels) {
    const entry = byFormat.get(label.format) ?? { labels: 0, detected: 0 };
    entry.labels++;
    if (found.has(label)) entry.detected++;
    byFormat.set(label.format, entry);
  }
  const detected = found.size;
  return {
    tool: run.tool,
    labels: tree.labels.length,
    detected,
    falseLines: [...falseLines].sort(),
    recall: detected / tree.labels.length,
    precision: detected + falseLines.size === 0 ? 0 : detected / (detected + falseLines.size),
    byFormat,
    ms: run.ms,
  };
}
