import { ALNUM, BASE64URL, fakeToken, HEX, UPPER_ALNUM } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { fakeOf, fakeUuid, LETTERS } from './fake-parts.js';
import { keyedRule as keyed } from './keyed-rule.js';
import { UUID } from './nearby.js';
import { prefixedRule as prefixed } from './prefixed-rule.js';

// Inference, speech, search and scraping APIs beyond ai.ts's model providers.
const hex = (length: number) => fakeOf(HEX, length);
const alnum = (length: number) => fakeOf(ALNUM, length);

export default [
  prefixed(
    'nvidia-api-key',
    'NVIDIA NGC / NIM API key',
    'nvapi-',
    '[A-Za-z0-9_-]{64}',
    fakeOf(BASE64URL, 64),
    'critical',
  ),
  prefixed('langfuse-secret-key', 'Langfuse secret key', 'sk-lf-', UUID, fakeUuid),
  prefixed('tavily-api-key', 'Tavily API key', 'tvly-', '(?:dev-|prod-)?[A-Za-z0-9]{32}', alnum(32)),
  prefixed('apify-api-token', 'Apify API token', 'apify_api_', '[A-Za-z0-9]{36}', alnum(36)),
  prefixed('jina-api-key', 'Jina AI API key', 'jina_', '[A-Za-z0-9_-]{50,80}', fakeOf(BASE64URL, 60)),
  keyed('together-api-key', 'Together AI API key', ['together'], 'tgp_v1_[A-Za-z0-9_-]{43}|[a-f0-9]{64}', hex(64), {
    kind: 'key|token',
    setting: 'TOGETHER_API_KEY',
  }),
  keyed(
    'fireworks-api-key',
    'Fireworks AI API key',
    ['fireworks'],
    'fw_[A-Za-z0-9]{24}',
    () => `fw_${fakeToken(ALNUM, 24)}`,
  ),
  keyed('deepinfra-api-key', 'DeepInfra API token', ['deepinfra'], '[A-Za-z0-9]{32}', alnum(32)),
  keyed('assemblyai-api-key', 'AssemblyAI API key', ['assemblyai', 'assembly_ai'], '[a-f0-9]{32}', hex(32)),
  keyed('deepgram-api-key', 'Deepgram API key', ['deepgram'], '[a-f0-9]{40}', hex(40)),
  keyed(
    'stability-api-key',
    'Stability AI API key',
    ['stability'],
    'sk-[A-Za-z0-9]{48}',
    () => `sk-${fakeToken(ALNUM, 48)}`,
  ),
  keyed(
    'voyage-api-key',
    'Voyage AI API key',
    ['voyage'],
    'pa-[A-Za-z0-9_-]{43}',
    () => `pa-${fakeToken(BASE64URL, 43)}`,
  ),
  keyed('wandb-api-key', 'Weights & Biases API key', ['wandb'], '[a-f0-9]{40}', hex(40)),
  keyed('clarifai-api-key', 'Clarifai API key or PAT', ['clarifai'], '[a-f0-9]{32}', hex(32)),
  keyed(
    'azure-openai-api-key',
    'Azure OpenAI API key',
    ['azure_openai', 'azure-openai', 'azureopenai'],
    '[a-f0-9]{32}',
    hex(32),
    {
      severity: 'critical',
    },
  ),
  keyed(
    'azure-cognitive-services-key',
    'Azure AI services (APIM) subscription key',
    ['ocp-apim-subscription-key', 'cognitive'],
    '[a-f0-9]{32}',
    hex(32),
    {
      setting: 'Ocp-Apim-Subscription-Key',
    },
  ),
  keyed('ai21-api-key', 'AI21 Labs API key', ['ai21'], '[A-Za-z0-9]{32}', alnum(32)),
  keyed('serpapi-key', 'SerpApi API key', ['serpapi', 'serp_api'], '[a-f0-9]{64}', hex(64)),
  keyed('firecrawl-api-key', 'Firecrawl API key', ['firecrawl'], 'fc-[a-f0-9]{32}', () => `fc-${fakeToken(HEX, 32)}`),
  keyed('scrapingbee-api-key', 'ScrapingBee API key', ['scrapingbee'], '[A-Z0-9]{80}', fakeOf(UPPER_ALNUM, 80)),
  keyed('pinecone-legacy-api-key', 'Pinecone legacy API key', ['pinecone'], UUID, fakeUuid),
  keyed('gladia-api-key', 'Gladia API key', ['gladia'], UUID, fakeUuid),
  keyed('rev-ai-access-token', 'Rev AI access token', ['revai', 'rev_ai'], '[A-Za-z0-9_-]{86}', fakeOf(BASE64URL, 86)),
  keyed('speechmatics-api-key', 'Speechmatics API key', ['speechmatics'], '[A-Za-z0-9]{32}', alnum(32)),
  keyed(
    'openai-organization-key',
    'OpenAI legacy secret key in a named setting',
    ['openai'],
    'sk-[A-Za-z0-9]{48}',
    () => `sk-${fakeToken(LETTERS, 20)}${fakeToken(ALNUM, 28)}`,
    {
      severity: 'critical',
    },
  ),
  keyed(
    'private-ai-api-key',
    'Private AI API key',
    ['private_ai', 'privateai', 'private-ai'],
    '[A-Za-z0-9]{32}',
    alnum(32),
  ),
] satisfies SecretRule[];
