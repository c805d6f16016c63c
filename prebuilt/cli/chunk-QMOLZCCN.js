import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  ALNUM,
  BASE64,
  BASE64URL,
  HEX,
  LOWER_ALNUM,
  UPPER_ALNUM,
  compileConfigRule,
  fakeToken,
  isContextualRule,
  looksLikePassword,
  looksLikeToken,
  scanSecrets
} from "./chunk-NYI4OH7O.js";
import {
  createFinding,
  redactIn
} from "./chunk-PPIWG3NF.js";
import {
  touches
} from "./chunk-4THWTKPR.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/analyzers/secrets/credential-names.js
var SEP = "[_.-]?";
var passwordNames = ["passw(?:or)?d", "passphrase", "pwd", "identified[ \\t]{1,3}by"];
var passwordKeywords = ["passw", "passphrase", "pwd", "identified"];
var credentialNames = [
  ...passwordNames,
  "secret",
  "token",
  "credential",
  `api${SEP}key`,
  `access${SEP}key`,
  `auth${SEP}key`,
  `private${SEP}key`,
  `signing${SEP}key`,
  `encryption${SEP}key`,
  `master${SEP}key`
];
var credentialKeywords = [
  ...passwordKeywords,
  "secret",
  "token",
  "credential",
  "api",
  "access",
  "auth",
  "private",
  "signing",
  "encryption",
  "master"
];

// dist/src/analyzers/secrets/generic-pattern.js
var NAME_TAIL = "[\\w.-]{0,30}\\\\?[\"'`]?\\]?";
var TYPE = "(?:[ \\t]{0,3}:[ \\t]{0,3}(?:string|str)\\b|[ \\t]{1,3}string\\b)?";
var SEPARATOR = "(?:[ \\t]{0,4}(?:=>|:=|\\|\\|=|\\?\\?=|[:=])[ \\t]{0,4}|[ \\t]{1,4}|>)";
var QUOTED = (min) => `(?<=["'\`])(?=(?<quoted>[^\\s"'\`]{${min},200}))\\k<quoted>(?=["'\`])`;
var BARE = (min) => `(?<!["'\`])(?=(?<bare>[^\\s"'\`,;&<>(){}\\[\\]]{${min},200}))\\k<bare>(?![^\\s"'\`,;&<>)}\\]])`;
function buildAssignmentPattern(names, minLength) {
  const value = `(?<q>["'\`]?)(?<secret>${QUOTED(minLength)}|${BARE(minLength)})\\k<q>`;
  return new RegExp(`(?:${names.join("|")})${NAME_TAIL}${TYPE}${SEPARATOR}${value}`, "i");
}
function hasOperatorlessBareValue(lead, quote) {
  return quote === "" && !/(?:=>|:=|[:=>])[ \t]*$/.test(lead);
}
function isFlagOrDockerEnv(beforeName) {
  return /(?:^|\s)--?[\w-]*$/.test(beforeName) || /^\s*(?:ENV|ARG)\s+[\w.-]*$/i.test(beforeName);
}

// dist/src/analyzers/secrets/generic.js
var TOKEN_MIN_ENTROPY = 3;
function acceptsAssignment(candidate) {
  const lead = candidate.lead;
  if (!hasOperatorlessBareValue(lead, candidate.quote))
    return true;
  const beforeName = candidate.before.slice(0, Math.max(0, candidate.before.length - lead.length));
  return isFlagOrDockerEnv(beforeName);
}
var LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function fakeCredentialValue(length = 32) {
  const chunk = Math.max(2, Math.floor((length - 3) / 4));
  const parts = [0, 1, 2, 3].map((index) => fakeToken(LETTERS, index === 3 ? length - 3 - chunk * 3 : chunk));
  return parts.map((part, index) => index < 3 ? `${part}${fakeToken("123456789", 1)}` : part).join("");
}
function fakePassword() {
  return `${fakeToken("ABCDEFGHJKLMNPQRSTUVWXYZ", 1)}${fakeToken("abcdefghijkmnpqrstuvwxyz", 5)}#${fakeToken("23456789", 3)}`;
}
var genericPassword = {
  id: "secret/generic-password",
  description: "Hardcoded password",
  generic: true,
  keywords: passwordKeywords,
  pattern: buildAssignmentPattern(passwordNames, 8),
  severity: "high",
  confidence: 0.6,
  validate: looksLikePassword,
  acceptsCandidate: (candidate) => looksLikePassword(candidate.secret) && acceptsAssignment(candidate),
  examples: {
    positive: () => [
      `DB_PASSWORD="${fakePassword()}"`,
      `password: '${fakePassword()}'`,
      `$dbPassword = '${fakePassword()}';`,
      `CREATE USER app IDENTIFIED BY '${fakePassword()}';`,
      `ALTER ROLE app WITH PASSWORD '${fakePassword()}';`,
      `<add name="Db" smtpPassword="${fakePassword()}" />`
    ],
    negative: () => [
      'password = "changeme"',
      "password: ''",
      "password=",
      '<input type="password" name="pwd">',
      "password = getpass()",
      'password = input("Password: ")',
      "password = user_password",
      'passwordLabel: "Password:"',
      'password: "${DB_PASSWORD}"',
      "PASSWORD_MIN_LENGTH = 8",
      'password: "Required."',
      "the password is stored in the vault",
      'password: "hunter"'
    ]
  }
};
var genericCredential = {
  id: "secret/generic-credential",
  description: "Hardcoded credential",
  generic: true,
  keywords: credentialKeywords,
  pattern: buildAssignmentPattern(credentialNames, 12),
  minEntropy: TOKEN_MIN_ENTROPY,
  severity: "high",
  confidence: 0.7,
  validate: (secret) => looksLikeToken(secret, TOKEN_MIN_ENTROPY),
  acceptsCandidate: (candidate) => looksLikeToken(candidate.secret, TOKEN_MIN_ENTROPY) && acceptsAssignment(candidate),
  examples: {
    positive: () => [
      `api_key = "${fakeCredentialValue(32)}"`,
      `"client_secret": "${fakeCredentialValue(40)}"`,
      `stripeSecretKey: '${fakeCredentialValue(24)}'`,
      `export SERVICE_AUTH_TOKEN="${fakeCredentialValue(28)}"`,
      `private_key = "${fakeCredentialValue(44)}"`
    ],
    negative: () => [
      `api_key = "${"x".repeat(32)}"`,
      "token = getToken()",
      'secret = os.getenv("APP_SECRET")',
      'secret_name = "my-app-secret-name"',
      'tokenizer = "wordpiece-tokenizer-base"',
      "const accessTokenHeader = 'X-Access-Token-Header'",
      "api_key: ${API_KEY}",
      'token: "{{ secrets.GITHUB_TOKEN }}"',
      "max_tokens = 4096",
      "token = this.token",
      "apiKey: process.env.SERVICE_API_KEY",
      "the token expired yesterday"
    ]
  }
};
var genericRules = [genericPassword, genericCredential];

// dist/src/analyzers/secrets/rules/prefixed-rule.js
var TOKEN_CHAR = "A-Za-z0-9_-";
var escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function prefixedRule(id2, description, prefix, body, fake, severity = "high") {
  return {
    id: `secret/${id2}`,
    description,
    keywords: [prefix.toLowerCase()],
    pattern: new RegExp(`(?<![${TOKEN_CHAR}])${escapeRegex(prefix)}${body}(?![${TOKEN_CHAR}])`),
    minEntropy: 3.5,
    severity,
    confidence: 0.95,
    examples: {
      positive: () => [`${prefix}${fake()}`],
      negative: () => [
        `${prefix}${"x".repeat(fake().length)}`,
        `${prefix}${fakeToken(ALNUM, 6)}`,
        `tokens start with ${prefix}`
      ]
    }
  };
}

// dist/src/analyzers/secrets/rules/fake-parts.js
var BASE32_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
var BASE32_LOWER = "abcdefghijklmnopqrstuvwxyz234567";
var DIGITS = "0123456789";
var LOWER = "abcdefghijklmnopqrstuvwxyz";
var LETTERS2 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function fakeUuid() {
  return [8, 4, 4, 4, 12].map((length) => fakeToken(HEX, length)).join("-");
}
var ZERO_UUID = "00000000-0000-0000-0000-000000000000";

// dist/src/analyzers/secrets/rules/nearby.js
var GAP = "[^\\n]{0,40}?";
var UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
function nearbyPattern(context, secret, edge = "A-Za-z0-9_-") {
  const before = edge.replace("=", "");
  return new RegExp(`(?:${context})${GAP}(?<![${before}])(?<secret>${secret})(?![${edge}])`, "i");
}

// dist/src/analyzers/secrets/rules/named-rule.js
function namedRule(spec) {
  const { setting, fake } = spec;
  return {
    id: `secret/${spec.id}`,
    description: spec.description,
    keywords: spec.keywords,
    pattern: nearbyPattern(spec.context, spec.secret, spec.edge),
    minEntropy: 3,
    severity: spec.severity ?? "high",
    confidence: 0.7,
    ...spec.validate ? { validate: spec.validate } : {},
    examples: {
      positive: () => [`${setting}=${fake()}`, `${setting.toLowerCase()}: "${fake()}"`],
      negative: () => [
        `${setting}=${fake().replace(/[A-Za-z0-9]/g, "0")}`,
        `${setting}=${fake().slice(0, 12)}`,
        `${setting}=\${${setting}}`,
        `value = "${fake()}"`,
        ...spec.extraNegatives ?? []
      ]
    }
  };
}

// dist/src/analyzers/secrets/rules/ai.js
var MARK = "T3BlbkFJ";
var openAiProject = (kind) => prefixedRule(`openai-${kind === "proj" ? "project" : kind === "svcacct" ? "service-account" : "admin"}-key`, `OpenAI ${kind === "proj" ? "project" : kind === "svcacct" ? "service account" : "admin"} API key`, `sk-${kind}-`, `(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})${MARK}(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})`, () => `${fakeToken(BASE64URL, 74)}${MARK}${fakeToken(BASE64URL, 74)}`, "critical");
var ai_default = [
  {
    id: "secret/openai-api-key",
    description: "OpenAI API key (user key format)",
    keywords: ["t3blbkfj"],
    pattern: new RegExp(`\\bsk-[A-Za-z0-9]{20}${MARK}[A-Za-z0-9]{20}\\b`),
    minEntropy: 3.5,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [`sk-${fakeToken(ALNUM, 20)}${MARK}${fakeToken(ALNUM, 20)}`],
      negative: () => [
        `sk-${"x".repeat(20)}${MARK}${"x".repeat(20)}`,
        `sk-${fakeToken(ALNUM, 48)}`,
        "OpenAI keys start with sk-"
      ]
    }
  },
  openAiProject("proj"),
  openAiProject("svcacct"),
  openAiProject("admin"),
  prefixedRule("anthropic-api-key", "Anthropic API key", "sk-ant-api03-", "[A-Za-z0-9_-]{90,128}AA", () => `${fakeToken(BASE64URL, 93)}AA`, "critical"),
  prefixedRule("anthropic-admin-key", "Anthropic admin API key", "sk-ant-admin01-", "[A-Za-z0-9_-]{90,128}AA", () => `${fakeToken(BASE64URL, 93)}AA`, "critical"),
  prefixedRule("huggingface-token", "Hugging Face user access token", "hf_", "[A-Za-z]{34}", () => fakeToken(LETTERS2, 34)),
  prefixedRule("huggingface-org-token", "Hugging Face organization API token", "api_org_", "[A-Za-z]{34}", () => fakeToken(LETTERS2, 34)),
  prefixedRule("replicate-api-token", "Replicate API token", "r8_", "[A-Za-z0-9]{37}", () => fakeToken(ALNUM, 37)),
  prefixedRule("groq-api-key", "Groq API key", "gsk_", "[A-Za-z0-9]{52}", () => fakeToken(ALNUM, 52)),
  prefixedRule("perplexity-api-key", "Perplexity API key", "pplx-", "[A-Za-z0-9]{48}", () => fakeToken(ALNUM, 48)),
  prefixedRule("xai-api-key", "xAI (Grok) API key", "xai-", "[A-Za-z0-9]{80}", () => fakeToken(ALNUM, 80)),
  prefixedRule("openrouter-api-key", "OpenRouter API key", "sk-or-v1-", "[a-f0-9]{64}", () => fakeToken(HEX, 64)),
  prefixedRule("langsmith-api-key", "LangSmith API key", "lsv2_", "(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}", () => `pt_${fakeToken(HEX, 32)}_${fakeToken(HEX, 10)}`),
  prefixedRule("pinecone-api-key", "Pinecone API key", "pcsk_", "[A-Za-z0-9]{4,10}_[A-Za-z0-9]{50,80}", () => `${fakeToken(ALNUM, 6)}_${fakeToken(ALNUM, 64)}`),
  namedRule({
    id: "cohere-api-key",
    description: "Cohere API key next to the provider name",
    keywords: ["cohere"],
    context: "cohere",
    secret: "[A-Za-z0-9]{40}",
    fake: () => fakeToken(ALNUM, 40),
    setting: "COHERE_API_KEY"
  }),
  namedRule({
    id: "mistral-api-key",
    description: "Mistral API key next to the provider name",
    keywords: ["mistral"],
    context: "mistral",
    secret: "[A-Za-z0-9]{32}",
    fake: () => fakeToken(ALNUM, 32),
    setting: "MISTRAL_API_KEY"
  }),
  namedRule({
    id: "deepseek-api-key",
    description: "DeepSeek API key next to the provider name",
    keywords: ["deepseek"],
    context: "deepseek",
    secret: "sk-[a-f0-9]{32}",
    fake: () => `sk-${fakeToken(HEX, 32)}`,
    setting: "DEEPSEEK_API_KEY"
  }),
  namedRule({
    id: "elevenlabs-api-key",
    description: "ElevenLabs API key next to the provider name",
    keywords: ["elevenlabs"],
    context: "elevenlabs|xi-api-key",
    secret: "sk_[a-f0-9]{48}",
    fake: () => `sk_${fakeToken(HEX, 48)}`,
    setting: "ELEVENLABS_API_KEY"
  })
];

