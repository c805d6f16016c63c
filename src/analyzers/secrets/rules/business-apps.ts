import { ALNUM, BASE64, BASE64URL, fakeToken, HEX, UPPER_ALNUM } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { DIGITS, fakeOf, fakeUuid, LOWER } from './fake-parts.js';
import { keyedRule as keyed } from './keyed-rule.js';
import { UUID } from './nearby.js';

// CRM, support desks, documents, project tools and site builders.
const hex = (length: number) => fakeOf(HEX, length);
const alnum = (length: number) => fakeOf(ALNUM, length);

export default [
  keyed('zendesk-api-token', 'Zendesk API token', ['zendesk'], '[A-Za-z0-9]{40}', alnum(40)),
  keyed('freshdesk-api-key', 'Freshdesk API key', ['freshdesk'], '[A-Za-z0-9]{20}', alnum(20)),
  keyed(
    'intercom-access-token',
    'Intercom access token',
    ['intercom'],
    'dG9rOj[A-Za-z0-9+/_-]{50,60}={0,2}',
    () => `dG9rOj${fakeToken(BASE64, 54)}=`,
    {
      setting: 'INTERCOM_ACCESS_TOKEN',
    },
  ),
  keyed('hubspot-api-key', 'HubSpot legacy API key (hapikey)', ['hubspot', 'hapikey'], UUID, fakeUuid),
  keyed('pipedrive-api-token', 'Pipedrive API token', ['pipedrive'], '[a-f0-9]{40}', hex(40)),
  {
    id: 'secret/salesforce-access-token',
    description: 'Salesforce session or OAuth access token (org id ! token)',
    keywords: ['00d'],
    pattern: /(?<![A-Za-z0-9_-])00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,200}(?![A-Za-z0-9._-])/,
    minEntropy: 3.5,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [`00D${fakeToken(ALNUM, 15)}!${fakeToken(ALNUM, 24)}.${fakeToken(ALNUM, 70)}`],
      negative: () => [
        `00D${'0'.repeat(15)}!${'x'.repeat(96)}`,
        `00D${fakeToken(ALNUM, 15)}`,
        'org ids start with 00D',
      ],
    },
  },
  {
    id: 'secret/zoho-oauth-token',
    description: 'Zoho OAuth access or refresh token',
    keywords: ['1000.'],
    pattern: /(?<![A-Za-z0-9_.-])1000\.[a-f0-9]{32}\.[a-f0-9]{32}(?![A-Za-z0-9_.-])/,
    minEntropy: 3.5,
    severity: 'high',
    confidence: 0.9,
    examples: {
      positive: () => [`1000.${fakeToken(HEX, 32)}.${fakeToken(HEX, 32)}`],
      negative: () => [`1000.${'0'.repeat(32)}.${'0'.repeat(32)}`, '1000.25', `1000.${fakeToken(HEX, 32)}`],
    },
  },
  keyed(
    'close-api-key',
    'Close CRM API key',
    ['close'],
    'api_[A-Za-z0-9]{22}\\.[A-Za-z0-9]{22}',
    () => `api_${fakeToken(ALNUM, 22)}.${fakeToken(ALNUM, 22)}`,
    {
      whole: true,
    },
  ),
  keyed(
    'activecampaign-api-key',
    'ActiveCampaign API key',
    ['activecampaign', 'active_campaign'],
    '[a-f0-9]{72}',
    hex(72),
  ),
  keyed(
    'convertkit-api-secret',
    'ConvertKit (Kit) API secret',
    ['convertkit'],
    '[A-Za-z0-9_-]{43}',
    fakeOf(BASE64URL, 43),
    {
      kind: 'secret',
      setting: 'CONVERTKIT_API_SECRET',
    },
  ),
  keyed('sendbird-api-token', 'Sendbird API token', ['sendbird'], '[a-f0-9]{40}', hex(40), {
    setting: 'SENDBIRD_API_TOKEN',
  }),
  keyed(
    'mattermost-access-token',
    'Mattermost personal access token',
    ['mattermost'],
    '[a-z0-9]{26}',
    fakeOf(`${LOWER}0123456789`, 26),
    {
      setting: 'MATTERMOST_ACCESS_TOKEN',
    },
  ),
  keyed('gitter-access-token', 'Gitter access token', ['gitter'], '[a-f0-9]{40}', hex(40), { setting: 'GITTER_TOKEN' }),
  keyed('docusign-secret-key', 'DocuSign integration secret key', ['docusign'], UUID, fakeUuid, {
    kind: 'secret',
    setting: 'DOCUSIGN_SECRET_KEY',
  }),
  keyed(
    'hellosign-api-key',
    'Dropbox Sign (HelloSign) API key',
    ['hellosign', 'dropbox_sign'],
    '[a-f0-9]{64}',
    hex(64),
  ),
  keyed('pandadoc-api-key', 'PandaDoc API key', ['pandadoc'], '[a-f0-9]{40}', hex(40)),
  keyed('smartsheet-access-token', 'Smartsheet API access token', ['smartsheet'], '[A-Za-z0-9]{26,37}', alnum(37), {
    setting: 'SMARTSHEET_ACCESS_TOKEN',
  }),
  keyed(
    'trello-api-token',
    'Trello API token',
    ['trello'],
    'ATTA[A-Fa-f0-9]{72}|[a-f0-9]{64}',
    () => `ATTA${fakeToken(HEX, 72)}`,
    {
      kind: 'token|secret',
      setting: 'TRELLO_TOKEN',
    },
  ),
  keyed('todoist-api-token', 'Todoist API token', ['todoist'], '[a-f0-9]{40}', hex(40), {
    setting: 'TODOIST_API_TOKEN',
  }),
  keyed('toggl-api-token', 'Toggl Track API token', ['toggl'], '[a-f0-9]{32}', hex(32), { setting: 'TOGGL_API_TOKEN' }),
  keyed(
    'harvest-access-token',
    'Harvest personal access token',
    ['harvest'],
    '[0-9]{6,8}\\.pt\\.[A-Za-z0-9_-]{86}',
    () => `${fakeToken(DIGITS, 7)}.pt.${fakeToken(BASE64URL, 86)}`,
    {
      whole: true,
      setting: 'HARVEST_ACCESS_TOKEN',
    },
  ),
  keyed('webflow-api-token', 'Webflow API token', ['webflow'], '[a-f0-9]{64}', hex(64), {
    setting: 'WEBFLOW_API_TOKEN',
  }),
  keyed('buttercms-api-key', 'ButterCMS API key', ['buttercms', 'butter_cms'], '[a-f0-9]{40}', hex(40)),
  keyed(
    'sanity-api-token',
    'Sanity API token',
    ['sanity'],
    'sk[A-Za-z0-9]{78,200}',
    () => `sk${fakeToken(ALNUM, 180)}`,
    {
      setting: 'SANITY_API_TOKEN',
    },
  ),
  keyed('datocms-api-token', 'DatoCMS API token', ['datocms'], '[a-f0-9]{30}', hex(30), {
    setting: 'DATOCMS_API_TOKEN',
  }),
  keyed('jotform-api-key', 'Jotform API key', ['jotform'], '[a-f0-9]{32}', hex(32)),
  keyed('freshbooks-access-token', 'FreshBooks access token', ['freshbooks'], '[a-f0-9]{64}', hex(64), {
    setting: 'FRESHBOOKS_ACCESS_TOKEN',
  }),
  keyed(
    'airtable-legacy-api-key',
    'Airtable legacy API key',
    ['airtable'],
    'key[A-Za-z0-9]{14}',
    () => `key${fakeToken(ALNUM, 14)}`,
  ),
  keyed('bitly-access-token', 'Bitly generic access token', ['bitly'], '[a-f0-9]{40}', hex(40), {
    setting: 'BITLY_ACCESS_TOKEN',
  }),
  keyed('rebrandly-api-key', 'Rebrandly API key', ['rebrandly'], '[a-f0-9]{32}', hex(32)),
  keyed('jumpcloud-api-key', 'JumpCloud API key', ['jumpcloud'], '[a-f0-9]{40}', hex(40), { severity: 'critical' }),
  keyed('onelogin-client-secret', 'OneLogin API client secret', ['onelogin'], '[a-f0-9]{64}', hex(64), {
    kind: 'secret',
    setting: 'ONELOGIN_CLIENT_SECRET',
    severity: 'critical',
  }),
  keyed('duo-secret-key', 'Duo integration secret key', ['duo'], '[A-Za-z0-9]{40}', alnum(40), {
    whole: true,
    kind: 'secret|skey',
    setting: 'DUO_SECRET_KEY',
    severity: 'critical',
  }),
  keyed('keycloak-client-secret', 'Keycloak client secret', ['keycloak'], '[A-Za-z0-9]{32}', alnum(32), {
    kind: 'secret',
    setting: 'KEYCLOAK_CLIENT_SECRET',
  }),
  keyed(
    'stytch-secret',
    'Stytch project secret',
    ['stytch'],
    'secret-(?:test|live)-[A-Za-z0-9_=-]{36}',
    () => `secret-live-${fakeToken(BASE64URL, 36)}`,
    {
      severity: 'critical',
      setting: 'STYTCH_SECRET',
    },
  ),
  keyed('looker-client-secret', 'Looker API client secret', ['looker'], '[A-Za-z0-9]{24}', alnum(24), {
    kind: 'secret',
    setting: 'LOOKER_CLIENT_SECRET',
  }),
  keyed(
    'metabase-api-key',
    'Metabase API key',
    ['metabase'],
    'mb_[A-Za-z0-9+/=]{40,50}',
    () => `mb_${fakeToken(BASE64, 43)}=`,
  ),
  keyed('eventbrite-api-secret', 'Eventbrite client secret', ['eventbrite'], '[A-Z0-9]{50}', fakeOf(UPPER_ALNUM, 50), {
    kind: 'secret',
    setting: 'EVENTBRITE_CLIENT_SECRET',
  }),
  keyed('beamer-api-key', 'Beamer API key', ['beamer'], 'b_[A-Za-z0-9=_-]{44}', () => `b_${fakeToken(BASE64URL, 44)}`),
  keyed('asana-client-secret', 'Asana OAuth client secret', ['asana'], '[A-Za-z0-9]{32}', alnum(32), {
    kind: 'secret',
    setting: 'ASANA_CLIENT_SECRET',
  }),
] satisfies SecretRule[];
