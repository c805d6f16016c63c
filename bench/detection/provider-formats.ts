import {
  ALNUM,
  BASE64,
  BASE64URL,
  HEX,
  LOWER_ALNUM,
  UPPER_ALNUM,
  fakeToken,
} from '../../src/analyzers/secrets/fake-token.js';

// Credentials in the providers' documented shapes, written for the bench independently of git-value's
// rules so that recall is not measured only on git-value's own examples. Values are generated at run
// time; `name` is the variable a developer would give the value.
export interface ProviderFormat {
  family: string;
  name: string;
  value: () => string;
}

const DIGITS = '0123456789';
// AWS key ids are base32 (RFC 4648): no 0, 1, 8 or 9.
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const LOWER_HEX = HEX;
const b64url = (text: string): string => Buffer.from(text).toString('base64url');

function jwt(): string {
  const header = b64url('{"alg":"HS256","typ":"JWT"}');
  const payload = b64url(
    `{"sub":"${fakeToken(DIGITS, 10)}","name":"svc-${fakeToken(LOWER_ALNUM, 6)}","iat":1716239022}`,
  );
  return `${header}.${payload}.${fakeToken(BASE64URL, 43)}`;
}

export const PROVIDER_FORMATS: readonly ProviderFormat[] = [
  { family: 'github', name: 'GITHUB_TOKEN', value: () => `ghp_${fakeToken(ALNUM, 36)}` },
  { family: 'github', name: 'GH_OAUTH_TOKEN', value: () => `gho_${fakeToken(ALNUM, 36)}` },
  { family: 'github', name: 'GITHUB_PAT', value: () => `github_pat_${fakeToken(ALNUM, 22)}_${fakeToken(ALNUM, 59)}` },
  { family: 'gitlab', name: 'GITLAB_TOKEN', value: () => `glpat-${fakeToken(`${ALNUM}-_`, 20)}` },
  { family: 'aws', name: 'AWS_ACCESS_KEY_ID', value: () => `AKIA${fakeToken(BASE32, 16)}` },
  { family: 'aws', name: 'aws_secret_access_key', value: () => fakeToken(BASE64, 40) },
  {
    family: 'slack',
    name: 'SLACK_BOT_TOKEN',
    value: () => `xoxb-${fakeToken(DIGITS, 11)}-${fakeToken(DIGITS, 13)}-${fakeToken(ALNUM, 24)}`,
  },
  {
    family: 'slack',
    name: 'SLACK_USER_TOKEN',
    value: () =>
      `xoxp-${fakeToken(DIGITS, 11)}-${fakeToken(DIGITS, 11)}-${fakeToken(DIGITS, 13)}-${fakeToken(LOWER_HEX, 32)}`,
  },
  {
    family: 'slack',
    name: 'SLACK_WEBHOOK_URL',
    value: () =>
      `https://hooks.slack.com/services/T${fakeToken(UPPER_ALNUM, 8)}/B${fakeToken(UPPER_ALNUM, 10)}/${fakeToken(ALNUM, 24)}`,
  },
  { family: 'stripe', name: 'STRIPE_SECRET_KEY', value: () => `sk_live_${fakeToken(ALNUM, 99)}` },
  { family: 'stripe', name: 'STRIPE_RESTRICTED_KEY', value: () => `rk_live_${fakeToken(ALNUM, 99)}` },
  { family: 'google', name: 'GOOGLE_API_KEY', value: () => `AIza${fakeToken(`${ALNUM}-_`, 35)}` },
  { family: 'npm', name: 'NPM_TOKEN', value: () => `npm_${fakeToken(ALNUM, 36)}` },
  {
    family: 'openai',
    name: 'OPENAI_API_KEY',
    value: () => `sk-proj-${fakeToken(`${ALNUM}-_`, 74)}T3BlbkFJ${fakeToken(`${ALNUM}-_`, 74)}`,
  },
  { family: 'anthropic', name: 'ANTHROPIC_API_KEY', value: () => `sk-ant-api03-${fakeToken(`${ALNUM}-_`, 93)}AA` },
  {
    family: 'huggingface',
    name: 'HF_TOKEN',
    value: () => `hf_${fakeToken('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`,
  },
  {
    family: 'sendgrid',
    name: 'SENDGRID_API_KEY',
    value: () => `SG.${fakeToken(`${ALNUM}-_`, 22)}.${fakeToken(`${ALNUM}-_`, 43)}`,
  },
  { family: 'twilio', name: 'TWILIO_API_KEY', value: () => `SK${fakeToken(LOWER_HEX, 32)}` },
  { family: 'mailgun', name: 'MAILGUN_API_KEY', value: () => `key-${fakeToken(LOWER_HEX, 32)}` },
  {
    family: 'mailchimp',
    name: 'MAILCHIMP_API_KEY',
    value: () => `${fakeToken(LOWER_HEX, 32)}-us${fakeToken(DIGITS, 2)}`,
  },
  { family: 'shopify', name: 'SHOPIFY_ACCESS_TOKEN', value: () => `shpat_${fakeToken(LOWER_HEX, 32)}` },
  { family: 'pypi', name: 'PYPI_TOKEN', value: () => `pypi-AgEIcHlwaS5vcmc${fakeToken(BASE64URL, 70)}` },
  {
    family: 'telegram',
    name: 'TELEGRAM_BOT_TOKEN',
    value: () => `${fakeToken(DIGITS, 10)}:AA${fakeToken(`${ALNUM}-_`, 33)}`,
  },
  { family: 'digitalocean', name: 'DIGITALOCEAN_TOKEN', value: () => `dop_v1_${fakeToken(LOWER_HEX, 64)}` },
  { family: 'linear', name: 'LINEAR_API_KEY', value: () => `lin_api_${fakeToken(ALNUM, 40)}` },
  { family: 'newrelic', name: 'NEW_RELIC_API_KEY', value: () => `NRAK-${fakeToken(UPPER_ALNUM, 27)}` },
  {
    family: 'postman',
    name: 'POSTMAN_API_KEY',
    value: () => `PMAK-${fakeToken(LOWER_HEX, 24)}-${fakeToken(LOWER_HEX, 34)}`,
  },
  { family: 'dockerhub', name: 'DOCKERHUB_TOKEN', value: () => `dckr_pat_${fakeToken(`${ALNUM}-_`, 27)}` },
  {
    family: 'grafana',
    name: 'GRAFANA_SERVICE_ACCOUNT_TOKEN',
    value: () => `glsa_${fakeToken(ALNUM, 32)}_${fakeToken(LOWER_HEX, 8)}`,
  },
  { family: 'hashicorp', name: 'VAULT_TOKEN', value: () => `hvs.${fakeToken(`${ALNUM}-_`, 90)}` },
  { family: 'databricks', name: 'DATABRICKS_TOKEN', value: () => `dapi${fakeToken(LOWER_HEX, 32)}` },
  { family: 'pulumi', name: 'PULUMI_ACCESS_TOKEN', value: () => `pul-${fakeToken(LOWER_HEX, 40)}` },
  { family: 'rubygems', name: 'GEM_HOST_API_KEY', value: () => `rubygems_${fakeToken(LOWER_HEX, 48)}` },
  { family: 'replicate', name: 'REPLICATE_API_TOKEN', value: () => `r8_${fakeToken(ALNUM, 37)}` },
  { family: 'groq', name: 'GROQ_API_KEY', value: () => `gsk_${fakeToken(ALNUM, 52)}` },
  { family: 'alibaba', name: 'ALIBABA_ACCESS_KEY_ID', value: () => `LTAI${fakeToken(ALNUM, 20)}` },
  // Legacy DSNs carry the secret key after the public one; a modern DSN holds only the public key.
  {
    family: 'sentry',
    name: 'SENTRY_DSN',
    value: () => `https://${fakeToken(LOWER_HEX, 32)}:${fakeToken(LOWER_HEX, 32)}@sentry.io/${fakeToken(DIGITS, 7)}`,
  },
  {
    family: 'azure',
    name: 'AZURE_STORAGE_CONNECTION_STRING',
    value: () =>
      `DefaultEndpointsProtocol=https;AccountName=acme${fakeToken(LOWER_ALNUM, 6)};AccountKey=${fakeToken(BASE64, 86)}==;EndpointSuffix=core.windows.net`,
  },
  {
    family: 'database-url',
    name: 'DATABASE_URL',
    value: () => `postgres://app_user:${fakeToken(ALNUM, 20)}@db.prod.acme-corp.net:5432/orders`,
  },
  {
    family: 'database-url',
    name: 'MONGODB_URI',
    value: () => `mongodb+srv://admin:${fakeToken(ALNUM, 18)}@cluster0.ab1cd.mongodb.net/prod`,
  },
  {
    family: 'database-url',
    name: 'REDIS_URL',
    value: () => `redis://default:${fakeToken(ALNUM, 24)}@cache.prod.acme-corp.net:6379/0`,
  },
  { family: 'jwt', name: 'SESSION_JWT', value: jwt },
  { family: 'generic', name: 'db_password', value: () => `${fakeToken(ALNUM, 12)}!${fakeToken(ALNUM, 6)}` },
  { family: 'generic', name: 'client_secret', value: () => fakeToken(ALNUM, 32) },
  { family: 'generic', name: 'DATADOG_API_KEY', value: () => fakeToken(LOWER_HEX, 32) },
];

/** Multi-line secrets: whole blocks, labelled over their full line span. */
export const BLOCK_FORMATS: readonly { family: string; ext: string; value: () => string }[] = [
  { family: 'private-key', ext: 'pem', value: () => pemBlock('RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA', 25) },
  { family: 'private-key', ext: 'key', value: () => pemBlock('PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 25) },
  {
    family: 'private-key',
    ext: 'txt',
    value: () =>
      pemBlock('OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 6),
  },
  { family: 'private-key', ext: 'asc', value: () => pemBlock('PGP PRIVATE KEY BLOCK', 'lQVYBGX', 20) },
  { family: 'private-key', ext: 'pem', value: () => pemBlock('EC PRIVATE KEY', 'MHcCAQEEI', 3) },
];

function pemBlock(kind: string, prefix: string, lines: number): string {
  const body = `${prefix}${fakeToken(BASE64, lines * 64 - prefix.length)}`;
  const rows = body.match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${kind}-----`, ...rows, `-----END ${kind}-----`].join('\n');
}