// dist/src/analyzers/secrets/rules/aws.js
var DOCUMENTED_KEY_ID = ["AKIA", "IOSFODNN7", "EXAMPLE"].join("");
var aws_default = [
  {
    id: "secret/aws-access-key-id",
    description: "AWS access key id (long-term AKIA, temporary ASIA and related prefixes)",
    keywords: ["akia", "asia", "abia", "acca", "a3t"],
    // Key ids are 20 characters of base32 after a four-character type prefix.
    pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/,
    minEntropy: 3,
    validate: (secret) => !secret.endsWith("EXAMPLE"),
    severity: "high",
    confidence: 0.9,
    examples: {
      positive: () => [`AKIA${fakeToken(BASE32_UPPER, 16)}`, `ASIA${fakeToken(BASE32_UPPER, 16)}`],
      negative: () => [
        DOCUMENTED_KEY_ID,
        `AKIA${"X".repeat(16)}`,
        `AKIA${fakeToken(BASE32_UPPER, 12)}`,
        `akia${fakeToken(BASE32_UPPER, 16).toLowerCase()}`,
        "key ids start with AKIA or ASIA"
      ]
    }
  },
  {
    id: "secret/aws-secret-access-key",
    description: "AWS secret access key next to its setting name",
    keywords: ["aws"],
    pattern: /aws_?(?:secret)_?(?:access)?_?key[^\n]{0,20}?(?<![A-Za-z0-9/+])(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
    minEntropy: 4,
    severity: "critical",
    confidence: 0.85,
    examples: {
      positive: () => [
        `aws_secret_access_key = ${fakeToken(BASE64, 40)}`,
        `AWS_SECRET_ACCESS_KEY: "${fakeToken(BASE64, 40)}"`,
        `awsSecretKey=${fakeToken(BASE64, 40)}`
      ],
      negative: () => [
        `aws_secret_access_key = ${"x".repeat(40)}`,
        `aws_secret_access_key = ${fakeToken(BASE64, 30)}`,
        "aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}",
        `secret_access_key = ${fakeToken(HEX, 12)}`
      ]
    }
  },
  {
    id: "secret/aws-session-token",
    description: "AWS temporary session token next to its setting name",
    keywords: ["session_token", "sessiontoken"],
    pattern: /aws_?session_?token[^\n]{0,20}?(?<![A-Za-z0-9/+=])(?<secret>[A-Za-z0-9/+=]{100,2000})(?![A-Za-z0-9/+=])/i,
    minEntropy: 4,
    severity: "high",
    confidence: 0.85,
    examples: {
      positive: () => [
        `aws_session_token = IQoJb3JpZ2luX2Vj${fakeToken(BASE64, 300)}`,
        `AWS_SESSION_TOKEN="FwoGZXIvYXdzE${fakeToken(BASE64, 200)}"`
      ],
      negative: () => [
        `aws_session_token = ${"A".repeat(200)}`,
        `aws_session_token = ${fakeToken(BASE64, 60)}`,
        "aws_session_token = ${AWS_SESSION_TOKEN}"
      ]
    }
  },
  {
    id: "secret/aws-mws-key",
    description: "Amazon Marketplace Web Service auth token",
    keywords: ["amzn.mws."],
    pattern: /\bamzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/,
    minEntropy: 3,
    severity: "high",
    confidence: 0.95,
    examples: {
      positive: () => [`amzn.mws.${fakeUuid()}`],
      negative: () => [
        "amzn.mws.00000000-0000-0000-0000-000000000000",
        "amzn.mws." + "a".repeat(32),
        "MWS tokens start with amzn.mws."
      ]
    }
  }
];

// dist/src/analyzers/secrets/rules/azure.js
var base64Key = (length, pad) => fakeToken(BASE64, length) + pad;
var sasQuery = (sig) => `?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2030-01-01T00:00:00Z&spr=https&sig=${sig}`;
var azure_default = [
  {
    id: "secret/azure-storage-account-key",
    description: "Azure Storage connection string with an account key",
    keywords: ["accountkey"],
    pattern: /AccountName=[^;\s]{3,64};AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/i,
    minEntropy: 4,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [
        `DefaultEndpointsProtocol=https;AccountName=${fakeToken(LOWER, 10)};AccountKey=${base64Key(86, "==")};EndpointSuffix=core.windows.net`
      ],
      negative: () => [
        `DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=${"A".repeat(86)}==`,
        "AccountName=myaccount;AccountKey=<your-key>",
        "UseDevelopmentStorage=true"
      ]
    }
  },
  {
    id: "secret/azure-cosmosdb-key",
    description: "Azure Cosmos DB connection string with an account key",
    keywords: ["accountkey"],
    pattern: /AccountEndpoint=https:\/\/[^;\s]{1,100};AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/i,
    minEntropy: 4,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [
        `AccountEndpoint=https://${fakeToken(LOWER, 8)}.documents.azure.com:443/;AccountKey=${base64Key(86, "==")};`
      ],
      negative: () => [
        `AccountEndpoint=https://localhost:8081/;AccountKey=${"C".repeat(86)}==`,
        "AccountEndpoint=https://x/;AccountKey=${COSMOS_KEY}"
      ]
    }
  },
  {
    id: "secret/azure-shared-access-key",
    description: "Azure Service Bus / Event Hubs / IoT Hub connection string shared access key",
    keywords: ["sharedaccesskey="],
    pattern: /\bSharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)/i,
    minEntropy: 4,
    severity: "high",
    confidence: 0.95,
    examples: {
      positive: () => [
        `Endpoint=sb://${fakeToken(LOWER, 8)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${base64Key(43, "=")}`
      ],
      negative: () => [
        `SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${"x".repeat(43)}=`,
        "SharedAccessKey=<key>",
        "SharedAccessKeyName=RootManageSharedAccessKey"
      ]
    }
  },
  {
    id: "secret/azure-sas-token",
    description: "Azure shared access signature (SAS) token",
    keywords: ["sig="],
    // The signature is a URL-encoded base64 HMAC-SHA256 (44 characters before encoding).
    pattern: /\bsv=\d{4}-\d{2}-\d{2}&[^\s"'<>]{0,300}?\bsig=(?<secret>[A-Za-z0-9%+/]{43,64}(?:%3D|=)?)(?![A-Za-z0-9%+/=])/,
    minEntropy: 4,
    severity: "high",
    confidence: 0.9,
    examples: {
      positive: () => [
        `https://${fakeToken(LOWER, 8)}.blob.core.windows.net/c${sasQuery(fakeToken(ALNUM, 43) + "%3D")}`
      ],
      negative: () => [sasQuery("x".repeat(43) + "%3D"), sasQuery("<signature>"), "sig=abc"]
    }
  },
  {
    id: "secret/azure-ad-client-secret",
    description: "Microsoft Entra ID (Azure AD) application client secret",
    keywords: ["q~"],
    // Secrets issued since 2021: three characters, a digit, "Q~", then 31-34 more.
    pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
    minEntropy: 3.5,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [`${fakeToken(ALNUM, 3)}8Q~${fakeToken(BASE64URL, 34)}`],
      negative: () => [
        `abc8Q~${"x".repeat(34)}`,
        `abc8Q~${fakeToken(ALNUM, 10)}`,
        "the secret contains Q~ after four characters"
      ]
    }
  },
  {
    id: "secret/azure-devops-pat",
    description: "Azure DevOps personal access token (84-character format)",
    keywords: ["azdo"],
    pattern: /\b[A-Za-z0-9]{52}JQQJ9[0-9][A-Za-z0-9]{3}AZDO[A-Za-z0-9]{4}\b/,
    minEntropy: 4,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [`${fakeToken(ALNUM, 52)}JQQJ99${fakeToken(ALNUM, 3)}AZDO${fakeToken(ALNUM, 4)}`],
      negative: () => [`${"x".repeat(52)}JQQJ99xxxAZDOxxxx`, `${fakeToken(ALNUM, 20)}JQQJ99AZDO`]
    }
  },
  {
    id: "secret/azure-devops-legacy-pat",
    description: "Azure DevOps personal access token (52-character base32) next to the provider name",
    keywords: ["azure", "devops", "ado_"],
    pattern: nearbyPattern("azure|devops|\\bado_", "[a-z2-7]{52}"),
    minEntropy: 4,
    severity: "high",
    confidence: 0.75,
    examples: {
      positive: () => [`AZURE_DEVOPS_PAT=${fakeToken(BASE32_LOWER, 52)}`],
      negative: () => [
        `AZURE_DEVOPS_PAT=${"a".repeat(52)}`,
        `AZURE_DEVOPS_PAT=${fakeToken(BASE32_LOWER, 40)}`,
        "AZURE_DEVOPS_PAT=$(System.AccessToken)"
      ]
    }
  }
];

// dist/src/analyzers/secrets/rules/ci.js
var ci_default = [
  prefixedRule("bitbucket-app-password", "Bitbucket app password", "ATBB", "[A-Za-z0-9_=.-]{32}", () => fakeToken(ALNUM, 32)),
  // Atlassian-issued repository / workspace access tokens share the ATCTT3 prefix.
  prefixedRule("bitbucket-access-token", "Bitbucket repository, project or workspace access token", "ATCTT3", "[A-Za-z0-9_=-]{150,250}", () => fakeToken(BASE64URL, 186)),
  prefixedRule("circleci-personal-token", "CircleCI personal API token", "CCIPAT_", "[A-Za-z0-9]{22}_[a-f0-9]{40}", () => `${fakeToken(ALNUM, 22)}_${fakeToken(HEX, 40)}`),
  prefixedRule("circleci-project-token", "CircleCI project API token", "CCIPRJ_", "[A-Za-z0-9]{22}_[a-f0-9]{40}", () => `${fakeToken(ALNUM, 22)}_${fakeToken(HEX, 40)}`),
  prefixedRule("buildkite-api-token", "Buildkite user API access token", "bkua_", "[a-f0-9]{40}", () => fakeToken(HEX, 40)),
  prefixedRule("octopus-deploy-api-key", "Octopus Deploy API key", "API-", "[A-Z0-9]{26}", () => fakeToken(UPPER_ALNUM, 26)),
  {
    id: "secret/sonarqube-token",
    description: "SonarQube / SonarCloud user, project or global analysis token",
    keywords: ["squ_", "sqp_", "sqa_"],
    pattern: /\bsq[uap]_[a-f0-9]{40}\b/,
    minEntropy: 3,
    severity: "high",
    confidence: 0.95,
    examples: {
      positive: () => [`squ_${fakeToken(HEX, 40)}`, `sqp_${fakeToken(HEX, 40)}`],
      negative: () => [`squ_${"0".repeat(40)}`, `sqa_${fakeToken(HEX, 20)}`, "tokens start with squ_"]
    }
  },
  prefixedRule("harness-pat", "Harness personal access or service account token", "pat.", "[A-Za-z0-9_-]{22}\\.[a-f0-9]{24}\\.[A-Za-z0-9]{20}", () => `${fakeToken(ALNUM, 22)}.${fakeToken(HEX, 24)}.${fakeToken(ALNUM, 20)}`),
  namedRule({
    id: "jenkins-api-token",
    description: "Jenkins API token next to the server name",
    keywords: ["jenkins"],
    context: "jenkins",
    // Jenkins 2.129+ tokens: "11" then 32 hex.
    secret: "11[a-f0-9]{32}",
    fake: () => `11${fakeToken(HEX, 32)}`,
    setting: "JENKINS_API_TOKEN"
  }),
  namedRule({
    id: "travis-ci-token",
    description: "Travis CI API token next to the provider name",
    keywords: ["travis"],
    context: "travis",
    secret: "[A-Za-z0-9_-]{22}",
    fake: () => fakeToken(BASE64URL, 22),
    setting: "TRAVIS_API_TOKEN"
  }),
  namedRule({
    id: "codecov-upload-token",
    description: "Codecov upload token next to the provider name",
    keywords: ["codecov"],
    context: "codecov",
    secret: UUID,
    fake: fakeUuid,
    setting: "CODECOV_TOKEN"
  }),
  namedRule({
    id: "snyk-api-token",
    description: "Snyk API token next to the provider name",
    keywords: ["snyk"],
    context: "snyk",
    secret: UUID,
    fake: fakeUuid,
    setting: "SNYK_TOKEN"
  }),
  namedRule({
    id: "drone-ci-token",
    description: "Drone CI personal token next to the provider name",
    keywords: ["drone"],
    context: "drone",
    secret: "[A-Za-z0-9]{32}",
    fake: () => fakeToken(ALNUM, 32),
    setting: "DRONE_TOKEN"
  })
];

