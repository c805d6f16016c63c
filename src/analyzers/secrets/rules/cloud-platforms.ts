import { ALNUM, BASE64, BASE64URL, fakeToken, HEX, UPPER_ALNUM } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { DIGITS, fakeOf, fakeUuid, LOWER } from './fake-parts.js';
import { keyedRule as keyed } from './keyed-rule.js';
import { UUID } from './nearby.js';
import { prefixedRule as prefixed } from './prefixed-rule.js';

// Hosting, infrastructure, data platforms and CDNs beyond cloud.ts.
const alnum = (length: number) => fakeOf(ALNUM, length);
const LOWER_ALNUM = `${LOWER}0123456789`;

export default [
  prefixed('scaleway-access-key', 'Scaleway access key id', 'SCW', '[A-Z0-9]{17}', fakeOf(UPPER_ALNUM, 17), 'medium'),
  keyed('scaleway-secret-key', 'Scaleway secret key', ['scaleway', 'scw_secret'], UUID, fakeUuid, {
    kind: 'secret',
    setting: 'SCALEWAY_SECRET_KEY',
    severity: 'critical',
  }),
  prefixed('tencent-cloud-secret-id', 'Tencent Cloud SecretId', 'AKID', '[A-Za-z0-9]{32}', alnum(32), 'medium'),
  keyed('tencent-cloud-secret-key', 'Tencent Cloud SecretKey', ['tencent'], '[A-Za-z0-9]{32}', alnum(32), {
    kind: 'secret',
    setting: 'TENCENTCLOUD_SECRET_KEY',
    severity: 'critical',
  }),
  keyed(
    'huawei-cloud-secret-key',
    'Huawei Cloud secret access key',
    ['huawei', 'hwcloud'],
    '[A-Za-z0-9]{40}',
    alnum(40),
    {
      kind: 'secret|sk',
      setting: 'HUAWEICLOUD_SDK_SK',
      severity: 'critical',
    },
  ),
  keyed(
    'ovh-application-secret',
    'OVHcloud application secret or consumer key',
    ['ovh'],
    '[A-Za-z0-9]{32}',
    alnum(32),
    {
      whole: true,
      kind: 'secret|consumer',
      setting: 'OVH_APPLICATION_SECRET',
      severity: 'critical',
    },
  ),
  keyed('vultr-api-key', 'Vultr API key', ['vultr'], '[A-Z0-9]{36}', fakeOf(UPPER_ALNUM, 36), { severity: 'critical' }),
  keyed(
    'backblaze-application-key',
    'Backblaze B2 application key',
    ['backblaze', 'b2_application_key', 'b2_app_key'],
    'K[0-9]{3}[A-Za-z0-9+/]{27}',
    () => `K00${fakeToken(DIGITS, 1)}${fakeToken(ALNUM, 27)}`,
    {
      setting: 'B2_APPLICATION_KEY',
      severity: 'critical',
    },
  ),
  prefixed(
    'akamai-edgegrid-token',
    'Akamai EdgeGrid client or access token',
    'akab-',
    '[a-z0-9]{16}-[a-z0-9]{16}',
    () => `${fakeToken(LOWER_ALNUM, 16)}-${fakeToken(LOWER_ALNUM, 16)}`,
  ),
  keyed('railway-api-token', 'Railway API or project token', ['railway'], UUID, fakeUuid, {
    kind: 'token',
    setting: 'RAILWAY_TOKEN',
  }),
  keyed('consul-acl-token', 'HashiCorp Consul ACL token', ['consul'], UUID, fakeUuid, {
    kind: 'token',
    setting: 'CONSUL_HTTP_TOKEN',
  }),
  keyed('nomad-acl-token', 'HashiCorp Nomad ACL token', ['nomad'], UUID, fakeUuid, {
    kind: 'token',
    setting: 'NOMAD_TOKEN',
  }),
  prefixed('yandex-api-key', 'Yandex Cloud API key', 'AQVN', '[A-Za-z0-9_-]{35,38}', fakeOf(BASE64URL, 36)),
  keyed(
    'yandex-iam-token',
    'Yandex Cloud IAM token',
    ['yandex'],
    't1\\.[A-Za-z0-9_-]{10,200}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}',
    () => `t1.${fakeToken(BASE64URL, 60)}.${fakeToken(BASE64URL, 86)}`,
    { setting: 'YANDEX_IAM_TOKEN' },
  ),
  keyed(
    'yandex-static-access-key',
    'Yandex Cloud static access key id',
    ['yandex'],
    'YC[A-Za-z0-9_-]{38}',
    () => `YC${fakeToken(BASE64URL, 38)}`,
    {
      setting: 'YANDEX_ACCESS_KEY',
    },
  ),
  prefixed('openshift-user-token', 'OpenShift user OAuth token', 'sha256~', '[A-Za-z0-9_-]{43}', fakeOf(BASE64URL, 43)),
  prefixed(
    'cloudflare-tunnel-token',
    'Cloudflare Tunnel token (base64 JSON with the tunnel secret)',
    'eyJhIjoi',
    '[A-Za-z0-9+/]{100,400}={0,2}',
    () =>
      Buffer.from(JSON.stringify({ a: fakeToken(HEX, 32), t: fakeUuid(), s: fakeToken(BASE64, 44) }))
        .toString('base64')
        .slice(8),
    'critical',
  ),
  keyed('mongodb-atlas-private-key', 'MongoDB Atlas API private key', ['atlas'], UUID, fakeUuid, {
    kind: 'private',
    setting: 'MONGODB_ATLAS_PRIVATE_KEY',
    severity: 'critical',
  }),
  prefixed(
    'mongodb-atlas-service-account-secret',
    'MongoDB Atlas service account secret',
    'mdb_sa_sk_',
    '[A-Za-z0-9_-]{40}',
    fakeOf(BASE64URL, 40),
    'critical',
  ),
  prefixed(
    'clickhouse-cloud-api-secret',
    'ClickHouse Cloud API secret key',
    '4b1d',
    '[A-Za-z0-9]{38}',
    alnum(38),
    'critical',
  ),
  prefixed(
    'dbt-cloud-token',
    'dbt Cloud service or personal token',
    'dbtc_',
    '[A-Za-z0-9_-]{40,80}',
    fakeOf(BASE64URL, 54),
  ),
  keyed(
    'confluent-api-secret',
    'Confluent Cloud API secret',
    ['confluent'],
    '[A-Za-z0-9+/]{64}',
    fakeOf(`${ALNUM}+/`, 64),
    {
      kind: 'secret',
      setting: 'CONFLUENT_API_SECRET',
      severity: 'critical',
    },
  ),
  {
    id: 'secret/cloudinary-url',
    description: 'Cloudinary URL with the API secret',
    keywords: ['cloudinary://'],
    pattern: /cloudinary:\/\/[0-9]{12,16}:(?<secret>[A-Za-z0-9_-]{24,32})@[A-Za-z0-9_-]{1,64}/,
    minEntropy: 3.5,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [`cloudinary://${fakeToken(DIGITS, 15)}:${fakeToken(BASE64URL, 27)}@acme-media`],
      negative: () => ['cloudinary://<api_key>:<api_secret>@<cloud_name>', 'cloudinary://123456789012345:abc@demo'],
    },
  },
  prefixed(
    'portainer-access-token',
    'Portainer API access token',
    'ptr_',
    '[A-Za-z0-9+/]{43}=?',
    fakeOf(`${ALNUM}+/`, 43),
  ),
  keyed(
    'rancher-api-token',
    'Rancher API token',
    ['rancher'],
    'token-[a-z0-9]{5}:[a-z0-9]{54}',
    () => `token-${fakeToken(LOWER_ALNUM, 5)}:${fakeToken(LOWER_ALNUM, 54)}`,
    {
      severity: 'critical',
      setting: 'RANCHER_TOKEN',
    },
  ),
  keyed(
    'imagekit-private-key',
    'ImageKit private API key',
    ['imagekit'],
    'private_[A-Za-z0-9+/=]{28,30}',
    () => `private_${fakeToken(ALNUM, 27)}=`,
  ),
  keyed(
    'netlify-access-token',
    'Netlify personal access token (legacy format)',
    ['netlify'],
    '[A-Za-z0-9_-]{43}',
    fakeOf(BASE64URL, 43),
    {
      setting: 'NETLIFY_AUTH_TOKEN',
    },
  ),
  keyed(
    'bunny-api-key',
    'bunny.net API key',
    ['bunnycdn', 'bunny_api', 'bunny.net'],
    `${UUID}(?:[0-9a-f-]{36})?`,
    fakeUuid,
  ),
  keyed(
    'upstash-redis-token',
    'Upstash Redis REST token',
    ['upstash'],
    'A[A-Za-z0-9_-]{40,120}={0,2}',
    () => `A${fakeToken(BASE64URL, 60)}=`,
    {
      kind: 'token',
      setting: 'UPSTASH_REDIS_REST_TOKEN',
    },
  ),
  keyed('neon-api-key', 'Neon API key', ['neon'], '[a-z0-9]{64}', fakeOf(LOWER_ALNUM, 64), {
    whole: true,
    kind: 'api[_.-]?key',
  }),
  keyed('aiven-api-token', 'Aiven API token', ['aiven'], '[A-Za-z0-9+/=]{200,400}', fakeOf(BASE64, 372), {
    setting: 'AIVEN_TOKEN',
  }),
  keyed(
    'digitalocean-spaces-secret',
    'DigitalOcean Spaces secret key',
    ['spaces'],
    '[A-Za-z0-9+/]{43}',
    fakeOf(`${ALNUM}+/`, 43),
    {
      whole: true,
      kind: 'secret',
      setting: 'SPACES_SECRET_KEY',
      severity: 'critical',
    },
  ),
  keyed('minio-secret-key', 'MinIO secret key', ['minio'], '[A-Za-z0-9+/]{30,64}', alnum(40), {
    kind: 'secret|password',
    setting: 'MINIO_SECRET_KEY',
  }),
] satisfies SecretRule[];
