// The places a secret sits in real files. Each positive example of every rule is wrapped in each
// context that can hold it, and must still give exactly one finding with that rule's id.

export interface RuleContext {
  name: string;
  path: string;
  wrap(example: string): string;
  fits(example: string): boolean;
}

const oneLine = (example: string) => !example.includes('\n');
const without =
  (...chars: string[]) =>
  (example: string) =>
    oneLine(example) && chars.every((char) => !example.includes(char));
const isBareToken = (example: string) => /^[^\s"'`&#<>?]+$/.test(example);

export const contexts: RuleContext[] = [
  { name: 'raw', path: 'notes.txt', wrap: (example) => example, fits: () => true },
  { name: '.env', path: '.env', wrap: (example) => `SETTING_VALUE=${example}`, fits: oneLine },
  { name: 'JSON', path: 'config.json', wrap: (example) => `{\n  "value": "${example}"\n}`, fits: without('"', '\\') },
  { name: 'YAML', path: 'config.yml', wrap: (example) => `settings:\n  value: ${example}`, fits: oneLine },
  { name: 'TS', path: 'src/app.ts', wrap: (example) => `const value = '${example}';`, fits: without("'", '\\') },
  { name: 'Python', path: 'app.py', wrap: (example) => `value = "${example}"`, fits: without('"', '\\') },
  {
    name: 'shell export',
    path: 'deploy.sh',
    wrap: (example) => `export VALUE="${example}"`,
    fits: without('"', '$', '\\'),
  },
  {
    name: 'URL query',
    path: 'notes.md',
    wrap: (example) => `curl "https://api.host.test/v1/items?token=${example}&page=2"`,
    fits: isBareToken,
  },
  {
    name: 'XML attribute',
    path: 'app.config',
    wrap: (example) => `<add key="Value" value="${example}" />`,
    fits: without('"', '<', '&'),
  },
  {
    name: 'markdown code',
    path: 'README.md',
    wrap: (example) => `Set it up:\n\n\`\`\`\n${example}\n\`\`\`\n`,
    fits: () => true,
  },
  {
    name: 'trailing comment',
    path: 'config.rb',
    wrap: (example) => `VALUE = '${example}' # set by ops`,
    fits: without("'", '#', '\\'),
  },
];

/** Names of credential files, to find one a path-restricted rule (`paths`) accepts. */
export const credentialPaths = [
  '.netrc',
  '_netrc',
  '.npmrc',
  '.pypirc',
  '.git-credentials',
  '.pgpass',
  '.env',
  'config/master.key',
  'config/credentials.yml.enc',
  '.aws/credentials',
  '.docker/config.json',
  'id_rsa',
  'keys/server.key',
  'keys/server.pem',
  'credentials.json',
  '.htpasswd',
  'settings.xml',
  '.s3cfg',
  'terraform.tfvars',
  'wp-config.php',
  '.authinfo',
  '.kube/config',
  '.edgerc',
  'auth.json',
  '.yarnrc.yml',
  'NuGet.Config',
  '.sbt/1.0/.credentials',
  'gradle.properties',
  'etc/shadow',
  'sitemanager.xml',
  'data-sources.json',
  'robo3t.json',
  'WinSCP.ini',
  '.vscode/sftp.json',
  'wcx_ftp.ini',
  '.msmtprc',
  '.fetchmailrc',
  'sasl_passwd',
  '.muttrc',
  '.offlineimaprc',
  '.mbsyncrc',
  'ssmtp.conf',
  'murmur.ini',
  'directory/default/1001.xml',
  '.my.cnf',
  'config/database.yml',
  'config/mongoid.yml',
  'odbc.ini',
  'settings.py',
  'configuration.php',
  'sites/default/settings.php',
  'rclone.conf',
  '.wgetrc',
  '.curlrc',
  '.smbcredentials',
  '.passwd-s3fs',
  '.boto',
  'auth/svn.simple/0123456789abcdef0123456789abcdef',
  '.vault-token',
  'conf/tomcat-users.xml',
  'terraform.tfstate',
  'grafana.ini',
  '.irssi/config',
];