// dist/src/analyzers/secrets/rules/cloud.js
var hex = (length) => () => fakeToken(HEX, length);
var alnum = (length) => () => fakeToken(ALNUM, length);
var urlSafe = (length) => () => fakeToken(BASE64URL, length);
var cloud_default = [
  prefixedRule("digitalocean-pat", "DigitalOcean personal access token", "dop_v1_", "[a-f0-9]{64}", hex(64), "critical"),
  prefixedRule("digitalocean-oauth-token", "DigitalOcean OAuth access token", "doo_v1_", "[a-f0-9]{64}", hex(64)),
  prefixedRule("digitalocean-refresh-token", "DigitalOcean OAuth refresh token", "dor_v1_", "[a-f0-9]{64}", hex(64)),
  prefixedRule("alibaba-access-key-id", "Alibaba Cloud AccessKey ID", "LTAI", "[A-Za-z0-9]{20}", alnum(20)),
  namedRule({
    id: "alibaba-access-key-secret",
    description: "Alibaba Cloud AccessKey secret next to the provider name",
    keywords: ["alibaba", "aliyun"],
    context: "alibaba|aliyun",
    secret: "[A-Za-z0-9]{30}",
    fake: alnum(30),
    setting: "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
    severity: "critical"
  }),
  namedRule({
    id: "ibm-cloud-api-key",
    description: "IBM Cloud IAM API key next to the provider name",
    keywords: ["ibm"],
    context: "ibm",
    secret: "[A-Za-z0-9_-]{44}",
    fake: urlSafe(44),
    setting: "IBMCLOUD_API_KEY",
    severity: "critical"
  }),
  namedRule({
    id: "heroku-api-key",
    description: "Heroku API key (UUID format) next to the provider name",
    keywords: ["heroku"],
    context: "heroku",
    secret: UUID,
    fake: fakeUuid,
    setting: "HEROKU_API_KEY"
  }),
  prefixedRule("heroku-platform-token", "Heroku platform API token", "HRKU-", "[A-Za-z0-9_-]{60}", urlSafe(60)),
  namedRule({
    id: "cloudflare-api-token",
    description: "Cloudflare API token next to the provider name",
    keywords: ["cloudflare", "cf_api"],
    context: "cloudflare|\\bcf_api",
    secret: "[A-Za-z0-9_-]{40}",
    fake: urlSafe(40),
    setting: "CLOUDFLARE_API_TOKEN"
  }),
  namedRule({
    id: "cloudflare-global-api-key",
    description: "Cloudflare global API key next to the provider name",
    keywords: ["cloudflare", "cf_api"],
    context: "cloudflare|\\bcf_api",
    secret: "[a-f0-9]{37}",
    fake: hex(37),
    setting: "CLOUDFLARE_API_KEY",
    severity: "critical"
  }),
  prefixedRule("cloudflare-origin-ca-key", "Cloudflare Origin CA key", "v1.0-", "[a-f0-9]{24}-[a-f0-9]{146}", () => `${fakeToken(HEX, 24)}-${fakeToken(HEX, 146)}`),
  namedRule({
    id: "fastly-api-token",
    description: "Fastly API token next to the provider name",
    keywords: ["fastly"],
    context: "fastly",
    secret: "[A-Za-z0-9_-]{32}",
    fake: urlSafe(32),
    setting: "FASTLY_API_TOKEN"
  }),
  namedRule({
    id: "vercel-token",
    description: "Vercel access token next to the provider name",
    keywords: ["vercel"],
    context: "vercel",
    secret: "[A-Za-z0-9]{24}",
    fake: alnum(24),
    setting: "VERCEL_TOKEN"
  }),
  {
    id: "secret/vercel-prefixed-token",
    description: "Vercel personal, integration, app, refresh or client token (prefixed format)",
    keywords: ["vcp_", "vci_", "vca_", "vcr_", "vck_"],
    pattern: /(?<![A-Za-z0-9_-])vc[picrk]_[A-Za-z0-9]{20,60}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    severity: "high",
    confidence: 0.95,
    examples: {
      positive: () => [`vcp_${fakeToken(ALNUM, 40)}`, `vck_${fakeToken(ALNUM, 24)}`],
      negative: () => [`vcp_${"x".repeat(40)}`, `vcp_${fakeToken(ALNUM, 8)}`, "tokens start with vcp_"]
    }
  },
  prefixedRule("netlify-pat", "Netlify personal access token", "nfp_", "[A-Za-z0-9]{36}", alnum(36)),
  prefixedRule("supabase-access-token", "Supabase management API access token", "sbp_", "[a-f0-9]{40}", hex(40), "critical"),
  prefixedRule("supabase-secret-key", "Supabase secret API key", "sb_secret_", "[A-Za-z0-9_-]{30,60}", urlSafe(31), "critical"),
  prefixedRule("planetscale-api-token", "PlanetScale service token", "pscale_tkn_", "[A-Za-z0-9_.-]{43}", urlSafe(43)),
  prefixedRule("planetscale-password", "PlanetScale database password", "pscale_pw_", "[A-Za-z0-9_.-]{43}", urlSafe(43), "critical"),
  prefixedRule("planetscale-oauth-token", "PlanetScale OAuth token", "pscale_oauth_", "[A-Za-z0-9_.-]{32,64}", urlSafe(43)),
  namedRule({
    id: "hetzner-cloud-token",
    description: "Hetzner Cloud API token next to the provider name",
    keywords: ["hetzner", "hcloud"],
    context: "hetzner|hcloud",
    secret: "[A-Za-z0-9]{64}",
    fake: alnum(64),
    setting: "HCLOUD_TOKEN"
  }),
  {
    id: "secret/fly-io-token",
    description: "Fly.io macaroon access token",
    keywords: ["fm1_", "fm2_", "fo1_"],
    pattern: /(?<![A-Za-z0-9_])f[mo][12]_[A-Za-z0-9+/=_-]{100,3000}(?![A-Za-z0-9+/=_-])/,
    minEntropy: 4,
    severity: "high",
    confidence: 0.9,
    examples: {
      positive: () => [`FlyV1 fm2_${fakeToken(BASE64, 300)}`],
      negative: () => [`fm2_${"x".repeat(300)}`, `fm2_${fakeToken(BASE64, 30)}`, "tokens start with fm2_"]
    }
  },
  prefixedRule("render-api-key", "Render API key", "rnd_", "[A-Za-z0-9]{32}", alnum(32)),
  prefixedRule("databricks-token", "Databricks personal access token", "dapi", "[a-f0-9]{32}(?:-[0-9])?", hex(32), "critical"),
  prefixedRule("tailscale-key", "Tailscale API, auth or OAuth client key", "tskey-", "(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{10,20}-[A-Za-z0-9]{30,40}", () => `auth-k${fakeToken(ALNUM, 11)}-${fakeToken(ALNUM, 33)}`),
  namedRule({
    id: "ngrok-authtoken",
    description: "ngrok authtoken next to the provider name",
    keywords: ["ngrok"],
    context: "ngrok",
    secret: "[A-Za-z0-9]{26,27}_[A-Za-z0-9]{21,22}",
    fake: () => `2${fakeToken(ALNUM, 26)}_${fakeToken(ALNUM, 21)}`,
    setting: "NGROK_AUTHTOKEN"
  }),
  namedRule({
    id: "linode-token",
    description: "Linode (Akamai Cloud) personal access token next to the provider name",
    keywords: ["linode"],
    context: "linode",
    secret: "[a-f0-9]{64}",
    fake: hex(64),
    setting: "LINODE_TOKEN"
  })
];

// dist/src/analyzers/secrets/rules/url-password.js
var PLACEHOLDERS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pass",
  "pwd",
  "secret",
  "admin",
  "root",
  "user",
  "username",
  "guest",
  "test",
  "postgres",
  "mysql",
  "redis",
  "mongo",
  "rabbitmq",
  "letmein",
  "changeit",
  "default",
  "token",
  "pw"
]);
var URL_PASSWORD = "[^\\s:@/?#'\"`<>{}$\\\\]{6,128}";
var URL_USER = "[^\\s:@/?#'\"`<>{}$\\\\]{1,64}";
var URL_HOST_START = "[A-Za-z0-9[]";
function decodePercent(text) {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_escape, hex4) => String.fromCharCode(parseInt(hex4, 16)));
}
function isChosenPassword(secret) {
  const password = decodePercent(secret);
  if (password.length < 6)
    return false;
  if (PLACEHOLDERS.has(password.toLowerCase()))
    return false;
  if (/\$\{|\{\{|^\$[A-Za-z_(]|^%[A-Za-z_]+%$|^<[^>]*>$/.test(password))
    return false;
  if (new Set(password).size < 4)
    return false;
  return !/^[a-z_.-]+$/.test(password);
}

// dist/src/analyzers/secrets/rules/connection-urls.js
var SPECIFIC = [
  "postgres",
  "postgresql",
  "mysql",
  "mysql2",
  "mariadb",
  "mongodb",
  "mongodb\\+srv",
  "redis",
  "rediss",
  "amqp",
  "amqps",
  "ftp",
  "ftps",
  "sftp",
  "smtp",
  "smtps"
];
var SCHEME_START = "(?<![A-Za-z0-9+.-])";
var CREDENTIALS = `${URL_USER}:(?<secret>${URL_PASSWORD})@${URL_HOST_START}`;
var fakePassword2 = () => `${fakeToken(ALNUM, 14)}9Q`;
var urlRule = (name, label, schemes, sample) => {
  const scheme = sample("").split("://")[0];
  return {
    id: `secret/${name}-url-password`,
    description: `${label} connection URL with an embedded password`,
    keywords: schemes.split("|").map((item) => `${item.replace("\\+", "+")}://`),
    pattern: new RegExp(`${SCHEME_START}(?:${schemes})://${CREDENTIALS}`),
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.85,
    examples: {
      positive: () => [sample(fakePassword2())],
      negative: () => [
        sample("${DB_PASSWORD}"),
        sample("password"),
        sample("pass"),
        sample("mysecretpassword"),
        `${scheme}://${fakeToken(ALNUM, 8)}@db.internal:1234/app`,
        `${scheme}://db.internal:1234/app`
      ]
    }
  };
};
var connection_urls_default = [
  urlRule("postgres", "PostgreSQL", "postgres|postgresql", (password) => `postgres://app_user:${password}@db.internal:5432/app`),
  urlRule("mysql", "MySQL / MariaDB", "mysql|mysql2|mariadb", (password) => `mysql://app:${password}@mysql.internal:3306/shop`),
  urlRule("mongodb", "MongoDB", "mongodb|mongodb\\+srv", (password) => `mongodb+srv://svc-api:${password}@cluster0.ab1cd.mongodb.net/prod`),
  urlRule("redis", "Redis", "redis|rediss", (password) => `rediss://default:${password}@cache.internal:6380/0`),
  urlRule("amqp", "AMQP (RabbitMQ)", "amqp|amqps", (password) => `amqps://worker:${password}@mq.internal:5671/jobs`),
  urlRule("ftp", "FTP / SFTP", "ftp|ftps|sftp", (password) => `sftp://deploy:${password}@files.internal:22/upload`),
  urlRule("smtp", "SMTP", "smtp|smtps", (password) => `smtps://mailer:${password}@smtp.mail.internal:465`),
  {
    id: "secret/url-password",
    description: "URL with an embedded user:password (basic-auth credentials)",
    keywords: ["://"],
    // Sentry DSNs (32-hex public:secret) have a rule of their own.
    pattern: new RegExp(`${SCHEME_START}(?!(?:${SPECIFIC.join("|")})://)[a-z][a-z0-9+.-]{1,30}://${URL_USER}:(?![a-f0-9]{32}@)(?<secret>${URL_PASSWORD})@${URL_HOST_START}`),
    validate: isChosenPassword,
    severity: "high",
    confidence: 0.75,
    examples: {
      positive: () => [
        `https://ci-bot:${fakePassword2()}@git.internal.test/org/repo.git`,
        `ldaps://cn=reader:${fakePassword2()}@ldap.internal:636`
      ],
      negative: () => [
        "https://user:${PASS}@example.com/path",
        "https://user:password@example.com/path",
        "http://admin:admin@localhost:8080/",
        "https://user@example.com/path",
        "https://example.com/a:b@c",
        `postgres://app:${fakePassword2()}@db.internal/app`
      ]
    }
  },
  {
    id: "secret/jdbc-url-password",
    description: "JDBC connection URL with a password parameter",
    keywords: ["jdbc:"],
    pattern: /\bjdbc:[a-z0-9]{2,20}:[^\s'"`]{0,200}?[?&;]password=(?<secret>[^\s&;'"`<>{}$]{6,128})/i,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.85,
    examples: {
      positive: () => [
        `jdbc:postgresql://db.internal:5432/app?user=app&password=${fakePassword2()}`,
        `jdbc:sqlserver://sql.internal:1433;databaseName=app;user=svc;password=${fakePassword2()};encrypt=true`
      ],
      negative: () => [
        "jdbc:postgresql://db.internal/app?user=app&password=${DB_PASSWORD}",
        "jdbc:h2:mem:test;password=",
        "jdbc:mysql://localhost/app?user=root&password=root"
      ]
    }
  },
  {
    id: "secret/sql-connection-string-password",
    description: "ADO.NET / ODBC connection string with a password",
    keywords: ["password=", "pwd="],
    pattern: /\b(?:Server|Data[ ]Source|Host)=[^;\n]{1,200};[^\n]{0,300}?\b(?:Password|Pwd)=(?<secret>[^;\s'"`<>{}$]{6,128})/i,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.8,
    examples: {
      positive: () => [`Server=sql.internal,1433;Database=app;User Id=svc_app;Password=${fakePassword2()};Encrypt=True`],
      negative: () => [
        "Server=localhost;Database=app;User Id=sa;Password=${SA_PASSWORD};",
        "Server=localhost;Database=app;Trusted_Connection=True;",
        "Server=db;Password=password;"
      ]
    }
  }
];

// dist/src/analyzers/secrets/rules/basic-credential.js
function isBasicCredential(secret) {
  const decoded = Buffer.from(secret, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon > 0 && decoded.length - colon - 1 >= 4 && !/[^\x20-\x7e]/.test(decoded);
}
var encodeBasic = (user, password) => Buffer.from(`${user}:${password}`).toString("base64");

// dist/src/analyzers/secrets/rules/credential-files.js
var fakePassword3 = () => `${fakeToken(ALNUM, 14)}7k`;
var credential_files_default = [
  {
    id: "secret/netrc-password",
    description: ".netrc machine password",
    keywords: ["password"],
    paths: /(?:^|\/)[._]netrc$/,
    pattern: /\bpassword[ \t]{1,10}(?<secret>[^\s'"]{4,256})/,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `machine api.internal.test
  login deploy
  password ${fakePassword3()}
`,
        `machine git.internal.test login ci password ${fakeUuid()}`
      ],
      negative: () => [
        "machine api.internal.test login deploy password password",
        "machine api.internal.test login deploy",
        "default login anonymous password guest"
      ]
    }
  },
  {
    id: "secret/pgpass-password",
    description: "PostgreSQL .pgpass entry",
    // The port field: ':' then a digit or '*' (a bare ':' would match nearly every line of code).
    keywords: [":*", ":0", ":1", ":2", ":3", ":4", ":5", ":6", ":7", ":8", ":9"],
    paths: /(?:^|\/)\.pgpass$/,
    // hostname:port:database:username:password, one entry a line.
    pattern: /^[^:\n#]{1,255}:(?:[0-9]{1,5}|\*):[^:\n]{1,255}:[^:\n]{1,255}:(?<secret>[^\n]{1,255})$/m,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `db.internal:5432:app:app_user:${fakePassword3()}`,
        `# local
*:*:*:replicator:${fakePassword3()}
`
      ],
      negative: () => [
        "localhost:5432:app:postgres:postgres",
        "# hostname:port:database:username:password",
        "db.internal:5432:app:app_user:"
      ]
    }
  },
  {
    id: "secret/git-credentials-password",
    description: "git credential store entry (.git-credentials)",
    keywords: ["://"],
    paths: /(?:^|\/)\.git-credentials$/,
    pattern: /\bhttps?:\/\/[^\s:@/]{1,128}:(?<secret>[^\s:@/]{6,256})@[A-Za-z0-9[]/,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [`https://ci-bot:${fakePassword3()}@git.internal.test`],
      negative: () => [
        "https://git.internal.test",
        "https://user:password@git.internal.test",
        "https://ci-bot@git.internal.test"
      ]
    }
  },
  {
    id: "secret/npmrc-auth-token",
    description: ".npmrc registry auth token",
    keywords: ["_authtoken"],
    paths: /(?:^|\/)\.npmrc$/,
    pattern: /:_authToken[ \t]{0,3}=[ \t]{0,3}(?<secret>[A-Za-z0-9._~+/=-]{16,512})/,
    minEntropy: 3,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [
        `//registry.npmjs.org/:_authToken=${fakeUuid()}`,
        `@acme:registry=https://npm.internal.test/
//npm.internal.test/:_authToken=${fakeToken(BASE64, 40)}`
      ],
      negative: () => [
        "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
        "//registry.npmjs.org/:_authToken=",
        `//registry.npmjs.org/:_authToken=${"0".repeat(36)}`
      ]
    }
  },
  {
    id: "secret/npmrc-basic-auth",
    description: ".npmrc _auth or _password (base64 credentials)",
    keywords: ["_auth", "_password"],
    paths: /(?:^|\/)\.npmrc$/,
    pattern: /(?<![A-Za-z0-9])_(?:auth|password)[ \t]{0,3}=[ \t]{0,3}(?<secret>[A-Za-z0-9+/]{8,512}={0,2})(?![A-Za-z0-9+/=])/,
    minEntropy: 3,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `_auth=${encodeBasic("deploy", fakePassword3())}`,
        `//npm.internal.test/:_password=${Buffer.from(fakePassword3()).toString("base64")}`
      ],
      negative: () => ["_auth=${NPM_AUTH}", "always-auth=true", `_auth=${"A".repeat(24)}`]
    }
  },
  {
    id: "secret/pypirc-password",
    description: ".pypirc repository password",
    keywords: ["password"],
    paths: /(?:^|\/)\.pypirc$/,
    pattern: /^[ \t]{0,8}password[ \t]{0,3}[:=][ \t]{0,3}(?<secret>[^\s]{6,256})/m,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `[internal]
repository = https://pypi.internal.test/
username = deploy
password = ${fakePassword3()}
`
      ],
      negative: () => [
        "[pypi]\nusername = __token__\npassword = ${PYPI_TOKEN}",
        "password = password",
        "[pypi]\nusername = deploy"
      ]
    }
  },
  {
    id: "secret/docker-config-auth",
    description: 'Docker registry credentials in config.json / .dockercfg ("auth": base64 user:password)',
    keywords: ['"auth"'],
    paths: /(?:^|\/)(?:\.docker\/config\.json|\.dockercfg)$/,
    pattern: /"auth"[ \t]{0,3}:[ \t]{0,3}"(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})"/,
    validate: isBasicCredential,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [
        `{
  "auths": {
    "registry.internal.test": {
      "auth": "${encodeBasic("deploy", fakePassword3())}"
    }
  }
}`
      ],
      negative: () => [
        '{ "auths": { "registry.internal.test": {} }, "credsStore": "desktop" }',
        '{ "auths": { "r": { "auth": "" } } }',
        `{ "auth": "${Buffer.from("no-colon-here").toString("base64")}" }`
      ]
    }
  },
  {
    id: "secret/s3cfg-secret-key",
    description: "s3cmd configuration secret key",
    keywords: ["secret_key"],
    paths: /(?:^|\/)\.s3cfg$/,
    pattern: /^secret_key[ \t]{0,3}=[ \t]{0,3}(?<secret>[A-Za-z0-9/+]{40})[ \t]{0,8}$/m,
    minEntropy: 4,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `[default]
access_key = ${fakeToken(ALNUM, 20).toUpperCase()}
secret_key = ${fakeToken(BASE64, 40)}
`
      ],
      negative: () => ["[default]\nsecret_key =", `secret_key = ${"x".repeat(40)}`]
    }
  },
  {
    id: "secret/maven-settings-password",
    description: "Maven settings.xml server password in clear text",
    keywords: ["<password>"],
    paths: /(?:^|\/)settings\.xml$/,
    // Encrypted passwords are wrapped in braces ({...}) and property references use ${...}.
    pattern: /<password>(?<secret>[^<\s{}$]{6,256})<\/password>/,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `<server>
  <id>internal</id>
  <username>deploy</username>
  <password>${fakePassword3()}</password>
</server>`
      ],
      negative: () => [
        "<password>${env.MAVEN_PASSWORD}</password>",
        `<password>{${fakeToken(BASE64, 40)}}</password>`,
        "<password>password</password>"
      ]
    }
  }
];

