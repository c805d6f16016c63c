import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  ALNUM,
  BASE32_LOWER,
  BASE32_UPPER,
  BASE64,
  BASE64URL,
  DIGITS,
  HEX,
  HEX_UPPER,
  LETTERS,
  LOWER,
  LOWER_ALNUM,
  SLOW_SALTED_HASH_RULES,
  UPPER_ALNUM,
  ZERO_UUID,
  compileConfigRule,
  fakeOf,
  fakeToken,
  fakeUuid,
  isContextualRule,
  looksLikePassword,
  looksLikeToken,
  looksLikeWords,
  password_hashes_default,
  scanSecrets
} from "./chunk-SMEW32IW.js";
import {
  contextOf
} from "./chunk-UUPKITBT.js";
import {
  createFinding,
  redactIn
} from "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
import {
  touches
} from "./chunk-OZTETU2B.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/analyzers/secrets/demo-values.js
var PLAIN_TEXT = /\.(?:txt|text|log|out|lst|csv|tsv)$/i;
var DEMO_CONFIDENCE = 0.2;
var PLACEHOLDER_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwort",
  "passwd",
  "pass",
  "pwd",
  "pw",
  "word",
  "secret",
  "changeme",
  "changeit",
  "letmein",
  "hunter",
  "tiger",
  "scott",
  "foo",
  "bar",
  "baz",
  "qux",
  "quux",
  "foobar",
  "admin",
  "administrator",
  "root",
  "toor",
  "user",
  "username",
  "usr",
  "guest",
  "test",
  "tester",
  "testing",
  "demo",
  "example",
  "sample",
  "dummy",
  "fake",
  "mock",
  "placeholder",
  "my",
  "your",
  "strong",
  "super",
  "top",
  "very",
  "some",
  "default",
  "qwerty",
  "asdf",
  "abc",
  "xyz",
  "db",
  "dbpass",
  "sa",
  "postgres",
  "mysql",
  "oracle",
  "redis",
  "mongo"
]);
var LEET = { "4": "a", "@": "a", "3": "e", "1": "i", "0": "o", $: "s", "5": "s", "7": "t" };
function decodePercent(text) {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_escape, hex11) => String.fromCharCode(parseInt(hex11, 16)));
}
function letterRuns(value) {
  const chars = [...value];
  const isLetter = (char) => char !== void 0 && /^[A-Za-z]$/.test(char);
  const read = chars.map((char, index) => {
    if (isLetter(char) || !(char in LEET))
      return char;
    let left = index - 1;
    while (left >= 0 && chars[left] in LEET)
      left--;
    let right = index + 1;
    while (right < chars.length && chars[right] in LEET)
      right++;
    return isLetter(chars[left]) && isLetter(chars[right]) ? LEET[char] : char;
  });
  return read.join("").split(/[^A-Za-z]+/).map((run) => run.toLowerCase().replace(/(.)\1{2,}/g, "")).filter((run) => run.length > 0);
}
function isPlaceholderWords(run) {
  const reachable = new Array(run.length + 1).fill(false);
  reachable[0] = true;
  for (let start = 0; start < run.length; start++) {
    if (!reachable[start])
      continue;
    for (let end = start + 2; end <= Math.min(run.length, start + 13); end++)
      if (PLACEHOLDER_WORDS.has(run.slice(start, end)))
        reachable[end] = true;
  }
  return reachable[run.length] === true;
}
function placeholderPasswordReason(value) {
  if (value.length > 64)
    return void 0;
  const decoded = decodePercent(value);
  const points = [...decoded].length;
  const runs = letterRuns(decoded);
  const letters = runs.reduce((sum, run) => sum + run.length, 0);
  if (letters < 3 || letters * 2 < points)
    return void 0;
  if (runs.every(isPlaceholderWords))
    return "a well-known demo or placeholder password";
  if (/^[a-z]+(?:[^A-Za-z0-9\s]+[a-z]*)+$/.test(decoded))
    return "lower-case words alone, written for the reader";
  return void 0;
}
function decodeBasic(secret) {
  if (!/^[A-Za-z0-9+/]{8,200}={0,2}$/.test(secret))
    return void 0;
  const decoded = Buffer.from(secret, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0 || /[^\x20-\x7e]/.test(decoded))
    return void 0;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
function classifyHost(host) {
  const name = host.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (/^(?:localhost|.+\.localhost|::1|0\.0\.0\.0|host\.docker\.internal|\(local\)|\(localdb\)|\.)$/.test(name) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name))
    return "loopback";
  if (/(?:^|\.)example(?:\.(?:com|net|org))?$/.test(name) || /\.(?:test|invalid)$/.test(name) || /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/.test(name) || /^2001:db8:/.test(name))
    return "reserved";
  if (/^[a-z_][a-z0-9_-]*$/.test(name))
    return "single-label";
  return void 0;
}
var URL_HOST = /^@(\[[0-9A-Fa-f:.]+\]|[^\s:/?#'"`<>,;)\]\\]+)/;
var KEYED_HOST = /(?:^|[^A-Za-z])(?:server|host|hostname|data source|addr|address)["']?\s*(?:=|:|=>)\s*["']?(?:tcp:)?(\([a-z]+\)|\.(?=[\\;,"'\s]|$)|\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_][A-Za-z0-9_.-]*)/i;
var JDBC_HOST = /jdbc:[a-z0-9]+:(?:thin:@)?\/\/([A-Za-z0-9_.-]+|\[[0-9A-Fa-f:.]+\])/i;
var PASSWORD_RULE = /password|passwd|pwd|connection|dsn|jdbc/;
var ACCOUNT_SCHEMES = /(?:^|[^a-z0-9+.-])(?:snowflake|databricks)(?:\+[a-z0-9]+)?:\/\/[^\s/@]*$/i;
var URL_AUTHORITY = /[a-z][a-z0-9+.-]*:\/\/[^\s/@]*$/i;
function readBoundHost(match) {
  const { secret, lineText, rule } = match;
  if (rule.paths || !PASSWORD_RULE.test(rule.id))
    return void 0;
  const at = lineText.indexOf(secret);
  const url = at >= 0 ? URL_HOST.exec(lineText.slice(at + secret.length)) : null;
  if (url) {
    const before = lineText.slice(0, at);
    return { host: url[1], dnsName: URL_AUTHORITY.test(before) && !ACCOUNT_SCHEMES.test(before) };
  }
  const keyed = JDBC_HOST.exec(lineText)?.[1] ?? KEYED_HOST.exec(lineText)?.[1];
  return keyed === void 0 ? void 0 : { host: keyed, dnsName: true };
}
var READER_CONTEXTS = /* @__PURE__ */ new Set(["test", "docs", "example"]);
var TEST_CONFIG_NAME = /(?:^|[._-])(?:test|tests|testing|ci|dev|develop|development|local|e2e)(?:[._-]|$)/i;
function isReaderFile(context, path) {
  if (READER_CONTEXTS.has(context))
    return true;
  return context === "build" && TEST_CONFIG_NAME.test(path.slice(path.lastIndexOf("/") + 1));
}
function readerFile(context) {
  if (context === "build")
    return "a test or development configuration file";
  return `${context === "example" ? "an" : "a"} ${context} file`;
}
function judgeDemo(match, context, path = "") {
  const basic = decodeBasic(match.secret);
  if (basic) {
    if (placeholderPasswordReason(basic.password))
      return "it decodes to a demo or placeholder user:password";
  } else {
    const value = placeholderPasswordReason(match.secret);
    if (value)
      return value;
  }
  if (SLOW_SALTED_HASH_RULES.has(match.rule.id) && isReaderFile(context, path) && !PLAIN_TEXT.test(path))
    return `a slow salted password hash in ${readerFile(context)}: a fixture, it opens nothing by itself`;
  const bound = readBoundHost(match);
  const host = bound?.host;
  const kind = host === void 0 ? void 0 : classifyHost(host);
  if (kind === "loopback")
    return `it opens ${host} only (loopback: no production data there)`;
  if (kind === "reserved")
    return `it opens ${host} only (a name reserved for documentation and tests)`;
  if (kind === "single-label" && bound?.dnsName && isReaderFile(context, path))
    return `it opens '${host}' only, a compose service or placeholder name, in ${readerFile(context)}`;
  return void 0;
}
function judgeDemoValues(matches, context, path) {
  const verdicts = /* @__PURE__ */ new Map();
  const demoLines = /* @__PURE__ */ new Map();
  for (const match of matches) {
    const reason = judgeDemo(match, context, path);
    if (reason === void 0)
      continue;
    verdicts.set(match, reason);
    const value = decodePercent(match.secret);
    if (!demoLines.has(value))
      demoLines.set(value, match.line);
  }
  if (!isReaderFile(context, path) || demoLines.size === 0)
    return verdicts;
  for (const match of matches) {
    const line = demoLines.get(decodePercent(match.secret));
    if (line !== void 0 && !verdicts.has(match))
      verdicts.set(match, `the same value is a demo value on line ${line}`);
  }
  return verdicts;
}

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
var LETTERS2 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function fakeCredentialValue(length = 32) {
  const chunk = Math.max(2, Math.floor((length - 3) / 4));
  const parts = [0, 1, 2, 3].map((index) => fakeToken(LETTERS2, index === 3 ? length - 3 - chunk * 3 : chunk));
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

// dist/src/analyzers/secrets/rules/nearby.js
var GAP = "[^\\n]{0,40}?";
var SETTING_GAP = "[^\\n/#@]{0,40}?";
var UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
function nearbyPattern(context, secret, edge = "A-Za-z0-9_-", gap = GAP) {
  const before = edge.replace("=", "");
  return new RegExp(`(?:${context})${gap}(?<![${before}])(?<secret>${secret})(?![${edge}])`, "i");
}

// dist/src/analyzers/secrets/rules/named-rule.js
function namedRule(spec) {
  const { setting, fake } = spec;
  return {
    id: `secret/${spec.id}`,
    description: spec.description,
    keywords: spec.keywords,
    pattern: nearbyPattern(spec.context, spec.secret, spec.edge, spec.gap),
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
        ...spec.extraNegatives?.() ?? []
      ]
    }
  };
}

// dist/src/analyzers/secrets/rules/keyed-rule.js
var readsAsIdentifier = (value) => /^[_.-]?[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+$/.test(value) && looksLikeWords(value);
var escapeName = (name) => name.replace(/[.+]/g, "\\$&");
function wholeNameKeywords(names, beforeKind) {
  const next = beforeKind ? ["_", "-"] : ["_", ".", "-", " ", ":", "=", '"', "'"];
  return names.flatMap((name) => next.map((char) => `${name}${char}`));
}
function keyedRule(id2, description, names, secret, fake, options = {}) {
  const first = names[0];
  const setting = options.setting ?? `${first.replace(/[.-]/g, "_").toUpperCase()}_API_KEY`;
  const name = `(?:${names.map(escapeName).join("|")})`;
  const context = `${options.whole ? `${name}(?<![a-z0-9]${name})(?![a-z])` : name}${options.kind ? `[\\w.-]{0,24}?(?:${options.kind})` : ""}`;
  return namedRule({
    id: id2,
    description,
    keywords: options.whole ? wholeNameKeywords(names, options.kind !== void 0) : [...names],
    context,
    secret,
    fake,
    setting,
    gap: SETTING_GAP,
    edge: options.edge ?? "A-Za-z0-9_+/=-",
    ...options.severity ? { severity: options.severity } : {},
    validate: (value) => !readsAsIdentifier(value) && (options.validate?.(value) ?? true),
    // generated when the examples are asked for: ~220 rules drawing fake values cost the hook's start-up ~5 ms
    extraNegatives: () => [
      `# ${first} docs: https://docs.host.test/${fake()}`,
      ...options.kind ? [`${first.replace(/[.-]/g, "_").toUpperCase()}_REGION=${fake()}`] : [],
      ...options.extraNegatives ?? []
    ]
  });
}

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

// dist/src/analyzers/secrets/rules/ai-platforms.js
var hex = (length) => fakeOf(HEX, length);
var alnum = (length) => fakeOf(ALNUM, length);
var ai_platforms_default = [
  prefixedRule("nvidia-api-key", "NVIDIA NGC / NIM API key", "nvapi-", "[A-Za-z0-9_-]{64}", fakeOf(BASE64URL, 64), "critical"),
  prefixedRule("langfuse-secret-key", "Langfuse secret key", "sk-lf-", UUID, fakeUuid),
  prefixedRule("tavily-api-key", "Tavily API key", "tvly-", "(?:dev-|prod-)?[A-Za-z0-9]{32}", alnum(32)),
  prefixedRule("apify-api-token", "Apify API token", "apify_api_", "[A-Za-z0-9]{36}", alnum(36)),
  prefixedRule("jina-api-key", "Jina AI API key", "jina_", "[A-Za-z0-9_-]{50,80}", fakeOf(BASE64URL, 60)),
  keyedRule("together-api-key", "Together AI API key", ["together"], "tgp_v1_[A-Za-z0-9_-]{43}|[a-f0-9]{64}", hex(64), {
    kind: "key|token",
    setting: "TOGETHER_API_KEY"
  }),
  keyedRule("fireworks-api-key", "Fireworks AI API key", ["fireworks"], "fw_[A-Za-z0-9]{24}", () => `fw_${fakeToken(ALNUM, 24)}`),
  keyedRule("deepinfra-api-key", "DeepInfra API token", ["deepinfra"], "[A-Za-z0-9]{32}", alnum(32)),
  keyedRule("assemblyai-api-key", "AssemblyAI API key", ["assemblyai", "assembly_ai"], "[a-f0-9]{32}", hex(32)),
  keyedRule("deepgram-api-key", "Deepgram API key", ["deepgram"], "[a-f0-9]{40}", hex(40)),
  keyedRule("stability-api-key", "Stability AI API key", ["stability"], "sk-[A-Za-z0-9]{48}", () => `sk-${fakeToken(ALNUM, 48)}`),
  keyedRule("voyage-api-key", "Voyage AI API key", ["voyage"], "pa-[A-Za-z0-9_-]{43}", () => `pa-${fakeToken(BASE64URL, 43)}`),
  keyedRule("wandb-api-key", "Weights & Biases API key", ["wandb"], "[a-f0-9]{40}", hex(40)),
  keyedRule("clarifai-api-key", "Clarifai API key or PAT", ["clarifai"], "[a-f0-9]{32}", hex(32)),
  keyedRule("azure-openai-api-key", "Azure OpenAI API key", ["azure_openai", "azure-openai", "azureopenai"], "[a-f0-9]{32}", hex(32), {
    severity: "critical"
  }),
  keyedRule("azure-cognitive-services-key", "Azure AI services (APIM) subscription key", ["ocp-apim-subscription-key", "cognitive"], "[a-f0-9]{32}", hex(32), {
    setting: "Ocp-Apim-Subscription-Key"
  }),
  keyedRule("ai21-api-key", "AI21 Labs API key", ["ai21"], "[A-Za-z0-9]{32}", alnum(32)),
  keyedRule("serpapi-key", "SerpApi API key", ["serpapi", "serp_api"], "[a-f0-9]{64}", hex(64)),
  keyedRule("firecrawl-api-key", "Firecrawl API key", ["firecrawl"], "fc-[a-f0-9]{32}", () => `fc-${fakeToken(HEX, 32)}`),
  keyedRule("scrapingbee-api-key", "ScrapingBee API key", ["scrapingbee"], "[A-Z0-9]{80}", fakeOf(UPPER_ALNUM, 80)),
  keyedRule("pinecone-legacy-api-key", "Pinecone legacy API key", ["pinecone"], UUID, fakeUuid),
  keyedRule("gladia-api-key", "Gladia API key", ["gladia"], UUID, fakeUuid),
  keyedRule("rev-ai-access-token", "Rev AI access token", ["revai", "rev_ai"], "[A-Za-z0-9_-]{86}", fakeOf(BASE64URL, 86)),
  keyedRule("speechmatics-api-key", "Speechmatics API key", ["speechmatics"], "[A-Za-z0-9]{32}", alnum(32)),
  keyedRule("openai-organization-key", "OpenAI legacy secret key in a named setting", ["openai"], "sk-[A-Za-z0-9]{48}", () => `sk-${fakeToken(LETTERS, 20)}${fakeToken(ALNUM, 28)}`, {
    severity: "critical"
  }),
  keyedRule("private-ai-api-key", "Private AI API key", ["private_ai", "privateai", "private-ai"], "[A-Za-z0-9]{32}", alnum(32))
];

// dist/src/analyzers/secrets/rules/app-secrets.js
var DJANGO_ALPHABET = `${ALNUM}!@%^&-_=+`;
var app_secrets_default = [
  {
    id: "secret/django-secret-key",
    description: "Django / Flask SECRET_KEY literal",
    keywords: ["secret_key"],
    // SECRET_KEY = '…', "SECRET_KEY": '…', or the default of os.environ.get('SECRET_KEY', '…')
    pattern: /\b(?:DJANGO_)?SECRET_KEY\b['"]?[ \t]{0,4}[=:,][ \t]{0,4}(?:[A-Za-z_.]{1,40}\([^,\n]{1,60},[ \t]{0,4})?['"](?<secret>[^'"\s]{32,100})['"]/,
    minEntropy: 4,
    severity: "high",
    confidence: 0.85,
    examples: {
      positive: () => [
        `SECRET_KEY = 'django-insecure-${fakeToken(DJANGO_ALPHABET, 50)}'`,
        `SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', '${fakeToken(DJANGO_ALPHABET, 50)}')`
      ],
      negative: () => [
        "SECRET_KEY = os.environ['SECRET_KEY']",
        "SECRET_KEY = 'dev'",
        `SECRET_KEY = '${"x".repeat(50)}'`
      ]
    }
  },
  {
    id: "secret/laravel-app-key",
    description: "Laravel APP_KEY (the application encryption key)",
    keywords: ["app_key"],
    pattern: /\bAPP_KEY[ \t]{0,4}[=:][ \t]{0,4}["']?base64:(?<secret>[A-Za-z0-9+/]{43}=)/,
    minEntropy: 4,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [`APP_NAME=Shop
APP_ENV=production
APP_KEY=base64:${fakeToken(BASE64, 43)}=`],
      negative: () => ["APP_KEY=", "APP_KEY=base64:", `APP_KEY=base64:${"A".repeat(43)}=`]
    }
  },
  {
    id: "secret/rails-secret-key-base",
    description: "Rails (or Phoenix) secret_key_base",
    keywords: ["secret_key_base"],
    pattern: /\bsecret_key_base\b['"]?[ \t]{0,4}(?::|=>?|,)[ \t]{0,4}['"]?(?<secret>[a-f0-9]{128}|[A-Za-z0-9+/]{64})(?![A-Za-z0-9+/=])/i,
    minEntropy: 3.5,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `production:
  secret_key_base: ${fakeToken(HEX, 128)}`,
        `config :shop, ShopWeb.Endpoint, secret_key_base: "${fakeToken(ALNUM, 64)}"`
      ],
      negative: () => ['  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>', `secret_key_base: ${"0".repeat(128)}`]
    }
  }
];

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
  prefixedRule("huggingface-token", "Hugging Face user access token", "hf_", "[A-Za-z]{34}", () => fakeToken(LETTERS, 34)),
  prefixedRule("huggingface-org-token", "Hugging Face organization API token", "api_org_", "[A-Za-z]{34}", () => fakeToken(LETTERS, 34)),
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

