import { ALNUM, BASE64, BASE64URL, fakeToken } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { BASE32_LOWER, LOWER } from './fake-parts.js';
import { nearbyPattern } from './nearby.js';

const base64Key = (length: number, pad: string) => fakeToken(BASE64, length) + pad;
const sasQuery = (sig: string) =>
  `?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2030-01-01T00:00:00Z&spr=https&sig=${sig}`;

export default [
  {
    id: 'secret/azure-storage-account-key',
    description: 'Azure Storage connection string with an account key',
    keywords: ['accountkey'],
    pattern: /AccountName=[^;\s]{3,64};AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/i,
    minEntropy: 4,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [
        `DefaultEndpointsProtocol=https;AccountName=${fakeToken(LOWER, 10)};AccountKey=${base64Key(86, '==')};EndpointSuffix=core.windows.net`,
      ],
      negative: () => [
        `DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=${'A'.repeat(86)}==`,
        'AccountName=myaccount;AccountKey=<your-key>',
        'UseDevelopmentStorage=true',
      ],
    },
  },
  {
    id: 'secret/azure-cosmosdb-key',
    description: 'Azure Cosmos DB connection string with an account key',
    keywords: ['accountkey'],
    pattern: /AccountEndpoint=https:\/\/[^;\s]{1,100};AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/i,
    minEntropy: 4,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [
        `AccountEndpoint=https://${fakeToken(LOWER, 8)}.documents.azure.com:443/;AccountKey=${base64Key(86, '==')};`,
      ],
      negative: () => [
        `AccountEndpoint=https://localhost:8081/;AccountKey=${'C'.repeat(86)}==`,
        'AccountEndpoint=https://x/;AccountKey=${COSMOS_KEY}',
      ],
    },
  },
  {
    id: 'secret/azure-shared-access-key',
    description: 'Azure Service Bus / Event Hubs / IoT Hub connection string shared access key',
    keywords: ['sharedaccesskey='],
    pattern: /\bSharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)/i,
    minEntropy: 4,
    severity: 'high',
    confidence: 0.95,
    examples: {
      positive: () => [
        `Endpoint=sb://${fakeToken(LOWER, 8)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${base64Key(43, '=')}`,
      ],
      negative: () => [
        `SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${'x'.repeat(43)}=`,
        'SharedAccessKey=<key>',
        'SharedAccessKeyName=RootManageSharedAccessKey',
      ],
    },
  },
  {
    id: 'secret/azure-sas-token',
    description: 'Azure shared access signature (SAS) token',
    keywords: ['sig='],
    // The signature is a URL-encoded base64 HMAC-SHA256 (44 characters before encoding).
    pattern:
      /\bsv=\d{4}-\d{2}-\d{2}&[^\s"'<>]{0,300}?\bsig=(?<secret>[A-Za-z0-9%+/]{43,64}(?:%3D|=)?)(?![A-Za-z0-9%+/=])/,
    minEntropy: 4,
    severity: 'high',
    confidence: 0.9,
    examples: {
      positive: () => [
        `https://${fakeToken(LOWER, 8)}.blob.core.windows.net/c${sasQuery(fakeToken(ALNUM, 43) + '%3D')}`,
      ],
      negative: () => [sasQuery('x'.repeat(43) + '%3D'), sasQuery('<signature>'), 'sig=abc'],
    },
  },
  {
    id: 'secret/azure-ad-client-secret',
    description: 'Microsoft Entra ID (Azure AD) application client secret',
    keywords: ['q~'],
    // Secrets issued since 2021: three characters, a digit, "Q~", then 31-34 more.
    pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
    minEntropy: 3.5,
    severity: 'critical',
    confidence: 0.9,
    examples: {
      positive: () => [`${fakeToken(ALNUM, 3)}8Q~${fakeToken(BASE64URL, 34)}`],
      negative: () => [
        `abc8Q~${'x'.repeat(34)}`,
        `abc8Q~${fakeToken(ALNUM, 10)}`,
        'the secret contains Q~ after four characters',
      ],
    },
  },
  {
    id: 'secret/azure-devops-pat',
    description: 'Azure DevOps personal access token (84-character format)',
    keywords: ['azdo'],
    pattern: /\b[A-Za-z0-9]{52}JQQJ9[0-9][A-Za-z0-9]{3}AZDO[A-Za-z0-9]{4}\b/,
    minEntropy: 4,
    severity: 'critical',
    confidence: 0.95,
    examples: {
      positive: () => [`${fakeToken(ALNUM, 52)}JQQJ99${fakeToken(ALNUM, 3)}AZDO${fakeToken(ALNUM, 4)}`],
      negative: () => [`${'x'.repeat(52)}JQQJ99xxxAZDOxxxx`, `${fakeToken(ALNUM, 20)}JQQJ99AZDO`],
    },
  },
  {
    id: 'secret/azure-devops-legacy-pat',
    description: 'Azure DevOps personal access token (52-character base32) next to the provider name',
    keywords: ['azure', 'devops', 'ado_'],
    pattern: nearbyPattern('azure|devops|\\bado_', '[a-z2-7]{52}'),
    minEntropy: 4,
    severity: 'high',
    confidence: 0.75,
    examples: {
      positive: () => [`AZURE_DEVOPS_PAT=${fakeToken(BASE32_LOWER, 52)}`],
      negative: () => [
        `AZURE_DEVOPS_PAT=${'a'.repeat(52)}`,
        `AZURE_DEVOPS_PAT=${fakeToken(BASE32_LOWER, 40)}`,
        'AZURE_DEVOPS_PAT=$(System.AccessToken)',
      ],
    },
  },
] satisfies SecretRule[];