// dist/src/analyzers/secrets/rules/github.js
var classic = (kind, prefix, description) => ({
  id: `secret/github-${kind}`,
  description,
  keywords: [prefix],
  pattern: new RegExp(`\\b${prefix}[A-Za-z0-9]{36}\\b`),
  minEntropy: 3,
  severity: "critical",
  confidence: 0.95,
  examples: {
    positive: () => [`${prefix}${fakeToken(ALNUM, 36)}`],
    negative: () => [
      `${prefix}${"x".repeat(36)}`,
      `${prefix}${fakeToken(ALNUM, 30)}`,
      `${prefix}${fakeToken(ALNUM, 40)}`,
      `tokens that start with ${prefix} are GitHub tokens`
    ]
  }
});
var github_default = [
  classic("pat", "ghp_", "GitHub classic personal access token"),
  classic("oauth-token", "gho_", "GitHub OAuth access token"),
  classic("user-to-server-token", "ghu_", "GitHub App user-to-server token"),
  classic("server-to-server-token", "ghs_", "GitHub App installation (server-to-server) token"),
  {
    id: "secret/github-refresh-token",
    description: "GitHub App refresh token",
    keywords: ["ghr_"],
    pattern: /\bghr_[A-Za-z0-9]{36,76}\b/,
    minEntropy: 3,
    severity: "high",
    confidence: 0.95,
    examples: {
      positive: () => [`ghr_${fakeToken(ALNUM, 76)}`, `ghr_${fakeToken(ALNUM, 36)}`],
      negative: () => [`ghr_${"x".repeat(76)}`, `ghr_${fakeToken(ALNUM, 20)}`, "refresh tokens start with ghr_"]
    }
  },
  {
    id: "secret/github-fine-grained-pat",
    description: "GitHub fine-grained personal access token",
    keywords: ["github_pat_"],
    // github_pat_ + 22 base62 (token id) + '_' + 59 base62 (secret and checksum).
    pattern: /\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b/,
    minEntropy: 3,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [`github_pat_${fakeToken(ALNUM, 22)}_${fakeToken(ALNUM, 59)}`],
      negative: () => [
        `github_pat_${"x".repeat(22)}_${"x".repeat(59)}`,
        `github_pat_${fakeToken(ALNUM, 22)}_${fakeToken(ALNUM, 40)}`,
        "fine-grained tokens start with github_pat_"
      ]
    }
  },
  {
    id: "secret/github-oauth-client-secret",
    description: "GitHub OAuth App client secret next to the provider name",
    keywords: ["github"],
    pattern: nearbyPattern("github[^\\n]{0,30}?client_?secret", "[a-f0-9]{40}"),
    minEntropy: 3,
    severity: "high",
    confidence: 0.75,
    examples: {
      positive: () => [
        `GITHUB_CLIENT_SECRET=${fakeToken(HEX, 40)}`,
        `github: { clientSecret: '${fakeToken(HEX, 40)}' }`
      ],
      negative: () => [
        `GITHUB_CLIENT_SECRET=${"0".repeat(40)}`,
        `GITHUB_CLIENT_SECRET=${fakeToken(HEX, 32)}`,
        `GITHUB_CLIENT_ID=${fakeToken(HEX, 20)}`,
        "GITHUB_CLIENT_SECRET=${{ secrets.GITHUB_CLIENT_SECRET }}"
      ]
    }
  }
];

// dist/src/analyzers/secrets/rules/gitlab.js
var urlSafe2 = (length) => () => fakeToken(BASE64URL, length);
var gitlab_default = [
  prefixedRule("gitlab-pat", "GitLab personal, project or group access token", "glpat-", "[A-Za-z0-9_-]{20,128}", urlSafe2(20), "critical"),
  prefixedRule("gitlab-deploy-token", "GitLab deploy token", "gldt-", "[A-Za-z0-9_-]{20,64}", urlSafe2(20)),
  prefixedRule("gitlab-runner-token", "GitLab runner authentication token", "glrt-", "[A-Za-z0-9_-]{20,64}", urlSafe2(20)),
  prefixedRule("gitlab-pipeline-trigger-token", "GitLab pipeline trigger token", "glptt-", "[0-9a-f]{40}", () => fakeToken(HEX, 40)),
  prefixedRule("gitlab-ci-job-token", "GitLab CI/CD job token", "glcbt-", "[0-9a-zA-Z]{1,5}_[0-9a-zA-Z_-]{20}", () => `${fakeToken(ALNUM, 2)}_${fakeToken(BASE64URL, 20)}`),
  prefixedRule("gitlab-runner-registration-token", "GitLab runner registration token (deprecated format)", "GR1348941", "[A-Za-z0-9_-]{20}", urlSafe2(20)),
  prefixedRule("gitlab-oauth-app-secret", "GitLab OAuth application secret", "gloas-", "[A-Za-z0-9_-]{64}", urlSafe2(64)),
  prefixedRule("gitlab-feed-token", "GitLab feed token", "glft-", "[A-Za-z0-9_-]{20}", urlSafe2(20), "medium"),
  prefixedRule("gitlab-incoming-mail-token", "GitLab incoming mail token", "glimt-", "[A-Za-z0-9_-]{25}", urlSafe2(25), "medium"),
  prefixedRule("gitlab-agent-token", "GitLab agent for Kubernetes token", "glagent-", "[A-Za-z0-9_-]{50}", urlSafe2(50)),
  prefixedRule("gitlab-scim-token", "GitLab SCIM OAuth access token", "glsoat-", "[A-Za-z0-9_-]{20}", urlSafe2(20)),
  prefixedRule("gitlab-feature-flags-client-token", "GitLab feature flags client token", "glffct-", "[A-Za-z0-9_-]{20}", urlSafe2(20), "medium")
];