// dist/src/analyzers/secrets/rules/business-apps.js
var hex2 = (length) => fakeOf(HEX, length);
var alnum2 = (length) => fakeOf(ALNUM, length);
var business_apps_default = [
  keyedRule("zendesk-api-token", "Zendesk API token", ["zendesk"], "[A-Za-z0-9]{40}", alnum2(40)),
  keyedRule("freshdesk-api-key", "Freshdesk API key", ["freshdesk"], "[A-Za-z0-9]{20}", alnum2(20)),
  keyedRule("intercom-access-token", "Intercom access token", ["intercom"], "dG9rOj[A-Za-z0-9+/_-]{50,60}={0,2}", () => `dG9rOj${fakeToken(BASE64, 54)}=`, {
    setting: "INTERCOM_ACCESS_TOKEN"
  }),
  keyedRule("hubspot-api-key", "HubSpot legacy API key (hapikey)", ["hubspot", "hapikey"], UUID, fakeUuid),
  keyedRule("pipedrive-api-token", "Pipedrive API token", ["pipedrive"], "[a-f0-9]{40}", hex2(40)),
  {
    id: "secret/salesforce-access-token",
    description: "Salesforce session or OAuth access token (org id ! token)",
    keywords: ["00d"],
    pattern: /(?<![A-Za-z0-9_-])00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,200}(?![A-Za-z0-9._-])/,
    minEntropy: 3.5,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [`00D${fakeToken(ALNUM, 15)}!${fakeToken(ALNUM, 24)}.${fakeToken(ALNUM, 70)}`],
      negative: () => [
        `00D${"0".repeat(15)}!${"x".repeat(96)}`,
        `00D${fakeToken(ALNUM, 15)}`,
        "org ids start with 00D"
      ]
    }
  },
  {
    id: "secret/zoho-oauth-token",
    description: "Zoho OAuth access or refresh token",
    keywords: ["1000."],
    pattern: /(?<![A-Za-z0-9_.-])1000\.[a-f0-9]{32}\.[a-f0-9]{32}(?![A-Za-z0-9_.-])/,
    minEntropy: 3.5,
    severity: "high",
    confidence: 0.9,
    examples: {
      positive: () => [`1000.${fakeToken(HEX, 32)}.${fakeToken(HEX, 32)}`],
      negative: () => [`1000.${"0".repeat(32)}.${"0".repeat(32)}`, "1000.25", `1000.${fakeToken(HEX, 32)}`]
    }
  },
  keyedRule("close-api-key", "Close CRM API key", ["close"], "api_[A-Za-z0-9]{22}\\.[A-Za-z0-9]{22}", () => `api_${fakeToken(ALNUM, 22)}.${fakeToken(ALNUM, 22)}`, {
    whole: true
  }),
  keyedRule("activecampaign-api-key", "ActiveCampaign API key", ["activecampaign", "active_campaign"], "[a-f0-9]{72}", hex2(72)),
  keyedRule("convertkit-api-secret", "ConvertKit (Kit) API secret", ["convertkit"], "[A-Za-z0-9_-]{43}", fakeOf(BASE64URL, 43), {
    kind: "secret",
    setting: "CONVERTKIT_API_SECRET"
  }),
  keyedRule("sendbird-api-token", "Sendbird API token", ["sendbird"], "[a-f0-9]{40}", hex2(40), {
    setting: "SENDBIRD_API_TOKEN"
  }),
  keyedRule("mattermost-access-token", "Mattermost personal access token", ["mattermost"], "[a-z0-9]{26}", fakeOf(`${LOWER}0123456789`, 26), {
    setting: "MATTERMOST_ACCESS_TOKEN"
  }),
  keyedRule("gitter-access-token", "Gitter access token", ["gitter"], "[a-f0-9]{40}", hex2(40), { setting: "GITTER_TOKEN" }),
  keyedRule("docusign-secret-key", "DocuSign integration secret key", ["docusign"], UUID, fakeUuid, {
    kind: "secret",
    setting: "DOCUSIGN_SECRET_KEY"
  }),
  keyedRule("hellosign-api-key", "Dropbox Sign (HelloSign) API key", ["hellosign", "dropbox_sign"], "[a-f0-9]{64}", hex2(64)),
  keyedRule("pandadoc-api-key", "PandaDoc API key", ["pandadoc"], "[a-f0-9]{40}", hex2(40)),
  keyedRule("smartsheet-access-token", "Smartsheet API access token", ["smartsheet"], "[A-Za-z0-9]{26,37}", alnum2(37), {
    setting: "SMARTSHEET_ACCESS_TOKEN"
  }),
  keyedRule("trello-api-token", "Trello API token", ["trello"], "ATTA[A-Fa-f0-9]{72}|[a-f0-9]{64}", () => `ATTA${fakeToken(HEX, 72)}`, {
    kind: "token|secret",
    setting: "TRELLO_TOKEN"
  }),
  keyedRule("todoist-api-token", "Todoist API token", ["todoist"], "[a-f0-9]{40}", hex2(40), {
    setting: "TODOIST_API_TOKEN"
  }),
  keyedRule("toggl-api-token", "Toggl Track API token", ["toggl"], "[a-f0-9]{32}", hex2(32), { setting: "TOGGL_API_TOKEN" }),
  keyedRule("harvest-access-token", "Harvest personal access token", ["harvest"], "[0-9]{6,8}\\.pt\\.[A-Za-z0-9_-]{86}", () => `${fakeToken(DIGITS, 7)}.pt.${fakeToken(BASE64URL, 86)}`, {
    whole: true,
    setting: "HARVEST_ACCESS_TOKEN"
  }),
  keyedRule("webflow-api-token", "Webflow API token", ["webflow"], "[a-f0-9]{64}", hex2(64), {
    setting: "WEBFLOW_API_TOKEN"
  }),
  keyedRule("buttercms-api-key", "ButterCMS API key", ["buttercms", "butter_cms"], "[a-f0-9]{40}", hex2(40)),
  keyedRule("sanity-api-token", "Sanity API token", ["sanity"], "sk[A-Za-z0-9]{78,200}", () => `sk${fakeToken(ALNUM, 180)}`, {
    setting: "SANITY_API_TOKEN"
  }),
  keyedRule("datocms-api-token", "DatoCMS API token", ["datocms"], "[a-f0-9]{30}", hex2(30), {
    setting: "DATOCMS_API_TOKEN"
  }),
  keyedRule("jotform-api-key", "Jotform API key", ["jotform"], "[a-f0-9]{32}", hex2(32)),
  keyedRule("freshbooks-access-token", "FreshBooks access token", ["freshbooks"], "[a-f0-9]{64}", hex2(64), {
    setting: "FRESHBOOKS_ACCESS_TOKEN"
  }),
  keyedRule("airtable-legacy-api-key", "Airtable legacy API key", ["airtable"], "key[A-Za-z0-9]{14}", () => `key${fakeToken(ALNUM, 14)}`),
  keyedRule("bitly-access-token", "Bitly generic access token", ["bitly"], "[a-f0-9]{40}", hex2(40), {
    setting: "BITLY_ACCESS_TOKEN"
  }),
  keyedRule("rebrandly-api-key", "Rebrandly API key", ["rebrandly"], "[a-f0-9]{32}", hex2(32)),
  keyedRule("jumpcloud-api-key", "JumpCloud API key", ["jumpcloud"], "[a-f0-9]{40}", hex2(40), { severity: "critical" }),
  keyedRule("onelogin-client-secret", "OneLogin API client secret", ["onelogin"], "[a-f0-9]{64}", hex2(64), {
    kind: "secret",
    setting: "ONELOGIN_CLIENT_SECRET",
    severity: "critical"
  }),
  keyedRule("duo-secret-key", "Duo integration secret key", ["duo"], "[A-Za-z0-9]{40}", alnum2(40), {
    whole: true,
    kind: "secret|skey",
    setting: "DUO_SECRET_KEY",
    severity: "critical"
  }),
  keyedRule("keycloak-client-secret", "Keycloak client secret", ["keycloak"], "[A-Za-z0-9]{32}", alnum2(32), {
    kind: "secret",
    setting: "KEYCLOAK_CLIENT_SECRET"
  }),
  keyedRule("stytch-secret", "Stytch project secret", ["stytch"], "secret-(?:test|live)-[A-Za-z0-9_=-]{36}", () => `secret-live-${fakeToken(BASE64URL, 36)}`, {
    severity: "critical",
    setting: "STYTCH_SECRET"
  }),
  keyedRule("looker-client-secret", "Looker API client secret", ["looker"], "[A-Za-z0-9]{24}", alnum2(24), {
    kind: "secret",
    setting: "LOOKER_CLIENT_SECRET"
  }),
  keyedRule("metabase-api-key", "Metabase API key", ["metabase"], "mb_[A-Za-z0-9+/=]{40,50}", () => `mb_${fakeToken(BASE64, 43)}=`),
  keyedRule("eventbrite-api-secret", "Eventbrite client secret", ["eventbrite"], "[A-Z0-9]{50}", fakeOf(UPPER_ALNUM, 50), {
    kind: "secret",
    setting: "EVENTBRITE_CLIENT_SECRET"
  }),
  keyedRule("beamer-api-key", "Beamer API key", ["beamer"], "b_[A-Za-z0-9=_-]{44}", () => `b_${fakeToken(BASE64URL, 44)}`),
  keyedRule("asana-client-secret", "Asana OAuth client secret", ["asana"], "[A-Za-z0-9]{32}", alnum2(32), {
    kind: "secret",
    setting: "ASANA_CLIENT_SECRET"
  })
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
function decodePercent2(text) {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_escape, hex11) => String.fromCharCode(parseInt(hex11, 16)));
}
function isChosenPassword(secret) {
  const password = decodePercent2(secret);
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

// dist/src/analyzers/secrets/rules/file-setting-rule.js
var VALUE = `[^\\s'"#;<]{4,256}`;
function fileSettingRule(spec) {
  return {
    id: `secret/${spec.id}`,
    description: spec.description,
    keywords: spec.keywords,
    paths: spec.paths,
    pattern: new RegExp(`${spec.lead}["']?(?<secret>${spec.value ?? VALUE})`, spec.flags ?? "mi"),
    validate: spec.validate ?? isChosenPassword,
    severity: spec.severity ?? "critical",
    confidence: 0.9,
    examples: { positive: spec.positive, negative: () => spec.negative }
  };
}

// dist/src/analyzers/secrets/rules/client-config-files.js
var fakePassword2 = () => `${fakeToken(ALNUM, 12)}7k`;
var base64 = (text) => Buffer.from(text).toString("base64");
var JSON_VALUE = '[^"\\\\]{4,256}';
var client_config_files_default = [
  fileSettingRule({
    id: "filezilla-password",
    description: "FileZilla saved site password (sitemanager.xml, recentservers.xml)",
    paths: /(?:^|\/)(?:sitemanager|recentservers|filezilla|queue)\.xml$/i,
    keywords: ["<pass"],
    lead: '<Pass(?:[ \\t]+encoding="base64")?>',
    value: "[^<\\s]{4,512}",
    flags: "",
    positive: () => [
      `<Server>
  <Host>ftp.corp.internal</Host>
  <Port>21</Port>
  <User>deploy</User>
  <Pass encoding="base64">${base64(fakePassword2())}</Pass>
</Server>`,
      `<Server><Host>files.corp.internal</Host><User>ops</User><Pass>${fakePassword2()}</Pass></Server>`
    ],
    negative: ['<Pass encoding="base64" />', "<Pass></Pass>", "<Pass>password</Pass>"]
  }),
  fileSettingRule({
    id: "dbeaver-saved-password",
    description: "DBeaver connection saved with a clear-text password (data-sources.json)",
    paths: /(?:^|\/)data-sources(?:-[^/]{1,40})?\.json$/,
    keywords: ['"password"'],
    lead: '"password"[ \\t]*:[ \\t]*"',
    value: JSON_VALUE,
    flags: "",
    positive: () => [
      `{"connections": {"postgres-jdbc-1": {"provider": "postgresql", "configuration": {"host": "db.corp.internal", "user": "report", "password": "${fakePassword2()}"}}}}`
    ],
    negative: ['{"configuration": {"host": "db", "user": "report", "save-password": false}}', '"password": ""']
  }),
  fileSettingRule({
    id: "robomongo-password",
    description: "Robo 3T / Robomongo / Studio 3T saved MongoDB or SSH password",
    paths: /(?:^|\/)(?:robomongo|robo3t|3T)\.json$/i,
    keywords: ['password"', 'passphrase"'],
    lead: '"(?:userPassword|sshUserPassword|sshPassphrase|password)"[ \\t]*:[ \\t]*"',
    value: JSON_VALUE,
    flags: "",
    positive: () => [
      `{"connections": [{"serverHost": "mongo.corp.internal", "credentials": [{"userName": "admin", "userPassword": "${fakePassword2()}", "databaseName": "admin"}]}]}`
    ],
    negative: ['{"credentials": [{"userName": "admin", "userPassword": "", "enabled": false}]}']
  }),
  fileSettingRule({
    id: "winscp-password",
    description: "WinSCP saved session password (obfuscated, reversible) in WinSCP.ini",
    paths: /(?:^|\/)winscp\.ini$/i,
    keywords: ["password="],
    lead: "^(?:Password|ProxyPassword|TunnelPassword)=",
    value: "[A-F0-9]{8,512}",
    flags: "m",
    validate: () => true,
    positive: () => [
      `[Sessions\\deploy@files.corp.internal]
HostName=files.corp.internal
UserName=deploy
Password=A35C${fakeToken(HEX_UPPER, 60)}
`
    ],
    negative: ["[Sessions\\deploy]\nHostName=files.corp.internal\nUserName=deploy\n", "Password="]
  }),
  fileSettingRule({
    id: "sftp-client-config-password",
    description: "Editor SFTP/FTP deployment config with a password (sftp.json, sftp-config.json, .ftpconfig, .ftppass)",
    paths: /(?:^|\/)(?:sftp\.json|sftp-config\.json|\.ftpconfig|\.ftppass|\.remote-sync\.json|ftp-sync\.json|ftp-config\.json|\.ftp-deploy\.json)$/,
    keywords: ['"pass', '"passphrase"'],
    lead: '"(?:password|pass|passphrase)"[ \\t]*:[ \\t]*"',
    value: JSON_VALUE,
    flags: "",
    positive: () => [
      `{
  "name": "staging",
  "host": "web.corp.internal",
  "protocol": "sftp",
  "username": "deploy",
  "password": "${fakePassword2()}",
  "remotePath": "/var/www"
}`,
      `{ "protocol": "ftp", "host": "ftp.corp.internal", "user": "site", "pass": "${fakePassword2()}" }`
    ],
    negative: ['{ "host": "web", "username": "deploy", "privateKeyPath": "~/.ssh/id_ed25519" }', '"password": null']
  }),
  fileSettingRule({
    id: "ftp-client-ini-password",
    description: "FTP client site list with a password (Total Commander wcx_ftp.ini, WS_FTP, CoreFTP)",
    paths: /(?:^|\/)(?:wcx_ftp|ws_ftp|coreftp|ftplist|sites)\.ini$/i,
    keywords: ["password=", "pass="],
    lead: "^(?:password|pass)[ \\t]*=[ \\t]*",
    positive: () => [
      `[connections]
1=staging
[staging]
host=ftp.corp.internal
username=site
password=${fakePassword2()}
`
    ],
    negative: ["[staging]\nhost=ftp.corp.internal\nusername=anonymous\npassword=\n"]
  }),
  fileSettingRule({
    id: "rclone-config-secret",
    description: "rclone remote password (obscured, reversible) or cloud secret in rclone.conf",
    paths: /(?:^|\/)rclone\.conf$/,
    keywords: ["pass", "secret", "key"],
    lead: "^[ \\t]{0,8}(?:pass|password2|client_secret|secret_access_key|account_key|key)[ \\t]{0,4}=[ \\t]{0,4}",
    positive: () => [
      `[backup]
type = sftp
host = backup.corp.internal
user = ops
pass = ${fakeToken(ALNUM, 36)}
`
    ],
    negative: ["[backup]\ntype = sftp\nhost = backup.corp.internal\nkey_file = ~/.ssh/id_ed25519\n"]
  })
];

// dist/src/analyzers/secrets/rules/cloud-platforms.js
var alnum3 = (length) => fakeOf(ALNUM, length);
var LOWER_ALNUM2 = `${LOWER}0123456789`;
var cloud_platforms_default = [
  prefixedRule("scaleway-access-key", "Scaleway access key id", "SCW", "[A-Z0-9]{17}", fakeOf(UPPER_ALNUM, 17), "medium"),
  keyedRule("scaleway-secret-key", "Scaleway secret key", ["scaleway", "scw_secret"], UUID, fakeUuid, {
    kind: "secret",
    setting: "SCALEWAY_SECRET_KEY",
    severity: "critical"
  }),
  prefixedRule("tencent-cloud-secret-id", "Tencent Cloud SecretId", "AKID", "[A-Za-z0-9]{32}", alnum3(32), "medium"),
  keyedRule("tencent-cloud-secret-key", "Tencent Cloud SecretKey", ["tencent"], "[A-Za-z0-9]{32}", alnum3(32), {
    kind: "secret",
    setting: "TENCENTCLOUD_SECRET_KEY",
    severity: "critical"
  }),
  keyedRule("huawei-cloud-secret-key", "Huawei Cloud secret access key", ["huawei", "hwcloud"], "[A-Za-z0-9]{40}", alnum3(40), {
    kind: "secret|sk",
    setting: "HUAWEICLOUD_SDK_SK",
    severity: "critical"
  }),
  keyedRule("ovh-application-secret", "OVHcloud application secret or consumer key", ["ovh"], "[A-Za-z0-9]{32}", alnum3(32), {
    whole: true,
    kind: "secret|consumer",
    setting: "OVH_APPLICATION_SECRET",
    severity: "critical"
  }),
  keyedRule("vultr-api-key", "Vultr API key", ["vultr"], "[A-Z0-9]{36}", fakeOf(UPPER_ALNUM, 36), { severity: "critical" }),
  keyedRule("backblaze-application-key", "Backblaze B2 application key", ["backblaze", "b2_application_key", "b2_app_key"], "K[0-9]{3}[A-Za-z0-9+/]{27}", () => `K00${fakeToken(DIGITS, 1)}${fakeToken(ALNUM, 27)}`, {
    setting: "B2_APPLICATION_KEY",
    severity: "critical"
  }),
  prefixedRule("akamai-edgegrid-token", "Akamai EdgeGrid client or access token", "akab-", "[a-z0-9]{16}-[a-z0-9]{16}", () => `${fakeToken(LOWER_ALNUM2, 16)}-${fakeToken(LOWER_ALNUM2, 16)}`),
  keyedRule("railway-api-token", "Railway API or project token", ["railway"], UUID, fakeUuid, {
    kind: "token",
    setting: "RAILWAY_TOKEN"
  }),
  keyedRule("consul-acl-token", "HashiCorp Consul ACL token", ["consul"], UUID, fakeUuid, {
    kind: "token",
    setting: "CONSUL_HTTP_TOKEN"
  }),
  keyedRule("nomad-acl-token", "HashiCorp Nomad ACL token", ["nomad"], UUID, fakeUuid, {
    kind: "token",
    setting: "NOMAD_TOKEN"
  }),
  prefixedRule("yandex-api-key", "Yandex Cloud API key", "AQVN", "[A-Za-z0-9_-]{35,38}", fakeOf(BASE64URL, 36)),
  keyedRule("yandex-iam-token", "Yandex Cloud IAM token", ["yandex"], "t1\\.[A-Za-z0-9_-]{10,200}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}", () => `t1.${fakeToken(BASE64URL, 60)}.${fakeToken(BASE64URL, 86)}`, { setting: "YANDEX_IAM_TOKEN" }),
  keyedRule("yandex-static-access-key", "Yandex Cloud static access key id", ["yandex"], "YC[A-Za-z0-9_-]{38}", () => `YC${fakeToken(BASE64URL, 38)}`, {
    setting: "YANDEX_ACCESS_KEY"
  }),
  prefixedRule("openshift-user-token", "OpenShift user OAuth token", "sha256~", "[A-Za-z0-9_-]{43}", fakeOf(BASE64URL, 43)),
  prefixedRule("cloudflare-tunnel-token", "Cloudflare Tunnel token (base64 JSON with the tunnel secret)", "eyJhIjoi", "[A-Za-z0-9+/]{100,400}={0,2}", () => Buffer.from(JSON.stringify({ a: fakeToken(HEX, 32), t: fakeUuid(), s: fakeToken(BASE64, 44) })).toString("base64").slice(8), "critical"),
  keyedRule("mongodb-atlas-private-key", "MongoDB Atlas API private key", ["atlas"], UUID, fakeUuid, {
    kind: "private",
    setting: "MONGODB_ATLAS_PRIVATE_KEY",
    severity: "critical"
  }),
  prefixedRule("mongodb-atlas-service-account-secret", "MongoDB Atlas service account secret", "mdb_sa_sk_", "[A-Za-z0-9_-]{40}", fakeOf(BASE64URL, 40), "critical"),
  prefixedRule("clickhouse-cloud-api-secret", "ClickHouse Cloud API secret key", "4b1d", "[A-Za-z0-9]{38}", alnum3(38), "critical"),
  prefixedRule("dbt-cloud-token", "dbt Cloud service or personal token", "dbtc_", "[A-Za-z0-9_-]{40,80}", fakeOf(BASE64URL, 54)),
  keyedRule("confluent-api-secret", "Confluent Cloud API secret", ["confluent"], "[A-Za-z0-9+/]{64}", fakeOf(`${ALNUM}+/`, 64), {
    kind: "secret",
    setting: "CONFLUENT_API_SECRET",
    severity: "critical"
  }),
  {
    id: "secret/cloudinary-url",
    description: "Cloudinary URL with the API secret",
    keywords: ["cloudinary://"],
    pattern: /cloudinary:\/\/[0-9]{12,16}:(?<secret>[A-Za-z0-9_-]{24,32})@[A-Za-z0-9_-]{1,64}/,
    minEntropy: 3.5,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [`cloudinary://${fakeToken(DIGITS, 15)}:${fakeToken(BASE64URL, 27)}@acme-media`],
      negative: () => ["cloudinary://<api_key>:<api_secret>@<cloud_name>", "cloudinary://123456789012345:abc@demo"]
    }
  },
  prefixedRule("portainer-access-token", "Portainer API access token", "ptr_", "[A-Za-z0-9+/]{43}=?", fakeOf(`${ALNUM}+/`, 43)),
  keyedRule("rancher-api-token", "Rancher API token", ["rancher"], "token-[a-z0-9]{5}:[a-z0-9]{54}", () => `token-${fakeToken(LOWER_ALNUM2, 5)}:${fakeToken(LOWER_ALNUM2, 54)}`, {
    severity: "critical",
    setting: "RANCHER_TOKEN"
  }),
  keyedRule("imagekit-private-key", "ImageKit private API key", ["imagekit"], "private_[A-Za-z0-9+/=]{28,30}", () => `private_${fakeToken(ALNUM, 27)}=`),
  keyedRule("netlify-access-token", "Netlify personal access token (legacy format)", ["netlify"], "[A-Za-z0-9_-]{43}", fakeOf(BASE64URL, 43), {
    setting: "NETLIFY_AUTH_TOKEN"
  }),
  keyedRule("bunny-api-key", "bunny.net API key", ["bunnycdn", "bunny_api", "bunny.net"], `${UUID}(?:[0-9a-f-]{36})?`, fakeUuid),
  keyedRule("upstash-redis-token", "Upstash Redis REST token", ["upstash"], "A[A-Za-z0-9_-]{40,120}={0,2}", () => `A${fakeToken(BASE64URL, 60)}=`, {
    kind: "token",
    setting: "UPSTASH_REDIS_REST_TOKEN"
  }),
  keyedRule("neon-api-key", "Neon API key", ["neon"], "[a-z0-9]{64}", fakeOf(LOWER_ALNUM2, 64), {
    whole: true,
    kind: "api[_.-]?key"
  }),
  keyedRule("aiven-api-token", "Aiven API token", ["aiven"], "[A-Za-z0-9+/=]{200,400}", fakeOf(BASE64, 372), {
    setting: "AIVEN_TOKEN"
  }),
  keyedRule("digitalocean-spaces-secret", "DigitalOcean Spaces secret key", ["spaces"], "[A-Za-z0-9+/]{43}", fakeOf(`${ALNUM}+/`, 43), {
    whole: true,
    kind: "secret",
    setting: "SPACES_SECRET_KEY",
    severity: "critical"
  }),
  keyedRule("minio-secret-key", "MinIO secret key", ["minio"], "[A-Za-z0-9+/]{30,64}", alnum3(40), {
    kind: "secret|password",
    setting: "MINIO_SECRET_KEY"
  })
];

