import { ALNUM, fakeToken } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { fileSettingRule } from './file-setting-rule.js';
import { isChosenPassword } from './url-password.js';

// Mail clients and relays (msmtp, fetchmail, mutt, offlineimap, mbsync, Postfix SASL, Dovecot) and
// voice servers (TeamSpeak, Mumble, Ventrilo, Asterisk, FreeSWITCH) keep account passwords in their
// configuration files, in clear text.
const fakePassword = () => `${fakeToken(ALNUM, 12)}9q`;

export default [
  fileSettingRule({
    id: 'msmtp-password',
    description: 'msmtp account password (.msmtprc)',
    paths: /(?:^|\/)\.?msmtprc$|(?:^|\/)msmtp\.conf$/,
    keywords: ['password'],
    lead: '^[ \\t]{0,8}password[ \\t]{1,8}',
    flags: 'm',
    positive: () => [
      `account work\nhost smtp.corp.internal\nport 587\nauth on\nuser ops@corp.internal\npassword ${fakePassword()}\n`,
    ],
    negative: ['account work\nhost smtp.corp.internal\npasswordeval "pass show mail/work"\n'],
  }),
  fileSettingRule({
    id: 'fetchmail-password',
    description: 'fetchmail account password (.fetchmailrc)',
    paths: /(?:^|\/)\.?fetchmailrc$/,
    keywords: ['pass'],
    lead: '\\b(?:password|pass)[ \\t]{1,8}',
    value: '[^\\s\'"]{4,256}',
    positive: () => [
      `poll mail.corp.internal protocol imap user "ops" password "${fakePassword()}" ssl`,
      `poll pop.corp.internal\n  user backup\n  pass ${fakePassword()}\n`,
    ],
    negative: ['poll mail.corp.internal protocol imap user "ops" ssl', 'set passwordfile ~/.netrc'],
  }),
  fileSettingRule({
    id: 'postfix-sasl-password',
    description: 'Postfix SASL relay credentials (sasl_passwd)',
    paths: /(?:^|\/)sasl_passwd$/,
    keywords: [':'],
    lead: '^[^\\s#]{1,255}[ \\t]{1,16}[^:\\s]{1,128}:',
    value: '[^\\s]{4,256}',
    flags: 'm',
    positive: () => [`[smtp.mail.corp.internal]:587 relay@corp.internal:${fakePassword()}`],
    negative: ['# [smtp.example.com]:587 user:password', '[smtp.mail.corp.internal]:587 relay@corp.internal:'],
  }),
  fileSettingRule({
    id: 'mutt-password',
    description: 'mutt / neomutt account password (smtp_pass, imap_pass, pop_pass)',
    paths: /(?:^|\/)(?:\.?muttrc|\.?neomuttrc)(?:\.[a-z0-9_-]{1,20})?$|(?:^|\/)\.mutt\/[^/]{1,60}$/,
    keywords: ['_pass'],
    lead: '^[ \\t]{0,8}set[ \\t]{1,4}(?:smtp_pass|imap_pass|pop_pass)[ \\t]{0,4}=[ \\t]{0,4}',
    positive: () => [`set imap_user = "ops@corp.internal"\nset imap_pass = "${fakePassword()}"\n`],
    negative: ['set imap_pass = "`pass show mail`"', 'set smtp_pass = $MAIL_PASSWORD'],
  }),
  fileSettingRule({
    id: 'offlineimap-password',
    description: 'offlineimap / getmail remote password',
    paths: /(?:^|\/)\.?offlineimaprc$|(?:^|\/)\.getmail\/[^/]{1,60}$|(?:^|\/)getmailrc$/,
    keywords: ['pass'],
    lead: '^[ \\t]{0,8}(?:remotepass|password)[ \\t]{0,4}=[ \\t]{0,4}',
    positive: () => [
      `[Repository Remote]\ntype = IMAP\nremotehost = imap.corp.internal\nremoteuser = ops\nremotepass = ${fakePassword()}\n`,
    ],
    negative: ['[Repository Remote]\nremotepasseval = get_pass()\n'],
  }),
  fileSettingRule({
    id: 'mbsync-password',
    description: 'mbsync (isync) account password',
    paths: /(?:^|\/)\.?mbsyncrc$|(?:^|\/)\.?isyncrc$/,
    keywords: ['pass'],
    lead: '^[ \\t]{0,8}(?:Pass|Password)[ \\t]{1,8}',
    positive: () => [`IMAPAccount work\nHost imap.corp.internal\nUser ops\nPass ${fakePassword()}\n`],
    negative: ['IMAPAccount work\nPassCmd "pass show mail"\n'],
  }),
  fileSettingRule({
    id: 'ssmtp-password',
    description: 'sSMTP relay password (ssmtp.conf AuthPass)',
    paths: /(?:^|\/)ssmtp\.conf$/,
    keywords: ['authpass'],
    lead: '^[ \\t]{0,8}AuthPass[ \\t]{0,4}=[ \\t]{0,4}',
    positive: () => [`mailhub=smtp.corp.internal:587\nAuthUser=relay\nAuthPass=${fakePassword()}\n`],
    negative: ['mailhub=smtp.corp.internal:587\nAuthPass=\n'],
  }),
  {
    id: 'secret/dovecot-plain-password',
    description: 'Clear-text password in a Dovecot / mail passwd-file ({PLAIN}, {CLEAR})',
    keywords: ['{plain}', '{clear}', '{cleartext}'],
    pattern: /\{(?:PLAIN|CLEAR|CLEARTEXT)\}(?<secret>[^:\s]{4,256})/,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [`ops@corp.internal:{PLAIN}${fakePassword()}:5000:5000::/var/mail/ops`],
      negative: () => ['ops@corp.internal:{PLAIN}:5000:5000', 'default_pass_scheme = {PLAIN}'],
    },
  },
  {
    id: 'secret/teamspeak-serverquery-password',
    description: 'TeamSpeak ServerQuery admin login',
    keywords: ['serveradmin'],
    pattern:
      /\blogin[ \t]{1,4}(?:client_login_name=)?serveradmin[ \t]{1,4}(?:client_login_password=)?(?<secret>[^\s'"]{6,128})/,
    validate: isChosenPassword,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [`printf 'login serveradmin ${fakePassword()}\\nuse 1\\n' | nc ts.corp.internal 10011`],
      negative: () => ['login serveradmin <password>', 'login serveradmin $TS3_QUERY_PASSWORD'],
    },
  },
  fileSettingRule({
    id: 'voice-server-config-password',
    description: 'Voice server password (Mumble murmur.ini, TeamSpeak ts3server.ini, Ventrilo, Asterisk sip/pjsip/iax)',
    paths:
      /(?:^|\/)(?:murmur|mumble-server|ts3server|ts3db_[a-z]{1,12}|ventrilo_srv|sip|pjsip|iax|manager|voicemail|users)\.(?:ini|conf)$/i,
    keywords: ['password', 'secret'],
    lead: '^[ \\t]{0,8}(?:serverpassword|registerpassword|dbpassword|icesecretwrite|icesecretread|adminpassword|password|secret)[ \\t]{0,4}=[ \\t]{0,4}',
    positive: () => [
      `; murmur.ini\nwelcometext="Welcome"\nport=64738\nserverpassword=${fakePassword()}\n`,
      `[6001]\ntype=friend\nhost=dynamic\nsecret=${fakePassword()}\ncontext=internal\n`,
    ],
    negative: ['serverpassword=\nregisterpassword=\n', '[6001]\ntype=friend\nsecret=1234\n'],
  }),
  fileSettingRule({
    id: 'freeswitch-directory-password',
    description: 'FreeSWITCH directory user password (<param name="password">)',
    paths: /(?:^|\/)(?:directory|sip_profiles)\/[^\n]{1,200}\.xml$|(?:^|\/)vars\.xml$/,
    keywords: ['password'],
    lead: '<(?:param|X-PRE-PROCESS)[ \\t]{1,4}(?:name="(?:password|vm-password)"[ \\t]{1,4}value="|cmd="set"[ \\t]{1,4}data="default_password=)',
    value: '[^"\\s]{4,256}',
    flags: '',
    positive: () => [
      `<user id="1001">\n  <params>\n    <param name="password" value="${fakePassword()}"/>\n  </params>\n</user>`,
    ],
    negative: ['<param name="password" value="$${default_password}"/>', '<param name="password" value="1234"/>'],
  }),
] satisfies SecretRule[];