// dist/src/analyzers/secrets/rules/google.js
var PKCS8 = ["PRIVATE", "KEY-----"].join(" ");
var pem = (body) => `-----BEGIN ${PKCS8}\\n${body}\\n-----END ${PKCS8}\\n`;
var fakePemBody = () => fakeToken(BASE64, 64) + "\\n" + fakeToken(BASE64, 64) + "\\n" + fakeToken(BASE64, 40);
var google_default = [
  {
    id: "secret/gcp-service-account-key",
    description: "Google Cloud service-account JSON key (private_key field)",
    keywords: ["private_key"],
    // The key sits in JSON with escaped newlines; quotes may be escaped again when the JSON is embedded.
    pattern: /\\?"private_key\\?"\s{0,3}:\s{0,3}\\?"(?<secret>-----BEGIN[ ](?:RSA[ ])?PRIVATE[ ]KEY-----[A-Za-z0-9+/=\\\s]{64,8000}-----END[ ](?:RSA[ ])?PRIVATE[ ]KEY-----)/,
    minEntropy: 4,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [`"private_key": "${pem(fakePemBody())}"`],
      negative: () => [
        `"private_key": "${pem("x".repeat(80))}"`,
        '"private_key": ""',
        '"private_key": "${GCP_PRIVATE_KEY}"'
      ]
    }
  },
  {
    id: "secret/gcp-api-key",
    description: "Google Cloud / Firebase / Maps API key",
    keywords: ["aiza"],
    pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/,
    minEntropy: 3,
    severity: "high",
    confidence: 0.9,
    examples: {
      positive: () => [`AIza${fakeToken(BASE64URL, 35)}`],
      negative: () => [`AIza${"x".repeat(35)}`, `AIza${fakeToken(BASE64URL, 20)}`, "Google API keys start with AIza"]
    }
  },
  {
    id: "secret/gcp-oauth-client-secret",
    description: "Google OAuth client secret",
    keywords: ["gocspx-"],
    pattern: /\bGOCSPX-[0-9A-Za-z_-]{28}(?![0-9A-Za-z_-])/,
    minEntropy: 3,
    severity: "high",
    confidence: 0.95,
    examples: {
      positive: () => [`GOCSPX-${fakeToken(BASE64URL, 28)}`],
      negative: () => [
        `GOCSPX-${"x".repeat(28)}`,
        `GOCSPX-${fakeToken(BASE64URL, 10)}`,
        "client secrets start with GOCSPX-"
      ]
    }
  },
  {
    id: "secret/google-oauth-access-token",
    description: "Google OAuth 2.0 access token",
    keywords: ["ya29."],
    pattern: /\bya29\.[0-9A-Za-z_-]{30,2048}(?![0-9A-Za-z_-])/,
    minEntropy: 3.5,
    severity: "high",
    confidence: 0.85,
    examples: {
      positive: () => [`ya29.a0${fakeToken(BASE64URL, 120)}`],
      negative: () => [`ya29.${"x".repeat(60)}`, `ya29.${fakeToken(ALNUM, 10)}`, "access tokens start with ya29."]
    }
  },
  {
    id: "secret/google-oauth-refresh-token",
    description: "Google OAuth 2.0 refresh token",
    keywords: ["1//0"],
    pattern: /(?<![0-9A-Za-z/])1\/\/0[0-9A-Za-z_-]{40,200}(?![0-9A-Za-z_-])/,
    minEntropy: 4,
    severity: "high",
    confidence: 0.8,
    examples: {
      positive: () => [`1//0${fakeToken(BASE64URL, 100)}`],
      negative: () => [`1//0${"x".repeat(100)}`, `1//0${fakeToken(BASE64URL, 12)}`, "https://example.com/1//0"]
    }
  },
  {
    id: "secret/firebase-cloud-messaging-server-key",
    description: "Firebase Cloud Messaging legacy server key",
    keywords: [":apa91b"],
    pattern: /\bAAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    severity: "high",
    confidence: 0.95,
    examples: {
      positive: () => [`AAAA${fakeToken(BASE64URL, 7)}:APA91b${fakeToken(BASE64URL, 134)}`],
      negative: () => [
        `AAAA${"x".repeat(7)}:APA91b${"x".repeat(134)}`,
        `AAAA${fakeToken(BASE64URL, 7)}:APA91b${fakeToken(BASE64URL, 30)}`
      ]
    }
  }
];