// dist/src/analyzers/secrets/rules/cloud.js
var hex3 = (length) => () => fakeToken(HEX, length);
var alnum4 = (length) => () => fakeToken(ALNUM, length);
var urlSafe = (length) => () => fakeToken(BASE64URL, length);
var cloud_default = [
  prefixedRule("digitalocean-pat", "DigitalOcean personal access token", "dop_v1_", "[a-f0-9]{64}", hex3(64), "critical"),
  prefixedRule("digitalocean-oauth-token", "DigitalOcean OAuth access token", "doo_v1_", "[a-f0-9]{64}", hex3(64)),
  prefixedRule("digitalocean-refresh-token", "DigitalOcean OAuth refresh token", "dor_v1_", "[a-f0-9]{64}", hex3(64)),
  prefixedRule("alibaba-access-key-id", "Alibaba Cloud AccessKey ID", "LTAI", "[A-Za-z0-9]{20}", alnum4(20)),
  namedRule({
    id: "alibaba-access-key-secret",
    description: "Alibaba Cloud AccessKey secret next to the provider name",
    keywords: ["alibaba", "aliyun"],
    context: "alibaba|aliyun",
    secret: "[A-Za-z0-9]{30}",
    fake: alnum4(30),
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
    fake: hex3(37),
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
    fake: alnum4(24),
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
  prefixedRule("netlify-pat", "Netlify personal access token", "nfp_", "[A-Za-z0-9]{36}", alnum4(36)),
  prefixedRule("supabase-access-token", "Supabase management API access token", "sbp_", "[a-f0-9]{40}", hex3(40), "critical"),
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
    fake: alnum4(64),
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
  prefixedRule("render-api-key", "Render API key", "rnd_", "[A-Za-z0-9]{32}", alnum4(32)),
  prefixedRule("databricks-token", "Databricks personal access token", "dapi", "[a-f0-9]{32}(?:-[0-9])?", hex3(32), "critical"),
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
    fake: hex3(64),
    setting: "LINODE_TOKEN"
  })
];

// dist/src/analyzers/secrets/rules/commerce.js
var hex4 = (length) => fakeOf(HEX, length);
var alnum5 = (length) => fakeOf(ALNUM, length);
var commerce_default = [
  prefixedRule("woocommerce-consumer-key", "WooCommerce REST API consumer key", "ck_", "[a-f0-9]{40}", hex4(40)),
  prefixedRule("woocommerce-consumer-secret", "WooCommerce REST API consumer secret", "cs_", "[a-f0-9]{40}", hex4(40), "critical"),
  keyedRule("etsy-api-key", "Etsy API keystring", ["etsy"], "[a-z0-9]{24}", fakeOf(`${LOWER}0123456789`, 24), {
    whole: true
  }),
  keyedRule("squarespace-api-key", "Squarespace API key", ["squarespace"], UUID, fakeUuid),
  keyedRule("paypal-client-secret", "PayPal REST app client secret", ["paypal"], "[A-Za-z0-9_-]{80}", fakeOf(BASE64URL, 80), {
    kind: "secret",
    setting: "PAYPAL_CLIENT_SECRET",
    severity: "critical"
  }),
  keyedRule("razorpay-key-secret", "Razorpay key secret", ["razorpay"], "[A-Za-z0-9]{24}", alnum5(24), {
    kind: "secret",
    setting: "RAZORPAY_KEY_SECRET",
    severity: "critical"
  }),
  keyedRule("mollie-api-key", "Mollie API key", ["mollie"], "(?:live|test)_[A-Za-z0-9]{30}", () => `live_${fakeToken(ALNUM, 30)}`, {
    severity: "critical"
  }),
  {
    id: "secret/paddle-api-key",
    description: "Paddle Billing API key",
    keywords: ["pdl_live_apikey_", "pdl_sdbx_apikey_"],
    pattern: /(?<![A-Za-z0-9_-])pdl_(?:live|sdbx)_apikey_[A-Za-z0-9_]{40,80}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [
        `pdl_live_apikey_${fakeToken(`${LOWER}0123456789`, 26)}_${fakeToken(ALNUM, 22)}_${fakeToken(ALNUM, 3)}`
      ],
      negative: () => [`pdl_live_apikey_${"x".repeat(50)}`, "keys start with pdl_live_apikey_"]
    }
  },
  keyedRule("lob-api-key", "Lob API key", ["lob"], "(?:live|test)_(?:pub_)?[a-f0-9]{31,35}", () => `live_${fakeToken(HEX, 35)}`, {
    whole: true
  }),
  keyedRule("plaid-secret", "Plaid API secret", ["plaid"], "[a-f0-9]{30}", hex4(30), {
    kind: "secret",
    setting: "PLAID_SECRET",
    severity: "critical"
  }),
  // not 'wise' alone: 'otherwise_' fills diagnostic tables (TypeScript's), and each ran the rule; the
  // longer names need no whole-name check, so camelCase (transferwiseKey) counts too
  keyedRule("wise-api-token", "Wise (TransferWise) API token", ["transferwise", "wise_api", "wise-api", "wise_token"], UUID, fakeUuid, {
    setting: "WISE_API_TOKEN",
    severity: "critical"
  }),
  keyedRule("coinbase-api-secret", "Coinbase API secret", ["coinbase"], "[A-Za-z0-9_-]{64}", fakeOf(BASE64URL, 64), {
    kind: "secret|key",
    setting: "COINBASE_API_SECRET",
    severity: "critical"
  }),
  keyedRule("binance-api-key", "Binance API key or secret", ["binance"], "[A-Za-z0-9]{64}", alnum5(64), {
    severity: "critical"
  }),
  keyedRule("kraken-private-key", "Kraken API private key", ["kraken"], "[A-Za-z0-9+/]{86}={0,2}", () => `${fakeToken(BASE64, 86)}==`, {
    severity: "critical",
    setting: "KRAKEN_PRIVATE_KEY"
  }),
  keyedRule("kucoin-api-key", "KuCoin API key", ["kucoin"], "[a-f0-9]{24}", hex4(24)),
  keyedRule("kucoin-api-secret", "KuCoin API secret", ["kucoin"], UUID, fakeUuid, {
    kind: "secret",
    setting: "KUCOIN_API_SECRET",
    severity: "critical"
  }),
  keyedRule("bittrex-api-key", "Bittrex API key or secret", ["bittrex"], "[a-f0-9]{32}", hex4(32), { severity: "critical" }),
  keyedRule("etherscan-api-key", "Etherscan-family block explorer API key", ["etherscan", "bscscan", "polygonscan", "arbiscan"], "[A-Z0-9]{34}", fakeOf(UPPER_ALNUM, 34), {
    severity: "medium"
  }),
  keyedRule("infura-api-key", "Infura project secret or API key", ["infura"], "[a-f0-9]{32}", hex4(32)),
  keyedRule("alchemy-api-key", "Alchemy API key", ["alchemy"], "[A-Za-z0-9_-]{32}", fakeOf(BASE64URL, 32), {
    whole: true,
    // 'alchemy' inside sqlalchemy, then a 32-character identifier
    extraNegatives: ["from sqlalchemy.dialects.mysql.pymysql import _connection_ping_reconnects_true"]
  }),
  keyedRule("coinmarketcap-api-key", "CoinMarketCap API key", ["coinmarketcap", "cmc_pro"], UUID, fakeUuid),
  keyedRule("finnhub-api-key", "Finnhub API key", ["finnhub"], "[a-z0-9]{20}", fakeOf(`${LOWER}0123456789`, 20)),
  keyedRule("alpha-vantage-api-key", "Alpha Vantage API key", ["alphavantage", "alpha_vantage"], "[A-Z0-9]{16}", fakeOf(UPPER_ALNUM, 16)),
  keyedRule("polygon-io-api-key", "Polygon.io market data API key", ["polygon"], "[A-Za-z0-9_]{32}", alnum5(32), {
    kind: "api[_.-]?key"
  }),
  keyedRule("iex-cloud-secret-token", "IEX Cloud secret token", ["iexcloud", "iex_cloud", "iex_token", "iex_api"], "sk_[a-f0-9]{32}", () => `sk_${fakeToken(HEX, 32)}`),
  keyedRule("twelve-data-api-key", "Twelve Data API key", ["twelvedata", "twelve_data"], "[a-f0-9]{32}", hex4(32)),
  keyedRule("quandl-api-key", "Nasdaq Data Link (Quandl) API key", ["quandl", "nasdaq_data_link"], "[A-Za-z0-9_-]{20}", fakeOf(BASE64URL, 20)),
  keyedRule("finicity-app-key", "Finicity app key", ["finicity"], "[a-f0-9]{32}", hex4(32)),
  prefixedRule("easypost-test-api-key", "EasyPost test API key", "EZTK", "[A-Za-z0-9]{54}", alnum5(54), "medium"),
  {
    id: "secret/flutterwave-encryption-key",
    description: "Flutterwave encryption key",
    keywords: ["flwseck"],
    pattern: /(?<![A-Za-z0-9_-])FLWSECK(?:_TEST)?[a-f0-9]{12}(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: "high",
    confidence: 0.9,
    examples: {
      positive: () => [`FLWSECK_TEST${fakeToken(HEX, 12)}`, `FLWSECK${fakeToken(HEX, 12)}`],
      negative: () => ["FLWSECK_TEST000000000000", "encryption keys start with FLWSECK"]
    }
  },
  keyedRule("taxjar-api-token", "TaxJar API token", ["taxjar"], "[a-f0-9]{32}", hex4(32)),
  keyedRule("recurly-api-key", "Recurly private API key", ["recurly"], "[a-f0-9]{32}", hex4(32), { severity: "critical" }),
  keyedRule("chargebee-api-key", "Chargebee API key", ["chargebee"], "(?:live|test)_[A-Za-z0-9]{26,34}", () => `live_${fakeToken(ALNUM, 32)}`, {
    severity: "critical"
  }),
  keyedRule("klaviyo-private-key", "Klaviyo private API key", ["klaviyo"], "pk_[A-Za-z0-9]{34}", () => `pk_${fakeToken(ALNUM, 34)}`),
  {
    id: "secret/freemius-secret-key",
    description: "Freemius SDK secret key (PHP array)",
    keywords: ["secret_key"],
    pattern: /["']secret_key["'][ \t]{0,4}=>[ \t]{0,4}["'](?<secret>sk_[^\s'"]{29})["']/,
    minEntropy: 3.5,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `fs_dynamic_init( array( 'id' => '1234', 'public_key' => 'pk_${fakeToken(HEX, 29)}', 'secret_key' => 'sk_${fakeToken(ALNUM, 29)}' ) );`
      ],
      negative: () => ["'secret_key' => 'sk_'", "'secret_key' => getenv('FS_SECRET')"]
    }
  }
];

