import { ALNUM, BASE64, fakeToken, HEX } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { fileSettingRule } from './file-setting-rule.js';
import { isChosenPassword } from './url-password.js';

// More of what a committed home folder or server tree holds: download tools, mounts, object-store
// clients, Subversion's credential cache, Vault's token file, Tomcat users, IIS machine keys,
// Terraform state and Ansible inventories.
const fakePassword = () => `${fakeToken(ALNUM, 12)}5m`;

export default [
  fileSettingRule({
    id: 'wgetrc-password',
    description: 'wget configuration password (.wgetrc)',
    paths: /(?:^|\/)\.?wgetrc$/,
    keywords: ['password'],
    lead: '^[ \\t]{0,8}(?:password|ftp_password|http_password|proxy_password)[ \\t]{0,4}=[ \\t]{0,4}',
    positive: () => [`user = ops\npassword = ${fakePassword()}\n`],
    negative: ['ask_password = on\n', 'use_askpass = /usr/bin/ssh-askpass\n'],
  }),
  fileSettingRule({
    id: 'curlrc-user-password',
    description: 'curl configuration user:password (.curlrc)',
    paths: /(?:^|\/)[._]?curlrc$/,
    keywords: ['user'],
    lead: '^[ \\t]{0,8}(?:-u|--user|user|proxy-user)[ \\t]{0,4}[= \\t][ \\t]{0,4}["\']?[^\\s:"\']{1,64}:',
    positive: () => [`user = "deploy:${fakePassword()}"\n`],
    negative: ['user-agent = "ops-script/1.0"\n', 'user = "deploy"\n'],
  }),
  fileSettingRule({
    id: 'smb-credentials-password',
    description: 'SMB/CIFS mount credentials file password',
    paths: /(?:^|\/)\.?(?:smb|cifs)[._-]?cred(?:ential)?s?$|(?:^|\/)\.smbcredentials$/,
    keywords: ['password'],
    lead: '^[ \\t]{0,8}password[ \\t]{0,4}=[ \\t]{0,4}',
    positive: () => [`username=backup\npassword=${fakePassword()}\ndomain=CORP\n`],
    negative: ['username=backup\ndomain=CORP\n'],
  }),
  {
    id: 'secret/s3fs-passwd',
    description: 's3fs credentials file (ACCESS_KEY:SECRET_KEY)',
    keywords: [':'],
    paths: /(?:^|\/)\.?passwd-s3fs$/,
    pattern: /^(?:[^:\s]{1,64}:)?[A-Z0-9]{16,32}:(?<secret>[A-Za-z0-9/+]{30,64})$/m,
    minEntropy: 4,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [`AKIA${fakeToken('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}:${fakeToken(BASE64, 40)}`],
      negative: () => ['ACCESS_KEY_ID:SECRET_ACCESS_KEY', `AKIA${'X'.repeat(16)}:${'x'.repeat(40)}`],
    },
  },
  fileSettingRule({
    id: 'boto-config-secret',
    description: 'boto / gsutil configuration secret (.boto)',
    paths: /(?:^|\/)\.boto$|(?:^|\/)boto\.cfg$/,
    keywords: ['secret_access_key'],
    lead: '^[ \\t]{0,8}(?:aws|gs)_secret_access_key[ \\t]{0,4}=[ \\t]{0,4}',
    value: '[A-Za-z0-9/+=_-]{20,128}',
    validate: () => true,
    positive: () => [
      `[Credentials]\naws_access_key_id = AKIA${fakeToken('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}\naws_secret_access_key = ${fakeToken(BASE64, 40)}\n`,
    ],
    negative: ['[Credentials]\n# aws_secret_access_key = <your key>\n'],
  }),
  {
    id: 'secret/svn-cached-password',
    description: 'Subversion cached password (auth/svn.simple)',
    keywords: ['password'],
    paths: /(?:^|\/)svn\.simple\/[0-9a-f]{32}$/,
    pattern: /^password\r?\nV [0-9]{1,4}\r?\n(?<secret>[^\r\n]{4,256})$/m,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `K 8\npasstype\nV 6\nsimple\nK 8\npassword\nV 14\n${fakePassword()}\nK 8\nusername\nV 6\ndeploy\nEND\n`,
      ],
      negative: () => ['K 8\npasstype\nV 8\nkeychain\nK 8\nusername\nV 6\ndeploy\nEND\n'],
    },
  },
  {
    id: 'secret/vault-token-file',
    description: 'HashiCorp Vault token file (~/.vault-token), legacy s. format included',
    keywords: ['s.', 'hvs.'],
    paths: /(?:^|\/)\.vault-token$/,
    pattern: /^(?<secret>(?:s|hvs|hvb|b)\.[A-Za-z0-9_-]{24,200})[ \t]{0,4}$/m,
    minEntropy: 3.5,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [`s.${fakeToken(ALNUM, 24)}\n`],
      negative: () => ['root\n', 's.short\n'],
    },
  },
  fileSettingRule({
    id: 'tomcat-users-password',
    description: 'Tomcat manager user password (tomcat-users.xml)',
    paths: /(?:^|\/)tomcat-users\.xml$/,
    keywords: ['password='],
    lead: '<user[ \\t]{1,4}[^>\\n]{0,200}?\\bpassword="',
    value: '[^"\\n]{4,256}',
    flags: '',
    positive: () => [
      `<tomcat-users>\n  <user username="deploy" password="${fakePassword()}" roles="manager-script"/>\n</tomcat-users>`,
    ],
    negative: [
      '<!-- <user username="admin" password="<must-be-changed>" roles="manager-gui"/> -->',
      '<user username="tomcat" password="tomcat" roles="tomcat"/>',
    ],
  }),
  {
    id: 'secret/aspnet-machine-key',
    description: 'ASP.NET machineKey validation or decryption key (web.config)',
    keywords: ['machinekey'],
    pattern: /<machineKey\b[^>\n]{0,300}?\b(?:validationKey|decryptionKey)="(?<secret>[A-Fa-f0-9]{32,256})"/,
    minEntropy: 3,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [
        `<system.web>\n  <machineKey validationKey="${fakeToken(HEX, 128).toUpperCase()}" validation="HMACSHA256" />\n</system.web>`,
      ],
      negative: () => [
        '<machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" />',
      ],
    },
  },
  {
    id: 'secret/terraform-state-secret',
    description: 'Secret attribute recorded in Terraform state (.tfstate)',
    keywords: ['password"', 'secret"', 'token"', 'private_key"', 'secret_key"', 'access_key"'],
    paths: /(?:^|\/)[^/]{0,100}\.tfstate(?:\.backup)?$/,
    pattern:
      /"(?:password|master_password|admin_password|administrator_login_password|secret|client_secret|token|private_key|private_key_pem|secret_key|access_key|secret_access_key|primary_access_key|connection_string)"[ \t]{0,3}:[ \t]{0,3}"(?<secret>[^"\\\n]{8,4096})"/,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `{\n  "resources": [{ "type": "aws_db_instance", "instances": [{ "attributes": {\n    "username": "app",\n    "password": "${fakePassword()}",\n    "port": 5432\n  } }] }]\n}`,
      ],
      negative: () => [
        '{ "attributes": { "password": null, "username": "app" } }',
        '{ "attributes": { "password": "" } }',
      ],
    },
  },
  {
    id: 'secret/ansible-inventory-password',
    description: 'Ansible inventory or vars connection password (ansible_password, ansible_become_pass…)',
    keywords: ['ansible_'],
    pattern:
      /\bansible_(?:ssh_|become_|sudo_|winrm_)?pass(?:word)?[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[^\s'"{}$]{4,128})/,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.85,
    examples: {
      positive: () => [
        `[web]\nweb1.corp.internal ansible_user=deploy ansible_password=${fakePassword()}`,
        `ansible_become_pass: "${fakePassword()}"`,
      ],
      negative: () => ['ansible_become_pass: "{{ vault_become_pass }}"', 'ansible_password=$ANSIBLE_PASSWORD'],
    },
  },
  {
    id: 'secret/php-define-database-password',
    description: "PHP define() of a database or mail password (define('DB_PASSWORD', '…'))",
    keywords: ['_password', '_pass'],
    pattern:
      /\bdefine\([ \t]{0,3}['"](?:DB_PASSWORD|DB_PASS|DATABASE_PASSWORD|DB_PASSWD|MYSQL_PASSWORD|SMTP_PASSWORD|SMTP_PASS|MAIL_PASSWORD)['"][ \t]{0,3},[ \t]{0,3}['"](?<secret>[^'"\n]{4,256})['"]/i,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [`define('DB_HOSTNAME', 'db.corp.internal');\ndefine('DB_PASSWORD', '${fakePassword()}');`],
      negative: () => ["define('DB_PASSWORD', getenv('DB_PASSWORD'));", "define('DB_PASSWORD', '');"],
    },
  },
  {
    id: 'secret/php-cms-config-password',
    description: 'CMS database password or secret (MediaWiki LocalSettings.php, Moodle and phpBB config.php)',
    keywords: ['$wgdbpassword', '$wgsecretkey', '$wgupgradekey', 'dbpass', '$dbpasswd'],
    pattern:
      /(?:\$wgDBpassword|\$wgSecretKey|\$wgUpgradeKey|\$CFG->dbpass|\$dbpasswd)[ \t]{0,4}=[ \t]{0,4}['"](?<secret>[^'"\n]{4,256})['"]/,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `$wgDBserver = "db.corp.internal";\n$wgDBpassword = "${fakePassword()}";`,
        `$CFG->dbpass    = '${fakePassword()}';`,
      ],
      negative: () => ['$wgDBpassword = getenv( "WIKI_DB_PASSWORD" );', "$CFG->dbpass = '';"],
    },
  },
  fileSettingRule({
    id: 'grafana-ini-secret',
    description: 'Grafana server admin password or secret key (grafana.ini)',
    paths: /(?:^|\/)(?:grafana|custom|defaults)\.ini$/,
    keywords: ['admin_password', 'secret_key', 'password'],
    lead: '^[ \\t]{0,8}(?:admin_password|secret_key|password)[ \\t]{0,4}=[ \\t]{0,4}',
    positive: () => [`[security]\nadmin_user = admin\nadmin_password = ${fakePassword()}\n`],
    negative: ['[security]\nadmin_password = admin\n', '[database]\npassword =\n'],
  }),
  {
    id: 'secret/mongo-shell-auth-password',
    description: 'MongoDB shell db.auth() with a literal password (.mongorc.js, scripts)',
    keywords: ['.auth('],
    pattern: /\.auth\([ \t]{0,3}['"][^'"\n]{1,64}['"][ \t]{0,3},[ \t]{0,3}['"](?<secret>[^'"\n]{6,128})['"]/,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.85,
    examples: {
      positive: () => [`db = db.getSiblingDB('admin');\ndb.auth('ops', '${fakePassword()}');`],
      negative: () => ["db.auth('ops', passwordPrompt());", "db.auth('admin', 'password');"],
    },
  },
  fileSettingRule({
    id: 'irc-client-password',
    description: 'IRC client server or SASL password (irssi, WeeChat, HexChat)',
    paths: /(?:^|\/)\.irssi\/config$|(?:^|\/)irc\.conf$|(?:^|\/)servlist\.conf$/,
    keywords: ['password', 'p='],
    // irssi keeps a server's settings on one line: { address = …; password = "…"; }
    lead: '(?:(?<![\\w.])(?:[\\w.]{1,60}\\.)?(?:sasl_)?password[ \\t]{0,4}=[ \\t]{0,4}|^P=)',
    positive: () => [
      `servers = (\n  { address = "irc.libera.chat"; chatnet = "libera"; port = "6697"; password = "${fakePassword()}"; }\n);`,
    ],
    negative: ['servers = ( { address = "irc.libera.chat"; port = "6697"; } );'],
  }),
  {
    id: 'secret/kubernetes-secret-data',
    description: 'Kubernetes Secret manifest with base64 data holding a password or key',
    keywords: ['kind: secret', 'kind: "secret"', "kind: 'secret'"],
    // a data line within 600 characters of kind: Secret, before or after it (YAML keeps no order)
    pattern:
      /(?:(?<=\bkind:[ \t]{0,3}["']?Secret\b[\s\S]{0,600})|(?=[\s\S]{0,600}?\bkind:[ \t]{0,3}["']?Secret\b))^[ \t]{2,8}[A-Za-z0-9_.-]{1,60}:[ \t]{1,4}["']?(?<secret>[A-Za-z0-9+/]{12,4096}={0,2})["']?[ \t]*$/m,
    validate: (secret) => {
      const decoded = Buffer.from(secret, 'base64').toString('utf8');
      return !/[^\x20-\x7e\n\r\t]/.test(decoded) && isChosenPassword(decoded.trim());
    },
    severity: 'critical',
    confidence: 0.85,
    examples: {
      positive: () => [
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  username: ${Buffer.from('orders').toString('base64')}\n  password: ${Buffer.from(fakePassword()).toString('base64')}\n`,
      ],
      negative: () => [
        `apiVersion: v1\nkind: ConfigMap\ndata:\n  password: ${Buffer.from(fakePassword()).toString('base64')}\n`,
        `apiVersion: v1\nkind: Secret\ndata:\n  password: ${Buffer.from('password').toString('base64')}\n`,
      ],
    },
  },
] satisfies SecretRule[];