// dist/src/analyzers/secrets/rules/messaging.js
var snowflake = () => `1${fakeToken(DIGITS, 18)}`;
var messaging_default = [
  {
    id: "secret/discord-bot-token",
    description: "Discord bot token next to the provider name",
    keywords: ["discord"],
    // base64 user id . base64 timestamp . HMAC
    pattern: nearbyPattern("discord", "[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}"),
    minEntropy: 4,
    severity: "high",
    confidence: 0.85,
    examples: {
      positive: () => [
        `DISCORD_BOT_TOKEN=M${fakeToken(BASE64URL, 25)}.${fakeToken(BASE64URL, 6)}.${fakeToken(BASE64URL, 38)}`
      ],
      negative: () => [
        `DISCORD_BOT_TOKEN=M${"x".repeat(25)}.${"x".repeat(6)}.${"x".repeat(38)}`,
        "DISCORD_BOT_TOKEN=${DISCORD_BOT_TOKEN}"
      ]
    }
  },
  {
    id: "secret/discord-webhook-url",
    description: "Discord webhook URL",
    keywords: ["/api/webhooks/"],
    pattern: /\bdiscord(?:app)?\.com\/api\/webhooks\/[0-9]{17,20}\/(?<secret>[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    severity: "high",
    confidence: 0.95,
    examples: {
      positive: () => [`https://discord.com/api/webhooks/${snowflake()}/${fakeToken(BASE64URL, 68)}`],
      negative: () => [
        `https://discord.com/api/webhooks/${snowflake()}/${"x".repeat(68)}`,
        "https://discord.com/api/webhooks/{id}/{token}"
      ]
    }
  },
  {
    id: "secret/telegram-bot-token",
    description: "Telegram bot API token",
    keywords: [":aa"],
    pattern: /(?<![0-9])(?<secret>[0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    severity: "high",
    confidence: 0.9,
    examples: {
      positive: () => [
        `${fakeToken(DIGITS, 10)}:AA${fakeToken(BASE64URL, 33)}`,
        `https://api.telegram.org/bot${fakeToken(DIGITS, 10)}:AA${fakeToken(BASE64URL, 33)}/getMe`
      ],
      negative: () => [
        `123456789:AA${"x".repeat(33)}`,
        `${fakeToken(DIGITS, 10)}:AA${fakeToken(BASE64URL, 10)}`,
        "12:30:AA"
      ]
    }
  },
  {
    id: "secret/twilio-api-key",
    description: "Twilio API key SID",
    keywords: ["sk"],
    pattern: /\bSK[0-9a-fA-F]{32}\b/,
    minEntropy: 3,
    severity: "high",
    confidence: 0.8,
    examples: {
      positive: () => [`SK${fakeToken(HEX, 32)}`],
      negative: () => [`SK${"0".repeat(32)}`, `SK${fakeToken(HEX, 20)}`, `SK${fakeToken(HEX, 40)}`]
    }
  },
  namedRule({
    id: "twilio-auth-token",
    description: "Twilio auth token next to the provider name",
    keywords: ["twilio"],
    context: "twilio",
    secret: "[a-f0-9]{32}",
    fake: () => fakeToken(HEX, 32),
    setting: "TWILIO_AUTH_TOKEN",
    severity: "critical"
  }),
  prefixedRule("sendgrid-api-key", "SendGrid API key", "SG.", "[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}", () => `${fakeToken(BASE64URL, 22)}.${fakeToken(BASE64URL, 43)}`),
  {
    id: "secret/mailgun-api-key",
    description: "Mailgun private API key (key- format)",
    keywords: ["key-"],
    pattern: /\bkey-[0-9a-f]{32}\b/,
    minEntropy: 3,
    severity: "high",
    confidence: 0.8,
    examples: {
      positive: () => [`key-${fakeToken(HEX, 32)}`],
      negative: () => [`key-${"0".repeat(32)}`, `key-${fakeToken(HEX, 16)}`, "primary-key-value"]
    }
  },
  namedRule({
    id: "mailgun-signing-key",
    description: "Mailgun API or webhook signing key (hex-hex-hex format) next to the provider name",
    keywords: ["mailgun"],
    context: "mailgun",
    secret: "[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}",
    fake: () => `${fakeToken(HEX, 32)}-${fakeToken(HEX, 8)}-${fakeToken(HEX, 8)}`,
    setting: "MAILGUN_API_KEY"
  }),
  {
    id: "secret/mailchimp-api-key",
    description: "Mailchimp API key",
    keywords: ["-us"],
    pattern: /\b[0-9a-f]{32}-us[0-9]{1,2}\b/,
    minEntropy: 3,
    severity: "high",
    confidence: 0.9,
    examples: {
      positive: () => [`${fakeToken(HEX, 32)}-us${fakeToken(DIGITS, 2)}`],
      negative: () => [`${"0".repeat(32)}-us21`, `${fakeToken(HEX, 20)}-us21`, "en-us1"]
    }
  },
  namedRule({
    id: "postmark-server-token",
    description: "Postmark server or account token next to the provider name",
    keywords: ["postmark"],
    context: "postmark",
    secret: UUID,
    fake: fakeUuid,
    setting: "POSTMARK_SERVER_TOKEN"
  }),
  prefixedRule("brevo-api-key", "Brevo (Sendinblue) API key", "xkeysib-", "[a-f0-9]{64}-[A-Za-z0-9]{16}", () => `${fakeToken(HEX, 64)}-${fakeToken(ALNUM, 16)}`),
  {
    id: "secret/microsoft-teams-webhook-url",
    description: "Microsoft Teams incoming webhook URL",
    keywords: ["webhook.office.com"],
    // Literal-led, so the engine skips ahead to '.webhook.office.com' instead of trying every offset.
    pattern: new RegExp(`\\.webhook\\.office\\.com/webhookb2/${UUID}@${UUID}/IncomingWebhook/(?<secret>[a-f0-9]{32})/${UUID}`),
    minEntropy: 3,
    severity: "high",
    confidence: 0.95,
    examples: {
      positive: () => [
        `https://contoso.webhook.office.com/webhookb2/${fakeUuid()}@${fakeUuid()}/IncomingWebhook/${fakeToken(HEX, 32)}/${fakeUuid()}`
      ],
      negative: () => [
        `https://contoso.webhook.office.com/webhookb2/${ZERO_UUID}@${ZERO_UUID}/IncomingWebhook/${"0".repeat(32)}/${ZERO_UUID}`
      ]
    }
  }
];

// dist/src/analyzers/secrets/rules/observability.js
var hex2 = (length) => () => fakeToken(HEX, length);
var observability_default = [
  namedRule({
    id: "datadog-api-key",
    description: "Datadog API key next to the provider name",
    keywords: ["datadog", "dd_api_key"],
    context: "datadog|\\bdd_api_key",
    secret: "[a-f0-9]{32}",
    fake: hex2(32),
    setting: "DATADOG_API_KEY"
  }),
  namedRule({
    id: "datadog-app-key",
    description: "Datadog application key next to the provider name",
    keywords: ["datadog", "dd_app_key"],
    context: "datadog|\\bdd_app_key",
    secret: "[a-f0-9]{40}",
    fake: hex2(40),
    setting: "DATADOG_APP_KEY"
  }),
  prefixedRule("new-relic-user-api-key", "New Relic user API key", "NRAK-", "[A-Z0-9]{27}", () => fakeToken(UPPER_ALNUM, 27)),
  prefixedRule("new-relic-insert-key", "New Relic insights insert key", "NRII-", "[A-Za-z0-9_-]{32}", () => fakeToken(ALNUM, 32)),
  prefixedRule("new-relic-browser-api-key", "New Relic browser API token", "NRJS-", "[a-f0-9]{19}", hex2(19), "medium"),
  {
    id: "secret/new-relic-license-key",
    description: "New Relic ingest license key",
    keywords: ["nral"],
    // 36 hex (or EU-region "eu01xx" + 34 hex) ending in NRAL.
    pattern: /\b(?:eu01xx)?[a-f0-9]{36}NRAL\b/,
    minEntropy: 3,
    severity: "high",
    confidence: 0.9,
    examples: {
      positive: () => [`${fakeToken(HEX, 36)}NRAL`],
      negative: () => [`${"0".repeat(36)}NRAL`, `${fakeToken(HEX, 20)}NRAL`, "license keys end in NRAL"]
    }
  },
  {
    id: "secret/sentry-dsn-secret",
    description: "Sentry DSN that still carries the legacy secret key",
    keywords: ["sentry"],
    pattern: /\bhttps?:\/\/[a-f0-9]{32}:(?<secret>[a-f0-9]{32})@[A-Za-z0-9.-]{0,80}sentry[A-Za-z0-9.-]{0,80}(?::[0-9]{1,5})?\/[0-9]{1,10}\b/,
    minEntropy: 3,
    severity: "high",
    confidence: 0.9,
    examples: {
      positive: () => [
        `https://${fakeToken(HEX, 32)}:${fakeToken(HEX, 32)}@o${fakeToken("123456789", 6)}.ingest.sentry.io/${fakeToken("123456789", 7)}`
      ],
      negative: () => [
        `https://${fakeToken(HEX, 32)}@o123456.ingest.sentry.io/1234567`,
        `https://${"0".repeat(32)}:${"0".repeat(32)}@sentry.example.com/1`
      ]
    }
  },
  prefixedRule("sentry-user-token", "Sentry user auth token", "sntryu_", "[a-f0-9]{64}", hex2(64)),
  // Organization tokens: sntrys_ + base64 JSON ({"iat":...}) + "_" + 43-character secret.
  prefixedRule("sentry-org-token", "Sentry organization auth token", "sntrys_", "eyJ[A-Za-z0-9+/=]{40,400}_[A-Za-z0-9+/]{43}", () => `eyJ${fakeToken(BASE64, 120)}_${fakeToken(BASE64, 43)}`),
  prefixedRule("grafana-cloud-token", "Grafana Cloud access policy token", "glc_", "[A-Za-z0-9+/]{32,400}={0,2}", () => fakeToken(BASE64, 120)),
  prefixedRule("grafana-service-account-token", "Grafana service account token", "glsa_", "[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}", () => `${fakeToken(ALNUM, 32)}_${fakeToken(HEX, 8)}`),
  // Legacy API keys are base64 of {"k":"...
  prefixedRule("grafana-api-key", "Grafana legacy API key", "eyJrIjoi", "[A-Za-z0-9]{70,400}={0,2}", () => fakeToken(ALNUM, 90)),
  namedRule({
    id: "honeycomb-api-key",
    description: "Honeycomb API key next to the provider name",
    keywords: ["honeycomb"],
    context: "honeycomb",
    secret: "[A-Za-z0-9]{22}|[a-f0-9]{32}",
    fake: () => fakeToken(ALNUM, 22),
    setting: "HONEYCOMB_API_KEY"
  }),
  namedRule({
    id: "splunk-hec-token",
    description: "Splunk HTTP Event Collector token next to the product name",
    keywords: ["splunk", "hec_token"],
    context: "splunk|\\bhec_token",
    secret: UUID,
    fake: fakeUuid,
    setting: "SPLUNK_HEC_TOKEN"
  }),
  {
    id: "secret/dynatrace-api-token",
    description: "Dynatrace API token",
    keywords: ["dt0c01."],
    pattern: /\bdt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}\b/,
    minEntropy: 3.5,
    severity: "high",
    confidence: 0.95,
    examples: {
      positive: () => [`dt0c01.${fakeToken(UPPER_ALNUM, 24)}.${fakeToken(UPPER_ALNUM, 64)}`],
      negative: () => [`dt0c01.${"X".repeat(24)}.${"X".repeat(64)}`, "dt0c01.ABC.DEF"]
    }
  },
  namedRule({
    id: "pagerduty-api-key",
    description: "PagerDuty REST API key next to the provider name",
    keywords: ["pagerduty"],
    context: "pagerduty",
    secret: "u\\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_-]{20}",
    fake: () => `${fakeToken(ALNUM, 12)}4${fakeToken(ALNUM, 6)}a`,
    setting: "PAGERDUTY_API_KEY",
    // keys mix letters and digits; a 20-letter identifier in a PagerDuty schema is not one
    validate: (secret) => /\d/.test(secret) && /[A-Za-z]/.test(secret),
    extraNegatives: ['"PagerDutyIntegration": "EnableWebhookUpdates"']
  }),
  namedRule({
    id: "rollbar-access-token",
    description: "Rollbar access token next to the provider name",
    keywords: ["rollbar"],
    context: "rollbar",
    secret: "[a-f0-9]{32}",
    fake: hex2(32),
    setting: "ROLLBAR_ACCESS_TOKEN"
  }),
  namedRule({
    id: "bugsnag-api-key",
    description: "Bugsnag API key next to the provider name",
    keywords: ["bugsnag"],
    context: "bugsnag",
    secret: "[a-f0-9]{32}",
    fake: hex2(32),
    setting: "BUGSNAG_API_KEY",
    severity: "medium"
  }),
  {
    id: "secret/axiom-token",
    description: "Axiom API or personal token",
    keywords: ["xaat-", "xapt-"],
    pattern: new RegExp(`\\bxa[ap]t-${UUID}\\b`),
    minEntropy: 3,
    severity: "high",
    confidence: 0.95,
    examples: {
      positive: () => [`xaat-${fakeUuid()}`],
      negative: () => [`xaat-${ZERO_UUID}`, "tokens start with xaat-"]
    }
  }
];

// dist/src/analyzers/secrets/rules/payments.js
var braintree = () => `${fakeToken(LOWER_ALNUM, 16)}$${fakeToken(HEX, 32)}`;
var payments_default = [
  {
    id: "secret/square-access-token",
    description: "Square production access token next to the provider name",
    keywords: ["square"],
    pattern: nearbyPattern("square", "EAAA[A-Za-z0-9_-]{60}"),
    minEntropy: 4,
    severity: "critical",
    confidence: 0.85,
    examples: {
      positive: () => [`SQUARE_ACCESS_TOKEN=EAAA${fakeToken(BASE64URL, 60)}`],
      negative: () => [
        `SQUARE_ACCESS_TOKEN=EAAA${"x".repeat(60)}`,
        `SQUARE_ACCESS_TOKEN=EAAA${fakeToken(BASE64URL, 20)}`
      ]
    }
  },
  prefixedRule("square-legacy-access-token", "Square legacy access token", "sq0atp-", "[0-9A-Za-z_-]{22}", () => fakeToken(BASE64URL, 22), "critical"),
  prefixedRule("square-oauth-secret", "Square OAuth application secret", "sq0csp-", "[0-9A-Za-z_-]{43}", () => fakeToken(BASE64URL, 43), "critical"),
  prefixedRule("braintree-production-access-token", "PayPal Braintree production access token", "access_token$production$", "[0-9a-z]{16}\\$[0-9a-f]{32}", braintree, "critical"),
  prefixedRule("braintree-sandbox-access-token", "PayPal Braintree sandbox access token", "access_token$sandbox$", "[0-9a-z]{16}\\$[0-9a-f]{32}", braintree, "medium"),
  {
    id: "secret/adyen-api-key",
    description: "Adyen API key next to the provider name",
    keywords: ["adyen"],
    pattern: nearbyPattern("adyen", "AQE[A-Za-z0-9+/=._-]{80,300}", "A-Za-z0-9+/=._-"),
    minEntropy: 4,
    severity: "critical",
    confidence: 0.85,
    examples: {
      positive: () => [`ADYEN_API_KEY=AQE${fakeToken(BASE64, 150)}`],
      negative: () => [
        `ADYEN_API_KEY=AQE${"x".repeat(150)}`,
        `ADYEN_API_KEY=AQE${fakeToken(BASE64, 20)}`,
        "ADYEN_API_KEY=${ADYEN_API_KEY}"
      ]
    }
  },
  {
    id: "secret/plaid-access-token",
    description: "Plaid item access token",
    keywords: ["access-production-", "access-development-", "access-sandbox-"],
    pattern: new RegExp(`\\baccess-(?:production|development|sandbox)-${UUID}\\b`),
    minEntropy: 3,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [`access-production-${fakeUuid()}`],
      negative: () => [`access-production-${ZERO_UUID}`, "access-production-token", "access-production-<uuid>"]
    }
  },
  prefixedRule("flutterwave-secret-key", "Flutterwave secret key", "FLWSECK-", "[a-f0-9]{32}-X", () => `${fakeToken(HEX, 32)}-X`, "critical"),
  prefixedRule("flutterwave-test-secret-key", "Flutterwave test secret key", "FLWSECK_TEST-", "[a-f0-9]{32}-X", () => `${fakeToken(HEX, 32)}-X`, "medium"),
  {
    id: "secret/gocardless-access-token",
    description: "GoCardless live access token",
    keywords: ["gocardless"],
    pattern: nearbyPattern("gocardless", "live_[A-Za-z0-9_=-]{40}", "A-Za-z0-9_=-"),
    minEntropy: 4,
    severity: "critical",
    confidence: 0.85,
    examples: {
      positive: () => [`GOCARDLESS_ACCESS_TOKEN=live_${fakeToken(BASE64URL, 40)}`],
      negative: () => [`GOCARDLESS_ACCESS_TOKEN=live_${"x".repeat(40)}`, `live_${fakeToken(BASE64URL, 40)}`]
    }
  },
  prefixedRule("shippo-live-token", "Shippo live API token", "shippo_live_", "[a-f0-9]{40}", () => fakeToken(HEX, 40), "high"),
  prefixedRule("easypost-api-key", "EasyPost production API key", "EZAK", "[a-zA-Z0-9]{54}", () => fakeToken(ALNUM, 54), "high"),
  prefixedRule("duffel-live-token", "Duffel live API token", "duffel_live_", "[A-Za-z0-9_=-]{43}", () => fakeToken(BASE64URL, 43), "critical"),
  prefixedRule("duffel-test-token", "Duffel test API token", "duffel_test_", "[A-Za-z0-9_=-]{43}", () => fakeToken(BASE64URL, 43), "medium")
];

// dist/src/analyzers/secrets/rules/private-keys.js
var DASHES = "-----";
var armour = (edge, label) => `${DASHES}${edge} ${label}${DASHES}`;
var fakeBody = (lines) => Array.from({ length: lines }, () => fakeToken(BASE64, 64)).join("\n");
var block = (label, body) => `${armour("BEGIN", label)}
${body}
${armour("END", label)}`;
var pkLabel = (kind) => [kind, "PRIVATE", "KEY"].filter(Boolean).join(" ");
var NOT_IN_GCP_JSON = '(?<!\\\\?"private_key\\\\?"\\s{0,3}:\\s{0,3}\\\\?")';
var BODY = "(?<secret>(?:[^-]|-(?!-{4})){64,16000})";
var pemRule = (id2, kind, description, severity) => {
  const label = kind ? `${kind}[ ]PRIVATE[ ]KEY` : "PRIVATE[ ]KEY";
  const guard = kind === "" || kind === "RSA" ? NOT_IN_GCP_JSON : "";
  return {
    id: `secret/${id2}`,
    description,
    keywords: [`${kind ? `${kind.toLowerCase()} ` : ""}private key-----`],
    pattern: new RegExp(`${guard}${DASHES}BEGIN[ ]${label}${DASHES}${BODY}${DASHES}END[ ]${label}${DASHES}`),
    minEntropy: 4,
    severity,
    confidence: 0.95,
    examples: {
      positive: () => [block(pkLabel(kind), fakeBody(6)), block(pkLabel(kind), fakeBody(3)).replace(/\n/g, "\\n")],
      negative: () => [
        armour("BEGIN", pkLabel(kind)),
        block(pkLabel(kind), "..."),
        block(pkLabel(kind), "x".repeat(64 * 3)),
        block(`${kind ? `${kind} ` : ""}PUBLIC KEY`, fakeBody(4))
      ]
    }
  };
};
var private_keys_default = [
  pemRule("private-key-rsa", "RSA", "PEM RSA private key (PKCS#1)", "critical"),
  pemRule("private-key-ec", "EC", "PEM elliptic-curve private key (SEC1)", "critical"),
  pemRule("private-key-dsa", "DSA", "PEM DSA private key", "critical"),
  pemRule("private-key-pkcs8", "", "PEM private key (unencrypted PKCS#8)", "critical"),
  // Still a finding: the passphrase is often weak or committed nearby.
  pemRule("private-key-pkcs8-encrypted", "ENCRYPTED", "PEM encrypted private key (PKCS#8)", "high"),
  pemRule("private-key-openssh", "OPENSSH", "OpenSSH private key", "critical"),
  {
    id: "secret/pgp-private-key-block",
    description: "OpenPGP armoured private (secret) key block",
    keywords: ["pgp private key block"],
    pattern: new RegExp(`${DASHES}BEGIN[ ]PGP[ ]PRIVATE[ ]KEY[ ]BLOCK${DASHES}${BODY}${DASHES}END[ ]PGP[ ]PRIVATE[ ]KEY[ ]BLOCK${DASHES}`),
    minEntropy: 4,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [block("PGP PRIVATE KEY BLOCK", `
${fakeBody(8)}
=${fakeToken(BASE64, 4)}`)],
      negative: () => [
        armour("BEGIN", "PGP PRIVATE KEY BLOCK"),
        block("PGP PRIVATE KEY BLOCK", "..."),
        block("PGP PUBLIC KEY BLOCK", fakeBody(4))
      ]
    }
  },
  {
    id: "secret/putty-private-key",
    description: "PuTTY private key file (.ppk)",
    keywords: ["putty-user-key-file-"],
    pattern: /PuTTY-User-Key-File-[23]:[\s\S]{0,4000}?Private-Lines:[ ]?[0-9]{1,4}(?<secret>[A-Za-z0-9+/=\s\\]{64,8000})Private-MAC:/,
    minEntropy: 4,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [
        [
          "PuTTY-User-Key-File-3: ssh-ed25519",
          "Encryption: none",
          "Comment: deploy@build",
          "Public-Lines: 2",
          fakeBody(2),
          "Private-Lines: 1",
          fakeToken(BASE64, 64),
          `Private-MAC: ${fakeToken(HEX, 64)}`
        ].join("\n")
      ],
      negative: () => [
        "PuTTY-User-Key-File-3: ssh-ed25519",
        `PuTTY-User-Key-File-3: ssh-rsa
Private-Lines: 1
${"A".repeat(64)}
Private-MAC: 00`
      ]
    }
  },
  {
    id: "secret/age-secret-key",
    description: "age encryption secret key",
    keywords: ["age-secret-key-1"],
    // Bech32: "1" separator then 58 characters of the bech32 alphabet.
    pattern: /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b/,
    minEntropy: 3.5,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [`AGE-SECRET-KEY-1${fakeToken("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)}`],
      negative: () => [
        `AGE-SECRET-KEY-1${"Q".repeat(58)}`,
        "AGE-SECRET-KEY-1...",
        `AGE-SECRET-KEY-1${fakeToken("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 20)}`
      ]
    }
  }
];

// dist/src/analyzers/secrets/rules/registries.js
var PYPI = "pypi-AgEIcHlwaS5vcmc";
var TEST_PYPI = "pypi-AgENdGVzdC5weXBpLm9yZw";
var registries_default = [
  prefixedRule("npm-access-token", "npm access token", "npm_", "[A-Za-z0-9]{36}", () => fakeToken(ALNUM, 36), "critical"),
  prefixedRule("pypi-upload-token", "PyPI upload token", PYPI, "[A-Za-z0-9_-]{50,1000}", () => fakeToken(BASE64URL, 140), "critical"),
  prefixedRule("test-pypi-upload-token", "TestPyPI upload token", TEST_PYPI, "[A-Za-z0-9_-]{50,1000}", () => fakeToken(BASE64URL, 140), "medium"),
  prefixedRule("rubygems-api-key", "RubyGems API key", "rubygems_", "[a-f0-9]{48}", () => fakeToken(HEX, 48), "critical"),
  prefixedRule("nuget-api-key", "NuGet.org API key", "oy2", "[a-z0-9]{43}", () => fakeToken(LOWER_ALNUM, 43)),
  prefixedRule("dockerhub-pat", "Docker Hub personal access token", "dckr_pat_", "[A-Za-z0-9_-]{27}", () => fakeToken(BASE64URL, 27)),
  prefixedRule("dockerhub-org-access-token", "Docker Hub organization access token", "dckr_oat_", "[A-Za-z0-9_-]{32}", () => fakeToken(BASE64URL, 32)),
  prefixedRule("jfrog-api-key", "JFrog Artifactory API key", "AKCp", "[A-Za-z0-9]{69}", () => fakeToken(ALNUM, 69)),
  // Identity (reference) tokens are base64 of "reftkn:01:...".
  prefixedRule("jfrog-identity-token", "JFrog identity / reference token", "cmVmdGtuOjAxOj", "[A-Za-z0-9]{50,100}", () => fakeToken(ALNUM, 50)),
  prefixedRule("crates-io-api-token", "crates.io API token", "cio", "[A-Za-z0-9]{32}", () => fakeToken(ALNUM, 32)),
  prefixedRule("clojars-deploy-token", "Clojars deploy token", "CLOJARS_", "[a-z0-9]{60}", () => fakeToken(LOWER_ALNUM, 60))
];