// dist/src/analyzers/secrets/rules/connection-strings.js
var fakePassword3 = () => `${fakeToken(ALNUM, 12)}8Z`;
var VALUE2 = "[^\\s'\"`;<>{}$]{6,128}";
var passwordRule = (spec) => ({
  id: `secret/${spec.id}`,
  description: spec.description,
  keywords: spec.keywords,
  pattern: spec.pattern,
  validate: isChosenPassword,
  severity: "critical",
  confidence: 0.85,
  examples: { positive: spec.positive, negative: () => spec.negative }
});
var connection_strings_default = [
  passwordRule({
    id: "connection-string-password-first",
    description: "ADO.NET / ODBC connection string whose password comes before the server",
    keywords: ["password=", "pwd="],
    pattern: new RegExp(`\\b(?:Password|Pwd)=(?<secret>${VALUE2});[^\\n]{0,300}?\\b(?:Server|Data[ ]Source|Host|Address|Addr|Driver|DSN)=`, "i"),
    positive: () => [`Password=${fakePassword3()};User ID=app;Data Source=sql.corp.internal;Initial Catalog=shop`],
    negative: ["Password=${DB_PASSWORD};Server=sql.corp.internal", "Password=;Server=sql.corp.internal"]
  }),
  passwordRule({
    id: "postgres-dsn-password",
    description: "PostgreSQL key=value connection string (libpq DSN) with a password",
    keywords: ["password="],
    pattern: new RegExp(`\\b(?:host|hostaddr|dbname|service)=[^\\s'"]{1,200}[^\\n]{0,300}?[ \\t]password=(?:'(?<quoted>[^'\\n]{6,128})'|(?<secret>${VALUE2}))`),
    positive: () => [
      `host=db.corp.internal port=5432 dbname=shop user=shop password=${fakePassword3()} sslmode=require`,
      `psql "dbname=analytics host=pg.corp.internal user=etl password=${fakePassword3()}"`
    ],
    negative: ["host=db.corp.internal dbname=shop user=shop password=$PGPASSWORD", "host=db dbname=shop password="]
  }),
  passwordRule({
    id: "go-mysql-dsn-password",
    description: "Go MySQL driver DSN with a password (user:password@tcp(host)/db)",
    keywords: ["@tcp(", "@unix("],
    pattern: /(?<![\w.:-])[A-Za-z0-9_.-]{1,64}:(?<secret>[^\s:@/'"`]{6,128})@(?:tcp|unix)\(/,
    positive: () => [`shop:${fakePassword3()}@tcp(mysql.corp.internal:3306)/shop?parseTime=true`],
    negative: ["root:@tcp(127.0.0.1:3306)/test", "user:password@tcp(localhost:3306)/dbname"]
  }),
  passwordRule({
    id: "jdbc-oracle-thin-password",
    description: "Oracle JDBC thin URL with user/password",
    keywords: ["jdbc:oracle:thin:"],
    pattern: /jdbc:oracle:thin:[^/\s@:'"]{1,64}\/(?<secret>[^\s@'"/]{6,128})@/i,
    positive: () => [`jdbc:oracle:thin:app/${fakePassword3()}@//ora.corp.internal:1521/ORCLPDB1`],
    negative: [
      "jdbc:oracle:thin:@//ora.corp.internal:1521/ORCLPDB1",
      "jdbc:oracle:thin:scott/tiger@localhost:1521:orcl"
    ]
  }),
  passwordRule({
    id: "oracle-connect-password",
    description: "Oracle command line or CONNECT with user/password@database",
    keywords: ["sqlplus", "sqlldr", "expdp", "impdp", "rman", "dgmgrl", "connect ", "conn "],
    pattern: (
      // '/' first and the command read back from it: a literal start lets the engine skip ahead
      /\/(?<=\b(?:sqlplus|sqlldr|expdp|impdp|rman|dgmgrl|CONNECT|CONN|connect|conn)(?:\.exe)?[ \t]{1,4}(?:-[A-Za-z]{1,10}[ \t]{1,4}){0,3}['"]?[A-Za-z][A-Za-z0-9_$#]{0,29}\/)(?<secret>[^\s@'"/]{6,128})@/
    ),
    positive: () => [
      `sqlplus -s app/${fakePassword3()}@ora.corp.internal:1521/ORCLPDB1 @report.sql`,
      `CONNECT etl/${fakePassword3()}@PRODDB`
    ],
    negative: ["sqlplus / as sysdba", "sqlplus scott/tiger@orcl", "sqlplus app/$ORACLE_PASSWORD@db"]
  }),
  passwordRule({
    id: "database-cli-password",
    description: "Database client command line with a password (mysql -p\u2026, mongosh -p, sqlcmd -P, redis-cli -a, cqlsh -p)",
    // the command and the space or '.exe' after it (keywords are printable: a tab after it is rare)
    keywords: ["mysql", "mariadb", "mongo", "sqlcmd", "redis-cli", "cqlsh", "influx"].flatMap((command) => [
      `${command} `,
      `${command}.exe`,
      ...command === "mysql" || command === "mongo" ? [`${command}dump`, `${command}sh`] : []
    ]),
    pattern: /\b(?:(?:mysql(?:dump|admin|import|sh|check|binlog)?|mariadb(?:-dump|-admin)?)(?:\.exe)?[ \t][^\n]{0,200}?[ \t]-p|(?:mongo(?:sh|dump|restore|import|export)?|cqlsh|influx)(?:\.exe)?[ \t][^\n]{0,200}?[ \t](?:-p|--password)[ =]|sqlcmd(?:\.exe)?[ \t][^\n]{0,200}?[ \t]-P[ \t]|redis-cli[ \t][^\n]{0,200}?[ \t](?:-a|--pass)[ \t])['"]?(?<secret>[^\s'"`;|&<>$]{6,128})/,
    positive: () => [
      `mysqldump -h db.corp.internal -u backup -p${fakePassword3()} --all-databases > dump.sql`,
      `mongosh "mongodb://mongo.corp.internal:27017" -u admin -p '${fakePassword3()}'`,
      `sqlcmd -S sql.corp.internal -U sa -P ${fakePassword3()} -Q "SELECT 1"`,
      `redis-cli -h cache.corp.internal -a ${fakePassword3()} ping`
    ],
    negative: [
      "mysql -u root -p shop",
      'mysql -u root -p"$MYSQL_ROOT_PASSWORD"',
      "mysql -h db -P 3306 -u app",
      'redis-cli -a "$REDIS_PASSWORD" ping'
    ]
  }),
  passwordRule({
    id: "kafka-jaas-password",
    description: "JAAS login module configuration with a password (Kafka SASL, ZooKeeper)",
    keywords: ["loginmodule"],
    pattern: /LoginModule[ \t]{1,4}required[^\n;]{0,300}?\bpassword[ \t]{0,3}=[ \t]{0,3}\\?["'](?<secret>[^"'\\\n]{6,128})\\?["']/,
    positive: () => [
      `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="svc-orders" password="${fakePassword3()}";`
    ],
    negative: [
      'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${USER}" password="${PASSWORD}";',
      "sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;"
    ]
  }),
  passwordRule({
    id: "spring-datasource-password",
    description: "Spring / Quarkus datasource, broker or mail password property",
    keywords: [".password"],
    pattern: new RegExp(`\\b(?:spring|quarkus)\\.(?:datasource|r2dbc|flyway|liquibase|rabbitmq|redis|data\\.redis|data\\.mongodb|mail|kafka|activemq|artemis|ldap|neo4j|elasticsearch|couchbase|cassandra)[\\w.-]{0,40}\\.password[ \\t]{0,3}[=:][ \\t]{0,3}["']?(?<secret>${VALUE2})`),
    positive: () => [
      `spring.datasource.url=jdbc:postgresql://db.corp.internal:5432/shop
spring.datasource.password=${fakePassword3()}`
    ],
    negative: [
      "spring.datasource.password=${DB_PASSWORD}",
      "spring.datasource.password=",
      "quarkus.datasource.password=${DB_PASS:}"
    ]
  }),
  passwordRule({
    id: "php-database-connect-password",
    description: "PHP database connection call with a literal password (PDO, mysqli)",
    keywords: ["new pdo", "mysqli", "mysql_connect"],
    pattern: /\b(?:new[ \t]{1,4}PDO|new[ \t]{1,4}mysqli|mysqli_connect|mysqli_real_connect|mysql_connect)[ \t]{0,4}\([ \t]{0,4}(?:\$[A-Za-z_][A-Za-z0-9_]{0,40},[ \t]{0,4})?['"][^'"\n]{0,200}['"][ \t]{0,4},[ \t]{0,4}['"][^'"\n]{1,64}['"][ \t]{0,4},[ \t]{0,4}['"](?<secret>[^'"\n]{6,128})['"]/i,
    positive: () => [
      `$db = new PDO('mysql:host=db.corp.internal;dbname=shop', 'shop', '${fakePassword3()}');`,
      `$link = mysqli_connect("db.corp.internal", "shop", "${fakePassword3()}", "shop");`
    ],
    negative: ["$db = new PDO($dsn, $user, $password);", "$db = new PDO('sqlite:app.db');"]
  }),
  passwordRule({
    id: "jdbc-getconnection-password",
    description: "JDBC DriverManager.getConnection with a literal password",
    keywords: ["getconnection("],
    pattern: /\bgetConnection[ \t]{0,4}\([^,\n]{1,300},[ \t]{0,4}"[^"\n]{1,64}"[ \t]{0,4},[ \t]{0,4}"(?<secret>[^"\n]{6,128})"/,
    positive: () => [
      `Connection c = DriverManager.getConnection("jdbc:postgresql://db.corp.internal/shop", "shop", "${fakePassword3()}");`
    ],
    negative: ["DriverManager.getConnection(url, user, password);", 'DriverManager.getConnection(url, "sa", "");']
  }),
  passwordRule({
    id: "curl-user-password",
    description: "curl with user:password credentials (-u, --user)",
    keywords: ["curl"],
    pattern: /\bcurl\b[^\n]{0,200}?[ \t](?:-u|--user)(?:[ \t]{1,4}|=)['"]?[^\s:'"]{1,64}:(?<secret>[^\s'"@]{6,128})/,
    positive: () => [`curl -u deploy:${fakePassword3()} https://artifacts.corp.internal/upload -T build.zip`],
    negative: [
      'curl -u "$USER:$TOKEN" https://api.corp.internal',
      "curl -u user:password https://example.com",
      "curl -u admin: https://x"
    ]
  }),
  passwordRule({
    id: "sshpass-password",
    description: "sshpass with a password on the command line",
    keywords: ["sshpass"],
    pattern: /\bsshpass[ \t]{1,4}-p[ \t]{0,4}['"]?(?<secret>[^\s'"]{6,128})/,
    positive: () => [`sshpass -p '${fakePassword3()}' ssh deploy@web.corp.internal uptime`],
    negative: ['sshpass -p "$SSHPASS" ssh host', "sshpass -e ssh deploy@web.corp.internal"]
  }),
  passwordRule({
    id: "redis-config-password",
    description: "Redis / Valkey server password (requirepass, masterauth)",
    keywords: ["requirepass", "masterauth"],
    pattern: /^[ \t]{0,8}(?:requirepass|masterauth)[ \t]{1,8}["']?(?<secret>[^\s'"]{6,256})/m,
    positive: () => [`bind 0.0.0.0
port 6379
requirepass ${fakePassword3()}
`],
    negative: ["# requirepass foobared", 'requirepass ""']
  })
];

// dist/src/analyzers/secrets/rules/connection-urls.js
var DRIVER = "(?:\\+[a-z0-9_]{1,24})?";
var SCHEME_START = "(?<![A-Za-z0-9+.-])";
var CREDENTIALS = `${URL_USER}:(?<secret>${URL_PASSWORD})@${URL_HOST_START}`;
var fakePassword4 = () => `${fakeToken(ALNUM, 14)}9Q`;
var FAMILIES = [
  [
    "postgres",
    "PostgreSQL (and compatible: CockroachDB, Redshift, YugabyteDB)",
    ["postgres", "postgresql", "pgsql", "cockroachdb", "cockroach", "redshift", "yugabytedb", "timescaledb"],
    (password) => `postgres://app_user:${password}@db.internal:5432/app`
  ],
  [
    "mysql",
    "MySQL / MariaDB (and compatible: TiDB, SingleStore)",
    ["mysql", "mysql2", "mysqlx", "mariadb", "tidb", "singlestore", "memsql"],
    (password) => `mysql://app:${password}@mysql.internal:3306/shop`
  ],
  [
    "mongodb",
    "MongoDB",
    ["mongodb"],
    (password) => `mongodb+srv://svc-api:${password}@cluster0.ab1cd.mongodb.net/prod`
  ],
  [
    "redis",
    "Redis / Valkey",
    ["redis", "rediss", "valkey", "valkeys", "keydb"],
    (password) => `rediss://default:${password}@cache.internal:6380/0`
  ],
  ["amqp", "AMQP (RabbitMQ)", ["amqp", "amqps"], (password) => `amqps://worker:${password}@mq.internal:5671/jobs`],
  ["ftp", "FTP / SFTP", ["ftp", "ftps", "sftp"], (password) => `sftp://deploy:${password}@files.internal:22/upload`],
  ["smtp", "SMTP", ["smtp", "smtps"], (password) => `smtps://mailer:${password}@smtp.mail.internal:465`],
  [
    "mssql",
    "SQL Server",
    ["mssql", "sqlserver"],
    (password) => `mssql+pyodbc://svc_app:${password}@sql.corp.internal:1433/shop?driver=ODBC+Driver+18+for+SQL+Server`
  ],
  [
    "oracle",
    "Oracle",
    ["oracle"],
    (password) => `oracle+oracledb://app:${password}@ora.corp.internal:1521/?service_name=ORCLPDB1`
  ],
  ["db2", "IBM Db2", ["db2", "ibm_db_sa"], (password) => `db2://etl:${password}@db2.corp.internal:50000/SAMPLE`],
  [
    "clickhouse",
    "ClickHouse",
    ["clickhouse", "clickhouses"],
    (password) => `clickhouse+native://default:${password}@ch.corp.internal:9440/events?secure=true`
  ],
  [
    "cassandra",
    "Cassandra / ScyllaDB",
    ["cassandra", "scylla", "scylladb"],
    (password) => `cassandra://app:${password}@cass.corp.internal:9042/orders`
  ],
  [
    "snowflake",
    "Snowflake",
    ["snowflake"],
    (password) => `snowflake://etl_user:${password}@acme-xy12345/ANALYTICS/PUBLIC?warehouse=ETL_WH`
  ],
  ["neo4j", "Neo4j", ["neo4j", "bolt"], (password) => `neo4j+s://neo4j:${password}@a1b2c3d4.databases.neo4j.io:7687`],
  [
    "couchbase",
    "Couchbase / CouchDB",
    ["couchbase", "couchbases", "couchdb"],
    (password) => `couchbases://app:${password}@cb.corp.internal/bucket`
  ],
  [
    "elasticsearch",
    "Elasticsearch / OpenSearch",
    ["elasticsearch", "opensearch"],
    (password) => `elasticsearch+https://elastic:${password}@search.corp.internal:9200/`
  ],
  [
    "influxdb",
    "InfluxDB",
    ["influxdb", "influx"],
    (password) => `influxdb://metrics:${password}@influx.corp.internal:8086/telegraf`
  ],
  ["kafka", "Kafka", ["kafka"], (password) => `kafka+ssl://svc-orders:${password}@broker-1.corp.internal:9093`],
  ["nats", "NATS", ["nats"], (password) => `nats://orders:${password}@nats.corp.internal:4222`],
  [
    "mqtt",
    "MQTT / STOMP",
    ["mqtt", "mqtts", "stomp", "stomps"],
    (password) => `mqtts://sensor-17:${password}@iot.corp.internal:8883`
  ],
  [
    "imap",
    "IMAP / POP3",
    ["imap", "imaps", "pop3", "pop3s"],
    (password) => `imaps://ops:${password}@imap.corp.internal:993/INBOX`
  ],
  [
    "trino",
    "Trino / Presto / Hive / Impala",
    ["trino", "presto", "hive", "impala"],
    (password) => `trino://analyst:${password}@trino.corp.internal:443/hive/default`
  ],
  [
    "sql-database",
    "Firebird, Sybase, Teradata, Vertica, SAP HANA, Exasol or Informix",
    ["firebird", "sybase", "teradatasql", "teradata", "vertica", "hana", "exa", "informix"],
    (password) => `vertica+vertica_python://dbadmin:${password}@vertica.corp.internal:5433/analytics`
  ],
  [
    "nosql",
    "ArangoDB, RethinkDB, OrientDB or SurrealDB",
    ["arangodb", "rethinkdb", "orientdb", "surrealdb"],
    (password) => `arangodb://root:${password}@arango.corp.internal:8529/_system`
  ]
];
var SPECIFIC = FAMILIES.flatMap(([, , schemes]) => schemes);
var afterScheme = (schemes) => `://(?<=${SCHEME_START}${schemes}://)`;
var urlRule = (name, label, schemes, sample) => {
  const scheme = schemes[0];
  return {
    id: `secret/${name}-url-password`,
    description: `${label} connection URL with an embedded password`,
    keywords: schemes.flatMap((item) => [`${item}://`, `${item}+`]),
    pattern: new RegExp(`${afterScheme(`(?:${schemes.join("|")})${DRIVER}`)}${CREDENTIALS}`, "i"),
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.85,
    examples: {
      positive: () => [sample(fakePassword4())],
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
  ...FAMILIES.map(([name, label, schemes, sample]) => urlRule(name, label, schemes, sample)),
  {
    id: "secret/url-password",
    description: "URL with an embedded user:password (basic-auth credentials)",
    keywords: ["://"],
    // Sentry DSNs (32-hex public:secret) have a rule of their own.
    pattern: new RegExp(`${afterScheme(`(?!(?:${SPECIFIC.join("|")})${DRIVER}://)[a-z][a-z0-9+.-]{1,30}`)}${URL_USER}:(?![a-f0-9]{32}@)(?<secret>${URL_PASSWORD})@${URL_HOST_START}`, "i"),
    validate: isChosenPassword,
    severity: "high",
    confidence: 0.75,
    examples: {
      positive: () => [
        `https://ci-bot:${fakePassword4()}@git.corp.internal/org/repo.git`,
        `ldaps://cn=reader:${fakePassword4()}@ldap.internal:636`
      ],
      negative: () => [
        "https://user:${PASS}@example.com/path",
        "https://user:password@example.com/path",
        "http://admin:admin@localhost:8080/",
        "https://user@example.com/path",
        "https://example.com/a:b@c",
        `postgres://app:${fakePassword4()}@db.internal/app`
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
        `jdbc:postgresql://db.internal:5432/app?user=app&password=${fakePassword4()}`,
        `jdbc:sqlserver://sql.internal:1433;databaseName=app;user=svc;password=${fakePassword4()};encrypt=true`
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
    pattern: /\b(?:Server|Data[ ]Source|Host|Address|Addr|Network[ ]Address|Driver|DSN|Provider)=[^;\n]{1,200};[^\n]{0,300}?\b(?:Password|Pwd)=(?<secret>[^;\s'"`<>{}$]{6,128})/i,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.8,
    examples: {
      positive: () => [
        `Server=sql.internal,1433;Database=app;User Id=svc_app;Password=${fakePassword4()};Encrypt=True`,
        `Driver={ODBC Driver 18 for SQL Server};Server=tcp:sql.corp.internal,1433;Uid=report;Pwd=${fakePassword4()};`,
        `DSN=warehouse;UID=etl;PWD=${fakePassword4()}`
      ],
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
function isChosenBasicCredential(secret) {
  if (!isBasicCredential(secret))
    return false;
  const decoded = Buffer.from(secret, "base64").toString("utf8");
  return isChosenPassword(decoded.slice(decoded.indexOf(":") + 1));
}
var encodeBasic = (user, password) => Buffer.from(`${user}:${password}`).toString("base64");

// dist/src/analyzers/secrets/rules/credential-files.js
var fakePassword5 = () => `${fakeToken(ALNUM, 14)}7k`;
var isNetrcPassword = (secret) => isChosenPassword(secret) && !/^[^@\s]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/.test(secret);
var credential_files_default = [
  {
    id: "secret/netrc-password",
    description: ".netrc / .authinfo machine password",
    keywords: ["password"],
    paths: /(?:^|\/)(?:[._]?netrc|\.authinfo)$/,
    // A quoted password may hold spaces; group 1 (quoted) or `secret` (bare) is the value.
    pattern: /\bpassword[ \t]{1,10}(?:"(?<quoted>[^"\n]{4,256})"|(?<secret>[^\s'"]{4,256}))/,
    // anonymous FTP logins give an e-mail address as the password, by convention
    validate: (secret) => isChosenPassword(secret) && !/^[^@\s]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/.test(secret),
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `machine api.internal.test
  login deploy
  password ${fakePassword5()}
`,
        `machine git.internal.test login ci password ${fakeUuid()}`,
        `machine smtp.corp.internal login ops port 587 password "${fakePassword5()} x"`
      ],
      negative: () => [
        "machine api.internal.test login deploy password password",
        "machine api.internal.test login deploy",
        "default login anonymous password guest",
        "default login anonymous password alice@corp.internal"
      ]
    }
  },
  {
    id: "secret/netrc-entry-password",
    description: "netrc entry (machine \u2026 login \u2026 password \u2026) pasted outside a .netrc file",
    keywords: ["machine "],
    pattern: /\bmachine[ \t]{1,10}[^\s]{1,253}(?:\s{1,20}(?:login|account|port)[ \t]{1,10}[^\s]{1,128}){0,3}\s{1,20}password[ \t]{1,10}(?<secret>[^\s'"`]{4,256})/,
    validate: isNetrcPassword,
    severity: "critical",
    confidence: 0.85,
    examples: {
      positive: () => [
        `echo "machine git.corp.internal login ci password ${fakePassword5()}" >> ~/.netrc`,
        `\`\`\`
machine api.corp.internal
  login deploy
  password ${fakePassword5()}
\`\`\``
      ],
      negative: () => [
        "machine api.corp.internal login deploy password $NETRC_PASSWORD",
        "machine learning models need a password manager",
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
        `db.internal:5432:app:app_user:${fakePassword5()}`,
        `# local
*:*:*:replicator:${fakePassword5()}
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
    // the store's default path, and git's XDG one (~/.config/git/credentials)
    paths: /(?:^|\/)(?:\.git-credentials|\.config\/git\/credentials)$/,
    pattern: /\bhttps?:\/\/[^\s:@/]{1,128}:(?<secret>[^\s:@/]{6,256})@[A-Za-z0-9[]/,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [`https://ci-bot:${fakePassword5()}@git.internal.test`],
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
        `_auth=${encodeBasic("deploy", fakePassword5())}`,
        `//npm.internal.test/:_password=${Buffer.from(fakePassword5()).toString("base64")}`
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
password = ${fakePassword5()}
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
    // Any config.json (Docker, Podman, Buildah, a copied home folder) and Kubernetes' .dockerconfigjson:
    // the value must decode to user:password, so other "auth" fields stay out.
    paths: /(?:^|\/)(?:config\.json|\.dockercfg|\.dockerconfigjson|auth\.json)$/,
    pattern: /"auth"[ \t]{0,3}:[ \t]{0,3}"(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})"/,
    validate: isChosenBasicCredential,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [
        `{
  "auths": {
    "registry.internal.test": {
      "auth": "${encodeBasic("deploy", fakePassword5())}"
    }
  }
}`
      ],
      negative: () => [
        '{ "auths": { "registry.internal.test": {} }, "credsStore": "desktop" }',
        '{ "auths": { "r": { "auth": "" } } }',
        `{ "auth": "${Buffer.from("no-colon-here").toString("base64")}" }`,
        `{ "auths": { "r": { "auth": "${encodeBasic("user", "password")}" } } }`
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
  <password>${fakePassword5()}</password>
</server>`
      ],
      negative: () => [
        "<password>${env.MAVEN_PASSWORD}</password>",
        `<password>{${fakeToken(BASE64, 40)}}</password>`,
        "<password>password</password>"
      ]
    }
  },
  {
    id: "secret/docker-config-identity-token",
    description: "Docker registry identity or registry token in config.json",
    keywords: ['"identitytoken"', '"registrytoken"'],
    paths: /(?:^|\/)(?:config\.json|\.dockerconfigjson|auth\.json)$/,
    pattern: /"(?:identitytoken|registrytoken)"[ \t]{0,3}:[ \t]{0,3}"(?<secret>[A-Za-z0-9._~+/=-]{20,4096})"/,
    minEntropy: 3.5,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `{
  "auths": {
    "acr.corp.internal": {
      "auth": "",
      "identitytoken": "${fakeToken(BASE64, 120)}"
    }
  }
}`
      ],
      negative: () => ['{ "auths": { "r": { "identitytoken": "" } } }', '{ "identitytoken": "${TOKEN}" }']
    }
  },
  {
    id: "secret/kubeconfig-credential",
    description: "kubeconfig user credential (client-key-data or token)",
    keywords: ["client-key-data", "token:"],
    paths: /(?:^|\/)(?:\.kube\/config|kubeconfig(?:[._-][^/]{0,40})?|[^/]{1,40}\.kubeconfig)$/,
    pattern: /^[ \t]{0,20}(?:client-key-data|token):[ \t]{0,3}["']?(?<secret>[A-Za-z0-9._~+/=-]{20,16384})/m,
    minEntropy: 3.5,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `users:
- name: admin
  user:
    client-certificate-data: ${fakeToken(BASE64, 80)}
    client-key-data: LS0tLS1CRUdJTi${fakeToken(BASE64, 200)}
`,
        `users:
- name: ci
  user:
    token: ${fakeToken(BASE64, 40)}
`
      ],
      negative: () => [
        "users:\n- name: ci\n  user:\n    exec:\n      command: aws\n",
        "users:\n- name: ci\n  user:\n    token: ${K8S_TOKEN}\n"
      ]
    }
  },
  {
    id: "secret/edgerc-client-secret",
    description: "Akamai EdgeGrid client secret (.edgerc)",
    keywords: ["client_secret"],
    paths: /(?:^|\/)\.edgerc$/,
    pattern: /^[ \t]{0,8}client_secret[ \t]{0,3}=[ \t]{0,3}(?<secret>[A-Za-z0-9+/]{43}=)/m,
    minEntropy: 4,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [
        `[default]
client_secret = ${fakeToken(BASE64, 43)}=
host = akab-${fakeToken(ALNUM, 16).toLowerCase()}.luna.akamaiapis.net
`
      ],
      negative: () => ["[default]\nclient_secret = \n", `client_secret = ${"x".repeat(43)}=`]
    }
  },
  {
    id: "secret/composer-auth-password",
    description: "Composer auth.json http-basic password or OAuth consumer secret",
    keywords: ['"password"', '"consumer-secret"'],
    paths: /(?:^|\/)auth\.json$/,
    pattern: /"(?:password|consumer-secret)"[ \t]{0,3}:[ \t]{0,3}"(?<secret>[^"\\\n]{6,256})"/,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `{
  "http-basic": {
    "repo.corp.internal": {
      "username": "deploy",
      "password": "${fakePassword5()}"
    }
  }
}`
      ],
      negative: () => ['{ "http-basic": { "repo.corp.internal": { "username": "deploy", "password": "" } } }']
    }
  },
  {
    id: "secret/yarnrc-auth-token",
    description: "Yarn Berry .yarnrc.yml npm auth token or ident",
    keywords: ["npmauthtoken", "npmauthident"],
    paths: /(?:^|\/)\.yarnrc\.ya?ml$/,
    pattern: /^[ \t]{0,20}npmAuth(?:Token|Ident):[ \t]{0,3}["']?(?<secret>[^\s"'#]{8,512})/m,
    minEntropy: 3,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [`npmRegistries:
  "//npm.corp.internal":
    npmAuthToken: ${fakeUuid()}
`],
      negative: () => ['npmScopes:\n  acme:\n    npmAuthToken: "${NPM_TOKEN}"\n', "npmAlwaysAuth: true"]
    }
  },
  {
    id: "secret/nuget-config-password",
    description: "NuGet.Config package source clear-text password",
    keywords: ["cleartextpassword", "password"],
    paths: /(?:^|\/)nuget\.config$/i,
    pattern: /<add[ \t]{1,4}key="(?:ClearText)?Password"[ \t]{1,4}value="(?<secret>[^"\n]{6,256})"/i,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `<packageSourceCredentials>
  <internal>
    <add key="Username" value="deploy" />
    <add key="ClearTextPassword" value="${fakePassword5()}" />
  </internal>
</packageSourceCredentials>`
      ],
      negative: () => [
        '<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />',
        '<add key="Username" value="deploy" />'
      ]
    }
  },
  {
    id: "secret/sbt-credentials-password",
    description: "sbt / Ivy credentials file password",
    keywords: ["password"],
    paths: /(?:^|\/)\.(?:sbt|ivy2)\/(?:[^/]{1,40}\/)?\.?credentials(?:[._-][^/]{0,30})?$/,
    pattern: /^[ \t]{0,8}password[ \t]{0,3}=[ \t]{0,3}(?<secret>\S{4,256})/m,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `realm=Sonatype Nexus Repository Manager
host=nexus.corp.internal
user=deploy
password=${fakePassword5()}
`
      ],
      negative: () => ["realm=Nexus\nhost=nexus.corp.internal\nuser=deploy\npassword=\n"]
    }
  },
  {
    id: "secret/gradle-properties-password",
    description: "gradle.properties password, passphrase or token",
    keywords: ["password", "passphrase", "token", "secret"],
    paths: /(?:^|\/)gradle\.properties$/,
    pattern: /^[ \t]{0,8}[A-Za-z0-9_.-]{0,60}(?:password|Password|PASSWORD|passphrase|Passphrase|secret|Secret|token|Token)[ \t]{0,3}[=:][ \t]{0,3}(?<secret>\S{6,256})/m,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.85,
    examples: {
      positive: () => [
        `org.gradle.jvmargs=-Xmx2g
ossrhUsername=deploy
ossrhPassword=${fakePassword5()}
`,
        `signing.password=${fakePassword5()}`
      ],
      negative: () => ["ossrhPassword=", "org.gradle.jvmargs=-Xmx2g", "signing.password=${SIGNING_PASSWORD}"]
    }
  }
];

// dist/src/analyzers/secrets/rules/database-config-files.js
var fakePassword6 = () => `${fakeToken(ALNUM, 12)}4x`;
var QUOTED_PHP = "[^'\\n]{4,256}";
var database_config_files_default = [
  fileSettingRule({
    id: "mysql-option-file-password",
    description: "MySQL / MariaDB option file password (.my.cnf, my.ini, debian.cnf)",
    paths: /(?:^|\/)(?:\.my\.cnf|my\.cnf|my\.ini|debian\.cnf|\.mylogin\.cnf|client\.cnf)$/,
    keywords: ["password"],
    lead: "^[ \\t]{0,8}password[ \\t]{0,4}=[ \\t]{0,4}",
    positive: () => [`[client]
user=backup
password=${fakePassword6()}
host=db.corp.internal
`],
    negative: ["[client]\nuser=backup\npassword\n", "[mysqld]\nvalidate_password.policy=STRONG\n"]
  }),
  fileSettingRule({
    id: "rails-database-yml-password",
    description: "Rails database.yml password",
    paths: /(?:^|\/)database\.ya?ml$/,
    keywords: ["password:"],
    lead: "^[ \\t]{0,20}password:[ \\t]{1,4}",
    positive: () => [
      `production:
  adapter: postgresql
  database: shop
  username: shop
  password: ${fakePassword6()}
`
    ],
    negative: [
      'production:\n  password: <%= ENV["DATABASE_PASSWORD"] %>\n',
      "production:\n  password: <%= Rails.application.credentials.db_password %>\n"
    ]
  }),
  fileSettingRule({
    id: "mongoid-yml-password",
    description: "Mongoid configuration password (mongoid.yml)",
    paths: /(?:^|\/)mongoid\.ya?ml$/,
    keywords: ["password:"],
    lead: "^[ \\t]{0,20}password:[ \\t]{1,4}",
    positive: () => [
      `production:
  clients:
    default:
      database: app
      hosts:
        - mongo.corp.internal:27017
      options:
        user: app
        password: ${fakePassword6()}
`
    ],
    negative: [
      'production:\n  clients:\n    default:\n      options:\n        password: <%= ENV["MONGO_PASSWORD"] %>\n'
    ]
  }),
  fileSettingRule({
    id: "odbc-ini-password",
    description: "ODBC data source password (odbc.ini)",
    paths: /(?:^|\/)\.?odbc\.ini$/i,
    keywords: ["password", "pwd"],
    lead: "^[ \\t]{0,8}(?:Password|PWD)[ \\t]{0,4}=[ \\t]{0,4}",
    positive: () => [
      `[reporting]
Driver=PostgreSQL Unicode
Servername=db.corp.internal
Username=report
Password=${fakePassword6()}
`
    ],
    negative: ["[reporting]\nDriver=PostgreSQL Unicode\nPassword=\n"]
  }),
  fileSettingRule({
    id: "django-settings-database-password",
    description: "Django settings DATABASES password ('PASSWORD': '\u2026')",
    paths: /(?:^|\/)settings(?:_[a-z0-9]{1,20})?\.py$|(?:^|\/)settings\/[a-z0-9_]{1,30}\.py$/,
    keywords: ["'password'", '"password"'],
    // quoted values only: os.environ['DB_PASSWORD'] is a lookup
    lead: `['"]PASSWORD['"][ \\t]{0,4}:[ \\t]{0,4}['"]`,
    value: `[^'"\\n]{4,256}`,
    flags: "",
    positive: () => [
      `DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'shop',
        'USER': 'shop',
        'PASSWORD': '${fakePassword6()}',
    }
}`
    ],
    negative: ["        'PASSWORD': os.environ['DB_PASSWORD'],", "        'PASSWORD': '',"]
  }),
  fileSettingRule({
    id: "joomla-configuration-secret",
    description: "Joomla configuration.php database password or secret",
    paths: /(?:^|\/)configuration\.php$/,
    keywords: ["$password", "$secret", "$smtppass", "$ftp_pass"],
    lead: "public[ \\t]{1,4}\\$(?:password|secret|smtppass|ftp_pass)[ \\t]{0,4}=[ \\t]{0,4}'",
    value: QUOTED_PHP,
    flags: "",
    positive: () => [
      `<?php
class JConfig {
	public $host = 'db.corp.internal';
	public $user = 'joomla';
	public $password = '${fakePassword6()}';
}`,
      `	public $secret = '${fakeToken(ALNUM, 16)}';`
    ],
    negative: ["	public $password = '';", "	public $user = 'joomla';"]
  }),
  fileSettingRule({
    id: "php-app-config-database-password",
    description: "PHP application config database password (Drupal settings.php, Magento env.php, Nextcloud config.php, phpMyAdmin, PrestaShop)",
    paths: /(?:^|\/)(?:settings(?:\.local)?\.php|env\.php|config\.inc\.php|parameters\.php|LocalConfiguration\.php|config\/config\.php)$/,
    keywords: ["password", "dbpassword", "passwordsalt"],
    lead: `['"](?:password|dbpassword|database_password|db_password|passwordsalt)['"]\\][ \\t]{0,4}=[ \\t]{0,4}['"]|['"](?:password|dbpassword|database_password|db_password|passwordsalt)['"][ \\t]{0,4}=>[ \\t]{0,4}['"]`,
    value: QUOTED_PHP,
    flags: "",
    positive: () => [
      `$databases['default']['default'] = [
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => '${fakePassword6()}',
  'host' => 'db.corp.internal',
];`,
      `$cfg['Servers'][$i]['password'] = '${fakePassword6()}';`
    ],
    negative: ["  'password' => getenv('DB_PASSWORD'),", "  'password' => '',"]
  })
];

// dist/src/analyzers/secrets/rules/dev-tools.js
var hex5 = (length) => fakeOf(HEX, length);
var alnum6 = (length) => fakeOf(ALNUM, length);
var fixedPrefix = (id2, description, prefixes, body, sample, keywords = prefixes.map((prefix) => prefix.toLowerCase())) => ({
  id: `secret/${id2}`,
  description,
  keywords,
  pattern: new RegExp(`(?<![A-Za-z0-9_-])(?:${prefixes.map((prefix) => prefix.replace(/[.]/g, "\\.")).join("|")})${body}(?![A-Za-z0-9_-])`),
  minEntropy: 3.5,
  severity: "high",
  confidence: 0.95,
  examples: {
    positive: () => prefixes.map((prefix) => `${prefix}${sample()}`),
    negative: () => prefixes.flatMap((prefix) => [`${prefix}${"x".repeat(sample().length)}`, `tokens start with ${prefix}`])
  }
});
var dev_tools_default = [
  keyedRule("gitea-access-token", "Gitea / Forgejo access token", ["gitea", "forgejo"], "[a-f0-9]{40}", hex5(40), {
    setting: "GITEA_TOKEN"
  }),
  keyedRule("codacy-api-token", "Codacy project or API token", ["codacy"], "[A-Za-z0-9]{20,32}", alnum6(32), {
    setting: "CODACY_PROJECT_TOKEN"
  }),
  keyedRule("coveralls-repo-token", "Coveralls repository token", ["coveralls"], "[A-Za-z0-9]{32,37}", alnum6(33), {
    setting: "COVERALLS_REPO_TOKEN"
  }),
  prefixedRule("dependency-track-api-key", "OWASP Dependency-Track API key", "odt_", "[A-Za-z0-9]{32,64}", alnum6(32)),
  prefixedRule("sourcegraph-cody-token", "Sourcegraph Cody gateway token", "slk_", "[a-f0-9]{64}", hex5(64)),
  prefixedRule("gitlab-session-cookie", "GitLab session cookie", "_gitlab_session=", "[a-f0-9]{32}", hex5(32)),
  prefixedRule("stackhawk-api-key", "StackHawk API key", "hawk.", "[A-Za-z0-9_-]{20}\\.[A-Za-z0-9_-]{20}", () => `${fakeToken(BASE64URL, 20)}.${fakeToken(BASE64URL, 20)}`),
  prefixedRule("settlemint-personal-token", "SettleMint personal access token", "sm_pat_", "[A-Za-z0-9]{16}", alnum6(16)),
  prefixedRule("settlemint-application-token", "SettleMint application access token", "sm_aat_", "[A-Za-z0-9]{16}", alnum6(16)),
  prefixedRule("settlemint-service-token", "SettleMint service access token", "sm_sat_", "[A-Za-z0-9]{16}", alnum6(16)),
  prefixedRule("defined-networking-api-token", "Defined Networking (Nebula) API token", "dnkey-", "[A-Za-z0-9_-]{26}-[A-Za-z0-9_-]{52}", () => `${fakeToken(UPPER_ALNUM, 26)}-${fakeToken(BASE64URL, 52)}`),
  fixedPrefix(
    "authress-access-key",
    "Authress service client access key",
    ["sc_", "ext_", "scauth_", "authress_"],
    "[A-Za-z0-9]{5,30}\\.[A-Za-z0-9]{4,6}\\.acc[_-][A-Za-z0-9-]{10,32}\\.[A-Za-z0-9+/_=-]{30,120}",
    () => `${fakeToken(ALNUM, 12)}.${fakeToken(ALNUM, 5)}.acc_${fakeToken(ALNUM, 20)}.${fakeToken(BASE64URL, 60)}`,
    // short prefixes (sc_, ext_) are common; the '.acc_' part of the key is not
    [".acc_", ".acc-"]
  ),
  fixedPrefix("intra42-client-secret", "42 intra API client secret", ["s-s4t2ud-", "s-s4t2af-"], "[a-f0-9]{64}", hex5(64)),
  fixedPrefix("voiceflow-api-key", "Voiceflow API key", ["VF.DM.", "VF.WS."], "[a-f0-9]{24}\\.[A-Za-z0-9]{16}", () => `${fakeToken(HEX, 24)}.${fakeToken(ALNUM, 16)}`),
  prefixedRule("ionic-api-token", "Ionic (Appflow) API token", "ion_", "[A-Za-z0-9]{42}", alnum6(42)),
  prefixedRule("flexport-api-key", "Flexport API key", "shltm_", "[A-Za-z0-9_-]{40}", fakeOf(BASE64URL, 40)),
  prefixedRule("adafruit-io-key", "Adafruit IO key", "aio_", "[A-Za-z0-9]{28}", alnum6(28)),
  prefixedRule("adobe-client-secret", "Adobe developer OAuth client secret", "p8e-", "[A-Za-z0-9-]{32}", alnum6(32)),
  prefixedRule("ubidots-token", "Ubidots API token", "BBFF-", "[A-Za-z0-9]{30}", alnum6(30)),
  prefixedRule("teamwork-api-token", "Teamwork API token", "tkn.v1_", "[A-Za-z0-9]{71}=", () => `${fakeToken(ALNUM, 71)}=`),
  keyedRule("cisco-meraki-api-key", "Cisco Meraki Dashboard API key", ["meraki"], "[a-f0-9]{40}", hex5(40), {
    severity: "critical"
  }),
  keyedRule("veracode-api-key", "Veracode API key secret", ["veracode"], "[a-f0-9]{128}", hex5(128), { kind: "key|secret" }),
  keyedRule("shodan-api-key", "Shodan API key", ["shodan"], "[A-Za-z0-9]{32}", alnum6(32)),
  keyedRule("virustotal-api-key", "VirusTotal API key", ["virustotal", "vt_api"], "[a-f0-9]{64}", hex5(64)),
  keyedRule("hibp-api-key", "Have I Been Pwned API key", ["haveibeenpwned", "hibp"], "[a-f0-9]{32}", hex5(32)),
  keyedRule("abuseipdb-api-key", "AbuseIPDB API key", ["abuseipdb"], "[a-f0-9]{80}", hex5(80)),
  keyedRule("urlscan-api-key", "urlscan.io API key", ["urlscan"], UUID, fakeUuid),
  keyedRule("securitytrails-api-key", "SecurityTrails API key", ["securitytrails"], "[A-Za-z0-9_-]{32}", alnum6(32)),
  keyedRule("censys-api-secret", "Censys API secret", ["censys"], "[A-Za-z0-9]{32}", alnum6(32), {
    kind: "secret",
    setting: "CENSYS_API_SECRET"
  }),
  keyedRule("zerotier-api-token", "ZeroTier Central API token", ["zerotier"], "[A-Za-z0-9]{32}", alnum6(32), {
    setting: "ZEROTIER_API_TOKEN"
  }),
  {
    id: "secret/maxmind-license-key",
    description: "MaxMind license key",
    keywords: ["_mmk"],
    pattern: /(?<![A-Za-z0-9_-])[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    severity: "high",
    confidence: 0.95,
    examples: {
      positive: () => [`${fakeToken(ALNUM, 6)}_${fakeToken(ALNUM, 29)}_mmk`],
      negative: () => [`${"x".repeat(6)}_${"x".repeat(29)}_mmk`, "license keys end in _mmk"]
    }
  },
  keyedRule("gradle-publish-secret", "Gradle Plugin Portal publishing secret", ["gradle.publish.secret", "gradle_publish_secret"], "[A-Za-z0-9]{32}", alnum6(32), {
    setting: "gradle.publish.secret"
  }),
  keyedRule("bitbucket-client-secret", "Bitbucket OAuth consumer secret", ["bitbucket"], "[A-Za-z0-9_=-]{32,64}", fakeOf(BASE64URL, 32), {
    kind: "secret",
    setting: "BITBUCKET_CLIENT_SECRET"
  }),
  keyedRule("bitrise-access-token", "Bitrise personal access token", ["bitrise"], "[A-Za-z0-9_-]{86}", fakeOf(BASE64URL, 86), {
    setting: "BITRISE_TOKEN"
  }),
  keyedRule("appveyor-api-token", "AppVeyor API token", ["appveyor"], "v2\\.[a-z0-9]{20}|[a-z0-9]{20}", () => `v2.${fakeToken(`${LOWER}0123456789`, 20)}`, {
    setting: "APPVEYOR_API_TOKEN"
  }),
  keyedRule("semaphore-api-token", "Semaphore CI API token", ["semaphore"], "[a-z0-9]{20}", fakeOf(`${LOWER}0123456789`, 20), {
    kind: "token",
    setting: "SEMAPHORE_API_TOKEN"
  }),
  keyedRule("deepsource-dsn", "DeepSource DSN secret", ["deepsource"], "[a-f0-9]{32}", hex5(32), {
    setting: "DEEPSOURCE_DSN"
  }),
  keyedRule("browserstack-access-key", "BrowserStack access key", ["browserstack"], "[A-Za-z0-9]{20}", alnum6(20), {
    kind: "key",
    setting: "BROWSERSTACK_ACCESS_KEY"
  }),
  keyedRule("saucelabs-access-key", "Sauce Labs access key", ["sauce"], UUID, fakeUuid, {
    whole: true,
    kind: "key",
    setting: "SAUCE_ACCESS_KEY"
  }),
  keyedRule("lambdatest-access-key", "LambdaTest access key", ["lambdatest", "lt_access"], "[A-Za-z0-9]{50}", alnum6(50), {
    kind: "key",
    setting: "LAMBDATEST_ACCESS_KEY"
  }),
  keyedRule("cypress-record-key", "Cypress Cloud record key", ["cypress"], UUID, fakeUuid, {
    kind: "record",
    setting: "CYPRESS_RECORD_KEY"
  }),
  keyedRule("percy-token", "Percy project token", ["percy"], "[a-f0-9]{64}|web_[a-f0-9]{64}", hex5(64), {
    whole: true,
    kind: "token",
    setting: "PERCY_TOKEN"
  }),
  keyedRule("chromatic-project-token", "Chromatic project token", ["chromatic"], "chpt_[a-f0-9]{14,16}|[a-z0-9]{12}", () => `chpt_${fakeToken(HEX, 15)}`, {
    kind: "token",
    setting: "CHROMATIC_PROJECT_TOKEN"
  }),
  keyedRule("expo-access-token", "Expo access token", ["expo"], "[A-Za-z0-9_-]{40}", fakeOf(BASE64URL, 40), {
    whole: true,
    kind: "token",
    setting: "EXPO_TOKEN"
  }),
  keyedRule("sonatype-nexus-token", "Sonatype (OSSRH / Central) user token password", ["ossrh", "sonatype"], "[A-Za-z0-9+/]{44}", fakeOf(`${ALNUM}+/`, 44), {
    kind: "password|token",
    setting: "OSSRH_TOKEN_PASSWORD"
  }),
  keyedRule("rapidapi-key", "RapidAPI application key", ["rapidapi"], "[A-Za-z0-9_-]{50}", fakeOf(BASE64URL, 50)),
  {
    id: "secret/sidekiq-enterprise-credentials",
    description: "Sidekiq Pro/Enterprise gem source credentials (contribsys)",
    keywords: ["contribsys__com", "contribsys.com"],
    // BUNDLE_GEMS__CONTRIBSYS__COM=user:pass, or https://user:pass@gems.contribsys.com/
    pattern: /(?:BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM[ \t]{0,3}[=:][ \t]{0,3}["']?[a-f0-9]{8}:|https?:\/\/[a-f0-9]{8}:)(?<secret>[a-f0-9]{8})(?:@(?:gems|enterprise)\.contribsys\.com|(?![A-Za-z0-9]))/i,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `BUNDLE_GEMS__CONTRIBSYS__COM=${fakeToken(HEX, 8)}:${fakeToken(HEX, 8)}`,
        `source "https://${fakeToken(HEX, 8)}:${fakeToken(HEX, 8)}@gems.contribsys.com/"`
      ],
      negative: () => ["BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}", 'source "https://gems.contribsys.com/"']
    }
  }
];

// dist/src/analyzers/secrets/rules/email-and-chat.js
var hex6 = (length) => fakeOf(HEX, length);
var alnum7 = (length) => fakeOf(ALNUM, length);
var email_and_chat_default = [
  prefixedRule("mailersend-api-token", "MailerSend API token", "mlsn.", "[a-f0-9]{64}", hex6(64)),
  prefixedRule("resend-api-key", "Resend API key", "re_", "[A-Za-z0-9]{8}_[A-Za-z0-9]{24}", () => `${fakeToken(ALNUM, 8)}_${fakeToken(ALNUM, 24)}`),
  prefixedRule("brevo-smtp-key", "Brevo (Sendinblue) SMTP key", "xsmtpsib-", "[a-f0-9]{64}-[A-Za-z0-9]{16}", () => `${fakeToken(HEX, 64)}-${fakeToken(ALNUM, 16)}`),
  keyedRule("mandrill-api-key", "Mandrill (Mailchimp Transactional) API key", ["mandrill"], "[A-Za-z0-9_-]{22}", fakeOf(BASE64URL, 22)),
  keyedRule("sparkpost-api-key", "SparkPost API key", ["sparkpost"], "[a-f0-9]{40}", hex6(40)),
  keyedRule("mailjet-api-key", "Mailjet API key or secret", ["mailjet"], "[a-f0-9]{32}", hex6(32)),
  keyedRule("mailerlite-api-key", "MailerLite classic API key", ["mailerlite"], "[a-f0-9]{32}", hex6(32)),
  keyedRule("pusher-app-secret", "Pusher Channels app secret", ["pusher"], "[a-f0-9]{20}", hex6(20), {
    kind: "secret",
    setting: "PUSHER_APP_SECRET"
  }),
  keyedRule("ably-api-key", "Ably API key (app.key:secret)", ["ably"], "[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}", () => `${fakeToken(ALNUM, 6)}.${fakeToken(ALNUM, 6)}:${fakeToken(BASE64URL, 43)}`, { whole: true }),
  prefixedRule("pubnub-secret-key", "PubNub secret key", "sec-c-", "[A-Za-z0-9]{40,60}", alnum7(48)),
  keyedRule("plivo-auth-token", "Plivo auth token", ["plivo"], "[A-Za-z0-9]{40}", alnum7(40), {
    kind: "token|secret",
    setting: "PLIVO_AUTH_TOKEN"
  }),
  keyedRule("vonage-api-secret", "Vonage (Nexmo) API secret", ["vonage", "nexmo"], "[A-Za-z0-9]{16}", alnum7(16), {
    kind: "secret",
    setting: "VONAGE_API_SECRET"
  }),
  keyedRule("telnyx-api-key", "Telnyx API v2 key", ["telnyx"], "KEY[0-9A-Za-z_-]{55}", () => `KEY${fakeToken(HEX_UPPER, 32)}_${fakeToken(ALNUM, 22)}`),
  keyedRule("messagebird-api-key", "MessageBird (Bird) access key", ["messagebird", "message_bird"], "[A-Za-z0-9]{25}", alnum7(25)),
  keyedRule("clicksend-api-key", "ClickSend API key", ["clicksend"], "[A-F0-9]{8}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12}", () => fakeUuid().toUpperCase()),
  keyedRule("line-channel-secret", "LINE Messaging API channel secret", ["line_channel", "line-channel", "linechannel"], "[a-f0-9]{32}", hex6(32), {
    kind: "secret",
    setting: "LINE_CHANNEL_SECRET"
  }),
  keyedRule("webex-access-token", "Webex access token", ["webex"], "[A-Za-z0-9]{64}_[A-Za-z0-9]{4}_[a-f0-9-]{36}", () => `${fakeToken(ALNUM, 64)}_${fakeToken(UPPER_ALNUM, 4)}_${fakeUuid()}`),
  keyedRule("customerio-api-key", "Customer.io tracking or app API key", ["customerio", "customer_io"], "[a-f0-9]{20,32}", hex6(32)),
  keyedRule("onesignal-rest-api-key", "OneSignal REST API key", ["onesignal"], "os_v2_app_[a-z2-7]{100,120}|[A-Za-z0-9]{48}", alnum7(48), {
    kind: "key|secret",
    setting: "ONESIGNAL_REST_API_KEY"
  }),
  {
    id: "secret/zapier-webhook-url",
    description: "Zapier catch-hook webhook URL",
    keywords: ["hooks.zapier.com/hooks/catch/"],
    pattern: /https:\/\/hooks\.zapier\.com\/hooks\/catch\/(?<secret>[0-9]{5,10}\/[a-z0-9]{6,8})(?![A-Za-z0-9])/,
    minEntropy: 2.5,
    severity: "medium",
    confidence: 0.9,
    examples: {
      positive: () => [
        `https://hooks.zapier.com/hooks/catch/${fakeToken(DIGITS, 7)}/${fakeToken(`${LOWER}0123456789`, 7)}/`
      ],
      negative: () => ["https://hooks.zapier.com/hooks/catch/", "https://hooks.zapier.com/hooks/catch/123/abc"]
    }
  },
  {
    id: "secret/ifttt-webhook-key",
    description: "IFTTT Maker webhook key",
    keywords: ["maker.ifttt.com"],
    pattern: /maker\.ifttt\.com\/(?:trigger\/[A-Za-z0-9_-]{1,100}\/(?:json\/)?with\/)?key\/(?<secret>[A-Za-z0-9_-]{22,43})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: "high",
    confidence: 0.9,
    examples: {
      positive: () => [`https://maker.ifttt.com/trigger/door_open/with/key/${fakeToken(BASE64URL, 22)}`],
      negative: () => ["https://maker.ifttt.com/trigger/door_open/with/key/{key}", "https://maker.ifttt.com/use/"]
    }
  },
  {
    id: "secret/google-chat-webhook-token",
    description: "Google Chat incoming webhook token",
    keywords: ["chat.googleapis.com"],
    pattern: /chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{6,20}\/messages\?[^\s"'`<>]{0,200}?token=(?<secret>[A-Za-z0-9_-]{40,50}(?:%3D|=)?)/,
    minEntropy: 3.5,
    severity: "high",
    confidence: 0.9,
    examples: {
      positive: () => [
        `https://chat.googleapis.com/v1/spaces/${fakeToken(ALNUM, 11)}/messages?token=${fakeToken(BASE64URL, 43)}%3D`
      ],
      negative: () => [`https://chat.googleapis.com/v1/spaces/${fakeToken(ALNUM, 11)}/messages?token=TOKEN`]
    }
  },
  prefixedRule("slack-client-token", "Slack browser client token", "xoxc-", "[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{64}", () => `${fakeToken(DIGITS, 12)}-${fakeToken(DIGITS, 12)}-${fakeToken(DIGITS, 13)}-${fakeToken(HEX, 64)}`)
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

// dist/src/analyzers/secrets/rules/home-and-server-files.js
var fakePassword7 = () => `${fakeToken(ALNUM, 12)}5m`;
var home_and_server_files_default = [
  fileSettingRule({
    id: "wgetrc-password",
    description: "wget configuration password (.wgetrc)",
    paths: /(?:^|\/)\.?wgetrc$/,
    keywords: ["password"],
    lead: "^[ \\t]{0,8}(?:password|ftp_password|http_password|proxy_password)[ \\t]{0,4}=[ \\t]{0,4}",
    positive: () => [`user = ops
password = ${fakePassword7()}
`],
    negative: ["ask_password = on\n", "use_askpass = /usr/bin/ssh-askpass\n"]
  }),
  fileSettingRule({
    id: "curlrc-user-password",
    description: "curl configuration user:password (.curlrc)",
    paths: /(?:^|\/)[._]?curlrc$/,
    keywords: ["user"],
    lead: `^[ \\t]{0,8}(?:-u|--user|user|proxy-user)[ \\t]{0,4}[= \\t][ \\t]{0,4}["']?[^\\s:"']{1,64}:`,
    positive: () => [`user = "deploy:${fakePassword7()}"
`],
    negative: ['user-agent = "ops-script/1.0"\n', 'user = "deploy"\n']
  }),
  fileSettingRule({
    id: "smb-credentials-password",
    description: "SMB/CIFS mount credentials file password",
    paths: /(?:^|\/)\.?(?:smb|cifs)[._-]?cred(?:ential)?s?$|(?:^|\/)\.smbcredentials$/,
    keywords: ["password"],
    lead: "^[ \\t]{0,8}password[ \\t]{0,4}=[ \\t]{0,4}",
    positive: () => [`username=backup
password=${fakePassword7()}
domain=CORP
`],
    negative: ["username=backup\ndomain=CORP\n"]
  }),
  {
    id: "secret/s3fs-passwd",
    description: "s3fs credentials file (ACCESS_KEY:SECRET_KEY)",
    keywords: [":"],
    paths: /(?:^|\/)\.?passwd-s3fs$/,
    pattern: /^(?:[^:\s]{1,64}:)?[A-Z0-9]{16,32}:(?<secret>[A-Za-z0-9/+]{30,64})$/m,
    minEntropy: 4,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [`AKIA${fakeToken("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}:${fakeToken(BASE64, 40)}`],
      negative: () => ["ACCESS_KEY_ID:SECRET_ACCESS_KEY", `AKIA${"X".repeat(16)}:${"x".repeat(40)}`]
    }
  },
  fileSettingRule({
    id: "boto-config-secret",
    description: "boto / gsutil configuration secret (.boto)",
    paths: /(?:^|\/)\.boto$|(?:^|\/)boto\.cfg$/,
    keywords: ["secret_access_key"],
    lead: "^[ \\t]{0,8}(?:aws|gs)_secret_access_key[ \\t]{0,4}=[ \\t]{0,4}",
    value: "[A-Za-z0-9/+=_-]{20,128}",
    validate: () => true,
    positive: () => [
      `[Credentials]
aws_access_key_id = AKIA${fakeToken("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}
aws_secret_access_key = ${fakeToken(BASE64, 40)}
`
    ],
    negative: ["[Credentials]\n# aws_secret_access_key = <your key>\n"]
  }),
  {
    id: "secret/svn-cached-password",
    description: "Subversion cached password (auth/svn.simple)",
    keywords: ["password"],
    paths: /(?:^|\/)svn\.simple\/[0-9a-f]{32}$/,
    pattern: /^password\r?\nV [0-9]{1,4}\r?\n(?<secret>[^\r\n]{4,256})$/m,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `K 8
passtype
V 6
simple
K 8
password
V 14
${fakePassword7()}
K 8
username
V 6
deploy
END
`
      ],
      negative: () => ["K 8\npasstype\nV 8\nkeychain\nK 8\nusername\nV 6\ndeploy\nEND\n"]
    }
  },
  {
    id: "secret/vault-token-file",
    description: "HashiCorp Vault token file (~/.vault-token), legacy s. format included",
    keywords: ["s.", "hvs."],
    paths: /(?:^|\/)\.vault-token$/,
    pattern: /^(?<secret>(?:s|hvs|hvb|b)\.[A-Za-z0-9_-]{24,200})[ \t]{0,4}$/m,
    minEntropy: 3.5,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [`s.${fakeToken(ALNUM, 24)}
`],
      negative: () => ["root\n", "s.short\n"]
    }
  },
  fileSettingRule({
    id: "tomcat-users-password",
    description: "Tomcat manager user password (tomcat-users.xml)",
    paths: /(?:^|\/)tomcat-users\.xml$/,
    keywords: ["password="],
    lead: '<user[ \\t]{1,4}[^>\\n]{0,200}?\\bpassword="',
    value: '[^"\\n]{4,256}',
    flags: "",
    positive: () => [
      `<tomcat-users>
  <user username="deploy" password="${fakePassword7()}" roles="manager-script"/>
</tomcat-users>`
    ],
    negative: [
      '<!-- <user username="admin" password="<must-be-changed>" roles="manager-gui"/> -->',
      '<user username="tomcat" password="tomcat" roles="tomcat"/>'
    ]
  }),
  {
    id: "secret/aspnet-machine-key",
    description: "ASP.NET machineKey validation or decryption key (web.config)",
    keywords: ["machinekey"],
    pattern: /<machineKey\b[^>\n]{0,300}?\b(?:validationKey|decryptionKey)="(?<secret>[A-Fa-f0-9]{32,256})"/,
    minEntropy: 3,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [
        `<system.web>
  <machineKey validationKey="${fakeToken(HEX, 128).toUpperCase()}" validation="HMACSHA256" />
</system.web>`
      ],
      negative: () => [
        '<machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" />'
      ]
    }
  },
  {
    id: "secret/terraform-state-secret",
    description: "Secret attribute recorded in Terraform state (.tfstate)",
    keywords: ['password"', 'secret"', 'token"', 'private_key"', 'secret_key"', 'access_key"'],
    paths: /(?:^|\/)[^/]{0,100}\.tfstate(?:\.backup)?$/,
    pattern: /"(?:password|master_password|admin_password|administrator_login_password|secret|client_secret|token|private_key|private_key_pem|secret_key|access_key|secret_access_key|primary_access_key|connection_string)"[ \t]{0,3}:[ \t]{0,3}"(?<secret>[^"\\\n]{8,4096})"/,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `{
  "resources": [{ "type": "aws_db_instance", "instances": [{ "attributes": {
    "username": "app",
    "password": "${fakePassword7()}",
    "port": 5432
  } }] }]
}`
      ],
      negative: () => [
        '{ "attributes": { "password": null, "username": "app" } }',
        '{ "attributes": { "password": "" } }'
      ]
    }
  },
  {
    id: "secret/ansible-inventory-password",
    description: "Ansible inventory or vars connection password (ansible_password, ansible_become_pass\u2026)",
    keywords: ["ansible_"],
    pattern: /\bansible_(?:ssh_|become_|sudo_|winrm_)?pass(?:word)?[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[^\s'"{}$]{4,128})/,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.85,
    examples: {
      positive: () => [
        `[web]
web1.corp.internal ansible_user=deploy ansible_password=${fakePassword7()}`,
        `ansible_become_pass: "${fakePassword7()}"`
      ],
      negative: () => ['ansible_become_pass: "{{ vault_become_pass }}"', "ansible_password=$ANSIBLE_PASSWORD"]
    }
  },
  {
    id: "secret/php-define-database-password",
    description: "PHP define() of a database or mail password (define('DB_PASSWORD', '\u2026'))",
    keywords: ["_password", "_pass"],
    pattern: /\bdefine\([ \t]{0,3}['"](?:DB_PASSWORD|DB_PASS|DATABASE_PASSWORD|DB_PASSWD|MYSQL_PASSWORD|SMTP_PASSWORD|SMTP_PASS|MAIL_PASSWORD)['"][ \t]{0,3},[ \t]{0,3}['"](?<secret>[^'"\n]{4,256})['"]/i,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [`define('DB_HOSTNAME', 'db.corp.internal');
define('DB_PASSWORD', '${fakePassword7()}');`],
      negative: () => ["define('DB_PASSWORD', getenv('DB_PASSWORD'));", "define('DB_PASSWORD', '');"]
    }
  },
  {
    id: "secret/php-cms-config-password",
    description: "CMS database password or secret (MediaWiki LocalSettings.php, Moodle and phpBB config.php)",
    keywords: ["$wgdbpassword", "$wgsecretkey", "$wgupgradekey", "dbpass", "$dbpasswd"],
    pattern: /(?:\$wgDBpassword|\$wgSecretKey|\$wgUpgradeKey|\$CFG->dbpass|\$dbpasswd)[ \t]{0,4}=[ \t]{0,4}['"](?<secret>[^'"\n]{4,256})['"]/,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [
        `$wgDBserver = "db.corp.internal";
$wgDBpassword = "${fakePassword7()}";`,
        `$CFG->dbpass    = '${fakePassword7()}';`
      ],
      negative: () => ['$wgDBpassword = getenv( "WIKI_DB_PASSWORD" );', "$CFG->dbpass = '';"]
    }
  },
  fileSettingRule({
    id: "grafana-ini-secret",
    description: "Grafana server admin password or secret key (grafana.ini)",
    paths: /(?:^|\/)(?:grafana|custom|defaults)\.ini$/,
    keywords: ["admin_password", "secret_key", "password"],
    lead: "^[ \\t]{0,8}(?:admin_password|secret_key|password)[ \\t]{0,4}=[ \\t]{0,4}",
    positive: () => [`[security]
admin_user = admin
admin_password = ${fakePassword7()}
`],
    negative: ["[security]\nadmin_password = admin\n", "[database]\npassword =\n"]
  }),
  {
    id: "secret/mongo-shell-auth-password",
    description: "MongoDB shell db.auth() with a literal password (.mongorc.js, scripts)",
    keywords: [".auth("],
    pattern: /\.auth\([ \t]{0,3}['"][^'"\n]{1,64}['"][ \t]{0,3},[ \t]{0,3}['"](?<secret>[^'"\n]{6,128})['"]/,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.85,
    examples: {
      positive: () => [`db = db.getSiblingDB('admin');
db.auth('ops', '${fakePassword7()}');`],
      negative: () => ["db.auth('ops', passwordPrompt());", "db.auth('admin', 'password');"]
    }
  },
  fileSettingRule({
    id: "irc-client-password",
    description: "IRC client server or SASL password (irssi, WeeChat, HexChat)",
    paths: /(?:^|\/)\.irssi\/config$|(?:^|\/)irc\.conf$|(?:^|\/)servlist\.conf$/,
    keywords: ["password", "p="],
    // irssi keeps a server's settings on one line: { address = …; password = "…"; }
    lead: "(?:(?<![\\w.])(?:[\\w.]{1,60}\\.)?(?:sasl_)?password[ \\t]{0,4}=[ \\t]{0,4}|^P=)",
    positive: () => [
      `servers = (
  { address = "irc.libera.chat"; chatnet = "libera"; port = "6697"; password = "${fakePassword7()}"; }
);`
    ],
    negative: ['servers = ( { address = "irc.libera.chat"; port = "6697"; } );']
  }),
  {
    id: "secret/kubernetes-secret-data",
    description: "Kubernetes Secret manifest with base64 data holding a password or key",
    keywords: ["kind: secret", 'kind: "secret"', "kind: 'secret'"],
    // a data line within 600 characters of kind: Secret, before or after it (YAML keeps no order)
    pattern: /(?:(?<=\bkind:[ \t]{0,3}["']?Secret\b[\s\S]{0,600})|(?=[\s\S]{0,600}?\bkind:[ \t]{0,3}["']?Secret\b))^[ \t]{2,8}[A-Za-z0-9_.-]{1,60}:[ \t]{1,4}["']?(?<secret>[A-Za-z0-9+/]{12,4096}={0,2})["']?[ \t]*$/m,
    validate: (secret) => {
      const decoded = Buffer.from(secret, "base64").toString("utf8");
      return !/[^\x20-\x7e\n\r\t]/.test(decoded) && isChosenPassword(decoded.trim());
    },
    severity: "critical",
    confidence: 0.85,
    examples: {
      positive: () => [
        `apiVersion: v1
kind: Secret
metadata:
  name: db-credentials
type: Opaque
data:
  username: ${Buffer.from("orders").toString("base64")}
  password: ${Buffer.from(fakePassword7()).toString("base64")}
`
      ],
      negative: () => [
        `apiVersion: v1
kind: ConfigMap
data:
  password: ${Buffer.from(fakePassword7()).toString("base64")}
`,
        `apiVersion: v1
kind: Secret
data:
  password: ${Buffer.from("password").toString("base64")}
`
      ]
    }
  }
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

// dist/src/analyzers/secrets/rules/mail-and-voice-configs.js
var fakePassword8 = () => `${fakeToken(ALNUM, 12)}9q`;
var mail_and_voice_configs_default = [
  fileSettingRule({
    id: "msmtp-password",
    description: "msmtp account password (.msmtprc)",
    paths: /(?:^|\/)\.?msmtprc$|(?:^|\/)msmtp\.conf$/,
    keywords: ["password"],
    lead: "^[ \\t]{0,8}password[ \\t]{1,8}",
    flags: "m",
    positive: () => [
      `account work
host smtp.corp.internal
port 587
auth on
user ops@corp.internal
password ${fakePassword8()}
`
    ],
    negative: ['account work\nhost smtp.corp.internal\npasswordeval "pass show mail/work"\n']
  }),
  fileSettingRule({
    id: "fetchmail-password",
    description: "fetchmail account password (.fetchmailrc)",
    paths: /(?:^|\/)\.?fetchmailrc$/,
    keywords: ["pass"],
    lead: "\\b(?:password|pass)[ \\t]{1,8}",
    value: `[^\\s'"]{4,256}`,
    positive: () => [
      `poll mail.corp.internal protocol imap user "ops" password "${fakePassword8()}" ssl`,
      `poll pop.corp.internal
  user backup
  pass ${fakePassword8()}
`
    ],
    negative: ['poll mail.corp.internal protocol imap user "ops" ssl', "set passwordfile ~/.netrc"]
  }),
  fileSettingRule({
    id: "postfix-sasl-password",
    description: "Postfix SASL relay credentials (sasl_passwd)",
    paths: /(?:^|\/)sasl_passwd$/,
    keywords: [":"],
    lead: "^[^\\s#]{1,255}[ \\t]{1,16}[^:\\s]{1,128}:",
    value: "[^\\s]{4,256}",
    flags: "m",
    positive: () => [`[smtp.mail.corp.internal]:587 relay@corp.internal:${fakePassword8()}`],
    negative: ["# [smtp.example.com]:587 user:password", "[smtp.mail.corp.internal]:587 relay@corp.internal:"]
  }),
  fileSettingRule({
    id: "mutt-password",
    description: "mutt / neomutt account password (smtp_pass, imap_pass, pop_pass)",
    paths: /(?:^|\/)(?:\.?muttrc|\.?neomuttrc)(?:\.[a-z0-9_-]{1,20})?$|(?:^|\/)\.mutt\/[^/]{1,60}$/,
    keywords: ["_pass"],
    lead: "^[ \\t]{0,8}set[ \\t]{1,4}(?:smtp_pass|imap_pass|pop_pass)[ \\t]{0,4}=[ \\t]{0,4}",
    positive: () => [`set imap_user = "ops@corp.internal"
set imap_pass = "${fakePassword8()}"
`],
    negative: ['set imap_pass = "`pass show mail`"', "set smtp_pass = $MAIL_PASSWORD"]
  }),
  fileSettingRule({
    id: "offlineimap-password",
    description: "offlineimap / getmail remote password",
    paths: /(?:^|\/)\.?offlineimaprc$|(?:^|\/)\.getmail\/[^/]{1,60}$|(?:^|\/)getmailrc$/,
    keywords: ["pass"],
    lead: "^[ \\t]{0,8}(?:remotepass|password)[ \\t]{0,4}=[ \\t]{0,4}",
    positive: () => [
      `[Repository Remote]
type = IMAP
remotehost = imap.corp.internal
remoteuser = ops
remotepass = ${fakePassword8()}
`
    ],
    negative: ["[Repository Remote]\nremotepasseval = get_pass()\n"]
  }),
  fileSettingRule({
    id: "mbsync-password",
    description: "mbsync (isync) account password",
    paths: /(?:^|\/)\.?mbsyncrc$|(?:^|\/)\.?isyncrc$/,
    keywords: ["pass"],
    lead: "^[ \\t]{0,8}(?:Pass|Password)[ \\t]{1,8}",
    positive: () => [`IMAPAccount work
Host imap.corp.internal
User ops
Pass ${fakePassword8()}
`],
    negative: ['IMAPAccount work\nPassCmd "pass show mail"\n']
  }),
  fileSettingRule({
    id: "ssmtp-password",
    description: "sSMTP relay password (ssmtp.conf AuthPass)",
    paths: /(?:^|\/)ssmtp\.conf$/,
    keywords: ["authpass"],
    lead: "^[ \\t]{0,8}AuthPass[ \\t]{0,4}=[ \\t]{0,4}",
    positive: () => [`mailhub=smtp.corp.internal:587
AuthUser=relay
AuthPass=${fakePassword8()}
`],
    negative: ["mailhub=smtp.corp.internal:587\nAuthPass=\n"]
  }),
  {
    id: "secret/dovecot-plain-password",
    description: "Clear-text password in a Dovecot / mail passwd-file ({PLAIN}, {CLEAR})",
    keywords: ["{plain}", "{clear}", "{cleartext}"],
    pattern: /\{(?:PLAIN|CLEAR|CLEARTEXT)\}(?<secret>[^:\s]{4,256})/,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [`ops@corp.internal:{PLAIN}${fakePassword8()}:5000:5000::/var/mail/ops`],
      negative: () => ["ops@corp.internal:{PLAIN}:5000:5000", "default_pass_scheme = {PLAIN}"]
    }
  },
  {
    id: "secret/teamspeak-serverquery-password",
    description: "TeamSpeak ServerQuery admin login",
    keywords: ["serveradmin"],
    pattern: /\blogin[ \t]{1,4}(?:client_login_name=)?serveradmin[ \t]{1,4}(?:client_login_password=)?(?<secret>[^\s'"]{6,128})/,
    validate: isChosenPassword,
    severity: "critical",
    confidence: 0.9,
    examples: {
      positive: () => [`printf 'login serveradmin ${fakePassword8()}\\nuse 1\\n' | nc ts.corp.internal 10011`],
      negative: () => ["login serveradmin <password>", "login serveradmin $TS3_QUERY_PASSWORD"]
    }
  },
  fileSettingRule({
    id: "voice-server-config-password",
    description: "Voice server password (Mumble murmur.ini, TeamSpeak ts3server.ini, Ventrilo, Asterisk sip/pjsip/iax)",
    paths: /(?:^|\/)(?:murmur|mumble-server|ts3server|ts3db_[a-z]{1,12}|ventrilo_srv|sip|pjsip|iax|manager|voicemail|users)\.(?:ini|conf)$/i,
    keywords: ["password", "secret"],
    lead: "^[ \\t]{0,8}(?:serverpassword|registerpassword|dbpassword|icesecretwrite|icesecretread|adminpassword|password|secret)[ \\t]{0,4}=[ \\t]{0,4}",
    positive: () => [
      `; murmur.ini
welcometext="Welcome"
port=64738
serverpassword=${fakePassword8()}
`,
      `[6001]
type=friend
host=dynamic
secret=${fakePassword8()}
context=internal
`
    ],
    negative: ["serverpassword=\nregisterpassword=\n", "[6001]\ntype=friend\nsecret=1234\n"]
  }),
  fileSettingRule({
    id: "freeswitch-directory-password",
    description: 'FreeSWITCH directory user password (<param name="password">)',
    paths: /(?:^|\/)(?:directory|sip_profiles)\/[^\n]{1,200}\.xml$|(?:^|\/)vars\.xml$/,
    keywords: ["password"],
    lead: '<(?:param|X-PRE-PROCESS)[ \\t]{1,4}(?:name="(?:password|vm-password)"[ \\t]{1,4}value="|cmd="set"[ \\t]{1,4}data="default_password=)',
    value: '[^"\\s]{4,256}',
    flags: "",
    positive: () => [
      `<user id="1001">
  <params>
    <param name="password" value="${fakePassword8()}"/>
  </params>
</user>`
    ],
    negative: ['<param name="password" value="$${default_password}"/>', '<param name="password" value="1234"/>']
  })
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

// dist/src/analyzers/secrets/rules/monitoring.js
var hex7 = (length) => fakeOf(HEX, length);
var alnum8 = (length) => fakeOf(ALNUM, length);
var monitoring_default = [
  prefixedRule("coralogix-api-key", "Coralogix send-your-data or API key", "cxtp_", "[A-Za-z0-9]{30}", alnum8(30)),
  prefixedRule("posthog-personal-api-key", "PostHog personal API key", "phx_", "[A-Za-z0-9_]{43,47}", alnum8(43)),
  prefixedRule("honeybadger-personal-token", "Honeybadger personal auth token", "hbp_", "[A-Za-z0-9]{36}", alnum8(36)),
  keyedRule("logzio-token", "Logz.io shipping or API token", ["logzio", "logz_io", "logz.io"], "[A-Za-z]{32}|" + UUID, fakeOf(LETTERS, 32), {
    setting: "LOGZIO_TOKEN"
  }),
  keyedRule("loggly-token", "Loggly customer token", ["loggly"], UUID, fakeUuid, { setting: "LOGGLY_TOKEN" }),
  keyedRule("papertrail-api-token", "Papertrail API token", ["papertrail"], "[A-Za-z0-9]{20}", alnum8(20), {
    setting: "PAPERTRAIL_API_TOKEN"
  }),
  keyedRule("sumologic-access-key", "Sumo Logic access key", ["sumo"], "[A-Za-z0-9]{64}", alnum8(64), {
    whole: true,
    kind: "key|secret",
    setting: "SUMO_ACCESS_KEY"
  }),
  keyedRule("opsgenie-api-key", "Opsgenie API key", ["opsgenie"], UUID, fakeUuid),
  keyedRule("betterstack-token", "Better Stack (Logtail) source or API token", ["betterstack", "better_stack", "logtail"], "[A-Za-z0-9]{24}", alnum8(24), {
    setting: "BETTERSTACK_TOKEN"
  }),
  keyedRule("airbrake-api-key", "Airbrake project or user key", ["airbrake"], "[a-f0-9]{32}|[A-Za-z0-9]{40}", hex7(32)),
  keyedRule("uptimerobot-api-key", "UptimeRobot API key", ["uptimerobot"], "[umr][0-9]{6,8}-[a-f0-9]{24}", () => `u${fakeToken(DIGITS, 7)}-${fakeToken(HEX, 24)}`),
  keyedRule("mixpanel-api-secret", "Mixpanel API secret", ["mixpanel"], "[a-f0-9]{32}", hex7(32), {
    kind: "secret",
    setting: "MIXPANEL_API_SECRET"
  }),
  keyedRule("amplitude-secret-key", "Amplitude secret key", ["amplitude"], "[a-f0-9]{32}", hex7(32), {
    kind: "secret",
    setting: "AMPLITUDE_SECRET_KEY"
  }),
  keyedRule("statsig-server-secret", "Statsig server secret key", ["statsig"], "secret-[A-Za-z0-9]{43}", () => `secret-${fakeToken(ALNUM, 43)}`, {
    setting: "STATSIG_SERVER_SECRET"
  }),
  keyedRule("statuspage-api-key", "Atlassian Statuspage API key", ["statuspage"], UUID, fakeUuid),
  keyedRule("appoptics-api-token", "AppOptics API token", ["appoptics"], "[A-Za-z0-9_-]{64,71}", fakeOf(BASE64URL, 64), {
    setting: "APPOPTICS_TOKEN"
  }),
  keyedRule("cronitor-api-key", "Cronitor API key", ["cronitor"], "[a-f0-9]{32}", hex7(32)),
  keyedRule("raygun-api-key", "Raygun API key", ["raygun"], "[A-Za-z0-9]{22}", alnum8(22)),
  keyedRule("instana-api-token", "Instana API token", ["instana"], "[A-Za-z0-9_-]{22}", fakeOf(BASE64URL, 22), {
    setting: "INSTANA_API_TOKEN"
  }),
  keyedRule("lightstep-access-token", "Lightstep / ServiceNow Cloud Observability access token", ["lightstep"], "[A-Za-z0-9+/]{84}", fakeOf(`${ALNUM}+/`, 84), {
    setting: "LIGHTSTEP_ACCESS_TOKEN"
  }),
  keyedRule("checkly-api-key", "Checkly API key", ["checkly"], "cu_[a-f0-9]{32}|[a-f0-9]{32}", () => `cu_${fakeToken(HEX, 32)}`),
  keyedRule("split-io-api-key", "Split.io server-side API key", ["split.io", "splitio", "split_io"], "[a-z0-9]{36}", fakeOf("abcdefghijklmnopqrstuvwxyz0123456789", 36)),
  keyedRule("flagsmith-server-key", "Flagsmith server-side environment key", ["flagsmith"], "ser\\.[A-Za-z0-9]{22}", () => `ser.${fakeToken(ALNUM, 22)}`),
  keyedRule("optimizely-api-token", "Optimizely personal API token", ["optimizely"], "[0-9]:[A-Za-z0-9_-]{40,60}", () => `2:${fakeToken(BASE64URL, 45)}`, {
    setting: "OPTIMIZELY_API_TOKEN"
  }),
  keyedRule("heap-api-key", "Heap API key", ["heap"], UUID, fakeUuid, { whole: true, kind: "key|secret" }),
  keyedRule("fullstory-api-key", "FullStory API key", ["fullstory"], "na1\\.[A-Za-z0-9+/]{100}|[A-Za-z0-9+/]{40,100}={0,2}", () => `na1.${fakeToken(ALNUM, 1)}${fakeToken(`${ALNUM}+/`, 99)}`),
  keyedRule("bugsnag-session-key", "Bugsnag data access token", ["bugsnag"], "[a-f0-9]{40}", hex7(40), {
    kind: "token|auth",
    setting: "BUGSNAG_AUTH_TOKEN"
  }),
  keyedRule("smartlook-api-key", "Smartlook API key", ["smartlook"], UUID, fakeUuid),
  keyedRule("gitguardian-api-key", "GitGuardian API key", ["gitguardian"], "[A-Za-z0-9]{69,71}", alnum8(71)),
  keyedRule("scout-apm-key", "Scout APM agent key", ["scout"], "[A-Za-z0-9]{20}", alnum8(20), {
    whole: true,
    kind: "key",
    setting: "SCOUT_KEY"
  }),
  keyedRule("logdna-ingestion-key", "Mezmo (LogDNA) ingestion key", ["logdna", "mezmo"], "[a-f0-9]{32}", hex7(32)),
  keyedRule("elastic-apm-secret-token", "Elastic APM secret token", ["elastic_apm", "elastic-apm"], "[A-Za-z0-9]{20,40}", alnum8(24), {
    kind: "token",
    setting: "ELASTIC_APM_SECRET_TOKEN"
  }),
  keyedRule("sentry-auth-token-legacy", "Sentry legacy auth token (64 hex)", ["sentry"], "[a-f0-9]{64}", hex7(64), {
    kind: "token",
    setting: "SENTRY_AUTH_TOKEN"
  })
];

// dist/src/analyzers/secrets/rules/observability.js
var hex8 = (length) => () => fakeToken(HEX, length);
var observability_default = [
  namedRule({
    id: "datadog-api-key",
    description: "Datadog API key next to the provider name",
    keywords: ["datadog", "dd_api_key"],
    context: "datadog|\\bdd_api_key",
    secret: "[a-f0-9]{32}",
    fake: hex8(32),
    setting: "DATADOG_API_KEY"
  }),
  namedRule({
    id: "datadog-app-key",
    description: "Datadog application key next to the provider name",
    keywords: ["datadog", "dd_app_key"],
    context: "datadog|\\bdd_app_key",
    secret: "[a-f0-9]{40}",
    fake: hex8(40),
    setting: "DATADOG_APP_KEY"
  }),
  prefixedRule("new-relic-user-api-key", "New Relic user API key", "NRAK-", "[A-Z0-9]{27}", () => fakeToken(UPPER_ALNUM, 27)),
  prefixedRule("new-relic-insert-key", "New Relic insights insert key", "NRII-", "[A-Za-z0-9_-]{32}", () => fakeToken(ALNUM, 32)),
  prefixedRule("new-relic-browser-api-key", "New Relic browser API token", "NRJS-", "[a-f0-9]{19}", hex8(19), "medium"),
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
  prefixedRule("sentry-user-token", "Sentry user auth token", "sntryu_", "[a-f0-9]{64}", hex8(64)),
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
    extraNegatives: () => ['"PagerDutyIntegration": "EnableWebhookUpdates"']
  }),
  namedRule({
    id: "rollbar-access-token",
    description: "Rollbar access token next to the provider name",
    keywords: ["rollbar"],
    context: "rollbar",
    secret: "[a-f0-9]{32}",
    fake: hex8(32),
    setting: "ROLLBAR_ACCESS_TOKEN"
  }),
  namedRule({
    id: "bugsnag-api-key",
    description: "Bugsnag API key next to the provider name",
    keywords: ["bugsnag"],
    context: "bugsnag",
    secret: "[a-f0-9]{32}",
    fake: hex8(32),
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
  },
  {
    id: "secret/wireguard-private-key",
    description: "WireGuard private or preshared key (wg-quick interface config)",
    keywords: ["privatekey", "presharedkey"],
    pattern: /^[ \t]{0,8}(?:PrivateKey|PresharedKey)[ \t]{0,4}=[ \t]{0,4}(?<secret>[A-Za-z0-9+/]{43}=)/m,
    minEntropy: 4,
    severity: "critical",
    confidence: 0.95,
    examples: {
      positive: () => [
        `[Interface]
Address = 10.8.0.2/32
PrivateKey = ${Buffer.from(fakeToken(HEX, 64), "hex").toString("base64")}
DNS = 10.8.0.1
`,
        `[Peer]
PublicKey = ${Buffer.from(fakeToken(HEX, 64), "hex").toString("base64")}
PresharedKey = ${Buffer.from(fakeToken(HEX, 64), "hex").toString("base64")}
`
      ],
      negative: () => [
        "[Interface]\nPrivateKey = <private key>\n",
        `PublicKey = ${Buffer.from(fakeToken(HEX, 64), "hex").toString("base64")}`
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
var hex9 = (length) => () => fakeToken(HEX, length);
var alnum9 = (length) => () => fakeToken(ALNUM, length);
var urlSafe3 = (length) => () => fakeToken(BASE64URL, length);
var saas_default = [
  prefixedRule("shopify-access-token", "Shopify Admin API access token", "shpat_", "[a-fA-F0-9]{32}", hex9(32), "critical"),
  prefixedRule("shopify-custom-app-token", "Shopify custom app access token", "shpca_", "[a-fA-F0-9]{32}", hex9(32), "critical"),
  prefixedRule("shopify-private-app-token", "Shopify private app access token", "shppa_", "[a-fA-F0-9]{32}", hex9(32), "critical"),
  prefixedRule("shopify-shared-secret", "Shopify app shared secret", "shpss_", "[a-fA-F0-9]{32}", hex9(32)),
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
  prefixedRule("linear-api-key", "Linear personal API key", "lin_api_", "[A-Za-z0-9_]{32,128}", alnum9(40)),
  prefixedRule("linear-oauth-token", "Linear OAuth access token", "lin_oauth_", "[a-f0-9]{64}", hex9(64)),
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
  prefixedRule(
    "doppler-token",
    "Doppler personal, service, CLI or SCIM token",
    "dp.",
    // a service token may name its environment: dp.st.dev.…
    "(?:pt|st|sa|ct|scim|audit)\\.(?:[a-z0-9_-]{1,30}\\.)?[A-Za-z0-9]{40,44}",
    () => `st.${fakeToken(ALNUM, 43)}`,
    "critical"
  ),
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
  prefixedRule("pulumi-access-token", "Pulumi access token", "pul-", "[a-f0-9]{40}", hex9(40)),
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
  prefixedRule("twitter-bearer-token", "X (Twitter) app bearer token", "AAAAAAAAAAAAAAAAAAAAA", "[A-Za-z0-9%]{80,120}", alnum9(90)),
  prefixedRule("facebook-access-token", "Facebook / Meta Graph API access token", "EAA", "(?!A)[A-Za-z0-9]{100,400}", alnum9(180)),
  prefixedRule("clickup-api-token", "ClickUp personal API token", "pk_", "[0-9]{6,9}_[A-Z0-9]{32}", () => `${fakeToken(DIGITS, 8)}_${fakeToken(UPPER_ALNUM, 32)}`),
  prefixedRule("prefect-api-key", "Prefect Cloud API key", "pnu_", "[A-Za-z0-9]{36}", alnum9(36)),
  prefixedRule("readme-api-key", "ReadMe API key", "rdme_", "[a-z0-9]{70}", () => fakeToken("abcdefghijklmnopqrstuvwxyz0123456789", 70)),
  prefixedRule("sourcegraph-token", "Sourcegraph access token", "sgp_", "(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}", hex9(40)),
  prefixedRule("infracost-api-key", "Infracost API key", "ico-", "[A-Za-z0-9]{32}", alnum9(32)),
  prefixedRule("frameio-token", "Frame.io API token", "fio-u-", "[A-Za-z0-9_=-]{64}", urlSafe3(64)),
  prefixedRule("scalingo-api-token", "Scalingo API token", "tk-us-", "[A-Za-z0-9_-]{48}", urlSafe3(48)),
  namedRule({
    id: "algolia-admin-key",
    description: "Algolia admin API key next to the provider name",
    keywords: ["algolia"],
    context: "algolia[^\\n]{0,30}?admin",
    secret: "[a-f0-9]{32}",
    fake: hex9(32),
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

// dist/src/analyzers/secrets/rules/social-media.js
var hex10 = (length) => fakeOf(HEX, length);
var alnum10 = (length) => fakeOf(ALNUM, length);
var social_media_default = [
  keyedRule("twitter-api-key", "X (Twitter) API key (consumer key)", ["twitter"], "[A-Za-z0-9]{25}", alnum10(25)),
  keyedRule("twitter-api-secret", "X (Twitter) API secret (consumer secret)", ["twitter"], "[A-Za-z0-9]{50}", alnum10(50), {
    setting: "TWITTER_API_SECRET"
  }),
  keyedRule("twitter-access-token", "X (Twitter) user access token", ["twitter"], "[0-9]{15,25}-[A-Za-z0-9]{20,40}", () => `${fakeToken(DIGITS, 19)}-${fakeToken(ALNUM, 40)}`, { setting: "TWITTER_ACCESS_TOKEN" }),
  keyedRule("twitter-access-secret", "X (Twitter) access token secret", ["twitter"], "[A-Za-z0-9]{45}", alnum10(45), {
    setting: "TWITTER_ACCESS_TOKEN_SECRET"
  }),
  keyedRule("facebook-app-secret", "Facebook / Meta app secret", ["facebook", "fb_app"], "[a-f0-9]{32}", hex10(32), {
    kind: "secret",
    setting: "FACEBOOK_APP_SECRET"
  }),
  prefixedRule("instagram-access-token", "Instagram user access token", "IGQV", "[A-Za-z0-9_-]{100,400}", () => fakeToken(BASE64URL, 180)),
  keyedRule("linkedin-client-secret", "LinkedIn OAuth client secret", ["linkedin", "linked_in"], "[A-Za-z0-9]{16}", alnum10(16), {
    kind: "secret",
    setting: "LINKEDIN_CLIENT_SECRET"
  }),
  keyedRule("twitch-client-secret", "Twitch client secret or access token", ["twitch"], "[a-z0-9]{30}", fakeOf("abcdefghijklmnopqrstuvwxyz0123456789", 30), {
    kind: "secret|token",
    setting: "TWITCH_CLIENT_SECRET"
  }),
  keyedRule("reddit-client-secret", "Reddit app client secret", ["reddit"], "[A-Za-z0-9_-]{27,30}", fakeOf(BASE64URL, 30), {
    kind: "secret",
    setting: "REDDIT_CLIENT_SECRET"
  }),
  keyedRule("spotify-client-secret", "Spotify app client secret", ["spotify"], "[a-f0-9]{32}", hex10(32), {
    kind: "secret",
    setting: "SPOTIFY_CLIENT_SECRET"
  }),
  keyedRule("vimeo-access-token", "Vimeo access token", ["vimeo"], "[a-f0-9]{32}", hex10(32), {
    kind: "token|secret",
    setting: "VIMEO_ACCESS_TOKEN"
  }),
  keyedRule("mastodon-access-token", "Mastodon access token", ["mastodon"], "[A-Za-z0-9_-]{43}", fakeOf(BASE64URL, 43), {
    kind: "token|secret",
    setting: "MASTODON_ACCESS_TOKEN"
  }),
  keyedRule("flickr-api-key", "Flickr API key", ["flickr"], "[a-f0-9]{32}", hex10(32)),
  keyedRule("imgur-client-secret", "Imgur client secret", ["imgur"], "[a-f0-9]{40}", hex10(40), {
    kind: "secret",
    setting: "IMGUR_CLIENT_SECRET"
  }),
  keyedRule("unsplash-access-key", "Unsplash access or secret key", ["unsplash"], "[A-Za-z0-9_-]{43}", fakeOf(BASE64URL, 43), {
    setting: "UNSPLASH_ACCESS_KEY"
  }),
  keyedRule("giphy-api-key", "GIPHY API key", ["giphy"], "[A-Za-z0-9]{32}", alnum10(32)),
  keyedRule("pexels-api-key", "Pexels API key", ["pexels"], "[A-Za-z0-9]{56}", alnum10(56)),
  keyedRule("yelp-api-key", "Yelp Fusion API key", ["yelp"], "[A-Za-z0-9_-]{128}", fakeOf(BASE64URL, 128)),
  prefixedRule("foursquare-api-key", "Foursquare Places API key", "fsq3", "[A-Za-z0-9+/]{44}", fakeOf(ALNUM, 44)),
  keyedRule("lastfm-api-secret", "Last.fm API key or shared secret", ["lastfm", "last_fm"], "[a-f0-9]{32}", hex10(32)),
  keyedRule("tmdb-api-key", "The Movie Database (TMDB) API key", ["tmdb"], "[a-f0-9]{32}", hex10(32)),
  keyedRule("nytimes-api-key", "New York Times API key", ["nytimes", "nyt_api"], "[A-Za-z0-9]{32}", alnum10(32)),
  keyedRule("newsapi-key", "NewsAPI key", ["newsapi", "news_api"], "[a-f0-9]{32}", hex10(32)),
  keyedRule("steam-web-api-key", "Steam Web API key", ["steam"], "[A-F0-9]{32}", fakeOf("0123456789ABCDEF", 32), {
    whole: true,
    kind: "key"
  }),
  prefixedRule("riot-games-api-key", "Riot Games API key", "RGAPI-", UUID, fakeUuid),
  keyedRule("dropbox-long-lived-token", "Dropbox long-lived access token", ["dropbox"], "[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}", () => `${fakeToken(ALNUM, 11)}AAAAAAAAAA${fakeToken(BASE64URL, 43)}`),
  keyedRule("box-client-secret", "Box client secret or developer token", ["box"], "[A-Za-z0-9]{32}", alnum10(32), {
    whole: true,
    kind: "secret|token",
    setting: "BOX_CLIENT_SECRET"
  }),
  keyedRule("discord-client-secret", "Discord OAuth client secret", ["discord"], "[A-Za-z0-9_-]{32}", fakeOf(BASE64URL, 32), {
    kind: "secret",
    setting: "DISCORD_CLIENT_SECRET"
  }),
  keyedRule("slack-signing-secret", "Slack app signing or client secret", ["slack"], "[a-f0-9]{32}", hex10(32), {
    kind: "secret",
    setting: "SLACK_SIGNING_SECRET"
  }),
  keyedRule("zoom-client-secret", "Zoom app client secret", ["zoom"], "[A-Za-z0-9]{32}", alnum10(32), {
    whole: true,
    kind: "secret",
    setting: "ZOOM_CLIENT_SECRET"
  }),
  keyedRule("tomtom-api-key", "TomTom API key", ["tomtom"], "[A-Za-z0-9]{32}", alnum10(32)),
  keyedRule("bing-maps-key", "Bing Maps key", ["bing"], "[A-Za-z0-9_-]{64}", fakeOf(BASE64URL, 64), {
    whole: true,
    kind: "key",
    setting: "BING_MAPS_KEY"
  }),
  keyedRule("opencage-api-key", "OpenCage geocoder API key", ["opencage"], "[a-f0-9]{32}", hex10(32)),
  keyedRule("locationiq-api-key", "LocationIQ access token", ["locationiq"], "pk\\.[a-f0-9]{32}", () => `pk.${fakeToken(HEX, 32)}`),
  keyedRule("openweather-api-key", "OpenWeather API key", ["openweather", "owm_api"], "[a-f0-9]{32}", hex10(32)),
  keyedRule("eventbrite-token", "Eventbrite private token", ["eventbrite"], "[A-Z0-9]{20}", fakeOf(UPPER_ALNUM, 20)),
  keyedRule("ticketmaster-api-key", "Ticketmaster consumer key", ["ticketmaster"], "[A-Za-z0-9]{32}", alnum10(32)),
  keyedRule("facebook-app-access-token", "Facebook app access token (app id|app secret)", ["facebook", "fb_"], "[0-9]{15,16}(?:\\||%7C)[A-Za-z0-9_-]{27,40}", () => `${fakeToken(DIGITS, 15)}|${fakeToken(BASE64URL, 32)}`, { setting: "FACEBOOK_ACCESS_TOKEN" })
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
var base642 = (text) => Buffer.from(text).toString("base64");
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
        `Authorization: Basic ${base642(`deploy:${fakeToken(ALNUM, 20)}`)}`,
        `curl -H "Authorization: Basic ${base642(`ci-bot:${fakeToken(ALNUM, 16)}`)}" https://example.com`
      ],
      negative: () => [
        "Authorization: Basic <credentials>",
        "Authorization: Basic ${BASIC_AUTH}",
        `Authorization: Basic ${base642("just a long string without a colon")}`,
        `Authorization: Basic ${base642("username:")}`,
        `Authorization: Bearer ${fakeToken(ALNUM, 30)}`
      ]
    }
  },
  {
    id: "secret/curl-auth-header",
    description: "curl with a bearer token or API key header",
    keywords: ["curl"],
    // one command, backslash-newline continuations included
    pattern: /\bcurl\b(?:[^\n]|\\\n){0,400}?(?:-H|--header)[ \t]{0,4}=?[ \t]{0,4}["'](?:Authorization:[ \t]{0,4}(?:Bearer|Token|token|Bot)[ \t]{1,4}|(?:X-)?(?:[A-Za-z]{1,20}-)?(?:Api-?Key|API-Key|Token|Auth-Token|Access-Token|Private-Token)[ \t]{0,4}:[ \t]{0,4})(?<secret>[A-Za-z0-9._~+/=-]{16,1024})["']/i,
    minEntropy: 3.5,
    validate: (secret) => /[0-9]/.test(secret) && /[A-Za-z]/.test(secret),
    severity: "high",
    confidence: 0.8,
    examples: {
      positive: () => [
        `curl -H "Authorization: Bearer ${fakeToken(ALNUM, 40)}" https://api.corp.internal/v1/items`,
        `curl -X POST https://api.corp.internal/v1/jobs \\
  -H 'X-API-Key: ${fakeToken(ALNUM, 32)}' -d @job.json`
      ],
      negative: () => [
        'curl -H "Authorization: Bearer $TOKEN" https://api.corp.internal',
        'curl -H "Authorization: Bearer <token>" https://api.corp.internal',
        'curl -H "Content-Type: application/json" https://api.corp.internal'
      ]
    }
  },
  {
    id: "secret/jwt-base64",
    description: "Base64-encoded JSON Web Token (a JWT wrapped once more)",
    keywords: ["zxlk"],
    pattern: /\bZXlK[A-Za-z0-9+/]{60,8192}={0,2}(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
    validate: (secret) => /^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{20,}/.test(Buffer.from(secret, "base64").toString("latin1")),
    severity: "medium",
    confidence: 0.8,
    examples: {
      positive: () => [Buffer.from(fakeJwt()).toString("base64")],
      negative: () => [Buffer.from(`eyJ${"x".repeat(60)}`).toString("base64"), "ZXlK is base64 for eyJ"]
    }
  }
];

// dist/src/analyzers/secrets/rules/index.js
var allRules = [
  ...credential_files_default,
  ...server_config_files_default,
  ...database_config_files_default,
  ...client_config_files_default,
  ...mail_and_voice_configs_default,
  ...home_and_server_files_default,
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
  ...social_media_default,
  ...commerce_default,
  ...business_apps_default,
  ...ai_platforms_default,
  ...email_and_chat_default,
  ...monitoring_default,
  ...cloud_platforms_default,
  ...dev_tools_default,
  ...app_secrets_default,
  ...tokens_default,
  ...password_hashes_default,
  ...connection_urls_default,
  ...connection_strings_default
];

// dist/src/analyzers/secrets/index.js
var meta = {
  id: "secret/detector",
  category: "secret",
  languages: "any",
  defaultSeverity: "critical",
  description: "Hardcoded credentials: provider tokens, private keys and credential-named values"
};
var noVerdicts = /* @__PURE__ */ new Map();
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
function toFinding(match, input, demo) {
  const generic = isContextualRule(match.rule);
  const confidence = match.rule.confidence ?? (generic ? 0.6 : 0.9);
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
    confidence: demo === void 0 ? confidence : Math.min(confidence, DEMO_CONFIDENCE),
    // Rotating a provider key and purging it from history is more work than moving a value to config.
    effortHours: generic ? 1 : 2,
    ...demo === void 0 ? {} : { facts: { demo } }
  });
}
function analyze(input) {
  const options = input.options ?? {};
  const matches = scanSecrets(input.text, input.path, rulesFor(options), { allowValues: options.allowValues });
  const demo = options.passDemoValues === false ? noVerdicts : judgeDemoValues(matches, input.context ?? contextOf(input.path), input.path);
  return matches.filter((match) => touches(input.changed, match.line, match.endLine)).map((match) => toFinding(match, input, demo.get(match)));
}
export {
  analyze,
  listRuleIds,
  listRules,
  meta,
  scanSecrets
};
