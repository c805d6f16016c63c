import { ALNUM, fakeToken } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { fileSettingRule } from './file-setting-rule.js';

// Database client and application configuration files that hold the database password by position:
// MySQL option files, Rails and Mongoid YAML, ODBC data sources, Django settings and PHP CMS configs.
const fakePassword = () => `${fakeToken(ALNUM, 12)}4x`;
const QUOTED_PHP = "[^'\\n]{4,256}";

export default [
  fileSettingRule({
    id: 'mysql-option-file-password',
    description: 'MySQL / MariaDB option file password (.my.cnf, my.ini, debian.cnf)',
    paths: /(?:^|\/)(?:\.my\.cnf|my\.cnf|my\.ini|debian\.cnf|\.mylogin\.cnf|client\.cnf)$/,
    keywords: ['password'],
    lead: '^[ \\t]{0,8}password[ \\t]{0,4}=[ \\t]{0,4}',
    positive: () => [`[client]\nuser=backup\npassword=${fakePassword()}\nhost=db.corp.internal\n`],
    negative: ['[client]\nuser=backup\npassword\n', '[mysqld]\nvalidate_password.policy=STRONG\n'],
  }),
  fileSettingRule({
    id: 'rails-database-yml-password',
    description: 'Rails database.yml password',
    paths: /(?:^|\/)database\.ya?ml$/,
    keywords: ['password:'],
    lead: '^[ \\t]{0,20}password:[ \\t]{1,4}',
    positive: () => [
      `production:\n  adapter: postgresql\n  database: shop\n  username: shop\n  password: ${fakePassword()}\n`,
    ],
    negative: [
      'production:\n  password: <%= ENV["DATABASE_PASSWORD"] %>\n',
      'production:\n  password: <%= Rails.application.credentials.db_password %>\n',
    ],
  }),
  fileSettingRule({
    id: 'mongoid-yml-password',
    description: 'Mongoid configuration password (mongoid.yml)',
    paths: /(?:^|\/)mongoid\.ya?ml$/,
    keywords: ['password:'],
    lead: '^[ \\t]{0,20}password:[ \\t]{1,4}',
    positive: () => [
      `production:\n  clients:\n    default:\n      database: app\n      hosts:\n        - mongo.corp.internal:27017\n      options:\n        user: app\n        password: ${fakePassword()}\n`,
    ],
    negative: [
      'production:\n  clients:\n    default:\n      options:\n        password: <%= ENV["MONGO_PASSWORD"] %>\n',
    ],
  }),
  fileSettingRule({
    id: 'odbc-ini-password',
    description: 'ODBC data source password (odbc.ini)',
    paths: /(?:^|\/)\.?odbc\.ini$/i,
    keywords: ['password', 'pwd'],
    lead: '^[ \\t]{0,8}(?:Password|PWD)[ \\t]{0,4}=[ \\t]{0,4}',
    positive: () => [
      `[reporting]\nDriver=PostgreSQL Unicode\nServername=db.corp.internal\nUsername=report\nPassword=${fakePassword()}\n`,
    ],
    negative: ['[reporting]\nDriver=PostgreSQL Unicode\nPassword=\n'],
  }),
  fileSettingRule({
    id: 'django-settings-database-password',
    description: "Django settings DATABASES password ('PASSWORD': '…')",
    paths: /(?:^|\/)settings(?:_[a-z0-9]{1,20})?\.py$|(?:^|\/)settings\/[a-z0-9_]{1,30}\.py$/,
    keywords: ["'password'", '"password"'],
    // quoted values only: os.environ['DB_PASSWORD'] is a lookup
    lead: '[\'"]PASSWORD[\'"][ \\t]{0,4}:[ \\t]{0,4}[\'"]',
    value: '[^\'"\\n]{4,256}',
    flags: '',
    positive: () => [
      `DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'shop',\n        'USER': 'shop',\n        'PASSWORD': '${fakePassword()}',\n    }\n}`,
    ],
    negative: ["        'PASSWORD': os.environ['DB_PASSWORD'],", "        'PASSWORD': '',"],
  }),
  fileSettingRule({
    id: 'joomla-configuration-secret',
    description: 'Joomla configuration.php database password or secret',
    paths: /(?:^|\/)configuration\.php$/,
    keywords: ['$password', '$secret', '$smtppass', '$ftp_pass'],
    lead: "public[ \\t]{1,4}\\$(?:password|secret|smtppass|ftp_pass)[ \\t]{0,4}=[ \\t]{0,4}'",
    value: QUOTED_PHP,
    flags: '',
    positive: () => [
      `<?php\nclass JConfig {\n\tpublic $host = 'db.corp.internal';\n\tpublic $user = 'joomla';\n\tpublic $password = '${fakePassword()}';\n}`,
      `\tpublic $secret = '${fakeToken(ALNUM, 16)}';`,
    ],
    negative: ["\tpublic $password = '';", "\tpublic $user = 'joomla';"],
  }),
  fileSettingRule({
    id: 'php-app-config-database-password',
    description:
      'PHP application config database password (Drupal settings.php, Magento env.php, Nextcloud config.php, phpMyAdmin, PrestaShop)',
    paths:
      /(?:^|\/)(?:settings(?:\.local)?\.php|env\.php|config\.inc\.php|parameters\.php|LocalConfiguration\.php|config\/config\.php)$/,
    keywords: ['password', 'dbpassword', 'passwordsalt'],
    lead: '[\'"](?:password|dbpassword|database_password|db_password|passwordsalt)[\'"]\\][ \\t]{0,4}=[ \\t]{0,4}[\'"]|[\'"](?:password|dbpassword|database_password|db_password|passwordsalt)[\'"][ \\t]{0,4}=>[ \\t]{0,4}[\'"]',
    value: QUOTED_PHP,
    flags: '',
    positive: () => [
      `$databases['default']['default'] = [\n  'database' => 'drupal',\n  'username' => 'drupal',\n  'password' => '${fakePassword()}',\n  'host' => 'db.corp.internal',\n];`,
      `$cfg['Servers'][$i]['password'] = '${fakePassword()}';`,
    ],
    negative: ["  'password' => getenv('DB_PASSWORD'),", "  'password' => '',"],
  }),
] satisfies SecretRule[];
