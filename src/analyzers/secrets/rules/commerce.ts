import { ALNUM, BASE64, BASE64URL, fakeToken, HEX, UPPER_ALNUM } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { fakeOf, fakeUuid, LOWER } from './fake-parts.js';
import { keyedRule as keyed } from './keyed-rule.js';
import { UUID } from './nearby.js';
import { prefixedRule as prefixed } from './prefixed-rule.js';

// Shops, payments, billing and market data. Keys that move money rank critical.
const hex = (length: number) => fakeOf(HEX, length);
const alnum = (length: number) => fakeOf(ALNUM, length);

export default [
  prefixed('woocommerce-consumer-key', 'WooCommerce REST API consumer key', 'ck_', '[a-f0-9]{40}', hex(40)),
  prefixed(
    'woocommerce-consumer-secret',
    'WooCommerce REST API consumer secret',
    'cs_',
    '[a-f0-9]{40}',
    hex(40),
    'critical',
  ),
  keyed('etsy-api-key', 'Etsy API keystring', ['etsy'], '[a-z0-9]{24}', fakeOf(`${LOWER}0123456789`, 24), {
    whole: true,
  }),
  keyed('squarespace-api-key', 'Squarespace API key', ['squarespace'], UUID, fakeUuid),
  keyed(
    'paypal-client-secret',
    'PayPal REST app client secret',
    ['paypal'],
    '[A-Za-z0-9_-]{80}',
    fakeOf(BASE64URL, 80),
    {
      kind: 'secret',
      setting: 'PAYPAL_CLIENT_SECRET',
      severity: 'critical',
    },
  ),
  keyed('razorpay-key-secret', 'Razorpay key secret', ['razorpay'], '[A-Za-z0-9]{24}', alnum(24), {
    kind: 'secret',
    setting: 'RAZORPAY_KEY_SECRET',
    severity: 'critical',
  }),
  keyed(
    'mollie-api-key',
    'Mollie API key',
    ['mollie'],
    '(?:live|test)_[A-Za-z0-9]{30}',
    () => `live_${fakeToken(ALNUM, 30)}`,
    {
      severity: 'critical',
    },
  ),
  {
    id: 'secret/paddle-api-key',
    description: 'Paddle Billing API key',
    keywords: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'],
    pattern: /(?<![A-Za-z0-9_-])pdl_(?:live|sdbx)_apikey_[A-Za-z0-9_]{40,80}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [
        `pdl_live_apikey_${fakeToken(`${LOWER}0123456789`, 26)}_${fakeToken(ALNUM, 22)}_${fakeToken(ALNUM, 3)}`,
      ],
      negative: () => [`pdl_live_apikey_${'x'.repeat(50)}`, 'keys start with pdl_live_apikey_'],
    },
  },
  keyed(
    'lob-api-key',
    'Lob API key',
    ['lob'],
    '(?:live|test)_(?:pub_)?[a-f0-9]{31,35}',
    () => `live_${fakeToken(HEX, 35)}`,
    {
      whole: true,
    },
  ),
  keyed('plaid-secret', 'Plaid API secret', ['plaid'], '[a-f0-9]{30}', hex(30), {
    kind: 'secret',
    setting: 'PLAID_SECRET',
    severity: 'critical',
  }),
  // not 'wise' alone: 'otherwise_' fills diagnostic tables (TypeScript's), and each ran the rule; the
  // longer names need no whole-name check, so camelCase (transferwiseKey) counts too
  keyed(
    'wise-api-token',
    'Wise (TransferWise) API token',
    ['transferwise', 'wise_api', 'wise-api', 'wise_token'],
    UUID,
    fakeUuid,
    {
      setting: 'WISE_API_TOKEN',
      severity: 'critical',
    },
  ),
  keyed('coinbase-api-secret', 'Coinbase API secret', ['coinbase'], '[A-Za-z0-9_-]{64}', fakeOf(BASE64URL, 64), {
    kind: 'secret|key',
    setting: 'COINBASE_API_SECRET',
    severity: 'critical',
  }),
  keyed('binance-api-key', 'Binance API key or secret', ['binance'], '[A-Za-z0-9]{64}', alnum(64), {
    severity: 'critical',
  }),
  keyed(
    'kraken-private-key',
    'Kraken API private key',
    ['kraken'],
    '[A-Za-z0-9+/]{86}={0,2}',
    () => `${fakeToken(BASE64, 86)}==`,
    {
      severity: 'critical',
      setting: 'KRAKEN_PRIVATE_KEY',
    },
  ),
  keyed('kucoin-api-key', 'KuCoin API key', ['kucoin'], '[a-f0-9]{24}', hex(24)),
  keyed('kucoin-api-secret', 'KuCoin API secret', ['kucoin'], UUID, fakeUuid, {
    kind: 'secret',
    setting: 'KUCOIN_API_SECRET',
    severity: 'critical',
  }),
  keyed('bittrex-api-key', 'Bittrex API key or secret', ['bittrex'], '[a-f0-9]{32}', hex(32), { severity: 'critical' }),
  keyed(
    'etherscan-api-key',
    'Etherscan-family block explorer API key',
    ['etherscan', 'bscscan', 'polygonscan', 'arbiscan'],
    '[A-Z0-9]{34}',
    fakeOf(UPPER_ALNUM, 34),
    {
      severity: 'medium',
    },
  ),
  keyed('infura-api-key', 'Infura project secret or API key', ['infura'], '[a-f0-9]{32}', hex(32)),
  keyed('alchemy-api-key', 'Alchemy API key', ['alchemy'], '[A-Za-z0-9_-]{32}', fakeOf(BASE64URL, 32), {
    whole: true,
    // 'alchemy' inside sqlalchemy, then a 32-character identifier
    extraNegatives: ['from sqlalchemy.dialects.mysql.pymysql import _connection_ping_reconnects_true'],
  }),
  keyed('coinmarketcap-api-key', 'CoinMarketCap API key', ['coinmarketcap', 'cmc_pro'], UUID, fakeUuid),
  keyed('finnhub-api-key', 'Finnhub API key', ['finnhub'], '[a-z0-9]{20}', fakeOf(`${LOWER}0123456789`, 20)),
  keyed(
    'alpha-vantage-api-key',
    'Alpha Vantage API key',
    ['alphavantage', 'alpha_vantage'],
    '[A-Z0-9]{16}',
    fakeOf(UPPER_ALNUM, 16),
  ),
  keyed('polygon-io-api-key', 'Polygon.io market data API key', ['polygon'], '[A-Za-z0-9_]{32}', alnum(32), {
    kind: 'api[_.-]?key',
  }),
  keyed(
    'iex-cloud-secret-token',
    'IEX Cloud secret token',
    ['iexcloud', 'iex_cloud', 'iex_token', 'iex_api'],
    'sk_[a-f0-9]{32}',
    () => `sk_${fakeToken(HEX, 32)}`,
  ),
  keyed('twelve-data-api-key', 'Twelve Data API key', ['twelvedata', 'twelve_data'], '[a-f0-9]{32}', hex(32)),
  keyed(
    'quandl-api-key',
    'Nasdaq Data Link (Quandl) API key',
    ['quandl', 'nasdaq_data_link'],
    '[A-Za-z0-9_-]{20}',
    fakeOf(BASE64URL, 20),
  ),
  keyed('finicity-app-key', 'Finicity app key', ['finicity'], '[a-f0-9]{32}', hex(32)),
  prefixed('easypost-test-api-key', 'EasyPost test API key', 'EZTK', '[A-Za-z0-9]{54}', alnum(54), 'medium'),
  {
    id: 'secret/flutterwave-encryption-key',
    description: 'Flutterwave encryption key',
    keywords: ['flwseck'],
    pattern: /(?<![A-Za-z0-9_-])FLWSECK(?:_TEST)?[a-f0-9]{12}(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: 'high',
    confidence: 0.9,
    examples: {
      positive: () => [`FLWSECK_TEST${fakeToken(HEX, 12)}`, `FLWSECK${fakeToken(HEX, 12)}`],
      negative: () => ['FLWSECK_TEST000000000000', 'encryption keys start with FLWSECK'],
    },
  },
  keyed('taxjar-api-token', 'TaxJar API token', ['taxjar'], '[a-f0-9]{32}', hex(32)),
  keyed('recurly-api-key', 'Recurly private API key', ['recurly'], '[a-f0-9]{32}', hex(32), { severity: 'critical' }),
  keyed(
    'chargebee-api-key',
    'Chargebee API key',
    ['chargebee'],
    '(?:live|test)_[A-Za-z0-9]{26,34}',
    () => `live_${fakeToken(ALNUM, 32)}`,
    {
      severity: 'critical',
    },
  ),
  keyed(
    'klaviyo-private-key',
    'Klaviyo private API key',
    ['klaviyo'],
    'pk_[A-Za-z0-9]{34}',
    () => `pk_${fakeToken(ALNUM, 34)}`,
  ),
  {
    id: 'secret/freemius-secret-key',
    description: 'Freemius SDK secret key (PHP array)',
    keywords: ['secret_key'],
    pattern: /["']secret_key["'][ \t]{0,4}=>[ \t]{0,4}["'](?<secret>sk_[^\s'"]{29})["']/,
    minEntropy: 3.5,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [
        `fs_dynamic_init( array( 'id' => '1234', 'public_key' => 'pk_${fakeToken(HEX, 29)}', 'secret_key' => 'sk_${fakeToken(ALNUM, 29)}' ) );`,
      ],
      negative: () => ["'secret_key' => 'sk_'", "'secret_key' => getenv('FS_SECRET')"],
    },
  },
] satisfies SecretRule[];