// dist/src/analyzers/secrets/rules/saas.js
var hex3 = (length) => () => fakeToken(HEX, length);
var alnum2 = (length) => () => fakeToken(ALNUM, length);
var urlSafe3 = (length) => () => fakeToken(BASE64URL, length);
var saas_default = [
  prefixedRule("shopify-access-token", "Shopify Admin API access token", "shpat_", "[a-fA-F0-9]{32}", hex3(32), "critical"),
  prefixedRule("shopify-custom-app-token", "Shopify custom app access token", "shpca_", "[a-fA-F0-9]{32}", hex3(32), "critical"),
  prefixedRule("shopify-private-app-token", "Shopify private app access token", "shppa_", "[a-fA-F0-9]{32}", hex3(32), "critical"),
  prefixedRule("shopify-shared-secret", "Shopify app shared secret", "shpss_", "[a-fA-F0-9]{32}", hex3(32)),
  {
    id: "secret/hubspot-private-app-token",
    description: "HubSpot private app access token",
    keywords: ["pat-na1-", "pat-eu1-"],
    pattern: new RegExp(`\\bpat-(?:na|eu)1-${UUID}\\b`),
    minEntropy: 3,
    severity: "high",
    confidence: 0.95,
    examples: {
      positive: () => [`pat-na1-${fakeUuid()}`, `pat-eu1-${fakeUuid()}`],
      negative: () => [`pat-na1-${ZERO_UUID}`, "pat-na1-<token>", "tokens start with pat-na1-"]
    }
  },
  prefixedRule("atlassian-api-token", "Atlassian (Jira, Confluence) API token", "ATATT3", "[A-Za-z0-9_=-]{150,250}", urlSafe3(186)),
  prefixedRule("linear-api-key", "Linear personal API key", "lin_api_", "[A-Za-z0-9_]{32,128}", alnum2(40)),
  prefixedRule("linear-oauth-token", "Linear OAuth access token", "lin_oauth_", "[a-f0-9]{64}", hex3(64)),
  prefixedRule("notion-integration-token", "Notion integration token", "ntn_", "[0-9]{11}[A-Za-z0-9]{35}", () => fakeToken(DIGITS, 11) + fakeToken(ALNUM, 35)),
  namedRule({
    id: "notion-legacy-integration-token",
    description: "Notion internal integration secret (secret_ format) next to the product name",
    keywords: ["notion"],
    context: "notion",
    secret: "secret_[A-Za-z0-9]{43}",
    fake: () => `secret_${fakeToken(ALNUM, 43)}`,
    setting: "NOTION_TOKEN"
  }),
  prefixedRule("airtable-pat", "Airtable personal access token", "pat", "[A-Za-z0-9]{14}\\.[a-f0-9]{64}", () => `${fakeToken(ALNUM, 14)}.${fakeToken(HEX, 64)}`),
  namedRule({
    id: "okta-api-token",
    description: "Okta API token next to the provider name",
    keywords: ["okta"],
    context: "okta",
    secret: "00[A-Za-z0-9_-]{40}",
    fake: () => `00${fakeToken(BASE64URL, 40)}`,
    setting: "OKTA_API_TOKEN",
    severity: "critical"
  }),
  namedRule({
    id: "auth0-client-secret",
    description: "Auth0 application client secret next to the provider name",
    keywords: ["auth0"],
    context: "auth0[^\\n]{0,30}?secret",
    secret: "[A-Za-z0-9_-]{64}",
    fake: urlSafe3(64),
    setting: "AUTH0_CLIENT_SECRET"
  }),
  namedRule({
    id: "asana-pat",
    description: "Asana personal access token next to the provider name",
    keywords: ["asana"],
    context: "asana",
    secret: "[0-2]/[0-9]{13,20}(?::|/)[A-Za-z0-9]{32}",
    fake: () => `2/${fakeToken(DIGITS, 16)}/${fakeToken(ALNUM, 32)}`,
    setting: "ASANA_ACCESS_TOKEN"
  }),
  prefixedRule("dropbox-short-lived-token", "Dropbox short-lived access token", "sl.", "[A-Za-z0-9_-]{130,1400}", urlSafe3(138)),
  prefixedRule("figma-pat", "Figma personal access token", "figd_", "[A-Za-z0-9_-]{40,200}", urlSafe3(40)),
  prefixedRule("postman-api-key", "Postman API key", "PMAK-", "[a-f0-9]{24}-[a-f0-9]{34}", () => `${fakeToken(HEX, 24)}-${fakeToken(HEX, 34)}`),
  prefixedRule("doppler-token", "Doppler personal, service, CLI or SCIM token", "dp.", "(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44}", () => `st.${fakeToken(ALNUM, 43)}`, "critical"),
  prefixedRule("vault-service-token", "HashiCorp Vault service token", "hvs.", "[A-Za-z0-9_-]{90,120}", urlSafe3(95), "critical"),
  prefixedRule("vault-recovery-token", "HashiCorp Vault recovery token", "hvr.", "[A-Za-z0-9_-]{90,120}", urlSafe3(95), "critical"),
  prefixedRule("vault-batch-token", "HashiCorp Vault batch token", "hvb.", "[A-Za-z0-9_-]{138,300}", urlSafe3(160)),
  {
    id: "secret/terraform-cloud-token",
    description: "HCP Terraform (Terraform Cloud / Enterprise) API token",
    keywords: [".atlasv1."],
    pattern: /\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}(?![A-Za-z0-9_=-])/,
    minEntropy: 3.5,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [`${fakeToken(ALNUM, 14)}.atlasv1.${fakeToken(BASE64URL, 67)}`],
      negative: () => [`${"x".repeat(14)}.atlasv1.${"x".repeat(67)}`, "tokens contain .atlasv1."]
    }
  },
  prefixedRule("pulumi-access-token", "Pulumi access token", "pul-", "[a-f0-9]{40}", hex3(40)),
  {
    id: "secret/onepassword-secret-key",
    description: "1Password account secret key",
    keywords: ["a3-"],
    pattern: /\bA3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}\b/,
    minEntropy: 3.5,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [`A3-${[6, 6, 5, 5, 5, 5].map((length) => fakeToken(UPPER_ALNUM, length)).join("-")}`],
      negative: () => [`A3-${[6, 6, 5, 5, 5, 5].map((length) => "X".repeat(length)).join("-")}`, "A3-ABCDEF"]
    }
  },
  prefixedRule("onepassword-service-account-token", "1Password service account token", "ops_", "eyJ[A-Za-z0-9+/]{100,2000}={0,3}", () => `eyJ${fakeToken(BASE64, 300)}`, "critical"),
  prefixedRule("contentful-pat", "Contentful personal access token", "CFPAT-", "[A-Za-z0-9_-]{43}", urlSafe3(43)),
  prefixedRule("typeform-pat", "Typeform personal access token", "tfp_", "[A-Za-z0-9_.=-]{59}", urlSafe3(59)),
  prefixedRule("mapbox-secret-token", "Mapbox secret access token", "sk.eyJ", "[A-Za-z0-9_-]{50,400}\\.[A-Za-z0-9_-]{20,40}", () => `${fakeToken(BASE64URL, 60)}.${fakeToken(BASE64URL, 22)}`),
  prefixedRule("twitter-bearer-token", "X (Twitter) app bearer token", "AAAAAAAAAAAAAAAAAAAAA", "[A-Za-z0-9%]{80,120}", alnum2(90)),
  prefixedRule("facebook-access-token", "Facebook / Meta Graph API access token", "EAA", "(?!A)[A-Za-z0-9]{100,400}", alnum2(180)),
  prefixedRule("clickup-api-token", "ClickUp personal API token", "pk_", "[0-9]{6,9}_[A-Z0-9]{32}", () => `${fakeToken(DIGITS, 8)}_${fakeToken(UPPER_ALNUM, 32)}`),
  prefixedRule("prefect-api-key", "Prefect Cloud API key", "pnu_", "[A-Za-z0-9]{36}", alnum2(36)),
  prefixedRule("readme-api-key", "ReadMe API key", "rdme_", "[a-z0-9]{70}", () => fakeToken("abcdefghijklmnopqrstuvwxyz0123456789", 70)),
  prefixedRule("sourcegraph-token", "Sourcegraph access token", "sgp_", "(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}", hex3(40)),
  prefixedRule("infracost-api-key", "Infracost API key", "ico-", "[A-Za-z0-9]{32}", alnum2(32)),
  prefixedRule("frameio-token", "Frame.io API token", "fio-u-", "[A-Za-z0-9_=-]{64}", urlSafe3(64)),
  prefixedRule("scalingo-api-token", "Scalingo API token", "tk-us-", "[A-Za-z0-9_-]{48}", urlSafe3(48)),
  namedRule({
    id: "algolia-admin-key",
    description: "Algolia admin API key next to the provider name",
    keywords: ["algolia"],
    context: "algolia[^\\n]{0,30}?admin",
    secret: "[a-f0-9]{32}",
    fake: hex3(32),
    setting: "ALGOLIA_ADMIN_KEY"
  }),
  namedRule({
    id: "launchdarkly-access-token",
    description: "LaunchDarkly API access or SDK key next to the provider name",
    keywords: ["launchdarkly"],
    context: "launchdarkly",
    secret: `(?:api|sdk)-${UUID}`,
    fake: () => `api-${fakeUuid()}`,
    setting: "LAUNCHDARKLY_ACCESS_TOKEN"
  })
];

