import { ALNUM, fakeToken } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { isChosenPassword, URL_HOST_START, URL_PASSWORD, URL_USER } from './url-password.js';

// Schemes with a rule of their own; the generic URL rule leaves them alone.
const SPECIFIC = [
  'postgres',
  'postgresql',
  'mysql',
  'mysql2',
  'mariadb',
  'mongodb',
  'mongodb\\+srv',
  'redis',
  'rediss',
  'amqp',
  'amqps',
  'ftp',
  'ftps',
  'sftp',
  'smtp',
  'smtps',
];
const SCHEME_START = '(?<![A-Za-z0-9+.-])';
const CREDENTIALS = `${URL_USER}:(?<secret>${URL_PASSWORD})@${URL_HOST_START}`;

const fakePassword = () => `${fakeToken(ALNUM, 14)}9Q`;

const urlRule = (name: string, label: string, schemes: string, sample: (password: string) => string): SecretRule => {
  const scheme = sample('').split('://')[0] as string;
  return {
    id: `secret/${name}-url-password`,
    description: `${label} connection URL with an embedded password`,
    keywords: schemes.split('|').map((item) => `${item.replace('\\+', '+')}://`),
    pattern: new RegExp(`${SCHEME_START}(?:${schemes})://${CREDENTIALS}`),
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.85,
    examples: {
      positive: () => [sample(fakePassword())],
      negative: () => [
        sample('${DB_PASSWORD}'),
        sample('password'),
        sample('pass'),
        sample('mysecretpassword'),
        `${scheme}://${fakeToken(ALNUM, 8)}@db.internal:1234/app`,
        `${scheme}://db.internal:1234/app`,
      ],
    },
  };
};

export default [
  urlRule(
    'postgres',
    'PostgreSQL',
    'postgres|postgresql',
    (password) => `postgres://app_user:${password}@db.internal:5432/app`,
  ),
  urlRule(
    'mysql',
    'MySQL / MariaDB',
    'mysql|mysql2|mariadb',
    (password) => `mysql://app:${password}@mysql.internal:3306/shop`,
  ),
  urlRule(
    'mongodb',
    'MongoDB',
    'mongodb|mongodb\\+srv',
    (password) => `mongodb+srv://svc-api:${password}@cluster0.ab1cd.mongodb.net/prod`,
  ),
  urlRule('redis', 'Redis', 'redis|rediss', (password) => `rediss://default:${password}@cache.internal:6380/0`),
  urlRule('amqp', 'AMQP (RabbitMQ)', 'amqp|amqps', (password) => `amqps://worker:${password}@mq.internal:5671/jobs`),
  urlRule('ftp', 'FTP / SFTP', 'ftp|ftps|sftp', (password) => `sftp://deploy:${password}@files.internal:22/upload`),
  urlRule('smtp', 'SMTP', 'smtp|smtps', (password) => `smtps://mailer:${password}@smtp.mail.internal:465`),
  {
    id: 'secret/url-password',
    description: 'URL with an embedded user:password (basic-auth credentials)',
    keywords: ['://'],
    // Sentry DSNs (32-hex public:secret) have a rule of their own.
    pattern: new RegExp(
      `${SCHEME_START}(?!(?:${SPECIFIC.join('|')})://)[a-z][a-z0-9+.-]{1,30}://${URL_USER}:(?![a-f0-9]{32}@)(?<secret>${URL_PASSWORD})@${URL_HOST_START}`,
    ),
    validate: isChosenPassword,
    severity: 'high',
    confidence: 0.75,
    examples: {
      positive: () => [
        `https://ci-bot:${fakePassword()}@git.corp.internal/org/repo.git`,
        `ldaps://cn=reader:${fakePassword()}@ldap.internal:636`,
      ],
      negative: () => [
        'https://user:${PASS}@example.com/path',
        'https://user:password@example.com/path',
        'http://admin:admin@localhost:8080/',
        'https://user@example.com/path',
        'https://example.com/a:b@c',
        `postgres://app:${fakePassword()}@db.internal/app`,
      ],
    },
  },
  {
    id: 'secret/jdbc-url-password',
    description: 'JDBC connection URL with a password parameter',
    keywords: ['jdbc:'],
    pattern: /\bjdbc:[a-z0-9]{2,20}:[^\s'"`]{0,200}?[?&;]password=(?<secret>[^\s&;'"`<>{}$]{6,128})/i,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.85,
    examples: {
      positive: () => [
        `jdbc:postgresql://db.internal:5432/app?user=app&password=${fakePassword()}`,
        `jdbc:sqlserver://sql.internal:1433;databaseName=app;user=svc;password=${fakePassword()};encrypt=true`,
      ],
      negative: () => [
        'jdbc:postgresql://db.internal/app?user=app&password=${DB_PASSWORD}',
        'jdbc:h2:mem:test;password=',
        'jdbc:mysql://localhost/app?user=root&password=root',
      ],
    },
  },
  {
    id: 'secret/sql-connection-string-password',
    description: 'ADO.NET / ODBC connection string with a password',
    keywords: ['password=', 'pwd='],
    pattern:
      /\b(?:Server|Data[ ]Source|Host)=[^;\n]{1,200};[^\n]{0,300}?\b(?:Password|Pwd)=(?<secret>[^;\s'"`<>{}$]{6,128})/i,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.8,
    examples: {
      positive: () => [`Server=sql.internal,1433;Database=app;User Id=svc_app;Password=${fakePassword()};Encrypt=True`],
      negative: () => [
        'Server=localhost;Database=app;User Id=sa;Password=${SA_PASSWORD};',
        'Server=localhost;Database=app;Trusted_Connection=True;',
        'Server=db;Password=password;',
      ],
    },
  },
] satisfies SecretRule[];
