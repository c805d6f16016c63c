import { ALNUM, fakeToken } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { HEX_UPPER } from './fake-parts.js';
import { fileSettingRule } from './file-setting-rule.js';

// Desktop FTP, SFTP and database clients keep saved passwords in their own files, often in clear
// text or a reversible encoding; a home folder or a project committed with them leaks every server.
const fakePassword = () => `${fakeToken(ALNUM, 12)}7k`;
const base64 = (text: string) => Buffer.from(text).toString('base64');
const JSON_VALUE = '[^"\\\\]{4,256}';

export default [
  fileSettingRule({
    id: 'filezilla-password',
    description: 'FileZilla saved site password (sitemanager.xml, recentservers.xml)',
    paths: /(?:^|\/)(?:sitemanager|recentservers|filezilla|queue)\.xml$/i,
    keywords: ['<pass'],
    lead: '<Pass(?:[ \\t]+encoding="base64")?>',
    value: '[^<\\s]{4,512}',
    flags: '',
    positive: () => [
      `<Server>\n  <Host>ftp.corp.internal</Host>\n  <Port>21</Port>\n  <User>deploy</User>\n  <Pass encoding="base64">${base64(fakePassword())}</Pass>\n</Server>`,
      `<Server><Host>files.corp.internal</Host><User>ops</User><Pass>${fakePassword()}</Pass></Server>`,
    ],
    negative: ['<Pass encoding="base64" />', '<Pass></Pass>', '<Pass>password</Pass>'],
  }),
  fileSettingRule({
    id: 'dbeaver-saved-password',
    description: 'DBeaver connection saved with a clear-text password (data-sources.json)',
    paths: /(?:^|\/)data-sources(?:-[^/]{1,40})?\.json$/,
    keywords: ['"password"'],
    lead: '"password"[ \\t]*:[ \\t]*"',
    value: JSON_VALUE,
    flags: '',
    positive: () => [
      `{"connections": {"postgres-jdbc-1": {"provider": "postgresql", "configuration": {"host": "db.corp.internal", "user": "report", "password": "${fakePassword()}"}}}}`,
    ],
    negative: ['{"configuration": {"host": "db", "user": "report", "save-password": false}}', '"password": ""'],
  }),
  fileSettingRule({
    id: 'robomongo-password',
    description: 'Robo 3T / Robomongo / Studio 3T saved MongoDB or SSH password',
    paths: /(?:^|\/)(?:robomongo|robo3t|3T)\.json$/i,
    keywords: ['password"', 'passphrase"'],
    lead: '"(?:userPassword|sshUserPassword|sshPassphrase|password)"[ \\t]*:[ \\t]*"',
    value: JSON_VALUE,
    flags: '',
    positive: () => [
      `{"connections": [{"serverHost": "mongo.corp.internal", "credentials": [{"userName": "admin", "userPassword": "${fakePassword()}", "databaseName": "admin"}]}]}`,
    ],
    negative: ['{"credentials": [{"userName": "admin", "userPassword": "", "enabled": false}]}'],
  }),
  fileSettingRule({
    id: 'winscp-password',
    description: 'WinSCP saved session password (obfuscated, reversible) in WinSCP.ini',
    paths: /(?:^|\/)winscp\.ini$/i,
    keywords: ['password='],
    lead: '^(?:Password|ProxyPassword|TunnelPassword)=',
    value: '[A-F0-9]{8,512}',
    flags: 'm',
    validate: () => true,
    positive: () => [
      `[Sessions\\deploy@files.corp.internal]\nHostName=files.corp.internal\nUserName=deploy\nPassword=A35C${fakeToken(HEX_UPPER, 60)}\n`,
    ],
    negative: ['[Sessions\\deploy]\nHostName=files.corp.internal\nUserName=deploy\n', 'Password='],
  }),
  fileSettingRule({
    id: 'sftp-client-config-password',
    description:
      'Editor SFTP/FTP deployment config with a password (sftp.json, sftp-config.json, .ftpconfig, .ftppass)',
    paths:
      /(?:^|\/)(?:sftp\.json|sftp-config\.json|\.ftpconfig|\.ftppass|\.remote-sync\.json|ftp-sync\.json|ftp-config\.json|\.ftp-deploy\.json)$/,
    keywords: ['"pass', '"passphrase"'],
    lead: '"(?:password|pass|passphrase)"[ \\t]*:[ \\t]*"',
    value: JSON_VALUE,
    flags: '',
    positive: () => [
      `{\n  "name": "staging",\n  "host": "web.corp.internal",\n  "protocol": "sftp",\n  "username": "deploy",\n  "password": "${fakePassword()}",\n  "remotePath": "/var/www"\n}`,
      `{ "protocol": "ftp", "host": "ftp.corp.internal", "user": "site", "pass": "${fakePassword()}" }`,
    ],
    negative: ['{ "host": "web", "username": "deploy", "privateKeyPath": "~/.ssh/id_ed25519" }', '"password": null'],
  }),
  fileSettingRule({
    id: 'ftp-client-ini-password',
    description: 'FTP client site list with a password (Total Commander wcx_ftp.ini, WS_FTP, CoreFTP)',
    paths: /(?:^|\/)(?:wcx_ftp|ws_ftp|coreftp|ftplist|sites)\.ini$/i,
    keywords: ['password=', 'pass='],
    lead: '^(?:password|pass)[ \\t]*=[ \\t]*',
    positive: () => [
      `[connections]\n1=staging\n[staging]\nhost=ftp.corp.internal\nusername=site\npassword=${fakePassword()}\n`,
    ],
    negative: ['[staging]\nhost=ftp.corp.internal\nusername=anonymous\npassword=\n'],
  }),
  fileSettingRule({
    id: 'rclone-config-secret',
    description: 'rclone remote password (obscured, reversible) or cloud secret in rclone.conf',
    paths: /(?:^|\/)rclone\.conf$/,
    keywords: ['pass', 'secret', 'key'],
    lead: '^[ \\t]{0,8}(?:pass|password2|client_secret|secret_access_key|account_key|key)[ \\t]{0,4}=[ \\t]{0,4}',
    positive: () => [
      `[backup]\ntype = sftp\nhost = backup.corp.internal\nuser = ops\npass = ${fakeToken(ALNUM, 36)}\n`,
    ],
    negative: ['[backup]\ntype = sftp\nhost = backup.corp.internal\nkey_file = ~/.ssh/id_ed25519\n'],
  }),
] satisfies SecretRule[];
