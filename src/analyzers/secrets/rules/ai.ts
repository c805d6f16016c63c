import { ALNUM, BASE64URL, fakeToken, HEX } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { prefixedRule as prefixed } from './prefixed-rule.js';
import { LETTERS } from './fake-parts.js';
import { namedRule } from './named-rule.js';

// "T3BlbkFJ" is base64 for "OpenAI": every OpenAI key carries it between two random halves.
const MARK = 'T3BlbkFJ';

const openAiProject = (kind: string) =>
  prefixed(
    `openai-${kind === 'proj' ? 'project' : kind === 'svcacct' ? 'service-account' : 'admin'}-key`,
    `OpenAI ${kind === 'proj' ? 'project' : kind === 'svcacct' ? 'service account' : 'admin'} API key`,
    `sk-${kind}-`,
    `(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})${MARK}(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})`,
    () => `${fakeToken(BASE64URL, 74)}${MARK}${fakeToken(BASE64URL, 74)}`,
    'critical',
  );

export default [
  {
    id: 'secret/openai-api-key',
    description: 'OpenAI API key (user key format)',
    keywords: ['t3blbkfj'],
    pattern: new RegExp(`\\bsk-[A-Za-z0-9]{20}${MARK}[A-Za-z0-9]{20}\\b`),
    minEntropy: 3.5,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [`sk-${fakeToken(ALNUM, 20)}${MARK}${fakeToken(ALNUM, 20)}`],
      negative: () => [
        `sk-${'x'.repeat(20)}${MARK}${'x'.repeat(20)}`,
        `sk-${fakeToken(ALNUM, 48)}`,
        'OpenAI keys start with sk-',
      ],
    },
  },
  openAiProject('proj'),
  openAiProject('svcacct'),
  openAiProject('admin'),
  prefixed(
    'anthropic-api-key',
    'Anthropic API key',
    'sk-ant-api03-',
    '[A-Za-z0-9_-]{90,128}AA',
    () => `${fakeToken(BASE64URL, 93)}AA`,
    'critical',
  ),
  prefixed(
    'anthropic-admin-key',
    'Anthropic admin API key',
    'sk-ant-admin01-',
    '[A-Za-z0-9_-]{90,128}AA',
    () => `${fakeToken(BASE64URL, 93)}AA`,
    'critical',
  ),
  prefixed('huggingface-token', 'Hugging Face user access token', 'hf_', '[A-Za-z]{34}', () => fakeToken(LETTERS, 34)),
  prefixed('huggingface-org-token', 'Hugging Face organization API token', 'api_org_', '[A-Za-z]{34}', () =>
    fakeToken(LETTERS, 34),
  ),
  prefixed('replicate-api-token', 'Replicate API token', 'r8_', '[A-Za-z0-9]{37}', () => fakeToken(ALNUM, 37)),
  prefixed('groq-api-key', 'Groq API key', 'gsk_', '[A-Za-z0-9]{52}', () => fakeToken(ALNUM, 52)),
  prefixed('perplexity-api-key', 'Perplexity API key', 'pplx-', '[A-Za-z0-9]{48}', () => fakeToken(ALNUM, 48)),
  prefixed('xai-api-key', 'xAI (Grok) API key', 'xai-', '[A-Za-z0-9]{80}', () => fakeToken(ALNUM, 80)),
  prefixed('openrouter-api-key', 'OpenRouter API key', 'sk-or-v1-', '[a-f0-9]{64}', () => fakeToken(HEX, 64)),
  prefixed(
    'langsmith-api-key',
    'LangSmith API key',
    'lsv2_',
    '(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}',
    () => `pt_${fakeToken(HEX, 32)}_${fakeToken(HEX, 10)}`,
  ),
  prefixed(
    'pinecone-api-key',
    'Pinecone API key',
    'pcsk_',
    '[A-Za-z0-9]{4,10}_[A-Za-z0-9]{50,80}',
    () => `${fakeToken(ALNUM, 6)}_${fakeToken(ALNUM, 64)}`,
  ),
  namedRule({
    id: 'cohere-api-key',
    description: 'Cohere API key next to the provider name',
    keywords: ['cohere'],
    context: 'cohere',
    secret: '[A-Za-z0-9]{40}',
    fake: () => fakeToken(ALNUM, 40),
    setting: 'COHERE_API_KEY',
  }),
  namedRule({
    id: 'mistral-api-key',
    description: 'Mistral API key next to the provider name',
    keywords: ['mistral'],
    context: 'mistral',
    secret: '[A-Za-z0-9]{32}',
    fake: () => fakeToken(ALNUM, 32),
    setting: 'MISTRAL_API_KEY',
  }),
  namedRule({
    id: 'deepseek-api-key',
    description: 'DeepSeek API key next to the provider name',
    keywords: ['deepseek'],
    context: 'deepseek',
    secret: 'sk-[a-f0-9]{32}',
    fake: () => `sk-${fakeToken(HEX, 32)}`,
    setting: 'DEEPSEEK_API_KEY',
  }),
  namedRule({
    id: 'elevenlabs-api-key',
    description: 'ElevenLabs API key next to the provider name',
    keywords: ['elevenlabs'],
    context: 'elevenlabs|xi-api-key',
    secret: 'sk_[a-f0-9]{48}',
    fake: () => `sk_${fakeToken(HEX, 48)}`,
    setting: 'ELEVENLABS_API_KEY',
  }),
] satisfies SecretRule[];