// dist/src/analyzers/secrets/rules/server-config-files.js
var CRYPT64 = `./${ALNUM}`;
var SALT = `${ALNUM}!@^&-_=+;:,<>/~|`;
var define = (name, value) => `define( '${name}', '${value}' );`;
var server_config_files_default = [
  {
    id: "secret/htpasswd-hash",
    description: "Apache .htpasswd password hash (bcrypt, apr1-MD5, SHA-1 or SHA-crypt)",
    keywords: [":$2", ":$apr1$", ":{sha}", ":$5$", ":$6$"],
    paths: /(?:^|\/)\.htpasswd$/,
    // The leading '$' stays outside the secret so template-placeholder checks do not read it as $VAR.
    pattern: /^[^:\s#]{1,255}:\$?(?<secret>2[aby]\$[0-9]{2}\$[./A-Za-z0-9]{53}|apr1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}|\{SHA\}[A-Za-z0-9+/]{27}=|[56]\$[^\s:$]{1,16}\$[./A-Za-z0-9]{43,86})$/m,
    severity: "high",
    confidence: 0.9,
    examples: {
      positive: () => [
        `admin:$2y$10$${fakeToken(CRYPT64, 53)}`,
        `deploy:$apr1$${fakeToken(CRYPT64, 8)}$${fakeToken(CRYPT64, 22)}`,
        `# ci user
ci:{SHA}${fakeToken(BASE64, 27)}=`
      ],
      negative: () => ["admin:", "# user:$apr1$salt$hash", "admin:plaintext-not-a-hash"]
    }
  },
  {
    id: "secret/wordpress-db-password",
    description: "WordPress database password in wp-config.php",
    keywords: ["db_password"],
    paths: /(?:^|\/)wp-config(?:-[a-z0-9]{1,20})?\.php$/,
    pattern: /define\([ \t]{0,3}['"]DB_PASSWORD['"][ \t]{0,3},[ \t]{0,3}['"](?<secret>[^'"\n]{1,256})['"]/,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [
        `${define("DB_NAME", "wordpress")}
${define("DB_USER", "wp")}
${define("DB_PASSWORD", `${fakeToken(ALNUM, 14)}4!`)}`
      ],
      negative: () => [
        define("DB_PASSWORD", "password_here"),
        define("DB_PASSWORD", ""),
        "define( 'DB_PASSWORD', getenv( 'DB_PASSWORD' ) );"
      ]
    }
  },
  {
    id: "secret/wordpress-auth-salt",
    description: "WordPress authentication key or salt in wp-config.php",
    keywords: ["_key", "_salt"],
    paths: /(?:^|\/)wp-config(?:-[a-z0-9]{1,20})?\.php$/,
    pattern: /define\([ \t]{0,3}['"](?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)['"][ \t]{0,3},[ \t]{0,3}['"](?<secret>[^'"\n]{32,128})['"]/,
    minEntropy: 4,
    severity: "high",
    confidence: 0.9,
    examples: {
      positive: () => [define("AUTH_KEY", fakeToken(SALT, 64)), define("NONCE_SALT", fakeToken(SALT, 64))],
      negative: () => [
        define("AUTH_KEY", "put your unique phrase here"),
        define("AUTH_KEY", "a".repeat(64)),
        define("WP_CACHE_KEY_SALT", fakeToken(SALT, 64))
      ]
    }
  },
  {
    id: "secret/rails-master-key",
    description: "Rails credentials master key (config/master.key)",
    // The file holds nothing but the key, so only its own characters can serve as keywords.
    keywords: [..."0123456789abcdef"],
    paths: /(?:^|\/)config\/(?:master|credentials\/[a-z0-9_-]{1,40})\.key$/,
    pattern: /^(?<secret>[a-f0-9]{32})[ \t]{0,4}$/m,
    minEntropy: 3,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [fakeToken(HEX, 32), `${fakeToken(HEX, 32)}
`],
      negative: () => ["0".repeat(32), fakeToken(HEX, 24), fakeToken(HEX, 64)]
    }
  }
];

// dist/src/analyzers/secrets/rules/slack.js
var id = (length = 11) => `${fakeToken("123456789", 1)}${fakeToken(DIGITS, length - 1)}`;
var dash = (...parts) => parts.join("-");
var END = "(?![A-Za-z0-9-])";
var slack_default = [
  {
    id: "secret/slack-bot-token",
    description: "Slack bot token",
    keywords: ["xoxb-"],
    pattern: new RegExp(`\\bxoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}${END}`),
    minEntropy: 3,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [dash("xoxb", id(), id(13), fakeToken(ALNUM, 24))],
      negative: () => [
        dash("xoxb", "1".repeat(11), "1".repeat(13), "x".repeat(24)),
        dash("xoxb", id(), fakeToken(ALNUM, 10)),
        "bot tokens start with xoxb-"
      ]
    }
  },
  {
    id: "secret/slack-legacy-bot-token",
    description: "Slack legacy bot token",
    keywords: ["xoxb-"],
    pattern: new RegExp(`\\bxoxb-[0-9]{8,14}-[A-Za-z0-9]{18,26}${END}`),
    minEntropy: 3,
    severity: "high",
    confidence: 0.9,
    examples: {
      positive: () => [dash("xoxb", id(10), fakeToken(ALNUM, 24))],
      negative: () => [dash("xoxb", id(10), "x".repeat(24)), dash("xoxb", id(10), fakeToken(ALNUM, 12))]
    }
  },
  {
    id: "secret/slack-user-token",
    description: "Slack user token",
    keywords: ["xoxp-"],
    pattern: new RegExp(`\\bxoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32}${END}`),
    minEntropy: 3,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [dash("xoxp", id(), id(), id(12), fakeToken(HEX, 32))],
      negative: () => [
        dash("xoxp", id(), id(), id(12), "0".repeat(32)),
        dash("xoxp", id(), fakeToken(HEX, 32)),
        "user tokens start with xoxp-"
      ]
    }
  },
  {
    id: "secret/slack-legacy-workspace-token",
    description: "Slack legacy workspace (xoxa) or refresh (xoxr) token",
    keywords: ["xoxa-", "xoxr-"],
    pattern: new RegExp(`\\bxox[ar]-(?:[0-9]-)?[A-Za-z0-9]{8,48}${END}`),
    minEntropy: 3,
    severity: "high",
    confidence: 0.85,
    examples: {
      positive: () => [dash("xoxa", "2", fakeToken(ALNUM, 40)), dash("xoxr", fakeToken(ALNUM, 32))],
      negative: () => [dash("xoxa", "2", "x".repeat(40)), "xoxa-2", dash("xoxr", fakeToken(ALNUM, 4))]
    }
  },
  {
    id: "secret/slack-app-token",
    description: "Slack app-level token",
    keywords: ["xapp-"],
    pattern: new RegExp(`\\bxapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,13}-[a-f0-9]{64}${END}`),
    minEntropy: 3,
    severity: "high",
    confidence: 0.95,
    examples: {
      positive: () => [dash("xapp", "1", `A${fakeToken(UPPER_ALNUM, 10)}`, id(13), fakeToken(HEX, 64))],
      negative: () => [
        dash("xapp", "1", "A".repeat(11), id(13), "0".repeat(64)),
        dash("xapp", "1", fakeToken(HEX, 64))
      ]
    }
  },
  {
    id: "secret/slack-config-access-token",
    description: "Slack app configuration access token",
    keywords: ["xoxe.xoxp-", "xoxe.xoxb-"],
    pattern: new RegExp(`\\bxoxe\\.xox[bp]-[0-9]-[A-Za-z0-9]{163,166}${END}`),
    minEntropy: 3,
    severity: "high",
    confidence: 0.95,
    examples: {
      positive: () => [`xoxe.xoxp-1-${fakeToken(ALNUM, 164)}`],
      negative: () => [`xoxe.xoxp-1-${"x".repeat(164)}`, `xoxe.xoxp-1-${fakeToken(ALNUM, 40)}`]
    }
  },
  {
    id: "secret/slack-config-refresh-token",
    description: "Slack app configuration refresh token",
    keywords: ["xoxe-"],
    pattern: new RegExp(`\\bxoxe-[0-9]-[A-Za-z0-9]{146}${END}`),
    minEntropy: 3,
    severity: "high",
    confidence: 0.95,
    examples: {
      positive: () => [`xoxe-1-${fakeToken(ALNUM, 146)}`],
      negative: () => [`xoxe-1-${"x".repeat(146)}`, `xoxe-1-${fakeToken(ALNUM, 60)}`]
    }
  },
  {
    id: "secret/slack-webhook-url",
    description: "Slack incoming webhook URL",
    keywords: ["hooks.slack.com/services/"],
    pattern: /\bhooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9])/,
    minEntropy: 3,
    severity: "high",
    confidence: 0.95,
    examples: {
      positive: () => [
        `https://hooks.slack.com/services/T${fakeToken(UPPER_ALNUM, 10)}/B${fakeToken(UPPER_ALNUM, 10)}/${fakeToken(ALNUM, 24)}`
      ],
      negative: () => [
        `https://hooks.slack.com/services/T${"0".repeat(10)}/B${"0".repeat(10)}/${"X".repeat(24)}`,
        "https://hooks.slack.com/services/"
      ]
    }
  },
  {
    id: "secret/slack-workflow-webhook-url",
    description: "Slack workflow or trigger webhook URL",
    keywords: ["hooks.slack.com/workflows/", "hooks.slack.com/triggers/"],
    pattern: /\bhooks\.slack\.com\/(?:workflows|triggers)\/T[A-Z0-9]{8,12}\/A[A-Z0-9]{8,12}\/[0-9]{6,20}\/(?<secret>[A-Za-z0-9]{24,32})(?![A-Za-z0-9])/,
    minEntropy: 3,
    severity: "high",
    confidence: 0.9,
    examples: {
      positive: () => [
        `https://hooks.slack.com/triggers/T${fakeToken(UPPER_ALNUM, 10)}/A${fakeToken(UPPER_ALNUM, 10)}/${id(12)}/${fakeToken(ALNUM, 32)}`
      ],
      negative: () => [
        `https://hooks.slack.com/triggers/T${"0".repeat(10)}/A${"0".repeat(10)}/${"1".repeat(12)}/${"x".repeat(32)}`
      ]
    }
  }
];

// dist/src/analyzers/secrets/rules/stripe.js
var key = (kind, mode) => ({
  id: `secret/stripe-${mode}-${kind === "sk" ? "secret" : "restricted"}-key`,
  description: `Stripe ${mode}-mode ${kind === "sk" ? "secret" : "restricted"} API key`,
  keywords: [`${kind}_${mode}_`],
  pattern: new RegExp(`\\b${kind}_${mode}_[0-9A-Za-z]{24,247}\\b`),
  minEntropy: 3,
  // Test-mode keys cannot move money but do expose account data and configuration.
  severity: mode === "live" ? "critical" : "medium",
  confidence: 0.95,
  examples: {
    positive: () => [`${kind}_${mode}_${fakeToken(ALNUM, 24)}`, `${kind}_${mode}_51${fakeToken(ALNUM, 97)}`],
    negative: () => [
      `${kind}_${mode}_${"x".repeat(24)}`,
      `${kind}_${mode}_${fakeToken(ALNUM, 10)}`,
      `${kind}_${mode}_...`,
      `keys start with ${kind}_${mode}_`
    ]
  }
});
var stripe_default = [
  key("sk", "live"),
  key("rk", "live"),
  key("sk", "test"),
  key("rk", "test"),
  {
    id: "secret/stripe-webhook-secret",
    description: "Stripe webhook signing secret",
    keywords: ["whsec_"],
    pattern: /\bwhsec_[0-9A-Za-z]{32,64}\b/,
    minEntropy: 3,
    severity: "high",
    confidence: 0.9,
    examples: {
      positive: () => [`whsec_${fakeToken(ALNUM, 32)}`],
      negative: () => [`whsec_${"x".repeat(32)}`, `whsec_${fakeToken(ALNUM, 12)}`, "signing secrets start with whsec_"]
    }
  }
];

// dist/src/analyzers/secrets/rules/tokens.js
var base64url = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
var base64 = (text) => Buffer.from(text).toString("base64");
var fakeJwt = () => [
  base64url({ alg: "HS256", typ: "JWT" }),
  base64url({ sub: fakeToken(ALNUM, 12), role: "service", iat: 17e8 }),
  fakeToken(BASE64URL, 43)
].join(".");
var tokens_default = [
  {
    id: "secret/jwt",
    description: "Signed JSON Web Token (header.payload.signature)",
    keywords: ["eyj"],
    // Both JSON segments start with '{"' (eyJ in base64url); the signature must be present.
    pattern: /\beyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{20,1000}(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    severity: "medium",
    confidence: 0.7,
    examples: {
      positive: () => [fakeJwt()],
      negative: () => [
        base64url({ alg: "HS256", typ: "JWT" }),
        `${base64url({ alg: "none" })}.${base64url({ sub: "x" })}.`,
        `eyJ${"x".repeat(20)}.eyJ${"x".repeat(20)}.${"x".repeat(30)}`,
        "a JWT starts with eyJ"
      ]
    }
  },
  {
    id: "secret/http-basic-auth-header",
    description: "HTTP Authorization header with Basic credentials",
    keywords: ["basic "],
    pattern: /\bauthorization\\?["']?\s{0,3}[:=,]\s{0,3}\\?["']?\s{0,3}basic\s{1,3}(?<secret>[A-Za-z0-9+/]{12,400}={0,2})(?![A-Za-z0-9+/=])/i,
    minEntropy: 3,
    validate: isBasicCredential,
    severity: "high",
    confidence: 0.8,
    examples: {
      positive: () => [
        `Authorization: Basic ${base64(`deploy:${fakeToken(ALNUM, 20)}`)}`,
        `curl -H "Authorization: Basic ${base64(`ci-bot:${fakeToken(ALNUM, 16)}`)}" https://example.com`
      ],
      negative: () => [
        "Authorization: Basic <credentials>",
        "Authorization: Basic ${BASIC_AUTH}",
        `Authorization: Basic ${base64("just a long string without a colon")}`,
        `Authorization: Basic ${base64("username:")}`,
        `Authorization: Bearer ${fakeToken(ALNUM, 30)}`
      ]
    }
  }
];

// dist/src/analyzers/secrets/rules/index.js
var allRules = [
  ...credential_files_default,
  ...server_config_files_default,
  ...private_keys_default,
  ...aws_default,
  ...google_default,
  ...azure_default,
  ...github_default,
  ...gitlab_default,
  ...slack_default,
  ...stripe_default,
  ...ai_default,
  ...registries_default,
  ...messaging_default,
  ...payments_default,
  ...ci_default,
  ...cloud_default,
  ...observability_default,
  ...saas_default,
  ...tokens_default,
  ...connection_urls_default
];

// dist/src/analyzers/secrets/index.js
var meta = {
  id: "secret/detector",
  category: "secret",
  languages: "any",
  defaultSeverity: "critical",
  description: "Hardcoded credentials: provider tokens, private keys and credential-named values"
};
var noRules = [];
var ruleLists = /* @__PURE__ */ new WeakMap();
var optionRules = /* @__PURE__ */ new WeakMap();
function compileAll(rules) {
  return rules.map((rule) => {
    const compiled = compileConfigRule(rule);
    if (!compiled.ok)
      throw new Error(compiled.error);
    return compiled.value;
  });
}
function rulesFor(options) {
  if (!options.rules?.length)
    return listRules(options.extraRules);
  let list = optionRules.get(options);
  if (!list)
    optionRules.set(options, list = listRules([...options.extraRules ?? [], ...compileAll(options.rules)]));
  return list;
}
function listRules(extraRules = noRules) {
  let list = ruleLists.get(extraRules);
  if (!list)
    ruleLists.set(extraRules, list = [...allRules, ...extraRules, ...genericRules]);
  return list;
}
function listRuleIds() {
  return listRules().map((rule) => rule.id);
}
function toFinding(match, input) {
  const generic = isContextualRule(match.rule);
  return createFinding(meta, {
    ruleId: match.ruleId,
    path: input.path,
    line: match.line,
    endLine: match.endLine,
    column: match.column,
    title: `${match.rule.description} in ${input.path}`,
    content: redactIn(match.lineText, match.secret),
    secret: match.secret,
    severity: match.rule.severity,
    confidence: match.rule.confidence ?? (generic ? 0.6 : 0.9),
    // Rotating a provider key and purging it from history is more work than moving a value to config.
    effortHours: generic ? 1 : 2
  });
}
function analyze(input) {
  const options = input.options ?? {};
  const matches = scanSecrets(input.text, input.path, rulesFor(options), { allowValues: options.allowValues });
  return matches.filter((match) => touches(input.changed, match.line, match.endLine)).map((match) => toFinding(match, input));
}
export {
  analyze,
  listRuleIds,
  listRules,
  meta,
  scanSecrets
};
