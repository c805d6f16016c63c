// Names whose assigned value is a credential. One optional separator covers api_key, api-key,
// apiKey, API.KEY; the tail after the name (DB_PASSWORD_PROD, stripeSecretKey) is matched by the
// generic pattern. Each name starts with one of the keywords, so the engine can anchor on them.

const SEP = '[_.-]?';

export const passwordNames = ['passw(?:or)?d', 'passphrase', 'pwd', 'identified[ \\t]{1,3}by'];
export const passwordKeywords = ['passw', 'passphrase', 'pwd', 'identified'];

export const credentialNames = [
  ...passwordNames,
  'secret',
  'token',
  'credential',
  `api${SEP}key`,
  `access${SEP}key`,
  `auth${SEP}key`,
  `private${SEP}key`,
  `signing${SEP}key`,
  `encryption${SEP}key`,
  `master${SEP}key`,
];
export const credentialKeywords = [
  ...passwordKeywords,
  'secret',
  'token',
  'credential',
  'api',
  'access',
  'auth',
  'private',
  'signing',
  'encryption',
  'master',
];
